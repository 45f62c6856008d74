"""The demo data generator: deterministic, streamable, valid and realistic enough to demo and benchmark on."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.demo import DemoParameterError, generate
from catalog.demo.places import MUNICIPALITIES

# The codes as the import format defines them (written out here, not imported, so a typo in the generator shows).
REGIONS = {
    "ahvenanmaa", "etela-karjala", "etela-pohjanmaa", "etela-savo", "kanta-hame", "kymenlaakso", "pirkanmaa", "pohjanmaa",
    "pohjois-karjala", "pohjois-pohjanmaa", "pohjois-savo", "paijat-hame", "satakunta", "uusimaa", "varsinais-suomi",
}
ART_FORMS = {
    "architecture", "visual-arts", "photography", "media-art", "film", "design", "crafts", "music", "theatre", "dance",
    "circus", "performance-art", "literature", "comics-illustration", "cultural-heritage", "community-art",
    "arts-education", "multidisciplinary",
}
SERVICE_TYPES = {"performance", "concert", "workshop", "course", "lecture", "exhibition", "commission", "consulting", "production", "guided-tour", "other"}
TARGET_GROUPS = {"early-childhood", "children", "youth", "adults", "seniors", "families", "schools", "special-groups", "workplaces", "care"}
CREATOR_TYPES = {"individual", "group", "association", "institution", "company"}
BUYER_TYPES = {"private", "municipality", "school", "early-childhood", "care", "company", "association", "event-producer"}
PRICE_BASES = {"per-performance", "per-hour", "per-day", "per-person", "per-group", "fixed", None}
STATUSES = {"approved", "pending", "draft", "rejected", "hidden"}
TEXT_LANGUAGES = {"fi", "sv", "en"}
CREATOR_KEYS = ["kind", "id", "name", "creator_type", "home_region", "municipality", "regions", "art_forms", "languages", "description", "keywords", "email", "website", "phone", "status", "created_at"]
SERVICE_KEYS = ["kind", "id", "creator", "title", "description", "keywords", "service_type", "art_forms", "target_groups", "regions", "languages", "duration_minutes", "audience_min", "audience_max", "price_eur", "price_basis", "online", "published", "created_at"]
BUYER_KEYS = ["kind", "id", "buyer_type", "organisation", "contact_person", "email", "region", "municipality", "preferred_language", "created_at"]
TAXONOMY_FILE = Path(__file__).resolve().parents[2] / "catalog" / "taxonomy.json"
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
EMAIL = re.compile(r"[a-z0-9.]+@example\.(fi|com|org)")
PHONE = re.compile(r"\+358 \d{2} 555 \d{4}")


@pytest.fixture(scope="module")
def demo():
    """The default demo set, generated once for the module."""
    data = generate()
    return {"creators": list(data.creators), "services": list(data.services), "buyers": list(data.buyers)}


def _texts(record: dict) -> list[str]:
    texts = list(record["description"].values())
    if record["kind"] == "service":
        texts += record["title"].values()
    return texts


# --- Determinism, counts, streaming ------------------------------------------------------------------------


def test_same_seed_gives_byte_identical_output():
    first, second = generate(400, 300, 100, seed=7), generate(400, 300, 100, seed=7)
    for kind in ("creators", "services", "buyers"):
        a = json.dumps(list(getattr(first, kind)), ensure_ascii=False)
        b = json.dumps(list(getattr(second, kind)), ensure_ascii=False)
        assert a == b, kind


def _digest(data) -> str:
    blob = json.dumps([list(data.creators), list(data.services), list(data.buyers)], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def test_output_does_not_depend_on_the_process_hash_seed():
    script = "import hashlib, json; from catalog.demo import generate; d = generate(150, 150, 40, seed=5); " \
        "print(hashlib.sha256(json.dumps([list(d.creators), list(d.services), list(d.buyers)], ensure_ascii=False).encode()).hexdigest())"
    root = Path(__file__).resolve().parents[2]
    digests = {
        subprocess.run([sys.executable, "-c", script], cwd=root, env={**os.environ, "PYTHONHASHSEED": hash_seed}, capture_output=True, text=True, check=True).stdout.strip()
        for hash_seed in ("1", "2")
    }
    assert digests == {_digest(generate(150, 150, 40, seed=5))}


def test_iterating_twice_gives_the_same_records():
    data = generate(50, 40, 10)
    assert list(data.creators) == list(data.creators)
    assert list(data.services) == list(data.services)


def test_different_seeds_give_different_data():
    one = [r["description"] for r in generate(20, 0, 0, seed=1).creators]
    two = [r["description"] for r in generate(20, 0, 0, seed=2).creators]
    assert one != two


@pytest.mark.parametrize("creators, services, buyers", [(0, 0, 0), (1, 5, 0), (37, 11, 3), (250, 400, 120)])
def test_counts_are_honoured_with_sequential_unique_ids(creators, services, buyers):
    data = generate(creators, services, buyers)
    made = {"creators": list(data.creators), "services": list(data.services), "buyers": list(data.buyers)}
    for kind, prefix, count in (("creators", "demo-c", creators), ("services", "demo-s", services), ("buyers", "demo-b", buyers)):
        assert len(made[kind]) == count == len(getattr(data, kind))
        assert [r["id"] for r in made[kind]] == [f"{prefix}-{n:06d}" for n in range(1, count + 1)]


def test_a_million_creators_stream_and_start_like_a_small_run():
    big = generate(creators=1_000_000, services=1_000_000, buyers=1_000_000)
    small = generate(creators=10, services=0, buyers=10)
    assert list(islice(big.creators, 10)) == list(small.creators)
    assert list(islice(big.buyers, 10)) == list(small.buyers)
    # Services must point at one of the creators, so they match runs with the same number of creators.
    few_services = generate(creators=1_000_000, services=10, buyers=0)
    assert list(islice(big.services, 10)) == list(few_services.services)
    assert big.creators[999_999]["id"] == "demo-c-1000000"


def test_records_can_be_fetched_by_index():
    data = generate(30, 20, 5)
    assert data.creators[4] == list(data.creators)[4]
    assert data.services[-1] == list(data.services)[-1]
    with pytest.raises(IndexError):
        data.buyers[5]


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"creators": -1}, "creators"),
        ({"services": 2.5}, "services"),
        ({"buyers": True}, "buyers"),
        ({"creators": 20_000_000}, "creators"),
        ({"seed": "abc"}, "seed"),
        ({"creators": 0, "services": 3}, "services"),
    ],
)
def test_bad_parameters_are_refused_naming_the_field(kwargs, field):
    with pytest.raises(DemoParameterError) as caught:
        generate(**kwargs)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")


# --- Validity ---------------------------------------------------------------------------------------------------


def test_creators_use_only_valid_codes_and_fields(demo):
    for record in demo["creators"]:
        assert list(record) == CREATOR_KEYS
        assert record["kind"] == "creator"
        assert record["creator_type"] in CREATOR_TYPES
        assert record["home_region"] in REGIONS
        assert record["regions"][0] == record["home_region"]
        assert set(record["regions"]) <= REGIONS and len(set(record["regions"])) == len(record["regions"])
        assert record["art_forms"] and set(record["art_forms"]) <= ART_FORMS
        assert record["status"] in STATUSES
        assert record["description"] and set(record["description"]) <= TEXT_LANGUAGES
        assert set(record["keywords"]) == set(record["description"])
        assert all(words and all(isinstance(w, str) and w for w in words) for words in record["keywords"].values())
        assert set(record["description"]) <= set(record["languages"]), "texts are in languages the creator works in"
        assert all(re.fullmatch(r"[a-z]{2,3}", code) for code in record["languages"])
        assert EMAIL.fullmatch(record["email"]), record["email"]
        assert record["website"] is None or re.fullmatch(r"https://example\.fi/[a-z0-9-]+", record["website"])
        assert record["phone"] is None or PHONE.fullmatch(record["phone"])
        assert TIMESTAMP.fullmatch(record["created_at"])


def test_services_use_only_valid_codes_and_fields(demo):
    for record in demo["services"]:
        assert list(record) == SERVICE_KEYS
        assert record["service_type"] in SERVICE_TYPES
        assert record["art_forms"] and set(record["art_forms"]) <= ART_FORMS
        assert record["target_groups"] and set(record["target_groups"]) <= TARGET_GROUPS
        assert record["regions"] and set(record["regions"]) <= REGIONS
        assert record["title"] and set(record["title"]) <= TEXT_LANGUAGES
        assert set(record["description"]) == set(record["title"]) == set(record["keywords"])
        assert record["price_basis"] in PRICE_BASES
        assert record["price_eur"] is None or (isinstance(record["price_eur"], int) and record["price_eur"] > 0)
        for key in ("duration_minutes", "audience_min", "audience_max"):
            assert record[key] is None or (isinstance(record[key], int) and record[key] > 0)
        if record["audience_min"] is not None and record["audience_max"] is not None:
            assert record["audience_min"] <= record["audience_max"]
        assert isinstance(record["online"], bool) and isinstance(record["published"], bool)
        assert TIMESTAMP.fullmatch(record["created_at"])


def test_buyers_use_only_valid_codes_and_fields(demo):
    names = {m.fi: m.region for m in MUNICIPALITIES}
    for record in demo["buyers"]:
        assert list(record) == BUYER_KEYS
        assert record["buyer_type"] in BUYER_TYPES
        assert (record["organisation"] is None) == (record["buyer_type"] == "private")
        assert record["region"] in REGIONS and names[record["municipality"]] == record["region"]
        assert record["preferred_language"] in TEXT_LANGUAGES
        assert EMAIL.fullmatch(record["email"]) and len(record["contact_person"].split()) >= 2


def test_emails_are_unique(demo):
    for kind in ("creators", "buyers"):
        emails = [r["email"] for r in demo[kind]]
        assert len(set(emails)) == len(emails)


def test_municipality_lies_in_the_home_region(demo):
    names = {m.fi: m.region for m in MUNICIPALITIES}
    for record in demo["creators"]:
        assert names[record["municipality"]] == record["home_region"]


@pytest.mark.skipif(not TAXONOMY_FILE.is_file(), reason="catalog/taxonomy.json is not there yet")
def test_places_and_codes_exist_in_the_taxonomy_file():
    taxonomy = json.loads(TAXONOMY_FILE.read_text(encoding="utf-8"))
    municipalities = {m["fi"]: m for m in taxonomy["municipalities"]}
    for place in MUNICIPALITIES:
        assert place.fi in municipalities, place.fi
        assert municipalities[place.fi]["region"] == place.region, place.fi
        assert (municipalities[place.fi]["sv"] or place.fi) == place.sv, place.fi
    vocabularies = {name: {term["code"] for term in terms} for name, terms in taxonomy["vocabularies"].items()}
    assert REGIONS <= vocabularies["region"]
    assert ART_FORMS <= vocabularies["art_form"]
    assert SERVICE_TYPES <= vocabularies["service_type"]
    assert TARGET_GROUPS <= vocabularies["target_group"]
    languages = {code for record in generate(3000, 0, 0).creators for code in record["languages"]}
    assert languages <= vocabularies["language"]


def test_records_pass_the_catalog_import_parser():
    records_module = pytest.importorskip("catalog.records")
    taxonomy_module = pytest.importorskip("catalog.taxonomy")
    taxonomy = taxonomy_module.load_taxonomy()
    data = generate(600, 500, 200, seed=11)
    for record in (*data.creators, *data.services, *data.buyers):
        records_module.parse_record(record, taxonomy)  # raises RecordInvalid naming the field


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=-(2**63), max_value=2**63), creators=st.integers(1, 25), services=st.integers(0, 25))
def test_any_seed_and_size_gives_valid_linked_records(seed, creators, services):
    data = generate(creators, services, 2, seed=seed)
    made = {r["id"]: r for r in data.creators}
    assert len(made) == creators
    for service in data.services:
        owner = made[service["creator"]]
        assert set(service["art_forms"]) <= set(owner["art_forms"]) <= ART_FORMS
        assert service["service_type"] in SERVICE_TYPES and set(service["target_groups"]) <= TARGET_GROUPS
    for record in (*made.values(), *data.services):
        assert all(text and "{" not in text for text in _texts(record))


# --- Services fit their creators ----------------------------------------------------------------------------------


def test_every_service_belongs_to_a_generated_creator_and_agrees_with_it(demo):
    creators = {r["id"]: r for r in demo["creators"]}
    for service in demo["services"]:
        creator = creators[service["creator"]]
        assert set(service["art_forms"]) <= set(creator["art_forms"])
        assert set(service["regions"]) <= set(creator["regions"])
        assert set(service["languages"]) <= set(creator["languages"])
        assert set(service["title"]) <= set(creator["description"])
        assert service["created_at"] >= creator["created_at"]
        if creator["status"] != "approved":
            assert not service["published"]


def test_services_spread_like_a_real_catalogue(demo):
    per_creator = Counter(s["creator"] for s in demo["services"])
    counts = Counter(per_creator.get(c["id"], 0) for c in demo["creators"])
    total = len(demo["creators"])
    assert (counts[0] + counts[1]) / total > 0.75
    assert sum(n for k, n in counts.items() if k >= 3) / total > 0.02
    assert sum(s["published"] for s in demo["services"]) / len(demo["services"]) > 0.85


def test_titles_name_only_target_groups_the_service_has(demo):
    allatives = {
        "päiväkodeille": "early-childhood", "lapsille": "children", "nuorille": "youth", "aikuisille": "adults",
        "senioreille": "seniors", "perheille": "families", "kouluille": "schools", "erityisryhmille": "special-groups",
        "työyhteisöille": "workplaces", "hoivakodeille": "care",
    }
    named = 0
    for service in demo["services"]:
        title = service["title"].get("fi", "")
        last = title.rsplit(" ", 1)[-1]
        if last in allatives:
            named += 1
            assert allatives[last] in service["target_groups"], title
    assert named > 500


def test_prices_and_durations_are_plausible(demo):
    concerts = [s for s in demo["services"] if s["service_type"] == "concert"]
    assert concerts
    for concert in concerts:
        assert 25 <= concert["duration_minutes"] <= 75
        if concert["price_eur"] is not None:
            assert 300 <= concert["price_eur"] <= 1500 and concert["price_basis"] == "per-performance"
    on_request = sum(s["price_eur"] is None for s in demo["services"]) / len(demo["services"])
    assert 0.05 < on_request < 0.4
    workshops = [s for s in demo["services"] if s["service_type"] == "workshop" and s["price_eur"] is not None]
    assert {s["price_basis"] for s in workshops} == {"per-hour", "per-group", "per-person"}


# --- Realistic text ---------------------------------------------------------------------------------------------


def test_swedish_share_follows_where_swedish_is_spoken(demo):
    by_region = defaultdict(list)
    for record in demo["creators"]:
        by_region[record["home_region"]].append("sv" in record["description"])
    share = {region: sum(flags) / len(flags) for region, flags in by_region.items()}
    assert len(by_region["ahvenanmaa"]) >= 20
    assert share["ahvenanmaa"] > 0.8
    assert 0.4 < share["pohjanmaa"] < 0.95
    assert 0.05 < share["uusimaa"] < 0.3
    for inland in ("pirkanmaa", "pohjois-savo", "pohjois-karjala", "etela-savo", "kanta-hame"):
        assert share[inland] < 0.1, inland
    english = sum("en" in r["description"] for r in demo["creators"]) / len(demo["creators"])
    assert 0.05 < english < 0.3


def test_texts_have_inflected_places_and_compounds(demo):
    sample = demo["creators"][:1200] + demo["services"][:800]
    text = " ".join(t for record in sample for t in _texts(record))
    for expected in (
        "Tampereella", "Turussa", "Helsingissä", "Oulussa", "Vantaalla", "Uudellamaalla", "Pirkanmaalla",
        "lastenmusiikki", "tanssiesity", "kuvataidetyöpaj", "sanataidetyöpaj", "kirjailijavierailu", "laulunopettaja", "videokuvaaja",
        "i Helsingfors", "i Österbotten", "på Åland",
    ):
        assert expected in text, expected


def test_texts_have_no_template_leftovers(demo):
    for record in (*demo["creators"], *demo["services"]):
        for text in _texts(record):
            assert not re.search(r"[{}]|\bNone\b|  |\.\.|lorem", text), text
            assert text[0].isupper(), text
            assert text.endswith((".", "!", "?")) or record["kind"] == "service", text


def test_swedish_and_english_texts_are_in_those_languages(demo):
    swedish = [r["description"]["sv"] for r in demo["creators"] if "sv" in r["description"]]
    english = [r["description"]["en"] for r in demo["creators"] if "en" in r["description"]]
    finnish = [r["description"]["fi"] for r in demo["creators"] if "fi" in r["description"]]
    assert sum(" och " in t or " i " in t for t in swedish) / len(swedish) > 0.95
    assert sum(" and " in t or " the " in t.lower() for t in english) / len(english) > 0.95
    assert sum(" ja " in t or " on " in t for t in finnish) / len(finnish) > 0.95
    assert not any(" och " in t for t in finnish)


def test_first_thousand_creator_descriptions_differ(demo):
    descriptions = [json.dumps(r["description"], ensure_ascii=False) for r in demo["creators"][:1000]]
    assert len(set(descriptions)) == 1000
    openings = Counter(d.split(".")[0].split(" ")[0] for r in demo["creators"][:1000] for d in r["description"].values())
    assert len(openings) > 100, "profiles should not all open the same way"


def test_names_look_like_people_and_organisations(demo):
    kinds = defaultdict(list)
    for record in demo["creators"]:
        kinds[record["creator_type"]].append(record["name"])
    assert all(len(name.split()) >= 2 for name in kinds["individual"])
    assert all(name.endswith((" ry", " rf")) for name in kinds["association"])
    assert any(name.endswith(" Oy") for name in kinds["company"]) and any(name.startswith("Tmi ") for name in kinds["company"])
    assert len(set(kinds["individual"])) > 0.8 * len(kinds["individual"])
    created = [datetime.fromisoformat(r["created_at"].replace("Z", "+00:00")) for r in demo["creators"]]
    assert min(created).year >= 2024 and max(created).year <= 2026


# --- The hand-written tables -------------------------------------------------------------------------------------


def test_tables_use_only_known_codes():
    from catalog.demo import buyers, codes, creators
    from catalog.demo.audiences import AUDIENCES, RELATED_AUDIENCES, TYPE_AUDIENCE_WEIGHTS
    from catalog.demo.places import NEIGHBOURS
    from catalog.demo.practice_phrases import PRACTICE
    from catalog.demo.service_phrases import POETIC_BY_ART_FORM, SERVICE_NOUNS
    from catalog.demo.art_forms import ART_FORMS as FORMS
    from catalog.demo.art_forms import PRIMARY_WEIGHTS

    assert set(codes.REGIONS) == REGIONS and set(codes.ART_FORMS) == ART_FORMS
    assert set(codes.SERVICE_TYPES) == SERVICE_TYPES and set(codes.TARGET_GROUPS) == TARGET_GROUPS
    assert set(creators.CREATOR_TYPES) == CREATOR_TYPES and set(creators.STATUSES) == STATUSES
    assert set(buyers.BUYER_TYPES) == BUYER_TYPES
    assert set(FORMS) == set(SERVICE_NOUNS) == set(POETIC_BY_ART_FORM) == set(PRACTICE) == ART_FORMS
    assert set(PRIMARY_WEIGHTS) == CREATOR_TYPES and all(set(w) <= ART_FORMS for w in PRIMARY_WEIGHTS.values())
    assert set(AUDIENCES) == set(RELATED_AUDIENCES) == TARGET_GROUPS and set(TYPE_AUDIENCE_WEIGHTS) == SERVICE_TYPES
    for form in FORMS.values():
        assert set(form.related) <= ART_FORMS - {form.code}
        names = {spec.fi for spec in form.specialties}
        for holder in (*form.roles, *form.groups, *form.companies, *form.institutions, *form.associations):
            assert set(holder.specs) <= names, (form.code, holder)
    for types in SERVICE_NOUNS.values():
        assert set(types) <= SERVICE_TYPES
        for _, nouns in types.values():
            for noun in nouns:
                assert set(noun.audiences) | set(noun.implies) <= TARGET_GROUPS, noun
    for region, neighbours in NEIGHBOURS.items():
        assert all(region in NEIGHBOURS[other] for other in neighbours), f"{region} borders are not mutual"


def test_place_forms_have_finnish_case_endings():
    by_region = Counter(m.region for m in MUNICIPALITIES)
    assert set(by_region) == REGIONS and min(by_region.values()) >= 5
    for place in MUNICIPALITIES:
        assert re.search(r"(ss|ll)[aä]$", place.fi_loc), place.fi_loc
        assert re.search(r"(st|lt)[aä]$", place.fi_ela), place.fi_ela
        assert place.fi_gen.endswith("n"), place.fi_gen
        # Locative and elative differ only in their endings: Tampere-ella/-elta, Uude-ssa-kaupungi-ssa/-sta-/-sta.
        case = re.compile(r"(ss|st|ll|lt)[aä]")
        assert case.sub("", place.fi_loc) == case.sub("", place.fi_ela), place.fi


def test_every_template_slot_is_one_the_composers_fill():
    from catalog.demo import practice_phrases, profile_phrases, service_phrases
    from catalog.demo.creators import creator_core
    from catalog.demo.profile_text import _context as profile_context
    from catalog.demo.service_text import _context as service_context
    from catalog.demo.services import _draft
    from catalog.demo.textutil import slots

    profile_keys, service_keys = set(), set()
    for number in range(1, 1500):
        core = creator_core(99, number)
        profile_keys |= profile_context(random.Random(number), core).keys()
        service_keys |= service_context(random.Random(number), _draft(random.Random(number), core)).keys()

    def templates(bank):
        if isinstance(bank, str):
            yield bank
        elif isinstance(bank, dict):
            for value in bank.values():
                yield from templates(value)
        elif isinstance(bank, tuple):
            for value in bank:
                yield from templates(value)

    for bank in (profile_phrases.INTRO, profile_phrases.EDUCATION, profile_phrases.EXPERIENCE, profile_phrases.OFFER, profile_phrases.AREA,
                 profile_phrases.SPOKEN, profile_phrases.CLOSING, practice_phrases.PRACTICE, practice_phrases.INSTITUTION_PRACTICE):
        for template in templates(bank):
            assert slots(template) <= profile_keys, template
    for bank in (service_phrases.LEAD, service_phrases.AUDIENCE_SENTENCES, service_phrases.PRACTICAL):
        for template in templates(bank):
            assert slots(template) <= service_keys, template


@pytest.mark.parametrize("number", [21286, 29309, 41658, 58303])
def test_rare_institutions_without_a_fitting_name_pattern_still_get_a_name(number):
    """These creators once crashed the generator (an empty choice of name patterns) in large demo sets."""
    from catalog.demo.generator import creator_record

    record = creator_record(2026, number)
    assert record["name"].strip() and record["creator_type"] == "institution"
