"""Compose a creator's description and keywords in each of its text languages.

All facts (specialties, years, home town, what they offer) are drawn once and
shared by the languages, so a bilingual profile says the same things twice
in its own words rather than word for word.
"""

from __future__ import annotations

import random
from bisect import bisect
from itertools import accumulate

from catalog.demo.audiences import AUDIENCES, LANGUAGES, OFFERS, TYPE_AUDIENCE_WEIGHTS
from catalog.demo.creators import CreatorCore, pick_municipality
from catalog.demo.places import BY_REGION, REGIONS
from catalog.demo.practice_phrases import INSTITUTION_PRACTICE, PRACTICE
from catalog.demo.profile_phrases import AREA, CLOSING, EDUCATION, EXPERIENCE, INTRO, OFFER, SPOKEN
from catalog.demo.service_phrases import SERVICE_NOUNS
from catalog.demo.textutil import Said, a_an, join_words, pick, pick_many, sv_genitive
from catalog.demo.art_forms import ART_FORM_WORDS

PERFORMING = ("music", "theatre", "dance", "circus")
GENITIVE_NUMBERS = {2: "kahden", 3: "kolmen", 4: "neljän", 5: "viiden", 6: "kuuden", 7: "seitsemän", 8: "kahdeksan"}


def creator_texts(rng: random.Random, core: CreatorCore) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Description and keywords per text language, drawn from the creator's own stream."""
    personal = core.person is not None  # an individual, or a one-person business written as one
    voice = ("i" if rng.random() < 0.65 else "third") if personal else ("we" if rng.random() < 0.5 else "third")
    ctx = _context(rng, core)
    plan = {
        "education": personal and rng.random() < 0.6,
        "practice": 2 if rng.random() < 0.6 else 1,
        "experience": rng.random() < 0.5,
        "offer": rng.random() < 0.8,
        "area": rng.random() < 0.45,
        "spoken": len(core.spoken) > 1 and rng.random() < 0.4,
        "closing": rng.random() < 0.55,
    }
    descriptions = {lang: _describe(rng, core, ctx, lang, voice, plan) for lang in core.text_languages}
    keywords = {lang: _keywords(core, lang) for lang in core.text_languages}
    return descriptions, keywords


def _describe(rng: random.Random, core: CreatorCore, ctx: dict, lang: str, voice: str, plan: dict) -> str:
    solo = core.creator_type == "company" and core.person is not None
    kind = "international" if core.origin else "individual" if solo and voice == "i" else core.creator_type
    personal = voice if voice in ("i", "we") else None
    said = Said()
    parts = [pick(rng, INTRO[lang][(kind, voice)], ctx, said)]
    if plan["education"] and (voice == "i" or not solo):
        parts.append(pick(rng, EDUCATION[lang]["i" if voice == "i" else "third"], ctx, said))
    practice = PRACTICE[core.art_form.code][lang]
    options = practice["any"] + (practice[personal] if personal else ())
    if core.creator_type == "institution":
        own = INSTITUTION_PRACTICE[lang]
        # Orchestras and theatres perform like groups do; museums and libraries do not make "works".
        options = own["any"] + (own["we"] if voice == "we" else ()) + (options if core.art_form.code in PERFORMING else ())
    parts.extend(pick_many(rng, options, ctx, plan["practice"], said))
    if plan["experience"]:
        key = voice if core.creator_type == "individual" or voice == "i" else ("we" if voice == "we" else "org")
        parts.append(pick(rng, EXPERIENCE[lang][key], ctx, said))
    if plan["offer"]:
        parts.append(pick(rng, OFFER[lang]["any"] + (OFFER[lang][personal] if personal else ()), ctx, said))
    if plan["area"]:
        area = AREA[lang]
        if "nationwide" in ctx:
            parts.append(pick(rng, area["nationwide"], ctx, said))
        else:
            parts.append(pick(rng, area["any"] + (area.get("i", ()) if voice == "i" else ()), ctx, said))
    if plan["spoken"]:
        parts.append(pick(rng, SPOKEN[lang][personal or "any"], ctx, said))
    if plan["closing"]:
        parts.append(pick(rng, CLOSING[lang][personal or "any"], ctx, said))
    return " ".join(p for p in parts if p)


def _keywords(core: CreatorCore, lang: str) -> list[str]:
    index = {"fi": 0, "sv": 1, "en": 2}[lang]
    words: list[str] = []
    if core.role is not None:
        words.append({"fi": core.role.fi, "sv": core.role.sv, "en": core.role.en}[lang])
    if core.pattern is not None and core.person is None and core.creator_type != "association":
        words.append({"fi": core.pattern.fi, "sv": core.pattern.sv.split(" ", 1)[1], "en": core.pattern.en.split(" ", 1)[1]}[lang])
    for spec in core.specialties:
        words.append({"fi": spec.fi, "sv": spec.sv, "en": spec.en}[lang])
    words.extend(ART_FORM_WORDS[code][index] for code in core.art_forms)
    words.append({"fi": core.municipality.fi, "sv": core.municipality.sv, "en": core.municipality.en}[lang])
    return list(dict.fromkeys(words))


def _context(rng: random.Random, core: CreatorCore) -> dict:
    """Every slot a template may use; slots that do not apply are left out."""
    place = core.municipality
    region = REGIONS[core.region]
    spec, spec2 = core.specialties
    form = core.art_form
    ctx: dict = {
        "name": core.name,
        "first": core.person.first if core.person else core.name,
        "city": place.fi, "city_loc": place.fi_loc, "city_ela": place.fi_ela, "city_gen": place.fi_gen,
        "city_sv": place.sv, "city_sv_gen": sv_genitive(place.sv), "city_en": place.en,
        "region": region.fi, "region_gen": region.fi_gen, "region_loc": region.fi_loc,
        "region_sv": region.sv, "region_sv_loc": region.sv_loc, "region_en": region.en,
        "spec": spec.fi, "spec_par": spec.fi_par, "spec_gen": spec.fi_gen, "spec_sv": spec.sv, "spec_en": spec.en,
        "spec2": spec2.fi, "spec2_par": spec2.fi_par, "spec2_gen": spec2.fi_gen, "spec2_sv": spec2.sv, "spec2_en": spec2.en,
        "field_gen": form.field_fi_gen, "field_sv": form.field_sv, "field_en": form.field_en,
        "years": rng.randint(3, 30),
        "count": rng.randint(3, 25),
        "recent": rng.randint(2018, 2026),
    }
    if core.role is not None:
        role = core.role
        ctx.update(role=role.fi, role_ess=role.fi_ess, role_sv=role.sv, role_en=role.en, a_role_en=a_an(role.en))
    if core.person is not None and core.creator_type != "individual":
        ctx["person"] = core.person.full
    if core.founded is not None:
        ctx["founded"] = core.founded
    if core.pattern is not None and core.creator_type != "association":
        noun = {"group": "gnoun", "company": "cnoun", "institution": "inoun"}[core.creator_type]
        ctx.update({noun: core.pattern.fi, f"{noun}_sv": core.pattern.sv, f"{noun}_en": core.pattern.en})
    if core.members is not None:
        ctx["members_gen"] = GENITIVE_NUMBERS[core.members]
        ctx["member_gen"] = form.member_fi_gen
        if core.pattern is None or core.pattern.members is None:
            ctx["members"] = core.members
    if core.creator_type == "association":
        purpose = rng.randrange(len(form.purpose_fi))
        ctx["purpose"] = form.purpose_fi[purpose].format_map(ctx)
        ctx["purpose_sv"] = form.purpose_sv[min(purpose, len(form.purpose_sv) - 1)].format_map(ctx)
        ctx["purpose_en"] = form.purpose_en[min(purpose, len(form.purpose_en) - 1)].format_map(ctx)
    if core.origin is not None:
        ctx.update(country_ela=core.origin.country_fi_ela, country_sv=core.origin.country_sv, country_en=core.origin.country_en, moved=rng.randint(2000, 2023))
    home = pick_municipality(rng) if rng.random() < 0.4 else place
    if home is not place:
        ctx.update(home_ela=home.fi_ela, home_sv=home.sv, home_en=home.en)
    others = [m for m in BY_REGION[core.region] if m is not place]
    ctx["other_loc"] = rng.choice(others).fi_loc
    swedish = core.language == "sv" and rng.random() < 0.8
    schools = [e for e in form.education if e.school.swedish == swedish] or list(form.education)
    education = rng.choice(schools)
    if core.person is not None:
        grad = max(1996, min(2025, 2026 - ctx["years"] + rng.randint(-2, 1)))
        ctx.update(school=education.school.fi, school_ela=education.school.fi_ela, school_sv=education.school.sv, school_en=education.school.en, degree=education.degree_fi, grad=grad)
    if form.festivals:
        first, second = rng.sample(form.festivals, 2) if len(form.festivals) > 1 else (form.festivals[0], None)
        ctx.update(festival_loc=first.fi_loc, festival_sv=first.sv, festival_en=first.en)
        if second is not None:
            ctx["festival2_loc"] = second.fi_loc
    _offers(rng, core, ctx)
    _areas(core, ctx)
    _languages(core, ctx)
    return ctx


def _offer_table(code: str) -> tuple[tuple[str, ...], tuple[float, ...], dict[str, list[str]]]:
    """Per art form: its service types, their cumulative weights, and the audiences each type suits."""
    nouns = SERVICE_NOUNS[code]
    types = tuple(nouns)
    cumulative = tuple(accumulate(weight for weight, _ in nouns.values()))
    audiences = {
        kind: list(dict.fromkeys(a for noun in kind_nouns for a in noun.audiences)) or list(TYPE_AUDIENCE_WEIGHTS[kind])
        for kind, (_, kind_nouns) in nouns.items()
    }
    return types, cumulative, audiences


_OFFER_TABLES = {code: _offer_table(code) for code in SERVICE_NOUNS}


def _offers(rng: random.Random, core: CreatorCore, ctx: dict) -> None:
    """What the creator offers and to whom, for the "Tarjoan konsertteja päiväkodeille" sentence."""
    nouns = SERVICE_NOUNS[core.art_form.code]
    types, cumulative, audiences = _OFFER_TABLES[core.art_form.code]
    first = types[bisect(cumulative, rng.random() * cumulative[-1])]
    rest = [t for t in types if t != first]
    second = rng.choices(rest, [nouns[t][0] for t in rest])[0] if rest else "other"
    pool = audiences[first]
    audience1, audience2 = rng.sample(pool, 2) if len(pool) > 1 else (pool[0], "adults" if pool[0] != "adults" else "seniors")
    one, two = OFFERS[first], OFFERS[second]
    ctx.update(
        offer1=one.fi_par, offer2=two.fi_par, offer1_sv=one.sv, offer2_sv=two.sv, offer1_en=one.en, offer2_en=two.en,
        tg1_all=AUDIENCES[audience1].fi_all, tg2_all=AUDIENCES[audience2].fi_all,
        tg1_sv=AUDIENCES[audience1].sv, tg2_sv=AUDIENCES[audience2].sv,
        tg1_en=AUDIENCES[audience1].en, tg2_en=AUDIENCES[audience2].en,
    )


def _areas(core: CreatorCore, ctx: dict) -> None:
    if len(core.regions) == len(REGIONS):
        ctx["nationwide"] = True
    names = [REGIONS[code] for code in core.regions]
    ctx["regions_fi"] = join_words([r.fi for r in names], "ja")
    ctx["regions_verb"] = "on" if len(names) == 1 else "ovat"
    ctx["regions_sv"] = join_words([r.sv for r in names], "och")
    ctx["regions_en"] = join_words([r.en for r in names], "and")


def _languages(core: CreatorCore, ctx: dict) -> None:
    known = [LANGUAGES[code] for code in core.spoken if code in LANGUAGES]
    ctx["langs_fi"] = join_words([lang.fi_transl for lang in known], "ja")
    ctx["langs_sv"] = join_words([lang.sv for lang in known], "och")
    ctx["langs_en"] = join_words([lang.en for lang in known], "and")
