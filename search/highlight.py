"""Snippets: a window of a description around the matched words, HTML-escaped, matches in <mark>.

Backends do not highlight: the document side stores each description's token
spans with their analysed terms (see `analysis.highlight_spans`), so one
matcher built from the query plan marks the same words whatever the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Sequence

SNIPPET_CHARS = 200
SCAN_TOKENS = 150
_CONTEXT_CHARS = 40
_ELLIPSIS = "…"

Span = Sequence  # (start, end, "surface term term ...")


@dataclass(frozen=True)
class TermMatcher:
    """Decides whether a document token matched the query.

    exact     folded surfaces, lemmas, compound parts and corrections of the query words
    prefixes  the last word, matched as a prefix (search as you type)
    fuzzy     (word, max edits) pairs for typo-tolerant words
    """

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    fuzzy: tuple[tuple[str, int], ...] = ()

    def matches(self, terms: str) -> bool:
        parts = terms.split(" ")
        if not self.exact.isdisjoint(parts):
            return True
        surface = parts[0]
        if self.prefixes and surface.startswith(self.prefixes):
            return True
        if self.fuzzy:
            return any(_within(surface, word, edits) for word, edits in self.fuzzy)
        return False

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes or self.fuzzy)


def snippet_html(text: str, spans: Sequence[Span], matcher: TermMatcher, max_chars: int = SNIPPET_CHARS) -> str:
    """Escape `text` and cut a window of about `max_chars` around its best run of matches."""
    flags = _flags(spans, matcher, max_chars)
    matched = [i for i, flag in enumerate(flags) if flag]
    start = 0
    if matched:
        best, best_count = matched[0], 0
        for i in matched:
            limit = spans[i][0] + max_chars - _CONTEXT_CHARS
            count = sum(1 for j in matched if j >= i and spans[j][1] <= limit)
            if count > best_count:
                best, best_count = i, count
        first = spans[best][0]
        if first > max_chars - _CONTEXT_CHARS:
            start = _token_start_before(spans, first - _CONTEXT_CHARS, best)
    end = len(text)
    if end - start > max_chars:
        end = _token_end_before(spans, start + max_chars, start)
    pieces = [_ELLIPSIS] if start > 0 else []
    cursor = start
    for (s, e, _), flag in zip(spans, flags):
        if not flag or s < start or e > end:
            continue
        pieces.append(escape(text[cursor:s]))
        pieces.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append(_ELLIPSIS)
    return "".join(pieces).strip()


def _flags(spans: Sequence[Span], matcher: TermMatcher, max_chars: int) -> list[bool]:
    """Which tokens matched. Scanning stops a few windows past the first match (the
    snippet is chosen near there) and after SCAN_TOKENS tokens, so long texts stay cheap."""
    flags = [False] * len(spans)
    if not matcher:
        return flags
    if not matcher.fuzzy:
        # Most hits matched elsewhere (name, labels): one substring pass rules out the text.
        hay = " " + " ".join(span[2] for span in spans) + " "
        if not any(f" {term} " in hay for term in matcher.exact) and not any(f" {p}" in hay for p in matcher.prefixes):
            return flags
    horizon = None
    for i, span in enumerate(spans):
        if i >= SCAN_TOKENS or horizon is not None and span[0] > horizon:
            break
        if matcher.matches(span[2]):
            flags[i] = True
            if horizon is None:
                horizon = span[0] + 2 * max_chars
    return flags


def _token_start_before(spans: Sequence[Span], position: int, upto: int) -> int:
    """The start of the first token at or after `position` (never past token `upto`)."""
    for i in range(upto + 1):
        if spans[i][0] >= position:
            return spans[i][0]
    return spans[upto][0]


def _token_end_before(spans: Sequence[Span], position: int, start: int) -> int:
    """The end of the last token ending at or before `position`; `position` itself if none."""
    best = None
    for s, e, _ in spans:
        if s >= start and e <= position:
            best = e
        elif s >= position:
            break
    return best if best is not None else position


def _within(a: str, b: str, limit: int) -> bool:
    """Optimal-string-alignment distance (a transposition is one edit) <= limit."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    previous2: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = i
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return False
        previous2, previous = previous, current
    return previous[len(b)] <= limit


edit_distance_within = _within
