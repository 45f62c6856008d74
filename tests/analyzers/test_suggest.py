"""Spelling suggestions ("did you mean") for query words Voikko does not know."""

from __future__ import annotations

import pytest

from analyzers import suggest, suggestions

MISSPELT = [
    ("laulunopettja", "laulunopettaja"),
    ("Laulunopettjalle", "Laulunopettajalle"),   # the case is kept
    ("laulunopettajlle", "laulunopettajalle"),   # a typo inside an inflected compound
    ("kuvitaja", "kuvittaja"),
    ("muusikoile", "muusikoille"),
    ("tanssjia", "tanssija"),
    ("teatteeri", "teatteri"),
    ("lastenmusikki", "lastenmusiikki"),
    ("kuvittajlle", "kuvittajalle"),
    ("Päijät-Hämessä", "Päijät-Hämeessä"),
    ("laulunopettja?", "laulunopettaja"),        # punctuation around the word is ignored
    # Voikko's first idea splits the word ("kirjastoa tuo", "valo Kuvajaa"); a query word
    # is one word, so the one-word fix wins.
    ("kirjastoatuo", "kirjastoauto"),
    ("valokuvajaa", "valokuvaaja"),
]


@pytest.mark.parametrize(("word", "expected"), MISSPELT, ids=[m[0] for m in MISSPELT])
def test_suggests_the_correct_spelling(word, expected):
    assert suggest(word, "fi") == expected


@pytest.mark.parametrize("word", ["laulunopettaja", "Tampereella", "tampereella", "kuvittajalle",
                                  "3D", "2024", "Päijät-Häme", "", "  ", "?!"])
def test_known_words_numbers_and_empty_input_get_no_suggestion(word):
    assert suggest(word, "fi") is None
    assert suggestions(word, "fi") == []


def test_all_candidates_are_offered_for_the_search_layer_to_choose():
    """Voikko ranks a wrong fix first here; the right one is among the candidates."""
    found = suggestions("kuvataitelija", "fi")
    assert "kuvataiteilija" in found
    assert all(" " not in candidate for candidate in found)
    assert suggest("kuvataitelija", "fi") == found[0]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_swedish_and_english_have_no_dictionary(lang):
    assert suggest("teaterr", lang) is None
    assert suggestions("teaterr", lang) == []
