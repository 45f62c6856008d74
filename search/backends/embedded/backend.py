"""The embedded backend: a tantivy index in the data dir, the default for one machine."""

from __future__ import annotations

import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import tantivy

from search.backends.base import RawResults, Rebuild, SearchBackend
from search.backends.embedded.compiler import QueryCompiler, facet_counts
from search.backends.embedded.schema import CREATED, ID, PAYLOAD, RECENCY, SORT_FIELDS, VERSION, to_tantivy
from search.backends.embedded.store import BUILDING, CURRENT, LOCK_TIMEOUT_SECONDS, IndexStore
from search.documents import SearchDocument
from search.errors import SearchUnavailable
from search.highlight import edit_distance_within
from search.plan import QueryPlan
from search.request import SearchRequest
from search.response import SearchResponse

WRITER_HEAP_BYTES = 32_000_000
SIMILAR_SCAN = 5000  # terms looked at for one "did you mean"


class EmbeddedBackend(SearchBackend):
    """Search over a tantivy index kept in `index_dir` (see store.py for the layout)."""

    name = "embedded"

    def __init__(self, index_dir: str | os.PathLike, *, lock_timeout: float = LOCK_TIMEOUT_SECONDS):
        self.store = IndexStore(Path(index_dir), lock_timeout)
        self.compiler = QueryCompiler(self.store.schema)
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._index: tantivy.Index | None = None
        self._pointer_stamp = None
        self._meta_stamp = None
        self._current_file = os.path.join(self.store.root, CURRENT)
        self._meta_file = ""
        self._request = threading.local()
        self._counting: ThreadPoolExecutor | None = None
        self.store.ensure_current()

    # -- reading ------------------------------------------------------------

    def _live(self) -> tantivy.Index:
        """The live index, reopened if a rebuild swapped it and reloaded if anyone committed."""
        with self._lock:
            stamp = _stamp(self._current_file)
            if self._index is None or stamp != self._pointer_stamp:
                generation = self.store.read_pointer(CURRENT) or self.store.ensure_current()
                if generation != self._generation or self._index is None:
                    self._index = self.store.open_generation(generation)
                    self._generation = generation
                    self._meta_file = os.path.join(self.store.path(generation), "meta.json")
                    self._meta_stamp = None
                self._pointer_stamp = stamp
            meta = _stamp(self._meta_file)
            if meta != self._meta_stamp:
                self._index.reload()
                self._meta_stamp = meta
            return self._index

    def search(self, request: SearchRequest) -> SearchResponse:
        # One searcher per request: term look-ups and the query see the same snapshot.
        self._request.searcher = self._live().searcher()
        try:
            return super().search(request)
        finally:
            self._request.searcher = None

    def _searcher(self):
        return getattr(self._request, "searcher", None) or self._live().searcher()

    def count(self) -> int:
        return self._live().searcher().num_docs

    def document_versions(self) -> Iterator[tuple[str, int]]:
        searcher = self._live().searcher()
        if not searcher.num_docs:
            return iter(())
        addresses = [address for _, address in searcher.search(tantivy.Query.all_query(), searcher.num_docs).hits]
        versions = searcher.fast_field_values(VERSION, addresses)
        return iter([(searcher.doc(address).get_first(ID), int(version)) for address, version in zip(addresses, versions)])

    def term_exists(self, term: str) -> bool:
        searcher = self._searcher()
        return any(searcher.doc_freq(field, term) > 0 for field in ("typo_hi", "typo_lo"))

    def prefix_exists(self, prefix: str) -> bool:
        searcher = self._searcher()
        return any(searcher.terms_with_prefix(field, prefix, limit=1) for field in ("typo_hi", "typo_lo"))

    def similar_term(self, word: str, edits: int) -> str | None:
        """Scan the terms sharing the word's first two letters (a typo there goes unsuggested)."""
        if len(word) < 3:
            return None
        searcher = self._searcher()
        best: tuple[int, int, str] | None = None
        for field in ("typo_hi", "typo_lo"):
            for term, frequency in searcher.terms_with_prefix(field, word[:2], limit=SIMILAR_SCAN):
                if term != word and term.isalpha() and edit_distance_within(term, word, edits):
                    candidate = (frequency, -abs(len(term) - len(word)), term)
                    best = max(best, candidate) if best else candidate
        return best[2] if best else None

    def _execute(self, request: SearchRequest, plan: QueryPlan) -> RawResults:
        searcher = self._searcher()
        text = self.compiler.text_query(plan)
        kind = self.compiler.kind_filters(request)
        facets = self.compiler.facet_filters(request)
        query = self.compiler.combine(text, kind + facets)
        base = self.compiler.combine(text, kind) if facets else query
        # tantivy releases the GIL: facets are counted in another thread meanwhile.
        counting = self._counter().submit(searcher.aggregate, base, self.compiler.facet_aggregations(request))
        try:
            total, hits = self._top(searcher, query, request, has_text=text is not None)
        except ValueError as exc:
            counting.cancel()
            raise SearchUnavailable(f"the embedded index failed to answer: {exc}") from exc
        payloads = [(json.loads(searcher.doc(address).get_first(PAYLOAD)), score) for score, address in hits]

        def counts() -> dict[str, dict[str, int]]:
            try:
                return facet_counts(counting.result())
            except ValueError as exc:
                raise SearchUnavailable(f"the embedded index failed to count facets: {exc}") from exc

        return RawResults(total, payloads, counts)

    def _counter(self) -> ThreadPoolExecutor:
        if self._counting is None:
            with self._lock:
                if self._counting is None:
                    self._counting = ThreadPoolExecutor(max(2, 2 * (os.cpu_count() or 1)), "kp-facets")
        return self._counting

    def _top(self, searcher, query, request: SearchRequest, has_text: bool):
        """The page's hits as (score or None, address).

        Ties keep tantivy's order (score or sort key, then document address):
        deterministic for a given index and the same on every page. Relevance
        scores carry a recency factor (see ranking.py), so equal matches come
        newest first.
        """
        options: dict = {}
        scored = request.sort == "relevance" and has_text
        if scored:
            options["weight_by_field"] = RECENCY
        elif request.sort == "name":
            options["order_by_field"] = SORT_FIELDS[request.lang]
            options["order"] = tantivy.Order.Asc
        else:  # newest, and relevance without words: newest first
            options["order_by_field"] = CREATED
            options["order"] = tantivy.Order.Desc
        result = searcher.search(query, request.per_page, count=True, offset=request.offset, **options)
        return result.count, [(float(key) if scored else None, address) for key, address in result.hits]

    # -- writing ------------------------------------------------------------

    def index_documents(self, docs: Iterable[SearchDocument]) -> int:
        docs = list(docs)
        for doc in docs:
            doc.check()
        # Analysis is the slow part: do it before taking the lock.
        prepared = [(doc.id, (doc.version, to_tantivy(doc)) if doc.public else None) for doc in docs]
        journal = [
            {"op": "upsert", "doc": doc.to_dict()} if doc.public else {"op": "delete", "id": doc.id} for doc in docs
        ]
        self._write(prepared, journal)
        return len(docs)

    def delete_documents(self, ids: Iterable[str], versions: Mapping[str, int | None] | None = None) -> int:
        # `versions` is not needed here: one process writes at a time (the indexer's
        # file lock), so deletions arrive in commit order.
        ids = list(dict.fromkeys(ids))
        self._write([(doc_id, None) for doc_id in ids], [{"op": "delete", "id": doc_id} for doc_id in ids])
        return len(ids)

    def _write(self, prepared: list, journal: list[dict]) -> None:
        if not prepared:
            return
        with self.store.write_lock():
            generation = self.store.read_pointer(CURRENT) or self.store.ensure_current()
            index = self._index if generation == self._generation and self._index is not None else self.store.open_generation(generation)
            apply_changes(index, prepared, self.store.lock_timeout)
            building = self.store.read_pointer(BUILDING)
            if building:
                # A rebuild is filling another generation: it replays these before its swap.
                self.store.append_journal(building, journal)

    def rebuild(self) -> Rebuild:
        from search.backends.embedded.rebuild import EmbeddedRebuild

        return EmbeddedRebuild(self)

    def close(self) -> None:
        with self._lock:
            self._index = None
            self._generation = None
            if self._counting is not None:
                self._counting.shutdown(wait=True)
                self._counting = None


def apply_changes(index: tantivy.Index, prepared: list, lock_timeout: float) -> None:
    """Apply (id, (version, document)) upserts and (id, None) deletes in one commit.

    An upsert older than the version already indexed is skipped: a late or
    retried update must not undo a newer one. The same version again is fine.
    """
    newer = _newer_versions(index, {doc_id: change[0] for doc_id, change in prepared if change is not None})
    writer = open_writer(index, WRITER_HEAP_BYTES, 1, lock_timeout)
    try:
        for doc_id, change in prepared:
            if change is not None and doc_id in newer:
                continue
            writer.delete_documents_by_term(ID, doc_id)
            if change is not None:
                writer.add_document(change[1])
        writer.commit()
    except BaseException:
        writer.rollback()
        raise
    # Merging now keeps segment counts low under a stream of single-record saves.
    writer.wait_merging_threads()


def _newer_versions(index: tantivy.Index, versions: dict[str, int]) -> set[str]:
    """Ids whose indexed version is newer than the one given."""
    if not versions:
        return set()
    index.reload()
    searcher = index.searcher()
    schema = index.schema
    newer: set[str] = set()
    ids = list(versions)
    for start in range(0, len(ids), 512):
        chunk = ids[start : start + 512]
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, ID, doc_id, index_option="basic")) for doc_id in chunk]
        )
        hits = searcher.search(query, len(chunk)).hits
        if not hits:
            continue
        addresses = [address for _, address in hits]
        for address, version in zip(addresses, searcher.fast_field_values(VERSION, addresses)):
            doc_id = searcher.doc(address).get_first(ID)
            if version is not None and version > versions.get(doc_id, version):
                newer.add(doc_id)
    return newer


def replay_journal(index: tantivy.Index, entries: list[dict], lock_timeout: float) -> None:
    if not entries:
        return
    prepared = []
    for entry in entries:
        if entry.get("op") == "upsert":
            doc = SearchDocument.from_dict(entry["doc"])
            prepared.append((doc.id, (doc.version, to_tantivy(doc))))
        else:
            prepared.append((entry["id"], None))
    apply_changes(index, prepared, lock_timeout)


def open_writer(index: tantivy.Index, heap: int, threads: int, lock_timeout: float):
    """Open a writer, waiting for tantivy's own lock (held by a writer outside our write lock)."""
    deadline = time.monotonic() + lock_timeout
    delay = 0.01
    while True:
        try:
            return index.writer(heap_size=heap, num_threads=threads)
        except ValueError as exc:
            if "LockBusy" not in str(exc) or time.monotonic() >= deadline:
                raise SearchUnavailable(f"cannot open the index for writing: {exc}") from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def _stamp(path: str):
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size

