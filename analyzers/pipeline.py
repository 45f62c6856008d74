"""One pipeline for both sides: the index side and the query side analyse words identically.

Every word goes through the same cached per-language analysis, so a query word and a
document word in different inflections, compounds or spellings meet on the same terms.
"""

from __future__ import annotations

from typing import Callable

from analyzers import finnish, snowball, voikko_runtime
from analyzers.errors import AnalyzerInputError, UnsupportedLanguageError, require_text
from analyzers.model import IndexTerms, QueryWord, Token, WordAnalysis
from analyzers.tokenizer import Span, normalise_word, spans

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")

# Words that may stand between an elided compound head and its completion: "lasten- ja nuorten…".
_COORDINATORS = frozenset({"ja", "tai", "sekä", "eli", "ynnä", "taikka"})
_ELLIPSIS_REACH = 8


def _snowball(lang: str) -> Callable[[str], WordAnalysis]:
    return lambda word: snowball.analyse(word, lang)


_ANALYSERS: dict[str, Callable[[str], WordAnalysis]] = {
    "fi": lambda word: finnish.analyse(word),
    "sv": _snowball("sv"),
    "en": _snowball("en"),
}


def _check(text: object, lang: object, name: str = "text") -> None:
    require_text(text, name)
    if lang not in _ANALYSERS:
        raise UnsupportedLanguageError(lang, LANGUAGES)


def _analysed(text: str, lang: str) -> list[tuple[Span, WordAnalysis]]:
    analyse = _ANALYSERS[lang]
    words = [(span, analyse(normalise_word(span.text))) for span in spans(text)]
    if lang == "fi":
        _complete_elided_heads(words)
    return words


def _complete_elided_heads(words: list[tuple[Span, WordAnalysis]]) -> None:
    """Give "lasten-" in "lasten- ja nuortenmusiikki" the terms of "lastenmusiikki".

    Finnish leaves a shared last compound part unsaid; we borrow it from the first
    complete compound after the coordinating words and keep the result only if Voikko
    knows the joined word.
    """
    if voikko_runtime.unavailable_reason() is not None:
        return   # without Voikko we cannot tell a real joined word from a made-up one
    for index, (span, analysis) in enumerate(words):
        if not span.truncated:
            continue
        completion = None
        for later_span, later in words[index + 1:index + 1 + _ELLIPSIS_REACH]:
            if later_span.truncated or later.surface in _COORDINATORS:
                continue
            completion = later
            break
        if completion is None or completion.tail is None:
            continue
        joiner = "-" if completion.tail_hyphenated else ""
        joined = finnish.analyse(normalise_word(span.text) + joiner + completion.tail)
        if not joined.known or joined.lemmas == analysis.lemmas:
            continue
        lemmas = tuple(dict.fromkeys(analysis.lemmas + joined.lemmas))
        parts = tuple(dict.fromkeys(p for p in analysis.parts + joined.parts if p not in lemmas))
        words[index] = (span, analysis._replace(lemmas=lemmas, parts=parts,
                                                query_parts=joined.query_parts))


def tokens(text: str, lang: str) -> list[Token]:
    """Document side: each word of `text` with its offsets, surface form, lemmas and parts."""
    _check(text, lang)
    return [Token(span.text, span.start, span.end, analysis.surface, analysis.lemmas, analysis.parts)
            for span, analysis in _analysed(text, lang)]


def index_terms(text: str, lang: str) -> IndexTerms:
    """Document side, flattened: surface forms, and lemmas with compound parts, in text order.

    A hyphenated word's pieces follow its surface form ("päijät-häme", "päijät", "häme")
    so that search-as-you-type on a piece finds it. Repeats across words are kept
    (term frequency); within one word each term appears once.
    """
    _check(text, lang)
    surface: list[str] = []
    lemmas: list[str] = []
    for _, analysis in _analysed(text, lang):
        surface.append(analysis.surface)
        if "-" in analysis.surface:
            surface.extend(piece for piece in analysis.surface.split("-") if piece)
        lemmas.extend(analysis.lemmas)
        lemmas.extend(analysis.parts)
    return IndexTerms(surface, lemmas)


def query_words(text: str, lang: str) -> list[QueryWord]:
    """Query side: one entry per word; lemmas are OR-alternatives, parts must all match."""
    _check(text, lang)
    return [QueryWord(span.text, analysis.surface, analysis.lemmas, analysis.query_parts,
                      analysis.known, analysis.stopword)
            for span, analysis in _analysed(text, lang)]


def suggest(word: str, lang: str) -> str | None:
    """A spelling correction for one query word the analyser does not know, else None.

    Only Finnish has a dictionary (Voikko); Swedish and English always give None.
    Punctuation around the word is ignored ("laulunopettja?" -> "laulunopettaja").
    """
    found = suggestions(word, lang)
    return found[0] if found else None


def suggestions(word: str, lang: str) -> list[str]:
    """Every correction `suggest` could choose from, best first ([] if the word is known).

    Lets a "did you mean" pick the first candidate that actually has hits: Voikko ranks
    "kuvataitelija" -> "kuvataittelija" before "kuvataiteilija".
    """
    _check(word, lang, "word")
    found = list(spans(word))
    if not found:
        return []
    if len(found) > 1:
        raise AnalyzerInputError(
            f"word: expected one word, got {word!r}; call suggest() for each word of query_words()"
        )
    if lang != "fi":
        return []
    return list(finnish.suggestions(found[0].text.replace("\u2019", "'")))


def configure(*, cache_size: int) -> None:
    """Bound the per-language word caches to `cache_size` words each (empties them)."""
    if isinstance(cache_size, bool) or not isinstance(cache_size, int) or cache_size < 1:
        raise AnalyzerInputError(f"cache_size: expected a positive int, got {cache_size!r}")
    finnish.set_cache_size(cache_size)
    snowball.set_cache_size(cache_size)


def clear_caches() -> None:
    """Forget every cached word analysis and suggestion (benchmarks measure a cold start)."""
    finnish.analyse.cache_clear()
    finnish.suggestions.cache_clear()
    snowball.analyse.cache_clear()
