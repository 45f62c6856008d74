"""Drain the outbox into the search index now: after each commit (embedded), from `index sync`, from workers.

The relay (relay.py) does the work. Whether several drains may run at once
depends on the deployment: with PostgreSQL and a backend that keeps the
higher version of a document (OpenSearch), workers claim disjoint batches
and any order of writes ends in the newest state. Otherwise (the embedded
index, or a SQLite catalog) a file lock in the data dir lets one process of
the machine drain at a time, so records are read and written in commit order.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import func, select

from catalog.db import Catalog
from catalog.models import OutboxEntry
from indexer.changes import Changes, read_changes
from indexer.relay import BATCH, MAX_ATTEMPTS, SyncReport, drain as relay_drain
from search.backends.base import SearchBackend

__all__ = [
    "BATCH",
    "MAX_ATTEMPTS",
    "IndexBusy",
    "OutboxStatus",
    "SyncReport",
    "documents_for",
    "drain",
    "index_lock",
    "outbox_status",
    "pending_count",
    "runs_in_parallel",
    "sync",
]


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


def runs_in_parallel(catalog: Catalog, backend: SearchBackend) -> bool:
    """Whether drains may run side by side (row locks + versioned writes) rather than one at a time."""
    return catalog.engine.dialect.name == "postgresql" and getattr(backend, "orders_writes_by_version", False)


def sync(
    catalog: Catalog,
    backend: SearchBackend,
    include_dead: bool = False,
    wait: bool = True,
    budget_seconds: float | None = None,
) -> SyncReport:
    """Index every change waiting in the outbox; failing rows are retried, then parked as dead.

    With wait=False a busy index (a rebuild in another process) raises
    IndexBusy at once; the rows stay in the outbox for whoever holds the lock.
    Drains that may run in parallel take no lock and are never busy.
    """
    lock = nullcontext() if runs_in_parallel(catalog, backend) else index_lock(catalog.settings.data_dir, wait=wait)
    with lock:
        return relay_drain(catalog, backend, include_dead, budget_seconds=budget_seconds)


def drain(catalog: Catalog, backend: SearchBackend, include_dead: bool = False) -> SyncReport:
    """The body of sync(); the caller holds the index lock when one is needed."""
    return relay_drain(catalog, backend, include_dead)


def documents_for(session, entries) -> tuple[list, list[str]]:
    """(documents to index, ids to delete) for the records named by outbox rows."""
    records: dict = {}
    for entry in entries:
        key = (entry.kind, entry.record_id)
        version = getattr(entry, "version", None)
        records[key] = max(records.get(key) or 0, version) if version is not None else records.get(key)
    changes: Changes = read_changes(session, records)
    return changes.docs, list(changes.deletions)


@dataclass
class OutboxStatus:
    waiting: int
    dead: int
    oldest_waiting: datetime | None
    recent_errors: list[tuple[int, str, int, str]]  # (row id, kind, record id, last error)

    def oldest_age_seconds(self, now: datetime | None = None) -> float | None:
        if self.oldest_waiting is None:
            return None
        oldest = self.oldest_waiting if self.oldest_waiting.tzinfo else self.oldest_waiting.replace(tzinfo=timezone.utc)
        return max(0.0, ((now or datetime.now(timezone.utc)) - oldest).total_seconds())


def outbox_status(catalog: Catalog, errors: int = 5) -> OutboxStatus:
    """Counts of waiting and dead rows, the oldest waiting change, and the latest errors."""
    with catalog.sessionmaker() as session:
        counts = dict(session.execute(select(OutboxEntry.dead, func.count()).group_by(OutboxEntry.dead)).all())
        oldest = session.scalar(select(func.min(OutboxEntry.created_at)).where(OutboxEntry.dead.is_(False)))
        failing = session.execute(
            select(OutboxEntry.id, OutboxEntry.kind, OutboxEntry.record_id, OutboxEntry.last_error)
            .where(OutboxEntry.last_error.is_not(None))
            .order_by(OutboxEntry.dead.desc(), OutboxEntry.id.desc())
            .limit(errors)
        ).all()
    return OutboxStatus(counts.get(False, 0), counts.get(True, 0), oldest, [tuple(row) for row in failing])


def pending_count(catalog: Catalog) -> tuple[int, int]:
    """(waiting, dead) outbox rows."""
    status = outbox_status(catalog, errors=0)
    return status.waiting, status.dead
