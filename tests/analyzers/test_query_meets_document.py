"""The point of one pipeline: a query and a document phrased differently meet on the same terms.

`matches` applies the contract the search layer implements: a query word matches a
document if any of its lemmas is among the document's terms, or if all of its compound
parts are (each part by any of its alternatives).
"""

from __future__ import annotations

import pytest

from analyzers import index_terms, query_words, tokens


def matches(query: str, document: str, lang: str) -> bool:
    terms = set(index_terms(document, lang).lemmas)
    for word in query_words(query, lang):
        if any(lemma in terms for lemma in word.lemmas):
            continue
        if word.parts and all(any(alt in terms for alt in part) for part in word.parts):
            continue
        return False
    return True


MEETS = [
    ("Turussa", "Toimin Turku ja lähialueet", "fi"),
    ("Turku", "Esiinnymme Turussa", "fi"),
    ("tampereella", "Tampere", "fi"),
    ("Kuopiossa", "Kuopion alueella", "fi"),
    ("lastenmusiikki", "musiikkia lapsille ja perheille", "fi"),
    ("lastenmusiikkia", "Lastenmusiikkikonsertit", "fi"),
    ("kuvaaja", "freelance-videokuvaaja", "fi"),
    ("kuvaaja", "Olen valokuvaaja", "fi"),
    ("tanssijoille", "tanssija ja koreografi", "fi"),
    ("kuvittajalle", "kuvittaja", "fi"),
    ("laulunopettajia", "opetan laulua, olen opettaja", "fi"),
    ("laulunopettajia", "laulunopettaja", "fi"),
    ("kirjastoauto", "autolla kiertävä kirjasto", "fi"),
    ("Häme", "Päijät-Hämeessä", "fi"),
    ("Päijät-Häme", "Päijät-Hämeen alueella", "fi"),
    ("3D", "3D-tulostusta", "fi"),
    ("tulostus", "3D-tulostusta", "fi"),
    ("tanssi", "nykytanssin esitykset", "fi"),
    ("nuortenmusiikki", "lasten- ja nuortenmusiikkia", "fi"),
    ("lastenmusiikki", "lasten- ja nuortenmusiikkia", "fi"),
    ("äänitallenteet", "kuva-, ääni- ja videotallenteet", "fi"),
    ("Päijät", "Päijät-Häme", "fi"),
    ("café", "Cafe Ursula", "fi"),
    ("barnteater", "barnteater", "sv"),
    ("teater", "teatrar för barn", "sv"),
    ("konstnär", "konstnärer", "sv"),
    ("children", "children's theatre", "en"),
    ("child", "children's theatre", "en"),
    ("workshop", "workshops for schools", "en"),
]


@pytest.mark.parametrize(("query", "document", "lang"), MEETS, ids=[f"{m[0]}~{m[1]}" for m in MEETS])
def test_query_meets_document(query, document, lang):
    assert matches(query, document, lang)


MISSES = [
    # Parts must all match: musiikki alone is not lastenmusiikki.
    ("lastenmusiikki", "musiikkia aikuisille", "fi"),
    ("lastenmusiikki", "lapsille satuja", "fi"),
    # A rarer compound reading does not leak: dancers are not rivers.
    ("joki", "tanssijoille", "fi"),
    # Names are not split: Joensuu is not about a mouth.
    ("suu", "Joensuussa", "fi"),
    # Adjectives are not split.
    ("kansanmusiikki", "kansainvälinen musiikkifestivaali", "fi"),
    # Junk parts never appear.
    ("yö", "yökerho", "fi"),
    # å and ä stay letters: sää (weather) is not saa, år is not ar.
    ("sää", "saa", "fi"),
    ("år", "ar", "sv"),
]


@pytest.mark.parametrize(("query", "document", "lang"), MISSES, ids=[f"{m[0]}!~{m[1]}" for m in MISSES])
def test_query_misses_unrelated_document(query, document, lang):
    assert not matches(query, document, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Lastenmusiikkia Päijät-Hämeessä 2024, EU:n tuella; kuva- ja äänitallenteet", "fi"),
    ("Barnteater i Åbo 2024, e-böcker", "sv"),
    ("Children's theatre in Turku, 2024: singer-songwriters", "en"),
])
def test_query_side_and_index_side_give_the_same_terms(text, lang):
    for token, word in zip(tokens(text, lang), query_words(text, lang), strict=True):
        assert (word.text, word.surface, word.lemmas) == (token.text, token.surface, token.lemmas)
        assert {alt for part in word.parts for alt in part} <= set(token.parts) | set(token.lemmas)


def test_index_terms_flatten_tokens_in_text_order():
    terms = index_terms("Videokuvaaja Päijät-Hämeestä", "fi")
    assert terms.surface == ["videokuvaaja", "päijät-hämeestä", "päijät", "hämeestä"]
    assert terms.lemmas == ["videokuvaaja", "video", "kuvaaja", "päijät-häme", "päijä", "häme"]


def test_repeated_words_keep_their_frequency():
    assert index_terms("laulu laulut laulua", "fi").lemmas.count("laulu") == 3
