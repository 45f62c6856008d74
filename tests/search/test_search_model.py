"""Documents, the backend factory and the shared ranking rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest
from search_corpus import BY_SLUG, PUBLIC

from search import InvalidDocument, SearchDocument, get_backend
from search.analysis import analyse_document, sort_key
from search.backends.embedded import EmbeddedBackend
from search.ranking import required_words, typo_edits


def test_document_round_trips_through_a_dict():
    for doc in PUBLIC:
        assert SearchDocument.from_dict(doc.to_dict()) == doc


def test_naive_datetimes_are_taken_as_utc():
    doc = replace(BY_SLUG["helmi-salo"], created_at=datetime(2024, 1, 1, 12, 0))
    assert SearchDocument.from_dict(doc.to_dict()).created_at == datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("change, field", [
    ({"kind": "buyer"}, "kind"),
    ({"id": "service:1"}, "id"),
    ({"slug": ""}, "slug"),
    ({"description": {"de": "Hallo"}}, "description"),
    ({"name": {"fi": ""}}, "name"),
    ({"facets": {"colour": ("red",)}}, "facets"),
    ({"version": "2"}, "version"),
])
def test_broken_documents_are_refused_with_the_field_named(change, field, tmp_path):
    doc = replace(BY_SLUG["helmi-salo"], **change)
    with pytest.raises(InvalidDocument) as caught:
        EmbeddedBackend(tmp_path / "index").index_documents([doc])
    assert caught.value.field == field


def test_cross_language_taxonomy_is_indexed_apart():
    terms = analyse_document(BY_SLUG["kaisa-makela"]).terms  # Finnish text only
    assert "musiikki" in terms["tax_l"] and "musiker" in terms["xtax_s"] and "musician" in terms["xtax_s"]
    assert "musiker" not in terms["tax_s"]


@pytest.mark.parametrize("text, lang", [
    ("Päijät-Hämeen lasten- ja nuortenmusiikkia, 3D-tulostusta ja EU:n hankkeita.", "fi"),
    ("Jag håller kurser i drejning för barn och vuxna i Vasa.", "sv"),
    ("Children's theatre and hip-hop dance workshops.", "en"),
])
def test_description_terms_are_what_index_terms_gives(text, lang):
    import analyzers

    from search.analysis import _flatten

    expected = analyzers.index_terms(text, lang)
    assert _flatten(analyzers.tokens(text, lang)) == (tuple(expected.surface), tuple(expected.lemmas))


def test_sort_key_puts_a_a_o_after_z():
    names = ["Öhman", "Aalto", "Åberg", "Zetterberg", "Ärölä", "Émile"]
    assert sorted(names, key=sort_key) == ["Aalto", "Émile", "Zetterberg", "Åberg", "Ärölä", "Öhman"]


@pytest.mark.parametrize("word, edits", [("kuva", 0), ("kuvat", 1), ("kuvaajat", 1), ("kuvaajien", 2)])
def test_typo_budget(word, edits):
    assert typo_edits(word) == edits


@pytest.mark.parametrize("content, required", [(0, 0), (1, 1), (2, 1), (3, 2), (4, 3), (8, 6)])
def test_required_words(content, required):
    assert required_words(content) == required


def test_factory_defaults_to_the_embedded_index_in_the_data_dir(tmp_path):
    from catalog.config import load_settings

    backend = get_backend(load_settings(tmp_path))
    assert isinstance(backend, EmbeddedBackend)
    assert backend.store.root == tmp_path / "index"
    assert isinstance(get_backend({"data_dir": tmp_path / "other"}), EmbeddedBackend)


def test_a_service_title_in_the_ui_language_wins_over_the_description_language():
    from search.highlight import TermMatcher
    from search.request import SearchRequest
    from search.response import build_hit

    payload = {
        "id": "service:9", "kind": "service", "external_id": "s-9", "slug": "jazz",
        "name": {"fi": "Jazzia juhliin", "en": "Jazz for your event"},
        "description": {"en": "A trio playing standards."},
        "facets": {}, "online": False, "display": {}, "_hl": {},
    }
    hit = build_hit(payload, SearchRequest(lang="fi"), TermMatcher(frozenset()))
    assert (hit.name, hit.name_lang, hit.lang) == ("Jazzia juhliin", "fi", "en")
    hit = build_hit(payload, SearchRequest(lang="sv"), TermMatcher(frozenset()))
    assert (hit.name, hit.name_lang) == ("Jazz for your event", "en")
