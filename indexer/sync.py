"""Drain the outbox into the search index: the embedded deployment runs this right after each commit.

Documents are always rebuilt from the current rows, never from the outbox
row's contents, so draining is idempotent and a late drain cannot bring back
an old state. A file lock keeps two processes of one deployment from
interleaving their writes (which could otherwise index an older read last).
"""

from __future__ import annotations

import fcntl
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import delete, select, update
from sqlalchemy.orm import selectinload

from catalog.db import Catalog
from catalog.models import Creator, OutboxEntry, Service
from catalog.taxonomy import load_taxonomy
from indexer.documents import creator_doc_id, creator_document, service_doc_id, service_document
from search.backends.base import SearchBackend

logger = logging.getLogger(__name__)

BATCH = 500
MAX_ATTEMPTS = 5


@dataclass
class SyncReport:
    indexed: int = 0
    deleted: int = 0
    failed: int = 0
    drained: int = 0


class IndexBusy(RuntimeError):
    """Another process is writing this data dir's index (a rebuild, most likely)."""


@contextmanager
def index_lock(data_dir: Path, wait: bool = True) -> Iterator[None]:
    """One writer of a data dir's index at a time, across processes; IndexBusy when not waiting."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(data_dir / ".index.lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise IndexBusy(f"the index in {data_dir} is being written by another process") from None
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def documents_for(session, entries: list[OutboxEntry]):
    """(documents to index, ids to delete) for the records named by outbox rows."""
    taxonomy = load_taxonomy()
    creator_ids = {e.record_id for e in entries if e.kind == "creator"}
    service_ids = {e.record_id for e in entries if e.kind == "service"}
    docs, deletions = [], []
    creators = {c.id: c for c in session.scalars(select(Creator).where(Creator.id.in_(creator_ids)).options(selectinload(Creator.services)))}
    for creator_id in sorted(creator_ids):
        creator = creators.get(creator_id)
        doc = creator_document(creator, taxonomy) if creator else None
        if doc is None:
            deletions.append(creator_doc_id(creator_id))
        else:
            docs.append(doc)
        if creator is not None:
            # A creator's name or approval shows in its services' documents too.
            service_ids.update(s.id for s in creator.services)
    services = {s.id: s for s in session.scalars(select(Service).where(Service.id.in_(service_ids)).options(selectinload(Service.creator)))}
    for service_id in sorted(service_ids):
        service = services.get(service_id)
        doc = service_document(service, taxonomy) if service else None
        if doc is None:
            deletions.append(service_doc_id(service_id))
        else:
            docs.append(doc)
    return docs, deletions


def sync(catalog: Catalog, backend: SearchBackend, include_dead: bool = False, wait: bool = True) -> SyncReport:
    """Index every change waiting in the outbox; failing rows are retried, then parked as dead.

    With wait=False a busy index (a rebuild in another process) raises
    IndexBusy at once; the rows stay in the outbox for whoever holds the lock.
    """
    with index_lock(catalog.settings.data_dir, wait=wait):
        return drain(catalog, backend, include_dead)


def drain(catalog: Catalog, backend: SearchBackend, include_dead: bool = False) -> SyncReport:
    """The body of sync(); the caller holds the index lock."""
    report = SyncReport()
    last_id = 0
    while True:
        with catalog.sessionmaker() as session:
            query = select(OutboxEntry).where(OutboxEntry.id > last_id).order_by(OutboxEntry.id).limit(BATCH)
            if not include_dead:
                query = query.where(OutboxEntry.dead.is_(False))
            entries = list(session.scalars(query))
            if not entries:
                return report
            last_id = entries[-1].id
            ids = [e.id for e in entries]
            try:
                docs, deletions = documents_for(session, entries)
                if docs:
                    backend.index_documents(docs)
                if deletions:
                    backend.delete_documents(deletions)
            except Exception as exc:  # keep the rows, count the attempt, go on with later rows
                logger.exception("indexing %d outbox rows failed", len(ids))
                session.rollback()
                _record_failure(catalog, ids, exc)
                report.failed += len(ids)
                continue
        with catalog.sessionmaker.begin() as session:
            session.execute(delete(OutboxEntry).where(OutboxEntry.id.in_(ids)))
        report.indexed += len(docs)
        report.deleted += len(deletions)
        report.drained += len(ids)


def _record_failure(catalog: Catalog, ids: list[int], exc: Exception) -> None:
    message = f"{type(exc).__name__}: {exc}"[:2000]
    with catalog.sessionmaker.begin() as session:
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.id.in_(ids))
            .values(attempts=OutboxEntry.attempts + 1, last_error=message)
        )
        session.execute(
            update(OutboxEntry).where(OutboxEntry.id.in_(ids), OutboxEntry.attempts >= MAX_ATTEMPTS).values(dead=True)
        )


def pending_count(catalog: Catalog) -> tuple[int, int]:
    """(waiting, dead) outbox rows."""
    from sqlalchemy import func

    with catalog.sessionmaker() as session:
        rows = dict(session.execute(select(OutboxEntry.dead, func.count()).group_by(OutboxEntry.dead)).all())
    return rows.get(False, 0), rows.get(True, 0)
