"""Finnish words to terms with Voikko: every reading's base form plus compound parts.

"Turussa" -> turku, "tanssijoille" -> tanssija (and Voikko's rarer reading tanssijoki),
"lastenmusiikkia" -> lastenmusiikki with parts lapsi + musiikki, "videokuvaajille" ->
videokuvaaja with parts video + kuvaaja. Words Voikko does not know get their Snowball
stem, so no word is ever lost. Results are cached per word (bounded LRU).
"""

from __future__ import annotations

import functools

from analyzers import snowball, stopwords, voikko_runtime
from analyzers.folding import fold
from analyzers.model import WordAnalysis
from analyzers.tokenizer import has_digit, normalise_word, pieces
from analyzers.voikko_output import Component, components

# Shorter compound parts are mostly noise ("yö" of "yökerho" would match every "yö").
MIN_PART_LENGTH = 3
# Hyphen pieces were separated by the writer, so shorter ones count ("3D-tulostus").
MIN_PIECE_LENGTH = 2
DEFAULT_CACHE_SIZE = 50_000
SUGGESTION_CACHE_SIZE = 4_096

# Split common nouns only. Adjectives split into misleading parts ("kansainvälinen" ->
# kansa + välinen), and names into noise ("Joensuu" -> joki + suu, "Jyväskylä" -> jyvänen + kylä);
# hyphenated names are still split at their hyphens ("Etelä-Pohjanmaa").
_SPLITTABLE_CLASSES = frozenset({"nimisana", "nimisana_laatusana"})
_NAME_CLASSES = frozenset({"paikannimi", "etunimi", "sukunimi", "nimi"})


def _unique(terms) -> tuple[str, ...]:
    return tuple(dict.fromkeys(term for term in terms if term))


def _is_stopword(surface: str, lemmas: tuple[str, ...], known: bool) -> bool:
    if surface in stopwords.FINNISH:
        return True
    return known and bool(lemmas) and all(lemma in stopwords.FINNISH_LEMMAS for lemma in lemmas)


def _analyse(word: str) -> WordAnalysis:
    """Analyse one normalised (lower-case, NFC) word; see `analyse` for the cached entry point."""
    if "-" in word and len(pieces(word)) > 1:
        return _hyphenated(word)
    word = word.strip("-")
    surface = fold(word)
    if has_digit(word) and not any(ch.isalpha() for ch in word):
        # Numbers and times stay verbatim: "2024", "18.30".
        return WordAnalysis(surface, (surface,), (), (), True, False)
    readings = voikko_runtime.analyze(word)
    if not readings:
        lemma = snowball.base_term(surface, "fi") or surface
        # A word with digits ("3d", "mp3") is not a misspelling; nor can we tell without Voikko.
        known = has_digit(word) or voikko_runtime.unavailable_reason() is not None
        return WordAnalysis(surface, (lemma,), (), (), known, _is_stopword(surface, (), False))
    lemmas = _unique(fold(reading["BASEFORM"]) for reading in readings if reading.get("BASEFORM"))
    lemmas = lemmas or (snowball.base_term(surface, "fi") or surface,)
    positions, heads, tail = _compound_positions(readings, len(word))
    lemma_set = set(lemmas)
    kept = [tuple(alt for alt in alts if len(alt) >= MIN_PART_LENGTH and alt not in lemma_set)
            for alts in positions]
    extra = (head for head in heads if len(head) >= MIN_PART_LENGTH and head not in lemma_set)
    parts = _unique([alt for alts in kept for alt in alts] + list(extra))
    query_parts = tuple(alts for alts in kept if alts)
    if len(query_parts) < 2:
        query_parts = ()
    return WordAnalysis(surface, lemmas, parts, query_parts, True,
                        _is_stopword(surface, lemmas, True), tail)


def _compound_positions(
    readings: list[dict], word_length: int
) -> tuple[list[tuple[str, ...]], list[str], str | None]:
    """Each compound part's base forms (alternatives per position), index-only extra parts,
    and the last part's surface.

    A word counts as a compound only if no reading sees it as a simple word: "tanssijoille"
    is tanssija, not tanssi + joki; "Joensuussa" is the town, not joki + suu. Of the
    compound readings we take those with the fewest parts ("elokuva + ohjaaja", not
    "elo + kuva + ohjaaja"). A lexicalised common noun ("valokuvaaja" as one lexeme
    valo=kuvata) does not count as simple, so its split reading gives valo + kuvaaja.
    """
    parsed = []
    for reading in readings:
        fstoutput = reading.get("FSTOUTPUT")
        if not fstoutput:
            continue   # e.g. Voikko's bare "nimi" readings: nothing to learn from
        comps = components(fstoutput)
        if len(comps) == 1 and (not comps[0].lexicalised or reading.get("CLASS") in _NAME_CLASSES):
            return [], [], None
        if len(comps) >= 2 and reading.get("CLASS") in _SPLITTABLE_CLASSES:
            parsed.append((reading, comps))
    if not parsed:
        return [], [], None
    merged_readings = [(reading, _merge_prefixes(comps), comps) for reading, comps in parsed]
    fewest = min(len(merged) for _, merged, _ in merged_readings)
    if fewest < 2:
        fewest = 0   # a prefixed word ("yliopisto") is no compound, though its head may count
    positions: list[dict[str, None]] = [{} for _ in range(fewest)]
    heads: dict[str, None] = {}
    tail = None
    for reading, merged, comps in merged_readings:
        if len(merged) != max(fewest, 1):
            continue
        baseform = reading.get("BASEFORM", "")
        if fewest:
            for index, alts in enumerate(_part_bases(baseform, merged, word_length)):
                positions[index].update(dict.fromkeys(alts))
        if _is_prefix(comps[0]):
            # "nykytanssi" is a kind of tanssi: let the head alone find it.
            head = _part_bases(baseform, comps[1:], word_length, comps[0].surface)[0]
            heads.update(dict.fromkeys(head))
        tail = tail or comps[-1].surface
    return [tuple(alts) for alts in positions], list(heads), tail


def _is_prefix(comp: Component) -> bool:
    """A bound prefix Voikko splits off ("yli" in "yliopisto", "nyky" in "nykytanssi")."""
    return comp.base is None and comp.surface.isalpha()


def _merge_prefixes(comps: list[Component]) -> list[Component]:
    """Join each bound prefix to the component after it: taide + yliopisto, not taide + yli + opisto."""
    merged: list[Component] = []
    carry = ""
    for index, comp in enumerate(comps):
        if _is_prefix(comp) and index < len(comps) - 1:
            carry += comp.surface
        elif carry:
            merged.append(Component(carry + comp.surface, None, comp.derived, False))
            carry = ""
        else:
            merged.append(comp)
    return merged


def _part_bases(
    baseform: str, comps: list[Component], word_length: int, prefix: str = ""
) -> list[tuple[str, ...]]:
    """Base forms of each component of one reading, after `prefix` (the text before them).

    Inner components come from Voikko's lexeme base ("lasten" -> lapsi); a derived inner
    component ("opettajan" in "opettajankoulutus") is analysed on its own. The last
    component's base is what remains of the whole base form after the inner components
    ("videokuvaaja" - "video" = "kuvaaja"), which keeps derivations intact.
    """
    bases = []
    for comp in comps[:-1]:
        if comp.base and not comp.derived:
            bases.append((fold(comp.base).strip("-"),))
        else:
            bases.append(_lemmas_of(comp.surface, word_length))
        prefix += comp.surface
    whole = baseform.lower()
    if prefix and whole.startswith(prefix) and len(whole) > len(prefix):
        bases.append((fold(whole[len(prefix):]).strip("-"),))
    else:
        bases.append(_lemmas_of(comps[-1].surface, word_length))
    return bases


def _lemmas_of(surface: str, word_length: int) -> tuple[str, ...]:
    """Lemmas of a component analysed as a word of its own (only ever a shorter word)."""
    surface = surface.strip("-:'")
    if not surface or len(surface) >= word_length:
        return ()
    return analyse(surface).lemmas


def _hyphenated(word: str) -> WordAnalysis:
    """A hyphenated word: searchable whole ("päijät-häme") and by its pieces (päijät, häme)."""
    surface = fold(word)
    piece_words = pieces(word)
    analysed = [analyse(piece) for piece in piece_words]
    readings = voikko_runtime.analyze(word)
    lemmas = _unique(fold(reading["BASEFORM"]) for reading in readings if reading.get("BASEFORM"))
    if lemmas:
        known = True
    else:
        # Voikko does not know the whole ("3D-tulostusta"): inflection sits on the last piece.
        head = "-".join(fold(piece) for piece in piece_words[:-1])
        lemmas = _unique(f"{head}-{lemma}" for lemma in analysed[-1].lemmas) or (surface,)
        known = all(piece.known for piece in analysed)
    lemma_set = set(lemmas)

    def keep(term: str) -> bool:
        return len(term) >= MIN_PIECE_LENGTH and term not in lemma_set

    parts = _unique(term for piece in analysed for term in piece.lemmas + piece.parts if keep(term))
    query_parts = tuple(alts for alts in (tuple(filter(keep, piece.lemmas)) for piece in analysed)
                        if alts)
    if len(query_parts) < 2:
        query_parts = ()
    return WordAnalysis(surface, lemmas, parts, query_parts, known,
                        _is_stopword(surface, lemmas, known), piece_words[-1], True)


def _build_cache(size: int):
    return functools.lru_cache(maxsize=size)(_analyse)


analyse = _build_cache(DEFAULT_CACHE_SIZE)


def set_cache_size(size: int) -> None:
    """Replace the word cache with an empty one holding at most `size` words."""
    global analyse
    analyse = _build_cache(size)


@functools.lru_cache(maxsize=SUGGESTION_CACHE_SIZE)
def suggestions(word: str) -> tuple[str, ...]:
    """Voikko's corrections of a word it does not know, best first; () for known words.

    `word` keeps its case so the suggestions do too ("Laulunopettja" -> "Laulunopettaja").
    Splits into two words ("kirjastoatuo" -> "kirjastoa tuo") are dropped: a query word
    is meant as one word, and Voikko usually offers the one-word fix next ("kirjastoauto").
    """
    if has_digit(word) or analyse(normalise_word(word)).known:
        return ()
    lowered = word.lower()
    return tuple(dict.fromkeys(
        candidate for candidate in voikko_runtime.suggest(word)
        if " " not in candidate and candidate.lower() != lowered
    ))
