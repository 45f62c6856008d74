"""Autocomplete: taxonomy terms whose names start with what was typed, then matching creators and services.

Terms come first because picking one filters the search exactly ("Työpaja"
becomes service_type=workshop); records follow from the real search, whose
last query word already matches as a prefix, so suggestions find what the
results page would.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Callable
from urllib.parse import urlencode

from catalog.taxonomy import LANGUAGES, load_taxonomy
from search.request import SearchRequest
from search.response import SearchResponse

SUGGESTED_VOCABULARIES = ("art_form", "service_type", "target_group", "region")
MIN_CHARS = 2
MAX_CHARS = 100
DEFAULT_LIMIT = 8
MAX_LIMIT = 20
MAX_TERMS = 3


@dataclass(frozen=True)
class Suggestion:
    """kind is "term", "creator" or "service"; facet and value are set for terms."""

    kind: str
    label: str
    url: str
    lang: str
    facet: str | None = None
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def fold(text: str) -> str:
    """Lower-case and strip accents except å, ä, ö, which are letters of their own in Finnish and Swedish."""
    out = []
    for char in unicodedata.normalize("NFC", text.casefold()):
        if char in "åäö":
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


@lru_cache(maxsize=1)
def _term_index() -> tuple[tuple[str, str, str, str, bool, bool], ...]:
    """(folded text from a word on, vocabulary, code, language, is a label, is the label's start) for every
    word of every label and synonym."""
    taxonomy = load_taxonomy()
    entries: list[tuple[str, str, str, str, bool, bool]] = []
    for vocabulary in SUGGESTED_VOCABULARIES:
        for entry in taxonomy.terms(vocabulary):
            for lang in LANGUAGES:
                names = [(entry.labels.get(lang, ""), True), *((s, False) for s in entry.synonyms.get(lang, ()))]
                for name, is_label in names:
                    folded = fold(name)
                    for start in _word_starts(folded):
                        entries.append((folded[start:], vocabulary, entry.code, lang, is_label, start == 0))
    return tuple(entries)


def _word_starts(text: str) -> list[int]:
    return [i for i, char in enumerate(text) if char.isalnum() and (i == 0 or not text[i - 1].isalnum())]


def matching_terms(q: str, lang: str, limit: int = MAX_TERMS) -> list[tuple[str, str]]:
    """(vocabulary, code) of terms with a label or synonym word starting with q.

    Best first: a label before a synonym, a match at the start before one inside, the UI language before others.
    """
    prefix = fold(" ".join(q.split()))
    if len(prefix) < MIN_CHARS:
        return []
    best: dict[tuple[str, str], tuple[bool, bool, bool, int]] = {}
    for position, (text, vocabulary, code, term_lang, is_label, at_start) in enumerate(_term_index()):
        if text.startswith(prefix):
            rank = (not is_label, not at_start, term_lang != lang, position)
            key = (vocabulary, code)
            if key not in best or rank < best[key]:
                best[key] = rank
    ordered = sorted(best, key=lambda key: best[key])
    return ordered[:limit]


def suggest(
    q: str,
    lang: str,
    limit: int,
    search: Callable[[SearchRequest], SearchResponse],
    search_url: str,
) -> list[Suggestion]:
    """Up to `limit` suggestions for the typed text `q`, labelled in `lang`."""
    q = " ".join(q.split())[:MAX_CHARS]
    if len(q) < MIN_CHARS:
        return []
    taxonomy = load_taxonomy()
    suggestions = [
        Suggestion(
            kind="term",
            label=taxonomy.label(vocabulary, code, lang),
            url=f"{search_url}?{urlencode({vocabulary: code})}",
            lang=lang,
            facet=vocabulary,
            value=code,
        )
        for vocabulary, code in matching_terms(q, lang, min(MAX_TERMS, limit))
    ]
    remaining = limit - len(suggestions)
    if remaining > 0:
        response = search(SearchRequest(q=q, lang=lang, per_page=remaining))
        suggestions.extend(Suggestion(kind=hit.kind, label=hit.name, url=hit.url, lang=hit.lang) for hit in response.hits)
    return suggestions
