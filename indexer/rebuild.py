"""Rebuild the whole search index from the catalog without taking search offline."""

from __future__ import annotations

import itertools
import sys
from typing import Callable

import click
from sqlalchemy import delete, func, select

from catalog.db import Catalog
from catalog.models import OutboxEntry
from catalog.taxonomy import load_taxonomy
from indexer.documents import count_public_records, iter_public_documents
from indexer.relay import wait_for_relays
from indexer.sync import drain, index_lock
from search.backends import get_backend
from search.backends.base import SearchBackend

CHUNK = 1000


def open_backend(catalog: Catalog) -> SearchBackend:
    return get_backend(catalog.settings)


def rebuild_index(
    catalog: Catalog,
    backend: SearchBackend | None = None,
    progress_label: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Build a fresh index from every public record, swap it in, then index what changed meanwhile.

    Outbox rows that existed before the rebuild read the catalog are covered by
    it and dropped; rows written during the rebuild are drained afterwards.
    """
    own_backend = backend is None
    backend = backend or open_backend(catalog)
    try:
        with index_lock(catalog.settings.data_dir):
            return _rebuild(catalog, backend, progress_label, progress)
    finally:
        if own_backend:
            backend.close()


def _rebuild(catalog: Catalog, backend: SearchBackend, progress_label, progress) -> int:
    # Exactly the rows committed before we read the catalog are covered by the
    # rebuild; a row with a lower id may still commit later, so no "id <= max".
    with catalog.sessionmaker() as session:
        covered = list(session.scalars(select(OutboxEntry.id).where(OutboxEntry.dead.is_(False))))
        total = count_public_records(session)
    added = 0
    with _progress(total, progress_label, progress) as advance:
        with backend.rebuild() as rebuild:
            # From here on every relay writes to the new index too; wait for those that
            # began before it existed, or one might write a state older than our read.
            wait_for_relays(catalog)
            with catalog.sessionmaker() as session:
                docs = iter_public_documents(session, load_taxonomy())
                while chunk := list(itertools.islice(docs, CHUNK)):
                    added += rebuild.add(chunk)
                    advance(len(chunk))
    for start in range(0, len(covered), CHUNK):
        with catalog.sessionmaker.begin() as session:
            session.execute(delete(OutboxEntry).where(OutboxEntry.id.in_(covered[start : start + CHUNK])))
    drain(catalog, backend)
    return added


def index_is_current(catalog: Catalog) -> bool:
    """True when the index holds as many documents as the catalog has public records and nothing waits."""
    backend = open_backend(catalog)
    try:
        with catalog.sessionmaker() as session:
            waiting = session.scalar(select(func.count()).select_from(OutboxEntry))
            return not waiting and backend.count() == count_public_records(session)
    finally:
        backend.close()


class _progress:
    """A progress bar on a terminal when a label is given; otherwise the caller's callback or nothing."""

    def __init__(self, total: int, label: str | None, callback: Callable[[int], None] | None):
        self.total, self.label, self.callback = total, label, callback
        self.bar = None

    def __enter__(self) -> Callable[[int], None]:
        if self.label and sys.stderr.isatty():
            self.bar = click.progressbar(length=self.total, label=self.label, file=sys.stderr, show_pos=True)
            return self.bar.__enter__().update
        return self.callback or (lambda _n: None)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
