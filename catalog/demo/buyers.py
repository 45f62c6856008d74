"""Demo buyers: people and organisations that order culture, spread over the regions like the population."""

from __future__ import annotations

import random
from bisect import bisect
from datetime import timedelta
from itertools import accumulate

from catalog.demo.creators import EPOCH, SPAN_SECONDS, person_name, pick_municipality, timestamp
from catalog.demo.names import (
    CARE_WORDS_FI,
    CARE_WORDS_SV,
    COMPANY_WORDS,
    DAYCARE_WORDS_FI,
    DAYCARE_WORDS_SV,
    NAME_WORDS_EN,
    NAME_WORDS_FI,
    NAME_WORDS_SV,
    PLACE_WORDS_FI,
    PLACE_WORDS_SV,
)
from catalog.demo.textutil import ascii_fold

BUYER_TYPE_SHARES = {"private": 30, "school": 14, "early-childhood": 10, "municipality": 9, "care": 8, "company": 12, "association": 11, "event-producer": 6}
BUYER_TYPES = tuple(BUYER_TYPE_SHARES)
BUYER_TYPE_WEIGHTS = tuple(accumulate(BUYER_TYPE_SHARES.values()))

# Organisation name formats per buyer type and language. Slots: {place_gen} ("Mäntymäen"),
# {place} ("Mäntymäki" / "Kyrkbacken"), {city_gen}, {city_sv}, {city_en}, {w}, {last}, {daycare}, {care}, {company}.
ORGANISATIONS = {
    "school": {
        "fi": ("{place_gen} koulu", "{place_gen} koulu", "{city_gen} lukio", "{place_gen} yhtenäiskoulu", "{city_gen} yhteiskoulu"),
        "sv": ("{place} skola", "{place} skola", "{city_sv} gymnasium"),
        "en": ("{city_en} International School",),
    },
    "early-childhood": {
        "fi": ("Päiväkoti {daycare}", "Päiväkoti {daycare}", "Perhepäivähoito {city_gen} keskusta"),
        "sv": ("Daghemmet {daycare}",),
        "en": ("{city_en} English Kindergarten",),
    },
    "municipality": {
        "fi": ("{city_gen} kulttuuripalvelut", "{city_gen} kirjastopalvelut", "{city_gen} vapaa-aikapalvelut", "{city_gen} varhaiskasvatuspalvelut"),
        "sv": ("Kultur- och fritidstjänster i {city_sv}", "Biblioteket i {city_sv}"),
        "en": ("{city_en} Cultural Services",),
    },
    "care": {
        "fi": ("Palvelukoti {care}", "Hoivakoti {care}", "Palvelutalo {care}"),
        "sv": ("Servicehuset {care}", "Vårdhemmet {care}"),
        "en": ("Palvelukoti {care}",),
    },
    "company": {
        "fi": ("{last} Group Oy", "{company} Consulting Oy", "Rakennusliike {last} Oy", "Tilitoimisto {last} Oy", "{company} Solutions Oy", "Kiinteistö Oy {w}"),
        "sv": ("{last} & Co Ab", "{w} Konsult Ab", "Byggfirma {last} Ab"),
        "en": ("{company} Technologies Oy", "{w} Software Ltd"),
    },
    "association": {
        "fi": ("{city_gen} Martat ry", "{city_gen} Eläkeläiset ry", "{place_gen} kyläyhdistys ry", "{city_gen} Kotiseutuyhdistys ry", "{place_gen} koulun vanhempainyhdistys ry"),
        "sv": ("Hem och skola i {city_sv} rf", "{place} byaförening rf", "Pensionärsföreningen i {city_sv} rf"),
        "en": ("{city_en} International Club ry",),
    },
    "event-producer": {
        "fi": ("{w} Events Oy", "{city_gen} Kesäjuhlat ry", "Festivaali {w} ry", "Tapahtumatoimisto {w} Oy"),
        "sv": ("{w} Evenemang Ab", "Sommarfesten i {city_sv} rf"),
        "en": ("{w} Events Oy",),
    },
}


def buyer_id(number: int) -> str:
    return f"demo-b-{number:06d}"


def buyer_record(seed: int, number: int) -> dict:
    """The import-format record of buyer `number`."""
    rng = random.Random(f"{seed}:buyer:{number}")
    place = pick_municipality(rng)
    buyer_type = BUYER_TYPES[bisect(BUYER_TYPE_WEIGHTS, rng.random() * BUYER_TYPE_WEIGHTS[-1])]
    draw = rng.random()
    language = "sv" if draw < place.swedish_share else "en" if draw < place.swedish_share + 0.03 else "fi"
    contact = person_name(rng, language, "f" if rng.random() < 0.6 else "m")
    organisation = None if buyer_type == "private" else _organisation(rng, buyer_type, language, place)
    local = ".".join(_local(part) for part in (contact.first, contact.last))
    domain = "example.com" if buyer_type == "private" else rng.choice(("example.fi", "example.fi", "example.org"))
    return {
        "kind": "buyer",
        "id": buyer_id(number),
        "buyer_type": buyer_type,
        "organisation": organisation,
        "contact_person": contact.full,
        "email": f"{local}{number}@{domain}",
        "region": place.region,
        "municipality": place.fi,
        "preferred_language": language,
        "created_at": timestamp(EPOCH + timedelta(seconds=rng.randrange(SPAN_SECONDS))),
    }


def _organisation(rng: random.Random, buyer_type: str, language: str, place) -> str:
    place_gen, place_fi = rng.choice(PLACE_WORDS_FI)
    template = rng.choice(ORGANISATIONS[buyer_type][language])
    return template.format(
        place_gen=place_gen,
        place=rng.choice(PLACE_WORDS_SV) if language == "sv" else place_fi,
        city_gen=place.fi_gen,
        city_sv=place.sv,
        city_en=place.en,
        w=rng.choice({"fi": NAME_WORDS_FI, "sv": NAME_WORDS_SV, "en": NAME_WORDS_EN}[language]),
        last=person_name(rng, language, "m").last,
        daycare=rng.choice(DAYCARE_WORDS_SV if language == "sv" else DAYCARE_WORDS_FI),
        care=rng.choice(CARE_WORDS_SV if language == "sv" else CARE_WORDS_FI),
        company=rng.choice(COMPANY_WORDS),
    )


def _local(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text) if ch.isalnum())
