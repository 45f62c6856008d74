"""A search's state as a URL: every link on a results page is the current search with one change.

Links are built from the validated SearchRequest, never from raw parameters,
so they are canonical (one parameter order, repeated facet parameters, no
defaults) and carry only values the search understood.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urlencode

from search.request import DEFAULT_PER_PAGE, FACETS, SearchRequest


@dataclass(frozen=True)
class SearchState:
    """A mutable-by-copy view of a request: q, kind, facet selections (online as "true"/"false"), sort, page."""

    q: str = ""
    kind: str = "all"
    selections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    @classmethod
    def of(cls, request: SearchRequest) -> SearchState:
        selections = tuple((facet, request.selected(facet)) for facet in FACETS if request.selected(facet))
        return cls(request.q, request.kind, selections, request.sort, request.page, request.per_page)

    def selected(self, facet: str) -> tuple[str, ...]:
        return dict(self.selections).get(facet, ())

    @property
    def has_filters(self) -> bool:
        return bool(self.selections)

    def params(self) -> list[tuple[str, str]]:
        """Query parameters in canonical order, defaults left out."""
        pairs: list[tuple[str, str]] = []
        if self.q:
            pairs.append(("q", self.q))
        if self.kind != "all":
            pairs.append(("kind", self.kind))
        for facet, values in self.selections:
            pairs.extend((facet, value) for value in values)
        if self.sort != "relevance":
            pairs.append(("sort", self.sort))
        if self.per_page != DEFAULT_PER_PAGE:
            pairs.append(("per_page", str(self.per_page)))
        if self.page != 1:
            pairs.append(("page", str(self.page)))
        return pairs

    def query_string(self) -> str:
        return urlencode(self.params())

    def with_selection(self, facet: str, values: Iterable[str]) -> SearchState:
        values = tuple(sorted(set(values)))
        if facet == "online" and len(values) > 1:
            values = ()  # both ticked is the same as neither
        current = dict(self.selections)
        if values:
            current[facet] = values
        else:
            current.pop(facet, None)
        ordered = tuple((f, current[f]) for f in FACETS if f in current)
        return _replace(self, selections=ordered, page=1)

    def toggled(self, facet: str, value: str) -> SearchState:
        values = set(self.selected(facet))
        values.symmetric_difference_update({value})
        return self.with_selection(facet, values)

    def without_filters(self) -> SearchState:
        return _replace(self, selections=(), page=1)

    def on_page(self, page: int) -> SearchState:
        return _replace(self, page=page)

    def of_kind(self, kind: str) -> SearchState:
        # Service-only facets mean nothing for creators; keep the rest.
        state = _replace(self, kind=kind, page=1)
        if kind == "creator":
            for facet in ("service_type", "target_group", "online"):
                state = state.with_selection(facet, ())
        return state

    def with_query(self, q: str) -> SearchState:
        return _replace(self, q=q, page=1)


def _replace(state: SearchState, **changes) -> SearchState:
    from dataclasses import replace

    return replace(state, **changes)


def link(base: str, state: SearchState) -> str:
    query = state.query_string()
    return f"{base}?{query}" if query else base
