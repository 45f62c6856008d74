"""Open-ended input: no string crashes the analysers, and no word is ever lost."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzers import LANGUAGES, fold, index_terms, query_words, suggest, tokens

FINNISH_LIKE = st.text(
    alphabet="abdefghijklmnoprstuvyäöåAÄÖÅTKLÉéüš0123456789 -–'’:.,!?\u0308\u2011",
    max_size=80,
)
ANY_TEXT = st.text(max_size=80)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=st.one_of(FINNISH_LIKE, ANY_TEXT), lang=st.sampled_from(LANGUAGES))
def test_every_word_yields_terms_and_both_sides_agree(text, lang):
    found = tokens(text, lang)
    words = query_words(text, lang)
    terms = index_terms(text, lang)
    assert len(found) == len(words)
    for token, word in zip(found, words):
        assert text[token.start:token.end] == token.text == word.text
        assert token.text.strip() and token.surface
        assert token.lemmas and all(token.lemmas), token
        assert len(set(token.lemmas)) == len(token.lemmas)
        assert word.lemmas == token.lemmas
        # The search layer passes a query word's text back in (suggest, corrections).
        assert [again.text for again in tokens(token.text, lang)] == [token.text]
        assert all(all(part) for part in word.parts)
        assert {alt for part in word.parts for alt in part} <= set(token.parts) | set(token.lemmas)
    assert len(terms.lemmas) >= len(found)
    assert len(terms.surface) >= len(found)


@SETTINGS
@given(word=st.one_of(FINNISH_LIKE, ANY_TEXT), lang=st.sampled_from(LANGUAGES))
def test_suggest_never_crashes(word, lang):
    try:
        result = suggest(word, lang)
    except ValueError as error:
        assert str(error).startswith("word: expected one word")
    else:
        assert result is None or (result and " " not in result)


@SETTINGS
@given(text=ANY_TEXT)
def test_fold_is_idempotent_and_lower_case(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.casefold()
