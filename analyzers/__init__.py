"""Language analysis shared by the index side and the query side.

Pure functions: text and a language code ("fi", "sv", "en") in, terms out.
No Flask, database or search-engine imports belong in this package.

Public API (the contract other packages code against):

    LANGUAGES: tuple[str, ...]                      # ("fi", "sv", "en")
    fold(text) -> str                                # lower-case; fold diacritics except å, ä, ö
    tokens(text, lang) -> list[Token]                # document side, with character offsets
    index_terms(text, lang) -> IndexTerms            # document side, flattened per field kind
    query_words(text, lang) -> list[QueryWord]       # query side, one entry per query word
    suggest(word, lang) -> str | None                # spelling suggestion ("did you mean")

    Token(text, start, end, surface, lemmas, parts)
        text     the original slice text[start:end]
        surface  the folded surface form ("tampereella")
        lemmas   base forms / stems, folded, no duplicates ("tampere",)
        parts    compound or hyphen parts' base forms, folded ("lapsi", "musiikki")

    IndexTerms(surface, lemmas)
        surface  list of folded surface forms, in text order
        lemmas   list of lemmas, stems and compound parts, in text order

    QueryWord(text, surface, lemmas, parts, known, stopword)
        surface  folded form as typed
        lemmas   alternatives, any one may match
        parts    for compounds: each part's alternatives; all parts must match (AND)
        known    the analyser recognised the word (always True for sv/en)
        stopword a stop word of that language (may be down-weighted, never dropped from the index)

How the search layer uses a QueryWord: it matches a document if any of its lemmas is
among the document's lemmas, or if every part matches by one of its alternatives.
parts is () unless the word splits into at least two usable parts, so "yökerho"
(only "kerho" is long enough) needs its own lemma. IndexTerms.surface also lists the
pieces of a hyphenated word after the word ("päijät-häme", "päijät", "häme").

Also available:
    suggestions(word, lang) -> list[str]  # every candidate suggest() chose from, best first
    configure(cache_size=N)               # bound the per-language word caches (default 50,000)
    clear_caches()                        # empty them (benchmarks)
    AnalyzerInputError, UnsupportedLanguageError   # ValueErrors naming the bad argument

Finnish uses Voikko (analyzers.finnish): every reading's base form, compound parts,
Snowball stems for words it does not know, and a spelling suggestion. Swedish and English
use Snowball (analyzers.snowball). If Voikko cannot load, one warning is logged and
Finnish falls back to Snowball. A query is analysed in each language separately;
combining them is the search layer's job.
"""

from analyzers.errors import AnalyzerInputError, UnsupportedLanguageError
from analyzers.folding import fold
from analyzers.model import IndexTerms, QueryWord, Token
from analyzers.pipeline import (
    LANGUAGES,
    clear_caches,
    configure,
    index_terms,
    query_words,
    suggest,
    suggestions,
    tokens,
)

__all__ = [
    "LANGUAGES",
    "AnalyzerInputError",
    "IndexTerms",
    "QueryWord",
    "Token",
    "UnsupportedLanguageError",
    "clear_caches",
    "configure",
    "fold",
    "index_terms",
    "query_words",
    "suggest",
    "suggestions",
    "tokens",
]
