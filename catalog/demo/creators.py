"""Demo creators: who they are, drawn as a "core" that their texts and services build on.

Each creator is drawn from its own random stream, seeded by (seed, number),
so creator 17 is the same whether 100 or 1,000,000 are generated, and a
service can re-draw its creator's core without generating the others.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from itertools import accumulate

from catalog.demo.audiences import EXTRA_LANGUAGES
from catalog.demo.codes import CONTENT_LANGUAGES, REGIONS
from catalog.demo.names import (
    FINNISH_FIRST,
    FINNISH_LAST,
    NAME_WORDS_EN,
    NAME_WORDS_FI,
    NAME_WORDS_SV,
    ORIGINS,
    SWEDISH_FIRST,
    SWEDISH_LAST,
    Origin,
)
from catalog.demo.places import MUNICIPALITIES, MUNICIPALITY_WEIGHTS, NEIGHBOURS, SWEDISH_REGIONS, Municipality
from catalog.demo.places import REGIONS as REGION_INFO
from catalog.demo.art_forms import ART_FORMS, PRIMARY_WEIGHTS
from catalog.demo.vocabulary import ArtForm, Pattern, Role, Specialty

CREATOR_TYPE_SHARES = {"individual": 62, "group": 15, "association": 9, "company": 10, "institution": 4}
STATUS_SHARES = {"approved": 94, "pending": 3, "draft": 1.5, "hidden": 1, "rejected": 0.5}
CREATOR_TYPES = tuple(CREATOR_TYPE_SHARES)
CREATOR_TYPE_WEIGHTS = tuple(accumulate(CREATOR_TYPE_SHARES.values()))
STATUSES = tuple(STATUS_SHARES)
STATUS_WEIGHTS = tuple(accumulate(STATUS_SHARES.values()))

# Records are dated within the service's (imagined) life so far; fixed, so output never depends on today.
EPOCH = datetime(2024, 2, 1, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 30, 23, 59, 59, tzinfo=timezone.utc)
SPAN_SECONDS = int((NOW - EPOCH).total_seconds())

_PRIMARY = {
    ctype: (tuple(weights), tuple(accumulate(weights.values())))
    for ctype, weights in PRIMARY_WEIGHTS.items()
}
_EXTRA_LANGS = tuple(code for code, _ in EXTRA_LANGUAGES)
_EXTRA_LANG_WEIGHTS = tuple(accumulate(weight for _, weight in EXTRA_LANGUAGES))


@dataclass(frozen=True)
class Person:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class CreatorCore:
    """Everything about a creator that its services must agree with."""

    number: int
    id: str
    creator_type: str
    name: str
    person: Person | None  # the individual, or the person behind a sole trader
    origin: Origin | None  # set for international individuals
    municipality: Municipality
    language: str  # main text language: fi, sv or en
    text_languages: tuple[str, ...]  # in fi, sv, en order
    spoken: tuple[str, ...]  # ISO 639-1 codes, main language first
    art_form: ArtForm
    art_forms: tuple[str, ...]  # main art form first
    role: Role | None
    specialties: tuple[Specialty, Specialty]
    pattern: Pattern | None  # how a group, company or institution got its name
    founded: int | None
    members: int | None
    regions: tuple[str, ...]  # home region first
    status: str
    created: datetime

    @property
    def region(self) -> str:
        return self.municipality.region


def creator_id(number: int) -> str:
    return f"demo-c-{number:06d}"


def creator_random(seed: int, number: int) -> random.Random:
    return random.Random(f"{seed}:creator:{number}")


@lru_cache(maxsize=8192)
def creator_core(seed: int, number: int) -> CreatorCore:
    """The core of creator `number`, as services see it (cached: popular creators have many services)."""
    return draw_core(creator_random(seed, number), number)


def draw_core(rng: random.Random, number: int) -> CreatorCore:
    """Draw a creator's core; the same stream continues into its texts."""
    municipality = pick_municipality(rng)
    ctype = CREATOR_TYPES[bisect(CREATOR_TYPE_WEIGHTS, rng.random() * CREATOR_TYPE_WEIGHTS[-1])]
    language, origin = _main_language(rng, municipality, ctype)
    text_languages = _text_languages(rng, municipality, language)
    spoken = _spoken_languages(rng, municipality, language, origin, text_languages)

    codes, cumulative = _PRIMARY[ctype]
    form = ART_FORMS[codes[bisect(cumulative, rng.random() * cumulative[-1])]]
    art_forms = [form.code]
    extra = rng.random()
    if extra < 0.45:
        for code in rng.sample(form.related, 2 if extra < 0.12 else 1):
            art_forms.append(code)

    role = None
    pattern = None
    person = None
    founded = None
    members = None
    gender = "f" if rng.random() < 0.55 else "m"
    if ctype == "individual":
        role = rng.choice(form.roles)
        person = _person(rng, language, origin, gender)
        name = person.full
    else:
        founded = _founded(rng, ctype)
        pattern, name, person = _organisation_name(rng, ctype, form, language, municipality, gender)
        if person is not None:
            role = rng.choice(form.roles)
        if ctype == "group":
            members = pattern.members or rng.randint(3, 8)
    specialties = _specialties(rng, form, role, pattern)
    regions = _regions(rng, municipality, language, ctype)
    status = STATUSES[bisect(STATUS_WEIGHTS, rng.random() * STATUS_WEIGHTS[-1])]
    created = EPOCH + timedelta(seconds=rng.randrange(SPAN_SECONDS))
    return CreatorCore(
        number=number,
        id=creator_id(number),
        creator_type=ctype,
        name=name,
        person=person,
        origin=origin,
        municipality=municipality,
        language=language,
        text_languages=text_languages,
        spoken=spoken,
        art_form=form,
        art_forms=tuple(art_forms),
        role=role,
        specialties=specialties,
        pattern=pattern,
        founded=founded,
        members=members,
        regions=regions,
        status=status,
        created=created,
    )


def timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with a "Z": 2026-01-31T12:00:00Z (moments here are whole seconds)."""
    return moment.replace(tzinfo=None).isoformat() + "Z"


def pick_municipality(rng: random.Random) -> Municipality:
    return MUNICIPALITIES[bisect(MUNICIPALITY_WEIGHTS, rng.random() * MUNICIPALITY_WEIGHTS[-1])]


def person_name(rng: random.Random, language: str, gender: str) -> Person:
    """A Finnish, Finland-Swedish or international name fitting the main language."""
    if language == "en":
        return _person(rng, "en", rng.choice(ORIGINS), gender)
    return _person(rng, language, None, gender)


# --- Drawing the parts -----------------------------------------------------------------------------------


def _main_language(rng: random.Random, place: Municipality, ctype: str) -> tuple[str, Origin | None]:
    swedish = place.swedish_share
    international = (0.045 if place.population >= 100 else 0.015) if ctype in ("individual", "group") else 0.005
    draw = rng.random()
    if draw < swedish:
        return "sv", None
    if draw < swedish + international:
        return "en", rng.choice(ORIGINS) if ctype == "individual" else None
    return "fi", None


def _text_languages(rng: random.Random, place: Municipality, language: str) -> tuple[str, ...]:
    chosen = {language}
    if language == "fi":
        if rng.random() < (0.7 if place.region == "ahvenanmaa" else 0.35 if place.swedish_share >= 0.2 else 0.03):
            chosen.add("sv")
        if rng.random() < 0.12:
            chosen.add("en")
    elif language == "sv":
        if rng.random() < (0.15 if place.region == "ahvenanmaa" else 0.5):
            chosen.add("fi")
        if rng.random() < 0.1:
            chosen.add("en")
    elif rng.random() < 0.3:
        chosen.add("fi")
    return tuple(lang for lang in CONTENT_LANGUAGES if lang in chosen)


def _spoken_languages(rng: random.Random, place: Municipality, language: str, origin: Origin | None, texts: tuple[str, ...]) -> tuple[str, ...]:
    spoken = [origin.language] if origin else [language]
    if origin:
        spoken.append("en")
    if language == "fi":
        if rng.random() < (0.5 if place.swedish_share >= 0.2 else 0.15):
            spoken.append("sv")
        if rng.random() < 0.65:
            spoken.append("en")
    elif language == "sv":
        if rng.random() < (0.35 if place.region == "ahvenanmaa" else 0.75):
            spoken.append("fi")
        if rng.random() < 0.65:
            spoken.append("en")
    elif rng.random() < 0.3:
        spoken.append("fi")
    if rng.random() < 0.08:
        spoken.append(_EXTRA_LANGS[bisect(_EXTRA_LANG_WEIGHTS, rng.random() * _EXTRA_LANG_WEIGHTS[-1])])
    spoken.extend(texts)  # whoever writes in a language works in it too
    return tuple(dict.fromkeys(spoken))


def _person(rng: random.Random, language: str, origin: Origin | None, gender: str) -> Person:
    if origin is not None:
        return Person(rng.choice(origin.first_f if gender == "f" else origin.first_m), rng.choice(origin.last(gender)))
    if language == "sv":
        return Person(rng.choice(SWEDISH_FIRST[gender]), rng.choice(SWEDISH_LAST))
    if language == "en":
        return _person(rng, language, rng.choice(ORIGINS), gender)
    return Person(rng.choice(FINNISH_FIRST[gender]), rng.choice(FINNISH_LAST))


def _founded(rng: random.Random, ctype: str) -> int:
    low, high = {"group": (1995, 2024), "association": (1925, 2022), "company": (1998, 2025), "institution": (1900, 2015)}[ctype]
    # Younger bodies are commoner: take the later of two draws.
    return max(rng.randint(low, high), rng.randint(low, high))


def _organisation_name(rng: random.Random, ctype: str, form: ArtForm, language: str, place: Municipality, gender: str) -> tuple[Pattern | None, str, Person | None]:
    words = {"fi": NAME_WORDS_FI, "sv": NAME_WORDS_SV, "en": NAME_WORDS_EN}[language]
    candidates = {"group": form.groups, "association": form.associations, "company": form.companies, "institution": form.institutions}[ctype]
    fallback = ART_FORMS["multidisciplinary"]
    fallbacks = fallback.associations if ctype == "association" else fallback.institutions
    # Only towns get "{city} city orchestra"-style names; elsewhere fall back to ones without a place.
    options = [p for p in candidates if language in p.langs.split() and (place.is_town or ctype == "association" or "{city" not in p.name)]
    if not options:
        options = [p for p in fallbacks if language in p.langs.split() and "{city" not in p.name]
    if not options:
        options = [p for p in candidates if "{city" not in p.name]
    if not options:  # e.g. an institution of a form whose only institution names are towns'
        options = [p for p in (*candidates, *fallbacks) if place.is_town or "{city" not in p.name] or list(fallback.associations)
    pattern = rng.choice(options)
    template = pattern.name
    person = _person(rng, language, None, gender) if "{first}" in template or "{last}" in template else None
    region = REGION_INFO[place.region]
    name = template.format(
        w=rng.choice(words),
        first=person.first if person else "",
        last=person.last if person else "",
        city_gen=place.fi_gen,
        city_sv=place.sv,
        region_gen=region.fi_gen,
    )
    return pattern, name, person


def _specialties(rng: random.Random, form: ArtForm, role: Role | None, pattern: Pattern | None) -> tuple[Specialty, Specialty]:
    fitting = set((role.specs if role else ()) + (pattern.specs if pattern else ()))
    allowed = [s for s in form.specialties if not fitting or s.fi in fitting]
    first = rng.choice(allowed)
    others = [s for s in allowed if s is not first] or [s for s in form.specialties if s is not first]
    return first, rng.choice(others)


def _regions(rng: random.Random, place: Municipality, language: str, ctype: str) -> tuple[str, ...]:
    home = place.region
    served = {home}
    draw = rng.random()
    if ctype == "institution":
        draw = max(draw, 0.3)  # institutions rarely serve the whole country
    if draw < 0.12:
        served.update(REGIONS)
    elif draw >= 0.55:
        neighbours = NEIGHBOURS[home]
        served.update(rng.sample(neighbours, min(len(neighbours), rng.randint(1, 2))))
        if language == "sv" and home in SWEDISH_REGIONS and rng.random() < 0.5:
            served.update(SWEDISH_REGIONS)
    return (home, *(code for code in REGIONS if code in served and code != home))
