"""Split text into words, keeping hyphenated names, inflected abbreviations and numbers whole.

"Päijät-Häme", "3D-tulostus", "EU:n", "show'ssa", "children's" and "18.30" are one word
each; the analysers split hyphenated words into pieces themselves so they are searchable
both whole and by parts. A word ending in a hyphen before a space ("lasten- ja
nuortenmusiikki") is marked truncated: Finnish leaves the shared last part unsaid.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator, NamedTuple

_LETTER_OR_DIGIT = r"[^\W_]"
_MARK = r"[\u0300-\u036f]"
_CHAR = rf"(?:{_LETTER_OR_DIGIT}|{_MARK})"
_HYPHENS = "-\u2010\u2011"
_APOSTROPHES = "'\u2019"
_JOINER = (
    rf"(?:[{_HYPHENS}{_APOSTROPHES}]"
    r"|(?<=\d)[.,:](?=\d)"                      # 18.30, 1,5, 18:30
    r"|:(?=[^\W\d_]{1,6}(?![^\W_]))"            # EU:n, YK:ssa, 3:lle
    r")"
)
_WORD = re.compile(rf"{_LETTER_OR_DIGIT}{_CHAR}*(?:{_JOINER}{_CHAR}+)*")
_TRUNCATED_AFTER = re.compile(rf"[{_HYPHENS}](?!{_CHAR})")

_NORMALISE = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2019": "'"})


class Span(NamedTuple):
    start: int
    end: int
    text: str
    truncated: bool   # followed by a hyphen and no word: "lasten-" in "lasten- ja nuorten..."


def spans(text: str) -> Iterator[Span]:
    """Yield the words of `text` with their character offsets."""
    for match in _WORD.finditer(text):
        start, end = match.span()
        truncated = end < len(text) and _TRUNCATED_AFTER.match(text, end) is not None
        yield Span(start, end, match.group(), truncated)


def normalise_word(word: str) -> str:
    """Lower-case, compose (NFC) and unify hyphen and apostrophe variants of one word."""
    word = word.lower().translate(_NORMALISE)
    if not word.isascii() and not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    return word


def pieces(word: str) -> list[str]:
    """Split a normalised word at hyphens ("päijät-häme" -> ["päijät", "häme"])."""
    return [piece for piece in word.split("-") if piece]


def has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)
