"""The taxonomy data file and its loader: pinned codes, municipalities, lookups, validation."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.taxonomy import (
    DATA_FILE,
    TaxonomyDataError,
    UnknownCode,
    UnknownMunicipality,
    UnknownVocabulary,
    build_taxonomy,
    load_taxonomy,
    read_taxonomy,
)

REPO = Path(__file__).resolve().parents[2]

PARTICIPATING_REGIONS = {
    "ahvenanmaa", "etela-karjala", "etela-pohjanmaa", "etela-savo", "kanta-hame", "kymenlaakso",
    "pirkanmaa", "pohjanmaa", "pohjois-karjala", "pohjois-pohjanmaa", "pohjois-savo", "paijat-hame",
    "satakunta", "uusimaa", "varsinais-suomi",
}
WAITING_REGIONS = {"keski-suomi", "keski-pohjanmaa", "kainuu", "lappi"}
TOP_LEVEL_ART_FORMS = {
    "architecture", "visual-arts", "photography", "media-art", "film", "design", "crafts", "music",
    "theatre", "dance", "circus", "performance-art", "literature", "comics-illustration",
    "cultural-heritage", "community-art", "arts-education", "multidisciplinary",
}
PINNED = {
    "service_type": {
        "performance", "concert", "workshop", "course", "lecture", "exhibition", "commission",
        "consulting", "production", "guided-tour", "other",
    },
    "target_group": {
        "early-childhood", "children", "youth", "adults", "seniors", "families", "schools",
        "special-groups", "workplaces", "care",
    },
    "creator_type": {"individual", "group", "association", "institution", "company"},
    "buyer_type": {
        "private", "municipality", "school", "early-childhood", "care", "company", "association", "event-producer",
    },
    "price_basis": {"per-performance", "per-hour", "per-day", "per-person", "per-group", "fixed"},
}
PINNED_LANGUAGES = {"fi", "sv", "en", "se", "ru", "et", "de", "fr", "es", "it", "ar", "so", "fa", "uk", "zh", "fse"}
# Languages without an ISO 639-1 code, documented in the loader's docstring.
ISO_639_3_LANGUAGES = {"fse", "fss", "smn", "sms", "rmf", "krl"}
# Statistics Finland, municipalities 2025 and 2026 (Pertunmaa joined Mäntyharju on 1.1.2025).
MUNICIPALITY_COUNT = 308
ALAND_MUNICIPALITY_COUNT = 16
SEARCHED_VOCABULARIES = ("art_form", "service_type", "target_group")


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


@pytest.fixture
def raw():
    """A fresh copy of the data file's contents, for breaking on purpose."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def codes(taxonomy, vocabulary):
    return {t.code for t in taxonomy.terms(vocabulary)}


# --- Pinned vocabularies -------------------------------------------------------------------


def test_regions_are_the_19_maakunnat_with_the_first_15_participating(taxonomy):
    regions = taxonomy.terms("region")
    assert len(regions) == 19
    assert {t.code for t in regions if t.participating} == PARTICIPATING_REGIONS
    assert {t.code for t in regions if not t.participating} == WAITING_REGIONS


def test_region_labels_use_the_official_names(taxonomy):
    assert dict(taxonomy.get("region", "ahvenanmaa").labels) == {"fi": "Ahvenanmaa", "sv": "Åland", "en": "Åland"}
    assert taxonomy.label("region", "paijat-hame", "sv") == "Päijänne-Tavastland"
    assert taxonomy.label("region", "varsinais-suomi", "en") == "Southwest Finland"
    assert taxonomy.label("region", "kanta-hame", "sv") == "Egentliga Tavastland"


def test_top_level_art_forms_are_exactly_the_pinned_ones(taxonomy):
    top = {t.code for t in taxonomy.terms("art_form") if t.parent is None}
    assert top == TOP_LEVEL_ART_FORMS


@pytest.mark.parametrize("vocabulary", sorted(PINNED))
def test_pinned_vocabularies_hold_exactly_the_pinned_codes(taxonomy, vocabulary):
    assert codes(taxonomy, vocabulary) == PINNED[vocabulary]


def test_languages_include_the_pinned_ones_and_use_iso_codes(taxonomy):
    languages = codes(taxonomy, "language")
    assert PINNED_LANGUAGES <= languages
    assert len(languages) >= 35
    assert all(len(code) == 2 or code in ISO_639_3_LANGUAGES for code in languages)
    assert taxonomy.label("language", "fi", "fi") == "suomi"
    assert taxonomy.label("language", "fi", "sv") == "finska"
    assert taxonomy.label("language", "fse", "en") == "Finnish Sign Language"


def test_price_basis_labels_read_naturally(taxonomy):
    assert dict(taxonomy.get("price_basis", "per-performance").labels) == {
        "fi": "per esitys", "sv": "per föreställning", "en": "per performance",
    }


def test_every_term_is_labelled_in_finnish_swedish_and_english(taxonomy):
    for vocabulary in taxonomy.vocabularies:
        for term in taxonomy.terms(vocabulary):
            for lang in ("fi", "sv", "en"):
                assert term.labels[lang].strip(), f"{vocabulary}:{term.code} lacks a {lang} label"


def test_art_forms_nest_at_most_two_levels_under_existing_parents(taxonomy):
    art_forms = {t.code: t for t in taxonomy.terms("art_form")}
    children = [t for t in art_forms.values() if t.parent is not None]
    assert len(children) >= 15
    for child in children:
        assert child.parent in art_forms
        assert art_forms[child.parent].parent is None
    for parent in ("music", "dance", "visual-arts", "theatre", "literature"):
        assert len(taxonomy.children("art_form", parent)) >= 3, parent


def test_only_art_forms_have_parents(taxonomy):
    for vocabulary in taxonomy.vocabularies:
        if vocabulary != "art_form":
            assert all(t.parent is None for t in taxonomy.terms(vocabulary)), vocabulary


# --- Synonyms: what cross-language search stands on ----------------------------------------


@pytest.mark.parametrize("vocabulary", SEARCHED_VOCABULARIES)
def test_searched_vocabularies_have_synonyms_in_every_language(taxonomy, vocabulary):
    for term in taxonomy.terms(vocabulary):
        for lang in ("fi", "sv", "en"):
            assert term.synonyms.get(lang), f"{vocabulary}:{term.code} has no {lang} synonyms"


def test_top_level_art_forms_have_rich_synonyms(taxonomy):
    for code in TOP_LEVEL_ART_FORMS:
        term = taxonomy.get("art_form", code)
        for lang in ("fi", "sv", "en"):
            assert len(term.synonyms[lang]) >= 5, f"art_form:{code} has few {lang} synonyms"


@pytest.mark.parametrize(
    ("vocabulary", "code", "lang", "word"),
    [
        ("art_form", "music", "sv", "musiker"),
        ("art_form", "music", "en", "musician"),
        ("art_form", "music", "fi", "muusikko"),
        ("art_form", "music", "fi", "bändi"),
        ("art_form", "dance", "en", "dancer"),
        ("art_form", "literature", "sv", "författare"),
        ("art_form", "theatre", "fi", "näyttelijä"),
        ("service_type", "course", "en", "Course"),
        ("service_type", "course", "fi", "Kurssi"),
        ("service_type", "workshop", "fi", "Työpaja"),
        ("target_group", "seniors", "fi", "eläkeläinen"),
        ("region", "varsinais-suomi", "en", "Finland Proper"),
    ],
)
def test_search_labels_carry_labels_and_synonyms(taxonomy, vocabulary, code, lang, word):
    assert word in taxonomy.search_labels(vocabulary, code)[lang]


def test_search_labels_start_with_the_label_and_hold_no_duplicates(taxonomy):
    for vocabulary in taxonomy.vocabularies:
        for term in taxonomy.terms(vocabulary):
            words = taxonomy.search_labels(vocabulary, term.code)
            assert set(words) == {"fi", "sv", "en"}
            for lang, listed in words.items():
                assert listed[0] == term.labels[lang]
                assert len(listed) == len(set(listed)), f"{vocabulary}:{term.code} repeats a {lang} word"


def test_search_labels_are_a_copy_the_caller_may_change(taxonomy):
    taxonomy.search_labels("art_form", "music")["fi"].append("ylimääräinen")
    assert "ylimääräinen" not in taxonomy.search_labels("art_form", "music")["fi"]


# --- Lookups -------------------------------------------------------------------------------


def test_label_falls_back_to_finnish_for_an_unknown_language(taxonomy):
    assert taxonomy.label("art_form", "music", "sv") == "Musik"
    assert taxonomy.label("art_form", "music", "de") == "Musiikki"


def test_ancestors_and_children_follow_the_hierarchy(taxonomy):
    assert taxonomy.ancestors("art_form", "jazz") == ("music",)
    assert taxonomy.ancestors("art_form", "music") == ()
    assert "jazz" in taxonomy.children("art_form", "music")
    assert taxonomy.children("art_form", "jazz") == ()


def test_is_code(taxonomy):
    assert taxonomy.is_code("service_type", "guided-tour")
    assert not taxonomy.is_code("service_type", "guided_tour")
    assert not taxonomy.is_code("region", "music")


@pytest.mark.parametrize(
    ("vocabulary", "code", "suggestion"),
    [
        ("art_form", "musik", "music"),
        ("art_form", "Music", "music"),
        ("art_form", "musiikki", "music"),
        ("service_type", "kurssi", "course"),
        ("service_type", "guided_tour", "guided-tour"),
        ("region", "uusimma", "uusimaa"),
        ("region", "Nyland", "uusimaa"),
    ],
)
def test_unknown_code_names_vocabulary_and_code_and_suggests_the_nearest(taxonomy, vocabulary, code, suggestion):
    with pytest.raises(UnknownCode) as caught:
        taxonomy.get(vocabulary, code)
    error = caught.value
    assert (error.vocabulary, error.code, error.suggestion) == (vocabulary, code, suggestion)
    assert vocabulary in str(error) and repr(code) in str(error) and repr(suggestion) in str(error)
    assert isinstance(error, LookupError) and isinstance(error, ValueError)


def test_unknown_code_without_a_near_match_lists_a_short_vocabulary(taxonomy):
    with pytest.raises(UnknownCode) as caught:
        taxonomy.get("price_basis", "zzz")
    assert caught.value.suggestion is None
    assert "per-hour" in str(caught.value)


def test_unknown_vocabulary_is_a_typed_error_with_a_suggestion(taxonomy):
    with pytest.raises(UnknownVocabulary, match="art_form"):
        taxonomy.terms("art_forms")


def test_terms_cannot_be_changed_by_callers(taxonomy):
    term = taxonomy.get("art_form", "music")
    with pytest.raises(dataclasses.FrozenInstanceError):
        term.code = "noise"  # type: ignore[misc]
    with pytest.raises(TypeError):
        term.labels["fi"] = "Melu"  # type: ignore[index]
    assert {term} == {taxonomy.get("art_form", "music")}


def test_load_taxonomy_reads_the_file_once(taxonomy):
    assert load_taxonomy() is taxonomy


def test_loading_the_taxonomy_does_not_import_sqlalchemy():
    script = "import sys, catalog.taxonomy; catalog.taxonomy.load_taxonomy(); print('sqlalchemy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- Municipalities ------------------------------------------------------------------------


def test_municipality_count_matches_statistics_finland(taxonomy):
    municipalities = taxonomy.municipalities()
    assert len(municipalities) == MUNICIPALITY_COUNT
    assert len({m.code for m in municipalities}) == MUNICIPALITY_COUNT
    assert sum(m.region == "ahvenanmaa" for m in municipalities) == ALAND_MUNICIPALITY_COUNT
    assert [m.code for m in municipalities] == sorted(m.code for m in municipalities)


def test_every_region_has_municipalities_and_every_municipality_a_region(taxonomy):
    regions = codes(taxonomy, "region")
    used = {m.region for m in taxonomy.municipalities()}
    assert used == regions


@pytest.mark.parametrize(
    ("name", "code"),
    [("Helsinki", "091"), ("Espoo", "049"), ("Tampere", "837"), ("Turku", "853"), ("Oulu", "564"), ("Vaasa", "905")],
)
def test_known_municipality_numbers(taxonomy, name, code):
    assert taxonomy.find_municipality(name).code == code
    assert taxonomy.municipality(code).name_fi == name


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Vaasa", "pohjanmaa"),
        ("Kuopio", "pohjois-savo"),
        ("Lahti", "paijat-hame"),
        ("Mariehamn", "ahvenanmaa"),
        ("Helsinki", "uusimaa"),
        ("Rovaniemi", "lappi"),
        ("Jyväskylä", "keski-suomi"),
        # Moved between regions in 2021.
        ("Heinävesi", "pohjois-karjala"),
        ("Joroinen", "pohjois-savo"),
        ("Iitti", "paijat-hame"),
        ("Kuhmoinen", "pirkanmaa"),
        ("Isokyrö", "etela-pohjanmaa"),
    ],
)
def test_known_municipality_regions(taxonomy, name, region):
    assert taxonomy.find_municipality(name).region == region


@pytest.mark.parametrize(
    ("fi", "sv"),
    [
        ("Tampere", "Tammerfors"), ("Turku", "Åbo"), ("Vaasa", "Vasa"), ("Kokkola", "Karleby"),
        ("Pietarsaari", "Jakobstad"), ("Porvoo", "Borgå"), ("Raasepori", "Raseborg"),
        ("Maarianhamina", "Mariehamn"), ("Pedersören kunta", "Pedersöre"), ("Korsnäs", "Korsnäs"),
    ],
)
def test_swedish_names(taxonomy, fi, sv):
    municipality = taxonomy.find_municipality(fi)
    assert (municipality.name_fi, municipality.name_sv) == (fi, sv)
    assert taxonomy.find_municipality(sv) == municipality


def test_swedish_name_is_null_only_where_it_would_repeat_the_finnish_one(taxonomy):
    assert taxonomy.find_municipality("Kuopio").name_sv is None
    without = [m for m in taxonomy.municipalities() if m.name_sv is None]
    assert without and all(m.region != "ahvenanmaa" for m in without)
    assert all(m.name_sv for m in taxonomy.municipalities() if m.region == "ahvenanmaa")


def test_merged_municipality_is_gone(taxonomy):
    with pytest.raises(UnknownMunicipality):
        taxonomy.find_municipality("Pertunmaa")
    assert taxonomy.find_municipality("Mäntyharju").code == "507"


@pytest.mark.parametrize(
    ("name", "code"),
    [("tammerfors", "837"), ("ÅBO", "853"), ("Maarianhamina", "478"), ("Mariehamn", "478"),
     ("  helsingfors \n", "091"), ("PEDERSÖRE", "599"), ("koski  tl", "284")],
)
def test_find_municipality_ignores_case_and_spacing(taxonomy, name, code):
    assert taxonomy.find_municipality(name).code == code


@given(data=st.data())
def test_find_municipality_accepts_any_casing_of_either_name(data):
    taxonomy = load_taxonomy()
    municipality = data.draw(st.sampled_from(taxonomy.municipalities()))
    name = data.draw(st.sampled_from([n for n in (municipality.name_fi, municipality.name_sv) if n]))
    upper = data.draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    typed = "".join(c.upper() if u else c.lower() for c, u in zip(name, upper))
    padding = data.draw(st.sampled_from(["", " ", "\t", "  \n"]))
    assert taxonomy.find_municipality(padding + typed + padding) == municipality


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("Tamperee", "Tampere"),
        ("Helsingfor", "Helsingfors"),
        ("Jyvaskyla", "Jyväskylä"),
        ("Marianhamina", "Maarianhamina"),
    ],
)
def test_unknown_municipality_suggests_the_nearest_name(taxonomy, name, suggestion):
    with pytest.raises(UnknownMunicipality) as caught:
        taxonomy.find_municipality(name)
    assert caught.value.suggestion == suggestion
    assert repr(name) in str(caught.value) and repr(suggestion) in str(caught.value)
    assert isinstance(caught.value, LookupError) and isinstance(caught.value, ValueError)


def test_unknown_municipality_number(taxonomy):
    with pytest.raises(UnknownMunicipality, match="'588'"):
        taxonomy.municipality("588")


# --- Validation at load time ---------------------------------------------------------------


def test_the_shipped_file_passes_validation_when_read_directly():
    assert len(read_taxonomy(DATA_FILE).municipalities()) == MUNICIPALITY_COUNT


def test_duplicate_code_is_rejected_naming_the_entry(raw):
    raw["vocabularies"]["service_type"].append(copy.deepcopy(raw["vocabularies"]["service_type"][0]))
    with pytest.raises(TaxonomyDataError, match=r"service_type\[11\] 'performance'.*duplicate"):
        build_taxonomy(raw)


def test_missing_parent_is_rejected_naming_the_entry(raw):
    jazz = next(t for t in raw["vocabularies"]["art_form"] if t["code"] == "jazz")
    jazz["parent"] = "musik"
    with pytest.raises(TaxonomyDataError, match=r"'jazz' has parent 'musik'"):
        build_taxonomy(raw)


def test_third_level_is_rejected(raw):
    ballet = next(t for t in raw["vocabularies"]["art_form"] if t["code"] == "ballet")
    ballet["parent"] = "jazz"
    with pytest.raises(TaxonomyDataError, match=r"'ballet'.*only two levels"):
        build_taxonomy(raw)


def test_municipality_with_unknown_region_is_rejected(raw):
    helsinki = next(m for m in raw["municipalities"] if m["code"] == "091")
    helsinki["region"] = "pääkaupunkiseutu"
    with pytest.raises(TaxonomyDataError, match=r"091 'Helsinki' has region 'pääkaupunkiseutu'"):
        build_taxonomy(raw)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_missing_label_is_rejected_naming_entry_and_language(raw, lang):
    del raw["vocabularies"]["target_group"][2]["labels"][lang]
    with pytest.raises(TaxonomyDataError, match=rf"target_group\[2\] 'youth' is missing its '{lang}' label"):
        build_taxonomy(raw)


def test_blank_label_is_rejected(raw):
    raw["vocabularies"]["region"][0]["labels"]["sv"] = "  "
    with pytest.raises(TaxonomyDataError, match=r"'ahvenanmaa' is missing its 'sv' label"):
        build_taxonomy(raw)


@pytest.mark.parametrize("bad", ["Music", "visual arts", "teatteri_", "ä", ""])
def test_badly_formed_code_is_rejected(raw, bad):
    raw["vocabularies"]["art_form"][0]["code"] = bad
    with pytest.raises(TaxonomyDataError, match=r"art_form\[0\] has code"):
        build_taxonomy(raw)


def test_region_without_participating_flag_is_rejected(raw):
    del raw["vocabularies"]["region"][3]["participating"]
    with pytest.raises(TaxonomyDataError, match=r"region\[3\] 'etela-savo' needs \"participating\""):
        build_taxonomy(raw)


def test_duplicate_municipality_number_and_shared_names_are_rejected(raw):
    twin = dict(raw["municipalities"][0], fi="Uusikunta", sv=None)
    with pytest.raises(TaxonomyDataError, match=r"repeats municipality number"):
        build_taxonomy({**raw, "municipalities": [*raw["municipalities"], twin]})
    namesake = {"code": "999", "fi": "Vasa", "sv": None, "region": "pohjanmaa"}
    with pytest.raises(TaxonomyDataError, match=r"share the name 'Vasa'"):
        build_taxonomy({**raw, "municipalities": [*raw["municipalities"], namesake]})


def test_malformed_municipality_number_is_rejected(raw):
    raw["municipalities"][0]["code"] = "91"
    with pytest.raises(TaxonomyDataError, match=r"three-digit municipality number"):
        build_taxonomy(raw)


def test_unreadable_file_is_a_data_error(tmp_path):
    broken = tmp_path / "taxonomy.json"
    broken.write_text('{"version": 1,', encoding="utf-8")
    with pytest.raises(TaxonomyDataError, match="not valid JSON"):
        read_taxonomy(broken)
