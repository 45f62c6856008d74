"""The relay: claim a batch of outbox rows, index what they name, delete the rows.

Why nothing is lost, whoever runs it and however often:

- A row is deleted only in the transaction that claimed it, after the index
  accepted the batch. A worker that dies mid-batch leaves its rows; the next
  drain takes them again, and writing them twice is harmless.
- Documents are always built from the current rows, never from what the
  outbox row says, so a retry cannot bring back an old state.
- On PostgreSQL several workers share the outbox: each claims its batch with
  SELECT ... FOR UPDATE SKIP LOCKED, and reads the records in one REPEATABLE
  READ snapshot, so a document never mixes a service read before a change
  with its creator read after it. Two workers may still read one record at
  different moments and write in the opposite order; the index keeps the
  higher version (OpenSearch external versioning, see catalog/outbox.py for
  where versions come from), so the later state wins whatever the order.
- Backends that do not order writes by version (the embedded index), and
  SQLite catalogs, are drained by one process at a time instead (the file
  lock in sync.py), so reads and writes happen in commit order.
- A rebuild waits for the relays already running before it reads the
  catalog (wait_for_relays): from then on every relay writes to the new
  index too, and none can bring into it a state older than the rebuild's read.

Failures: when the engine is unavailable the batch stays, its attempt is
counted and the drain stops, to be retried later (an outage never
dead-letters anything). Any other failure is narrowed down by splitting the
batch until the record that fails is alone; its rows count an attempt and
after MAX_ATTEMPTS they are parked as dead, visible in `index status` and
retried by `index sync`.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Mapping

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from catalog.db import Catalog
from catalog.models import OutboxEntry
from indexer.changes import Changes, RecordKey, read_changes, snapshot
from search.backends.base import SearchBackend
from search.errors import SearchUnavailable

logger = logging.getLogger(__name__)

BATCH = 1000
MAX_ATTEMPTS = 5
ERROR_CHARS = 2000
# PostgreSQL advisory lock: shared by every relay batch, taken alone by a rebuild (wait_for_relays).
RELAY_LOCK_KEY = 0x6B70_7265_6C61  # "kprela"

@dataclass
class SyncReport:
    """What one drain did. `unavailable` says why it stopped early (the engine was down)."""

    indexed: int = 0
    deleted: int = 0
    failed: int = 0
    drained: int = 0
    unavailable: str | None = None

    def add(self, other: SyncReport) -> None:
        self.indexed += other.indexed
        self.deleted += other.deleted
        self.failed += other.failed
        self.drained += other.drained
        self.unavailable = other.unavailable or self.unavailable


def send(catalog: Catalog, backend: SearchBackend, records: Mapping[RecordKey, int | None], sent: dict[str, int] | None = None) -> Changes:
    """Read `records` in one snapshot and write them to the index; returns what was written.

    `sent` (document id -> version) remembers what this process already wrote
    during one drain: the same version of a document is then not analysed and
    sent again (a creator's services come along with it, and again with their
    own rows). Same process, same taxonomy, same version: the same document.
    """
    with snapshot(catalog) as session:
        changes = read_changes(session, records)
    sent = {} if sent is None else sent
    docs = [doc for doc in changes.docs if sent.get(doc.id) != doc.version]
    deletions = {i: v for i, v in changes.deletions.items() if v is None or sent.get(i) != v}
    if docs:
        backend.index_documents(docs)
    if deletions:
        backend.delete_documents(list(deletions), versions=deletions)
    sent.update((doc.id, doc.version) for doc in docs)
    sent.update((i, v) for i, v in deletions.items() if v is not None)
    return Changes(docs, deletions)


@dataclass(frozen=True)
class _Row:
    id: int
    kind: str
    record_id: int
    version: int | None


class _EngineDown(Exception):
    def __init__(self, cause: SearchUnavailable):
        super().__init__(str(cause))
        self.cause = cause


def drain(
    catalog: Catalog,
    backend: SearchBackend,
    include_dead: bool = False,
    *,
    batch: int = BATCH,
    budget_seconds: float | None = None,
) -> SyncReport:
    """Relay batches until the outbox is empty, the engine is down, or the time budget is spent.

    Rows that failed in this drain are not taken again by it (they wait for
    the next one). Safe to run in several processes at once on PostgreSQL
    with a backend that orders writes by version; otherwise see sync.sync().
    """
    report = SyncReport()
    after_id = 0
    sent: dict[str, int] = {}
    deadline = None if budget_seconds is None else time.monotonic() + budget_seconds
    while deadline is None or time.monotonic() < deadline:
        step, after_id = relay_batch(catalog, backend, after_id=after_id, include_dead=include_dead, batch=batch, sent=sent)
        if step is None:
            break
        report.add(step)
        if step.unavailable:
            break
    return report


def relay_batch(
    catalog: Catalog,
    backend: SearchBackend,
    *,
    after_id: int = 0,
    include_dead: bool = False,
    batch: int = BATCH,
    sent: dict[str, int] | None = None,
) -> tuple[SyncReport | None, int]:
    """Claim and relay one batch of rows with ids above `after_id`; (None, after_id) when none are left."""
    report = SyncReport()
    with catalog.sessionmaker() as session, session.begin():
        if catalog.engine.dialect.name == "postgresql":
            session.execute(select(func.pg_advisory_xact_lock_shared(RELAY_LOCK_KEY)))
        query = select(OutboxEntry.id, OutboxEntry.kind, OutboxEntry.record_id, OutboxEntry.version)
        query = query.where(OutboxEntry.id > after_id).order_by(OutboxEntry.id).limit(batch)
        if not include_dead:
            query = query.where(OutboxEntry.dead.is_(False))
        # Rows another worker is relaying are skipped, not waited for (nothing on SQLite).
        rows = [_Row(*row) for row in session.execute(query.with_for_update(skip_locked=True))]
        if not rows:
            return None, after_id
        by_record: dict[RecordKey, list[_Row]] = {}
        for row in rows:
            by_record.setdefault((row.kind, row.record_id), []).append(row)
        try:
            _relay(catalog, backend, session, by_record, list(by_record), report, {} if sent is None else sent)
        except _EngineDown as down:
            logger.warning("search engine unavailable, %d outbox rows wait for the next drain: %s", len(rows), down)
            report.unavailable = str(down)
    return report, rows[-1].id


def _relay(catalog, backend, session: Session, by_record, keys: list[RecordKey], report: SyncReport, sent: dict[str, int]) -> None:
    """Relay the rows of `keys`; on a failure that is not an outage, split until the culprit is alone."""
    rows = [row for key in keys for row in by_record[key]]
    ids = [row.id for row in rows]
    try:
        changes = send(catalog, backend, {key: _deletion_row_version(by_record[key]) for key in keys}, sent)
    except SearchUnavailable as exc:
        _record_failure(session, ids, exc, may_die=False)
        report.failed += len(ids)
        raise _EngineDown(exc) from exc
    except (OperationalError, InterfaceError):
        raise  # the database is down: the claim is rolled back and the rows wait
    except Exception as exc:  # a bad record or a bug: find which record, keep going with the others
        if len(keys) > 1:
            middle = len(keys) // 2
            _relay(catalog, backend, session, by_record, keys[:middle], report, sent)
            _relay(catalog, backend, session, by_record, keys[middle:], report, sent)
            return
        logger.exception("indexing %s %s failed (outbox rows %s)", keys[0][0], keys[0][1], ids)
        _record_failure(session, ids, exc, may_die=True)
        report.failed += len(ids)
        return
    session.execute(delete(OutboxEntry).where(OutboxEntry.id.in_(ids)))
    report.indexed += len(changes.docs)
    report.deleted += len(changes.deletions)
    report.drained += len(ids)


def wait_for_relays(catalog: Catalog) -> None:
    """Return once every relay that started before this call has finished (PostgreSQL; no-op on SQLite).

    A rebuild calls this after it created its new index and before it reads
    the catalog: a relay that read a record earlier may otherwise write that
    old state into the new index after the rebuild skipped the record as
    deleted or hidden, with no newer version there to stop it. Relays hold a
    shared advisory lock for their whole batch; this takes it exclusively for
    a moment.
    """
    if catalog.engine.dialect.name != "postgresql":
        return
    with catalog.engine.begin() as connection:
        connection.execute(select(func.pg_advisory_xact_lock(RELAY_LOCK_KEY)))


def _deletion_row_version(rows: list[_Row]) -> int | None:
    versions = [row.version for row in rows if row.version is not None]
    return max(versions) if versions else None


def _record_failure(session: Session, ids: list[int], exc: Exception, *, may_die: bool) -> None:
    message = f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]
    values: dict = {"attempts": OutboxEntry.attempts + 1, "last_error": message}
    session.execute(update(OutboxEntry).where(OutboxEntry.id.in_(ids)).values(**values))
    if may_die:
        session.execute(
            update(OutboxEntry).where(OutboxEntry.id.in_(ids), OutboxEntry.attempts >= MAX_ATTEMPTS).values(dead=True)
        )
