"""Finnish words as a search engineer expects them indexed: base forms, compound parts."""

from __future__ import annotations

import pytest

from analyzers import query_words, tokens


def only_token(text: str):
    found = tokens(text, "fi")
    assert len(found) == 1, found
    return found[0]


# (text, lemmas, parts): exact terms, checked against what Voikko 4.3 returns.
WORDS = [
    # Inflected agent nouns and other nouns: back to the base form.
    ("kuvittajalle", ("kuvittaja",), ()),
    ("kuvittajia", ("kuvittaja",), ()),
    ("tanssijat", ("tanssija",), ()),
    ("muusikoille", ("muusikko",), ()),
    ("muusikkona", ("muusikko",), ()),
    ("näyttelijöitä", ("näyttelijä",), ()),
    ("ohjaajan", ("ohjaaja",), ()),
    ("kirjailijoiden", ("kirjailija",), ()),
    ("säveltäjältä", ("säveltäjä",), ()),
    ("taiteilijat", ("taiteilija",), ()),
    ("opettajille", ("opettaja",), ()),
    ("kuoroja", ("kuoro",), ()),
    ("esityksiä", ("esitys",), ()),
    ("konsertteihin", ("konsertti",), ()),
    ("kaupungeille", ("kaupunki",), ()),
    ("ikääntyneille", ("ikääntynyt",), ()),
    ("suomeksi", ("suomi",), ()),
    # Place names: consonant gradation that Snowball gets wrong; names are never split.
    ("Tampereella", ("tampere",), ()),
    ("tampereella", ("tampere",), ()),
    ("Turussa", ("turku",), ()),
    ("Kuopiossa", ("kuopio",), ()),
    ("Helsingissä", ("helsinki",), ()),
    ("Oulussa", ("oulu",), ()),
    ("Lahdessa", ("lahti",), ()),
    ("Rovaniemellä", ("rovaniemi",), ()),
    ("Jyväskylässä", ("jyväskylä",), ()),
    ("Joensuussa", ("joensuu",), ()),
    ("Seinäjoella", ("seinäjoki",), ()),
    ("Hämeenlinnassa", ("hämeenlinna",), ()),
    ("Uudellamaalla", ("uusimaa",), ()),
    ("Sibeliuksen", ("sibelius",), ()),
    # Compounds, genitive first parts included; the compound itself is kept.
    ("lastenmusiikki", ("lastenmusiikki",), ("lapsi", "musiikki")),
    ("lastenmusiikkia", ("lastenmusiikki",), ("lapsi", "musiikki")),
    ("laulunopettaja", ("laulunopettaja",), ("laulu", "opettaja")),
    ("laulunopettajia", ("laulunopettaja",), ("laulu", "opettaja")),
    ("lastenkirjailija", ("lastenkirjailija",), ("lapsi", "kirjailija")),
    ("kirjastoauto", ("kirjastoauto",), ("kirjasto", "auto")),
    ("kirjastoautossa", ("kirjastoauto",), ("kirjasto", "auto")),
    ("videokuvaaja", ("videokuvaaja",), ("video", "kuvaaja")),
    ("videokuvaajille", ("videokuvaaja",), ("video", "kuvaaja")),
    ("valokuvaaja", ("valokuvaaja",), ("valo", "kuvaaja")),
    ("kuvataiteilijoille", ("kuvataiteilija",), ("kuva", "taiteilija")),
    ("sirkustaiteilija", ("sirkustaiteilija",), ("sirkus", "taiteilija")),
    ("nukketeatterissa", ("nukketeatteri",), ("nukke", "teatteri")),
    ("tanssiesityksiä", ("tanssiesitys",), ("tanssi", "esitys")),
    ("kansanmusiikkia", ("kansanmusiikki",), ("kansa", "musiikki")),
    ("nuortenteatteri", ("nuortenteatteri",), ("nuori", "teatteri")),
    ("kuoronjohtajaksi", ("kuoronjohtaja",), ("kuoro", "johtaja")),
    ("opettajankoulutus", ("opettajankoulutus",), ("opettaja", "koulutus")),
    ("pianonsoitonopettajana", ("pianonsoitonopettaja",), ("piano", "soitto", "opettaja")),
    ("musiikkiterapeuttina", ("musiikkiterapeutti",), ("musiikki", "terapeutti")),
    ("elokuvaohjaaja", ("elokuvaohjaaja",), ("elokuva", "ohjaaja")),
    ("kuvataidetyöpajoja", ("kuvataidetyöpaja",), ("kuva", "taide", "työ", "paja")),
    ("äänisuunnittelua", ("äänisuunnittelu",), ("ääni", "suunnittelu")),
    ("kantaesitys", ("kantaesitys",), ("kanta", "esitys")),
    # A bound prefix stays on its word ("yliopisto", not "yli" + "opisto") ...
    ("Taideyliopistossa", ("taideyliopisto",), ("taide", "yliopisto")),
    # ... but the head alone still finds the prefixed word: nykytanssi is tanssi.
    ("nykytanssia", ("nykytanssi",), ("tanssi",)),
    ("lyömäsoittimet", ("lyömäsoitin",), ("soitin",)),
    # Junk parts never appear: "yö" is shorter than the minimum part length.
    ("yökerho", ("yökerho",), ("kerho",)),
    # Adjectives are not split: kansainvälinen is not about kansa.
    ("kansainvälinen", ("kansainvälinen",), ()),
    ("lapsiystävällinen", ("lapsiystävällinen",), ()),
    # Hyphenated names and words: searchable whole and by parts.
    ("Päijät-Häme", ("päijät-häme",), ("päijä", "häme")),
    ("Päijät-Hämeessä", ("päijät-häme",), ("päijä", "häme")),
    ("Etelä-Pohjanmaalla", ("etelä-pohjanmaa",), ("etelä", "pohjanmaa")),
    ("Aalto-yliopistossa", ("aalto-yliopisto",), ("aalto", "yliopisto", "opisto")),
    ("jazz-muusikoille", ("jazz-muusikko",), ("jazz", "muusikko")),
    ("3D-tulostus", ("3d-tulostus",), ("3d", "tulostus")),
    ("3D-tulostusta", ("3d-tulostus",), ("3d", "tulostus")),
    ("4K-kamerat", ("4k-kamera",), ("4k", "kamera")),
    ("1990-luvulla", ("1990-luku",), ("1990", "luku")),
    ("2020–2024", None, None),   # an en dash separates: two tokens, checked below
    # Numbers and inflected abbreviations.
    ("2024", ("2024",), ()),
    ("18.30", ("18.30",), ()),
    ("EU:n", ("eu",), ()),
    ("YK:ssa", ("yk",), ()),
    # Words Voikko does not know fall back to the Snowball stem.
    ("laulunopettja", ("laulunopettj",), ()),
    ("kuvitaja", ("kuvitaj",), ()),
    ("klovneriaa", ("klovneria",), ()),
]


@pytest.mark.parametrize(("text", "lemmas", "parts"),
                         [w for w in WORDS if w[1] is not None], ids=lambda v: v if isinstance(v, str) else "")
def test_word_terms(text, lemmas, parts):
    token = only_token(text)
    assert (token.lemmas, token.parts) == (lemmas, parts)


# Voikko offers more than one reading; every one is kept, and the one a reader means is there.
AMBIGUOUS = [
    ("tanssijoille", "tanssija", {"tanssijoki"}),
    ("Turusta", "turku", {"turunen"}),
    ("laulamaan", "laulaa", {"laulama"}),
    ("Porissa", "pori", {"pora"}),
    ("teen", "tehdä", {"tee"}),
]


@pytest.mark.parametrize(("text", "meant", "others"), AMBIGUOUS, ids=[a[0] for a in AMBIGUOUS])
def test_every_reading_is_kept(text, meant, others):
    token = only_token(text)
    assert set(token.lemmas) == {meant} | others


def test_a_word_voikko_reads_as_simple_is_not_split_by_a_rarer_compound_reading():
    """"tanssijoille" is dancers, not "tanssi" + "joki"; splitting would match any river."""
    assert only_token("tanssijoille").parts == ()


def test_en_dash_separates_a_range_but_a_hyphen_joins_it():
    assert [t.lemmas for t in tokens("2020–2024", "fi")] == [("2020",), ("2024",)]
    assert only_token("2020-2024").parts == ("2020", "2024")


def test_surface_is_folded_and_offsets_point_into_the_text():
    text = "Esiinnymme Päijät-Hämeessä ja Turussa."
    found = tokens(text, "fi")
    assert [t.surface for t in found] == ["esiinnymme", "päijät-hämeessä", "ja", "turussa"]
    assert [text[t.start:t.end] for t in found] == [t.text for t in found]
    assert found[1].text == "Päijät-Hämeessä"


COMPOUND_QUERIES = [
    ("lastenmusiikki", ("lastenmusiikki",), (("lapsi",), ("musiikki",))),
    ("laulunopettajia", ("laulunopettaja",), (("laulu",), ("opettaja",))),
    ("pianonsoitonopettaja", ("pianonsoitonopettaja",), (("piano",), ("soitto",), ("opettaja",))),
    ("Päijät-Hämeessä", ("päijät-häme",), (("päijä",), ("häme",))),
    ("3D-tulostus", ("3d-tulostus",), (("3d",), ("tulostus",))),
    # Fewer than two usable parts: the lemma alone must match, or "kerho" would flood in.
    ("yökerho", ("yökerho",), ()),
    ("nykytanssi", ("nykytanssi",), ()),
    ("kuvittajalle", ("kuvittaja",), ()),
]


@pytest.mark.parametrize(("text", "lemmas", "parts"), COMPOUND_QUERIES, ids=[c[0] for c in COMPOUND_QUERIES])
def test_query_word_lists_compound_parts_to_match_together(text, lemmas, parts):
    (word,) = query_words(text, "fi")
    assert (word.lemmas, word.parts) == (lemmas, parts)


def test_ambiguous_compound_part_keeps_each_alternative_in_its_position():
    (word,) = query_words("Teatterikorkeakoulusta", "fi")
    assert word.parts == (("teatteri",), ("korkea",), ("koulu",))
    (word,) = query_words("lappeenrantalainen", "fi")
    assert word.lemmas == ("lappeenrantalainen",)


ELIDED = [
    # Finnish leaves a shared last part unsaid: "lasten- ja nuortenmusiikki".
    ("lasten- ja nuortenmusiikkia", "lasten", ("lapsi", "lastenmusiikki"), ("musiikki",)),
    ("kuva-, ääni- ja videotallenteet", "kuva", ("kuva", "kuvatallenne"), ("tallenne",)),
    ("kuva-, ääni- ja videotallenteet", "ääni", ("ääni", "äänitallenne"), ("tallenne",)),
    ("pop- ja rockmusiikkia", "pop", ("poppi", "popmusiikki"), ("musiikki",)),
    ("3D- ja VR-sisällöt", "3D", ("3d", "3d-sisältö"), ("sisältö",)),
]


@pytest.mark.parametrize(("text", "word", "lemmas", "parts"), ELIDED, ids=[f"{e[0]}:{e[1]}" for e in ELIDED])
def test_elided_compound_head_gets_the_shared_last_part(text, word, lemmas, parts):
    token = next(t for t in tokens(text, "fi") if t.text == word)
    assert (token.lemmas, token.parts) == (lemmas, parts)


def test_hyphen_before_a_word_that_is_no_compound_adds_nothing():
    token = next(t for t in tokens("lasten- ja nuorten kanssa", "fi") if t.text == "lasten")
    assert (token.lemmas, token.parts) == (("lapsi",), ())


STOPWORDS = ["ja", "on", "olemme", "ei", "heidän", "että", "sekä", "tämä", "olisimmeko"]
CONTENT = ["musiikki", "Turussa", "lastenmusiikki", "kuvittaja", "tuoda"]


@pytest.mark.parametrize("text", STOPWORDS)
def test_stop_words_are_flagged(text):
    (word,) = query_words(text, "fi")
    assert word.stopword


@pytest.mark.parametrize("text", CONTENT)
def test_content_words_are_not_stop_words(text):
    (word,) = query_words(text, "fi")
    assert not word.stopword


def test_stop_words_stay_in_the_index():
    found = tokens("Olli ja Ville ovat täällä", "fi")
    assert [t.lemmas for t in found][1:3] == [("ja",), ("ville",)]
    assert ("olla",) in [t.lemmas for t in found]


def test_known_marks_words_voikko_recognises():
    words = query_words("kuvittaja laulunopettja 3D Tampereella", "fi")
    assert [w.known for w in words] == [True, False, True, True]
