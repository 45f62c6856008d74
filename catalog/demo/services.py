"""Demo services: each belongs to a generated creator and agrees with its art forms, places and languages.

About 40% of services go to a "prolific" tenth of the creators, the rest to
anyone, so most creators end up with zero or one service and some with
several, as in a real catalogue.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from datetime import timedelta
from itertools import accumulate
from math import gcd

from catalog.demo.audiences import RELATED_AUDIENCES, TYPE_AUDIENCE_WEIGHTS
from catalog.demo.codes import CONTENT_LANGUAGES
from catalog.demo.creators import NOW, CreatorCore, creator_core, timestamp
from catalog.demo.service_phrases import KIDS, SERVICE_NOUNS, Noun
from catalog.demo.service_text import service_texts
from catalog.demo.textutil import compound_fi, compound_sv, en_attributive
from catalog.demo.art_forms import ART_FORMS
from catalog.demo.vocabulary import ArtForm, Specialty

PROLIFIC_SHARE = 0.4  # of services
PROLIFIC_FRACTION = 0.1  # of creators
_STRIDES = (7919, 104729, 1299709, 15485863)

# Specialties that decide the audience on their own: a children's music act plays for children.
SPECIALTY_AUDIENCES = {
    "lastenmusiikki": KIDS,
    "lastenteatteri": KIDS,
    "lastentanssi": KIDS,
    "nukketeatteri": KIDS,
    "sadut": KIDS,
    "lastenkirjallisuus": KIDS,
    "lastenkirjojen kuvitus": KIDS,
    "varhaisiän musiikkikasvatus": ("early-childhood", "families"),
    "senioritanssi": ("seniors", "care"),
    "kulttuurihyvinvointi": ("care", "seniors", "special-groups", "workplaces"),
}

ONLINE_SHARE = {
    "workshop": 0.15, "course": 0.2, "lecture": 0.3, "consulting": 0.4, "commission": 0.2, "production": 0.1,
    "other": 0.1, "exhibition": 0.05, "performance": 0.03, "concert": 0.03, "guided-tour": 0.03,
}
ON_REQUEST_SHARE = {
    "concert": 0.12, "performance": 0.15, "workshop": 0.12, "course": 0.1, "lecture": 0.15, "exhibition": 0.35,
    "commission": 0.35, "consulting": 0.25, "production": 0.5, "guided-tour": 0.1, "other": 0.35,
}


@dataclass(frozen=True)
class ServiceDraft:
    """The facts of one service, before they are put into words."""

    core: CreatorCore
    form: ArtForm
    service_type: str
    noun_fi: str
    noun_sv: str
    noun_en: str
    noun: Noun
    specialties: tuple[Specialty, Specialty]
    audiences: tuple[str, ...]
    text_languages: tuple[str, ...]
    duration: int | None
    sessions: int | None
    audience_min: int | None
    audience_max: int | None
    price: int | None
    price_basis: str | None
    online: bool


def service_id(number: int) -> str:
    return f"demo-s-{number:06d}"


def creator_for_service(rng: random.Random, creator_count: int) -> int:
    """The number (1-based) of the creator a service belongs to."""
    if rng.random() < PROLIFIC_SHARE:
        stride = next(s for s in _STRIDES if gcd(s, creator_count) == 1)
        k = rng.randrange(max(1, int(creator_count * PROLIFIC_FRACTION)))
        return (k * stride) % creator_count + 1
    return rng.randrange(creator_count) + 1


def service_record(seed: int, number: int, creator_count: int) -> dict:
    """The import-format record of service `number` among `creator_count` creators."""
    rng = random.Random(f"{seed}:service:{number}")
    core = creator_core(seed, creator_for_service(rng, creator_count))
    draft = _draft(rng, core)
    title, description, keywords = service_texts(rng, draft)
    art_forms = [draft.form.code] + [code for code in core.art_forms if code != draft.form.code and rng.random() < 0.25]
    if draft.form.code != core.art_form.code and core.art_form.code not in art_forms:
        art_forms.append(core.art_form.code)
    regions = list(core.regions) if rng.random() < 0.8 else [core.region]
    spoken = [code for code in core.spoken if code in draft.text_languages or rng.random() < 0.35]
    created = core.created + timedelta(seconds=rng.randrange(max(1, int((NOW - core.created).total_seconds()))))
    return {
        "kind": "service",
        "id": service_id(number),
        "creator": core.id,
        "title": title,
        "description": description,
        "keywords": keywords,
        "service_type": draft.service_type,
        "art_forms": art_forms,
        "target_groups": list(draft.audiences),
        "regions": regions,
        "languages": spoken,
        "duration_minutes": draft.duration,
        "audience_min": draft.audience_min,
        "audience_max": draft.audience_max,
        "price_eur": draft.price,
        "price_basis": draft.price_basis,
        "online": draft.online,
        "published": core.status == "approved" and rng.random() < 0.95,
        "created_at": timestamp(created),
    }


def _draft(rng: random.Random, core: CreatorCore) -> ServiceDraft:
    if len(core.art_forms) > 1 and rng.random() < 0.2:
        form = ART_FORMS[rng.choice(core.art_forms[1:])]
        specialties = tuple(rng.sample(form.specialties, 2))
    else:
        form = core.art_form
        specialties = core.specialties if rng.random() < 0.7 else core.specialties[::-1]
    spec = specialties[0]
    restricted = SPECIALTY_AUDIENCES.get(spec.fi, ())

    nouns_by_type = SERVICE_NOUNS[form.code]
    types = tuple(nouns_by_type)
    cumulative = tuple(accumulate(weight for weight, _ in nouns_by_type.values()))
    service_type = types[bisect(cumulative, rng.random() * cumulative[-1])]
    nouns = [n for n in nouns_by_type[service_type][1] if not n.fi.startswith("+") or (spec.fi_stem and spec.sv_stem)]
    if restricted:
        nouns = [n for n in nouns if not n.audiences or set(n.audiences) & set(restricted)] or nouns
    noun = rng.choice(nouns)
    noun_fi, noun_sv, noun_en = _resolve(noun, spec)

    audiences = _audiences(rng, service_type, noun, restricted)
    duration, sessions, audience_min, audience_max = _size(rng, service_type, form.code, audiences[0])
    price, basis = _price(rng, service_type)
    online = rng.random() < ONLINE_SHARE[service_type] + (0.1 if form.code in ("film", "media-art") else 0)

    texts = [core.language] + [lang for lang in core.text_languages if lang != core.language and rng.random() < 0.6]
    return ServiceDraft(
        core=core,
        form=form,
        service_type=service_type,
        noun_fi=noun_fi,
        noun_sv=noun_sv,
        noun_en=noun_en,
        noun=noun,
        specialties=specialties,
        audiences=audiences,
        text_languages=tuple(lang for lang in CONTENT_LANGUAGES if lang in texts),
        duration=duration,
        sessions=sessions,
        audience_min=audience_min,
        audience_max=audience_max,
        price=price,
        price_basis=basis,
        online=online,
    )


def _resolve(noun: Noun, spec: Specialty) -> tuple[str, str, str]:
    """The noun's words, with "+" compounds built on the specialty."""
    if not noun.fi.startswith("+"):
        return noun.fi, noun.sv, noun.en
    return compound_fi(spec.fi_stem, noun.fi[1:]), compound_sv(spec.sv_stem, noun.sv[1:]), en_attributive(spec.en) + noun.en[1:]


def _audiences(rng: random.Random, service_type: str, noun: Noun, restricted: tuple[str, ...]) -> tuple[str, ...]:
    weights = TYPE_AUDIENCE_WEIGHTS[service_type]
    allowed = list(noun.audiences) or list(weights)
    if restricted:
        # A children's musician's wedding gig is still for adults: the noun wins over the specialty.
        allowed = [a for a in allowed if a in restricted] or allowed
    cumulative = tuple(accumulate(weights.get(a, 1) for a in allowed))
    primary = allowed[bisect(cumulative, rng.random() * cumulative[-1])]
    related = [a for a in RELATED_AUDIENCES[primary] if not noun.audiences or a in noun.audiences]
    if restricted and primary in restricted:
        related = [a for a in related if a in restricted]
    extra = rng.choices((0, 1, 2), (35, 45, 20))[0]
    return (primary, *rng.sample(related, min(extra, len(related))))


def _size(rng: random.Random, service_type: str, art_form: str, audience: str) -> tuple[int | None, int | None, int | None, int | None]:
    """Duration in minutes, sessions, and audience bounds that suit the kind of service."""
    duration = sessions = audience_min = audience_max = None
    small = audience in ("early-childhood", "care", "special-groups")
    if service_type in ("concert", "performance") and audience == "early-childhood":
        duration = rng.randrange(25, 50, 5)  # little ones' attention span
        audience_max = rng.choice((25, 40, 60))
    elif service_type == "concert":
        duration = rng.randrange(45, 80, 5)
        audience_max = rng.choice((60, 100, 150, 200, 300, 500)) if not small else rng.choice((30, 40, 60))
    elif service_type == "performance":
        duration = rng.randrange(20, 65, 5) if art_form in ("circus", "performance-art") else rng.randrange(30, 95, 5)
        audience_max = rng.choice((40, 60, 80, 120, 200, 300)) if not small else rng.choice((25, 40, 60))
    elif service_type == "workshop":
        duration = rng.randrange(60, 195, 15)
        audience_min = rng.randint(4, 6) if rng.random() < 0.4 else None
        audience_max = rng.choice((8, 10, 12, 15, 20, 25, 30))
    elif service_type == "course":
        duration = rng.randrange(60, 135, 15)
        sessions = rng.randint(4, 12)
        audience_min = rng.randint(5, 8) if rng.random() < 0.6 else None
        audience_max = rng.choice((8, 10, 12, 15, 20))
    elif service_type == "lecture":
        duration = rng.randrange(45, 105, 15)
        audience_max = rng.choice((30, 50, 80, 100, 150, 200)) if rng.random() < 0.7 else None
    elif service_type == "guided-tour":
        duration = rng.randrange(60, 135, 15)
        audience_min = 5 if rng.random() < 0.3 else None
        audience_max = rng.choice((15, 20, 25, 30, 40))
    elif service_type in ("consulting", "other") and rng.random() < 0.4:
        duration = rng.randrange(60, 240, 30)
    if audience_min is not None and audience_max is not None and audience_min > audience_max:
        audience_min = audience_max
    return duration, sessions, audience_min, audience_max


def _price(rng: random.Random, service_type: str) -> tuple[int | None, str | None]:
    """A plausible price and its basis; None means "on request"."""
    basis, low, high, step = _PRICING[service_type](rng)
    if rng.random() < ON_REQUEST_SHARE[service_type]:
        return None, basis if rng.random() < 0.3 else None
    return int(round(rng.triangular(low, high, low + (high - low) / 3) / step) * step), basis


def _choice(*options):
    """Pick one (basis, low, high, step) by weight."""
    weights = [option[0] for option in options]

    def draw(rng: random.Random):
        return rng.choices(options, weights)[0][1:]

    return draw


_PRICING = {
    "concert": _choice((1, "per-performance", 300, 1500, 50)),
    "performance": _choice((1, "per-performance", 200, 2500, 50)),
    "workshop": _choice((35, "per-hour", 60, 150, 5), (40, "per-group", 200, 650, 10), (25, "per-person", 15, 45, 1)),
    "course": _choice((70, "per-person", 90, 450, 10), (30, "fixed", 400, 2000, 50)),
    "lecture": _choice((60, "fixed", 150, 700, 10), (20, "per-performance", 200, 800, 50), (20, "per-hour", 80, 200, 10)),
    "exhibition": _choice((70, "fixed", 500, 4000, 50), (30, "per-day", 50, 200, 10)),
    "commission": _choice((40, "per-hour", 45, 120, 5), (60, "fixed", 300, 5000, 50)),
    "consulting": _choice((60, "per-hour", 70, 150, 5), (40, "per-day", 500, 1100, 50)),
    "production": _choice((1, "fixed", 1500, 15000, 100)),
    "guided-tour": _choice((70, "per-group", 120, 350, 10), (30, "per-person", 10, 25, 1)),
    "other": _choice((60, "fixed", 200, 2000, 50), (40, "per-hour", 50, 120, 5)),
}
