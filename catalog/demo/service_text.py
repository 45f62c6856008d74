"""Put a service into words: its title, description and keywords in each of its languages."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from catalog.demo.audiences import AUDIENCES
from catalog.demo.places import REGIONS
from catalog.demo.service_phrases import (
    AUDIENCE_SENTENCES,
    LEAD,
    POETIC_BY_ART_FORM,
    POETIC_GENERAL,
    POETIC_KIDS,
    POETIC_SENIORS,
    PRACTICAL,
    SPACE,
    SPACE_KIND,
)
from catalog.demo.textutil import Said, pick, pick_many, sentence
from catalog.demo.art_forms import ART_FORM_WORDS

if TYPE_CHECKING:
    from catalog.demo.services import ServiceDraft

LANG_INDEX = {"fi": 0, "sv": 1, "en": 2}
PROFESSIONAL = ("commission", "consulting", "production")
ORGANISATION_AUDIENCES = ("workplaces", "schools", "care", "early-childhood")
LITTLE_ONES = ("early-childhood", "children", "families")
GROUP_SIZED = ("workshop", "course", "guided-tour")
AUDIENCE_SIZED = ("concert", "performance", "lecture")


def service_texts(rng: random.Random, draft: ServiceDraft) -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """Title, description and keywords per text language; the choices are shared by the languages."""
    ctx = _context(rng, draft)
    title_plan = _title_plan(rng, draft)
    plan = _description_plan(rng, draft)
    titles = {lang: _title(draft, title_plan, lang) for lang in draft.text_languages}
    descriptions = {lang: _describe(rng, draft, ctx, plan, lang) for lang in draft.text_languages}
    keywords = {lang: _keywords(draft, lang) for lang in draft.text_languages}
    return titles, descriptions, keywords


def _title_plan(rng: random.Random, draft: ServiceDraft) -> dict:
    audience = draft.audiences[0]
    implied = audience in draft.noun.implies
    if draft.service_type in PROFESSIONAL:
        # "Logosuunnittelu työyhteisöille" says something; "Valokuvauspalvelu aikuisille" does not.
        with_audience = audience in ORGANISATION_AUDIENCES and not implied and rng.random() < 0.4
        shape = "plain" if with_audience else rng.choice(("specialty", "place"))
        return {"shape": shape, "poetic": None, "audience": audience if with_audience else None}
    shape = rng.choices(("dash", "plain", "colon", "place"), (40, 32, 16, 12))[0]
    if shape in ("plain", "place") and (implied or draft.service_type == "exhibition"):
        shape = "dash"  # a touring exhibition is not "in Hyvinkää", and "Perhekonsertti perheille" says it twice
    if audience in LITTLE_ONES and rng.random() < 0.6:
        pool = POETIC_KIDS
    elif audience in ("seniors", "care") and rng.random() < 0.5:
        pool = POETIC_SENIORS
    elif rng.random() < 0.6:
        pool = POETIC_BY_ART_FORM[draft.form.code]
    else:
        pool = POETIC_GENERAL
    with_audience = not implied and (shape == "plain" or (shape in ("dash", "place") and rng.random() < (0.2 if draft.service_type == "exhibition" else 0.6)))
    return {"shape": shape, "poetic": rng.choice(pool), "audience": audience if with_audience else None}


def _title(draft: ServiceDraft, plan: dict, lang: str) -> str:
    noun = {"fi": draft.noun_fi, "sv": draft.noun_sv, "en": draft.noun_en}[lang]
    audience = plan["audience"]
    if audience is not None:
        words = AUDIENCES[audience]
        noun = {"fi": f"{noun} {words.fi_all}", "sv": f"{noun} för {words.sv}", "en": f"{noun} for {words.en}"}[lang]
    if plan["shape"] == "place":
        place = draft.core.municipality
        return sentence({"fi": f"{noun} {place.fi_loc}", "sv": f"{noun} i {place.sv}", "en": f"{noun} in {place.en}"}[lang])
    if plan["shape"] == "specialty":
        spec = draft.specialties[0]
        return sentence(f"{noun} – {({'fi': spec.fi, 'sv': spec.sv, 'en': spec.en})[lang]}")
    if plan["shape"] == "dash":
        return f"{plan['poetic'][LANG_INDEX[lang]]} – {noun}"
    if plan["shape"] == "colon":
        poetic = plan["poetic"][LANG_INDEX[lang]]
        return f"{poetic} – {noun}" if poetic.endswith(("!", "?")) else f"{poetic}: {noun}"
    return sentence(noun)


def _description_plan(rng: random.Random, draft: ServiceDraft) -> dict:
    kind = draft.service_type
    return {
        "lead": 2 if rng.random() < 0.55 else 1,
        "audience": rng.random() < 0.8,
        "size": draft.audience_max is not None and rng.random() < 0.5,
        "minimum": draft.audience_min is not None and rng.random() < 0.4,
        "space": rng.random() < 0.45,
        "price": ("on_request" if rng.random() < 0.8 else None) if draft.price is None else rng.choices(("travel_included", "travel_extra", None), (35, 25, 40))[0],
        "materials": draft.price is not None and kind in ("workshop", "course") and draft.form.code not in SPACE_KIND and rng.random() < 0.3,
    }


def _describe(rng: random.Random, draft: ServiceDraft, ctx: dict, plan: dict, lang: str) -> str:
    index = LANG_INDEX[lang]
    kind = draft.service_type
    # Music performed as a gig is described like a concert, not like a play.
    lead = LEAD["concert" if kind == "performance" and draft.form.code == "music" else kind][lang]
    parts = pick_many(rng, lead, ctx, plan["lead"], Said())
    if plan["audience"] and kind not in PROFESSIONAL:
        parts.append(pick(rng, AUDIENCE_SENTENCES[draft.audiences[0]][lang], ctx))
    if plan["size"]:
        key = "group_max" if kind in GROUP_SIZED else "lecture_max" if kind == "lecture" else "audience_max" if kind in AUDIENCE_SIZED else None
        if key:
            parts.append(PRACTICAL[key][index].format_map(ctx))
    if plan["minimum"]:
        parts.append(PRACTICAL["audience_min"][index].format_map(ctx))
    if plan["space"]:
        if kind in ("workshop", "course"):
            parts.append(SPACE[SPACE_KIND.get(draft.form.code, "making")][index])
        elif kind in ("concert", "performance", "lecture", "exhibition"):
            parts.append(PRACTICAL[kind][index].format_map(ctx))
    if draft.online:
        parts.append(PRACTICAL["online"][index])
    if plan["materials"]:
        parts.append(PRACTICAL["materials"][index])
    if plan["price"]:
        parts.append(PRACTICAL[plan["price"]][index].format_map(ctx))
    return " ".join(p for p in parts if p)


def _keywords(draft: ServiceDraft, lang: str) -> list[str]:
    index = LANG_INDEX[lang]
    words = [
        {"fi": draft.noun_fi, "sv": draft.noun_sv, "en": draft.noun_en}[lang],
        *({"fi": s.fi, "sv": s.sv, "en": s.en}[lang] for s in draft.specialties),
        ART_FORM_WORDS[draft.form.code][index],
        *({"fi": AUDIENCES[a].fi, "sv": AUDIENCES[a].sv, "en": AUDIENCES[a].en}[lang] for a in draft.audiences),
    ]
    return list(dict.fromkeys(words))


def _context(rng: random.Random, draft: ServiceDraft) -> dict:
    core = draft.core
    place = core.municipality
    region = REGIONS[core.region]
    spec, spec2 = draft.specialties
    ctx = {
        "spec": spec.fi, "spec_par": spec.fi_par, "spec_gen": spec.fi_gen, "spec_sv": spec.sv, "spec_en": spec.en,
        "spec2": spec2.fi, "spec2_par": spec2.fi_par, "spec2_gen": spec2.fi_gen, "spec2_sv": spec2.sv, "spec2_en": spec2.en,
        "city_gen": place.fi_gen, "city_loc": place.fi_loc, "city_sv": place.sv, "city_en": place.en,
        "region_loc": region.fi_loc, "region_sv_loc": region.sv_loc, "region_en": region.en,
        "works": rng.randint(8, 40),
        "weeks": rng.choice(("2–4", "3–6", "4–8")),
        "stage": rng.choice(("3 × 3", "4 × 4", "5 × 4", "6 × 5")),
        "wall": rng.randrange(10, 45, 5),
    }
    for key in ("duration", "sessions", "audience_min", "audience_max"):
        value = getattr(draft, key)
        if value is not None:
            ctx[key] = value
    return ctx
