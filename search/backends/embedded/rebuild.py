"""Zero-downtime rebuild of the embedded index: fill a new generation, then swap CURRENT to it.

Analysis is most of a rebuild's work and each document's is independent, so
large rebuilds analyse in worker processes while this process feeds tantivy
in the original order. The workers are forked in start(), before the tantivy
writer starts its threads and before the rebuild lock is taken (fork rather
than spawn: spawn would re-run an unguarded calling script in every worker).
Forked workers share the caller's open descriptors, so a flock the caller
holds stays held until finish() or abort() stops them (or the Rebuild is
garbage-collected): always end a rebuild with one of them, or use `with`.
On a one-core machine everything runs in this process.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterable

import tantivy

from search.backends.base import Rebuild
from search.backends.embedded.backend import EmbeddedBackend, open_writer, replay_journal
from search.backends.embedded.schema import ID, build_document, prepare, prepare_batch
from search.backends.embedded.store import BUILDING, CURRENT
from search.documents import SearchDocument

REBUILD_HEAP_BYTES = 256_000_000
# Below this many documents in one add(), worker start-up costs more than it saves.
PARALLEL_MIN_DOCS = 400
BATCH_DOCS = 100


class EmbeddedRebuild(Rebuild):
    def __init__(self, backend: EmbeddedBackend, workers: int | None = None):
        self.backend = backend
        self.store = backend.store
        self.generation: str | None = None
        self.added = 0
        self._workers = (os.cpu_count() or 1) if workers is None else workers
        self._index: tantivy.Index | None = None
        self._writer = None
        self._lock_handle = None
        self._pool: ProcessPoolExecutor | None = None
        self._pending: collections.deque[tuple[list[str], Future]] = collections.deque()
        self._seen: set[str] = set()

    def start(self) -> None:
        if self._lock_handle is not None or self._pool is not None:
            raise RuntimeError("this rebuild has already started")
        if self._workers > 1:
            # Fork before taking the rebuild lock, or the workers would hold it too.
            self._start_pool()
        try:
            self._lock_handle = self.store.acquire_rebuild_lock()
        except BaseException:
            self._shutdown_pool(cancel=True)
            raise
        try:
            with self.store.write_lock():
                stale = self.store.read_pointer(BUILDING)
                if stale:  # a rebuild that died without cleaning up
                    self.store.remove_pointer(BUILDING)
                    self.store.delete_generation(stale)
                self.generation, self._index = self.store.create_generation()
                self.store.write_pointer(BUILDING, self.generation)
            threads = max(1, min(2, os.cpu_count() or 1))
            self._writer = open_writer(self._index, REBUILD_HEAP_BYTES, threads, self.store.lock_timeout)
        except BaseException:
            self._shutdown_pool(cancel=True)
            self._release()
            raise

    def add(self, docs: Iterable[SearchDocument]) -> int:
        """Queue public documents for the new index; returns how many were accepted."""
        if self._writer is None:
            raise RuntimeError("call start() before add()")
        accepted = []
        for doc in docs:
            doc.check()
            if doc.public:
                accepted.append(doc)
        if self._pool is None or len(accepted) < PARALLEL_MIN_DOCS:
            self._drain(wait_all=True)
            for doc in accepted:
                self._write(doc.id, prepare(doc))
        else:
            for start in range(0, len(accepted), BATCH_DOCS):
                batch = accepted[start : start + BATCH_DOCS]
                self._pending.append(([doc.id for doc in batch], self._pool.submit(prepare_batch, batch)))
                self._drain(wait_all=False)
        self.added += len(accepted)
        return len(accepted)

    def finish(self) -> None:
        if self._writer is None:
            raise RuntimeError("call start() before finish()")
        try:
            self._drain(wait_all=True)
            self._shutdown_pool()
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None
            with self.store.write_lock():
                replay_journal(self._index, self.store.read_journal(self.generation), self.store.lock_timeout)
                self.store.write_pointer(CURRENT, self.generation)
                self.store.remove_pointer(BUILDING)
                self.store.journal_path(self.generation).unlink(missing_ok=True)
            for generation in self.store.generations():
                if generation != self.generation:
                    self.store.delete_generation(generation)
        except BaseException:
            self.abort()
            raise
        self._release()

    def abort(self) -> None:
        if self._lock_handle is None:
            return
        self._shutdown_pool(cancel=True)
        if self._writer is not None:
            try:
                self._writer.rollback()
            except ValueError:
                pass
            self._writer = None
        self._index = None
        with self.store.write_lock():
            if self.store.read_pointer(BUILDING) == self.generation:
                self.store.remove_pointer(BUILDING)
            if self.generation and self.store.read_pointer(CURRENT) != self.generation:
                self.store.delete_generation(self.generation)
        self._release()

    def _drain(self, wait_all: bool) -> None:
        """Write finished batches in submission order; keep at most a few in flight."""
        limit = 0 if wait_all else 2 * self._workers
        while self._pending and (len(self._pending) > limit or self._pending[0][1].done()):
            ids, future = self._pending.popleft()
            for doc_id, document in zip(ids, future.result()):
                self._write(doc_id, json_document=document)

    def _write(self, doc_id: str, fields: dict | None = None, json_document: str | None = None) -> None:
        if doc_id in self._seen:  # the same record sent twice: the later one wins
            self._writer.delete_documents_by_term(ID, doc_id)
        self._seen.add(doc_id)
        if json_document is not None:
            self._writer.add_json(json_document)
        else:
            self._writer.add_document(build_document(fields))

    def _start_pool(self) -> None:
        self._pool = ProcessPoolExecutor(self._workers, mp_context=multiprocessing.get_context("fork"))
        # Workers start on demand; make them all start now, while this process has no writer threads.
        for future in [self._pool.submit(_warm_up) for _ in range(self._workers)]:
            future.result()

    def _shutdown_pool(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None
        self._pending.clear()

    def _release(self) -> None:
        if self._lock_handle is not None:
            self._lock_handle.close()
            self._lock_handle = None


def _warm_up() -> None:
    prepare_batch([])
