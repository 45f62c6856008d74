"""Swedish and English words: Snowball stems, possessives, folding, stop words."""

from __future__ import annotations

import pytest

from analyzers import query_words, tokens


def terms(text: str, lang: str):
    (token,) = tokens(text, lang)
    return token.lemmas, token.parts


SWEDISH = [
    ("barnens", ("barn",), ()),
    ("barn", ("barn",), ()),
    ("konstnärer", ("konstnär",), ()),
    ("konstnären", ("konstnär",), ()),
    ("föreställningar", ("föreställning",), ()),
    ("föreställningen", ("föreställning",), ()),
    ("dansarna", ("dans",), ()),
    ("ungdomar", ("ungdom",), ()),
    ("körer", ("kör",), ()),
    ("kören", ("kör",), ()),
    ("sångerskor", ("sångersk",), ()),
    ("sångerska", ("sångersk",), ()),
    # Snowball keeps teater/teatrar apart; the plural also carries the singular's stem.
    ("teatern", ("teat",), ()),
    ("teatrar", ("teatr", "teat"), ()),
    ("orkestrar", ("orkestr", "orkest"), ()),
    ("museet", ("museet", "museum"), ()),
    ("museer", ("muse", "museum"), ()),
    # å, ä, ö stay letters; é folds.
    ("Åbo", ("åbo",), ()),
    ("Björneborg", ("björneborg",), ()),
    ("idéer", ("ide",), ()),
    ("EU:s", ("eu",), ()),
    ("2024", ("2024",), ()),
    ("e-böcker", ("e-böck",), ("böck",)),
]


@pytest.mark.parametrize(("text", "lemmas", "parts"), SWEDISH, ids=[s[0] for s in SWEDISH])
def test_swedish_terms(text, lemmas, parts):
    assert terms(text, "sv") == (lemmas, parts)


ENGLISH = [
    # Possessives go before stemming.
    ("children's", ("children", "child"), ()),
    ("artist's", ("artist",), ()),
    ("Helsinki's", ("helsinki",), ()),
    ("it’s", ("it",), ()),
    ("children", ("children", "child"), ()),
    ("child", ("child",), ()),
    ("workshops", ("workshop",), ()),
    ("theatres", ("theatr",), ()),
    ("theatre", ("theatr",), ()),
    ("dancers", ("dancer",), ()),
    ("dancing", ("danc",), ()),
    ("painters", ("painter",), ()),
    ("musicians", ("musician",), ()),
    ("libraries", ("librari",), ()),
    ("library", ("librari",), ()),
    ("choirs", ("choir",), ()),
    ("illustrators", ("illustr",), ()),
    ("café", ("cafe",), ()),
    ("naïve", ("naiv",), ()),
    ("hip-hop", ("hip-hop",), ("hip", "hop")),
    ("singer-songwriters", ("singer-songwrit",), ("singer", "songwrit")),
    ("3D-printing", ("3d-print",), ("3d", "print")),
    ("2024", ("2024",), ()),
]


@pytest.mark.parametrize(("text", "lemmas", "parts"), ENGLISH, ids=[e[0] for e in ENGLISH])
def test_english_terms(text, lemmas, parts):
    assert terms(text, "en") == (lemmas, parts)


@pytest.mark.parametrize(("text", "lang", "flags"), [
    ("barnteater och dans på Åbo", "sv", [False, True, False, True, False]),
    ("The Beatles and the children's choir", "en", [True, False, True, True, False, False]),
    ("don't stop", "en", [True, False]),
])
def test_stop_words_are_flagged_not_dropped(text, lang, flags):
    words = query_words(text, lang)
    assert [w.stopword for w in words] == flags


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_swedish_and_english_word_is_known(lang):
    assert all(w.known for w in query_words("xqzzy blörp teater", lang))


def test_swedish_and_english_are_lower_cased_but_keep_their_letters():
    assert [t.surface for t in tokens("Åsa SJUNGER på Café Ölstugan", "sv")] == [
        "åsa", "sjunger", "på", "cafe", "ölstugan"]
    assert [t.surface for t in tokens("Children’s THEATRE", "en")] == ["children's", "theatre"]
