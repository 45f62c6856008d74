"""Bad input gets an error that names the argument and says how to fix it."""

from __future__ import annotations

import pytest

import analyzers
from analyzers import AnalyzerInputError, UnsupportedLanguageError


@pytest.mark.parametrize("function", [analyzers.tokens, analyzers.index_terms,
                                      analyzers.query_words, analyzers.suggest])
@pytest.mark.parametrize("lang", ["de", "FI", "", None, "fi-FI"])
def test_unsupported_language_is_named_with_the_choices(function, lang):
    with pytest.raises(UnsupportedLanguageError) as raised:
        function("musiikki", lang)
    message = str(raised.value)
    assert message.startswith("lang: ") and repr(lang) in message
    assert "'fi', 'sv', 'en'" in message
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("function", [analyzers.tokens, analyzers.index_terms,
                                      analyzers.query_words, analyzers.suggest])
@pytest.mark.parametrize("text", [None, b"musiikki", 42, ["musiikki"]])
def test_text_must_be_a_string(function, text):
    with pytest.raises(TypeError, match=r"^(text|word): expected str, got "):
        function(text, "fi")


def test_fold_requires_a_string():
    with pytest.raises(TypeError, match="text: expected str, got bytes"):
        analyzers.fold(b"abc")


def test_suggest_takes_one_word():
    with pytest.raises(AnalyzerInputError, match=r"word: expected one word, got 'laulun opettja'"):
        analyzers.suggest("laulun opettja", "fi")


@pytest.mark.parametrize("size", [0, -1, 1.5, "100", True])
def test_cache_size_must_be_a_positive_int(size):
    with pytest.raises(AnalyzerInputError, match="cache_size: expected a positive int"):
        analyzers.configure(cache_size=size)


def test_empty_and_wordless_text_give_nothing():
    assert analyzers.tokens("", "fi") == []
    assert analyzers.query_words(" ,.-– !? ", "fi") == []
    assert analyzers.index_terms("", "sv") == analyzers.IndexTerms([], [])
