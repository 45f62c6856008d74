"""The backend contract: what every search engine behind `search/` must do.

A backend indexes ready-made SearchDocuments (built once, in `indexer/`) and
answers SearchRequests. The shared half lives here, as in Wagtail's search
backends: query analysis (`search.plan`), hit and facet building and
highlighting (`search.response`), timing. A backend supplies the engine half:
`_execute` runs the compiled query, `term_exists`/`prefix_exists` answer "is this term in
the index?" for spelling corrections. Every backend runs the same contract
tests (tests/search/contract.py).
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

from search.documents import SearchDocument
from search.plan import QueryPlan, plan_query
from search.request import SearchRequest
from search.response import SearchResponse, build_facets, build_hit


@dataclass
class RawResults:
    """What an engine hands back before the shared half builds the response.

    hits are (payload, score): the payload build_hit() reads (SearchDocument
    fields plus "_hl", the description token spans for highlighting).
    facet_counts may be a callable returning them, so an engine can keep
    counting while the hits are built.
    """

    total: int
    hits: list[tuple[Mapping[str, Any], float | None]] = field(default_factory=list)
    facet_counts: Mapping[str, Mapping[str, int]] | Callable[[], Mapping[str, Mapping[str, int]]] = field(
        default_factory=dict
    )


class Rebuild(ABC):
    """A zero-downtime rebuild: fill a new index, then swap it in at once.

    Searches keep using the old index until finish(); abort() (or an exception
    inside `with`) deletes the half-built one. Changes indexed through the
    backend while a rebuild runs are not lost. Only one rebuild runs at a time
    (start() raises RebuildInProgress otherwise).
    """

    @abstractmethod
    def start(self) -> None: ...

    @abstractmethod
    def add(self, docs: Iterable[SearchDocument]) -> int:
        """Add documents to the new index; returns how many were added."""

    @abstractmethod
    def finish(self) -> None:
        """Make the new index live and drop the old one."""

    @abstractmethod
    def abort(self) -> None:
        """Delete the half-built index; the old one stays live. Safe to call twice."""

    def __enter__(self) -> Rebuild:
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.finish()
        else:
            self.abort()


class SearchBackend(ABC):
    """A search engine holding public creators and services.

    Raises SearchUnavailable when the engine cannot answer, InvalidDocument
    for a document that breaks the contract; never returns private records
    (a document with public=False is deleted rather than indexed).
    """

    name: str = "base"
    # True when the engine keeps the higher version of a document whatever order writes
    # (deletions included) arrive in, so several indexer processes may write at once.
    orders_writes_by_version: bool = False

    def search(self, request: SearchRequest) -> SearchResponse:
        """Run one search: analysis, query, facets, highlighting; `took_ms` covers it all."""
        started = time.perf_counter()
        plan = plan_query(request.q, self) if request.has_text else QueryPlan(())
        raw = self._execute(request, plan)
        matcher = plan.matcher()
        hits = tuple(build_hit(payload, request, matcher, score) for payload, score in raw.hits)
        counts = raw.facet_counts() if callable(raw.facet_counts) else raw.facet_counts
        facets = build_facets(counts, request)
        took_ms = (time.perf_counter() - started) * 1000
        return SearchResponse(raw.total, request.page, request.per_page, took_ms, plan.suggestion, hits, facets)

    @abstractmethod
    def index_documents(self, docs: Iterable[SearchDocument]) -> int:
        """Add or replace documents (by id), visible to searches on return; returns how many."""

    @abstractmethod
    def delete_documents(self, ids: Iterable[str], versions: Mapping[str, int | None] | None = None) -> int:
        """Remove documents by id (unknown ids are fine); returns how many ids were given.

        `versions` gives a deletion's version per id: a backend that orders
        writes by version ignores a deletion older than the indexed document,
        and an older update arriving after it.
        """

    @abstractmethod
    def count(self) -> int:
        """Documents in the live index."""

    def document_versions(self) -> Iterator[tuple[str, int]]:
        """(id, version) of every document in the live index, in no particular order.

        An id listed twice is a duplicate (for `kulttuuripankki index verify`).
        """
        raise NotImplementedError(f"the {self.name} backend cannot list its documents")

    @abstractmethod
    def rebuild(self) -> Rebuild:
        """A new Rebuild (not started yet)."""

    def close(self) -> None:
        """Release files and connections; the backend is unusable afterwards."""

    @abstractmethod
    def _execute(self, request: SearchRequest, plan: QueryPlan) -> RawResults: ...

    @abstractmethod
    def term_exists(self, term: str) -> bool:
        """Whether any document has this analysed term (surface, lemma or part)."""

    @abstractmethod
    def prefix_exists(self, prefix: str) -> bool:
        """Whether any document has a term starting with `prefix`."""

    def similar_term(self, word: str, edits: int) -> str | None:
        """The most common indexed term within `edits` edits of `word`, for "did you mean".

        Optional: without it, only Voikko's Finnish corrections are suggested.
        """
        return None

    def __enter__(self) -> SearchBackend:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
