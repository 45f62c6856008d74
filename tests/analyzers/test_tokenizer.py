"""Word boundaries: hyphenated names, inflected abbreviations and numbers stay whole."""

from __future__ import annotations

import pytest

from analyzers import tokens

CASES = [
    ("Päijät-Häme", ["Päijät-Häme"]),
    ("3D-tulostus ja VR", ["3D-tulostus", "ja", "VR"]),
    ("EU:n ja YK:ssa", ["EU:n", "ja", "YK:ssa"]),
    ("klo 18.30–20, hinta 1,5 €", ["klo", "18.30", "20", "hinta", "1,5"]),
    ("show'ssa ja show’ssa", ["show'ssa", "ja", "show’ssa"]),
    ("Helsinki–Tampere", ["Helsinki", "Tampere"]),
    ("lasten- ja nuorten", ["lasten", "ja", "nuorten"]),
    ("-alku loppu-", ["alku", "loppu"]),
    ("www.kulttuuripankki.fi", ["www", "kulttuuripankki", "fi"]),
    ("snake_case #tag @nimi", ["snake", "case", "tag", "nimi"]),
    ("Huom:", ["Huom"]),
]


@pytest.mark.parametrize(("text", "words"), CASES, ids=[c[0] for c in CASES])
def test_words(text, words):
    assert [t.text for t in tokens(text, "fi")] == words


def test_decomposed_letters_stay_inside_their_word():
    text = "A\u0308a\u0308nekoski ja Turku"
    found = tokens(text, "fi")
    assert [t.text for t in found] == ["A\u0308a\u0308nekoski", "ja", "Turku"]
    assert found[0].surface == "äänekoski"
    assert found[0].lemmas == ("äänekoski",)


def test_offsets_cover_each_word_exactly():
    text = "  Tanssia\tTurussa,\nPäijät-Hämeessä!  "
    for token in tokens(text, "fi"):
        assert text[token.start:token.end] == token.text
