"""Value types handed to the search layer (immutable, cheap to build in bulk)."""

from __future__ import annotations

from typing import NamedTuple


class Token(NamedTuple):
    """One word of a document field, with where it came from and the terms it yields."""

    text: str                 # the original slice text[start:end]
    start: int
    end: int
    surface: str              # folded surface form ("tampereella")
    lemmas: tuple[str, ...]   # base forms / stems, folded, no duplicates ("tampere",)
    parts: tuple[str, ...]    # compound or hyphen parts' base forms ("lapsi", "musiikki")


class IndexTerms(NamedTuple):
    """A document field's terms, flattened per kind, in text order."""

    surface: list[str]        # folded surface forms (hyphenated words also give their pieces)
    lemmas: list[str]         # lemmas, stems and compound parts


class QueryWord(NamedTuple):
    """One word of a query, with the alternatives it may match."""

    text: str                            # the word as typed
    surface: str                         # folded form as typed
    lemmas: tuple[str, ...]              # alternatives, any one may match
    parts: tuple[tuple[str, ...], ...]   # compound parts, each with alternatives; all parts must match
    known: bool                          # the analyser recognised the word (always True for sv/en)
    stopword: bool                       # a stop word: may be down-weighted, never dropped from the index


class WordAnalysis(NamedTuple):
    """Everything one analysed word yields; cached per word, shared by index and query side."""

    surface: str
    lemmas: tuple[str, ...]
    parts: tuple[str, ...]                     # flat, for the index side
    query_parts: tuple[tuple[str, ...], ...]   # per part alternatives, for the query side
    known: bool
    stopword: bool
    tail: str | None = None   # surface of the last compound component, to complete "lasten- ja ..."
    tail_hyphenated: bool = False   # the tail came after a hyphen ("VR-sisällöt")
