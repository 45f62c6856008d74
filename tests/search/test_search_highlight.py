"""Snippets: escaping, marking and windowing; the typo distance used for marking."""

from __future__ import annotations

import analyzers
from hypothesis import given
from hypothesis import strategies as st

from search.highlight import TermMatcher, edit_distance_within, snippet_html


def spans(text: str, lang: str = "fi"):
    return [(t.start, t.end, " ".join(dict.fromkeys((t.surface, *t.lemmas, *t.parts)))) for t in analyzers.tokens(text, lang)]


def test_marks_inflected_words_by_lemma():
    text = "Iloista musiikkia lapsille."
    html = snippet_html(text, spans(text), TermMatcher(frozenset({"musiikki", "lapsi"})))
    assert html == "Iloista <mark>musiikkia</mark> <mark>lapsille</mark>."


def test_escapes_everything_outside_and_inside_marks():
    text = 'Tule <script>alert("x")</script> & "laula" mukaan'
    html = snippet_html(text, spans(text), TermMatcher(frozenset({"laulaa", "laula"})))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html and "&quot;" in html
    assert "<mark>laula</mark>" in html


def test_no_marks_without_a_query():
    text = "Soitan kanteletta."
    assert snippet_html(text, spans(text), TermMatcher()) == "Soitan kanteletta."


def test_long_text_is_cut_around_the_matches():
    filler = "Teen monenlaista taidetta ja opetan eri ikäisiä ihmisiä ympäri vuoden. " * 6
    text = filler + "Erityisesti rakastan kanteletta. " + filler
    html = snippet_html(text, spans(text), TermMatcher(frozenset({"kannel"})), max_chars=120)
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>kanteletta</mark>" in html
    assert len(html.replace("<mark>", "").replace("</mark>", "")) <= 125


def test_prefix_and_typo_marks():
    text = "Tanssija ja muusikko."
    assert "<mark>Tanssija</mark>" in snippet_html(text, spans(text), TermMatcher(prefixes=("tanss",)))
    assert "<mark>muusikko</mark>" in snippet_html(text, spans(text), TermMatcher(fuzzy=(("muusikok", 1),)))


@given(st.text(max_size=200), st.sets(st.text(min_size=1, max_size=6), max_size=3))
def test_snippet_never_leaks_markup(text, words):
    html = snippet_html(text, spans(text), TermMatcher(frozenset(words)))
    stripped = html.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped and ">" not in stripped


def test_edit_distance_counts_a_transposition_once():
    assert edit_distance_within("lehtinen", "lethinen", 1)
    assert edit_distance_within("emily", "emliy", 1)
    assert not edit_distance_within("lehtinen", "lehtnan", 1)
    assert edit_distance_within("lindqvist", "lindkvyst", 2)
    assert not edit_distance_within("abc", "abcdef", 2)
