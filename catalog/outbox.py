"""Write an outbox row for every search-relevant change, inside the transaction that makes it.

Because the row is written by the same flush as the change, a change cannot
commit without its row and a rolled-back change leaves none behind. Whoever
keeps the search index in step (the indexer) drains the rows.
"""

from __future__ import annotations

from sqlalchemy import event, insert
from sqlalchemy.orm import Session, sessionmaker

from catalog.models import Creator, OutboxEntry, Service, utcnow

TRACKED = {Creator: "creator", Service: "service"}


def _changed_records(session: Session) -> set[tuple[str, int]]:
    changed: set[tuple[str, int]] = set()
    for obj in session.new:
        kind = TRACKED.get(type(obj))
        if kind:
            changed.add((kind, obj.id))
    for obj in session.deleted:
        kind = TRACKED.get(type(obj))
        if kind:
            changed.add((kind, obj.id))
    for obj in session.dirty:
        kind = TRACKED.get(type(obj))
        if kind and session.is_modified(obj, include_collections=True):
            changed.add((kind, obj.id))
    return changed


def _write_outbox_rows(session: Session, _flush_context) -> None:
    changed = _changed_records(session)
    if changed:
        now = utcnow()
        rows = [{"kind": kind, "record_id": record_id, "created_at": now, "attempts": 0, "dead": False} for kind, record_id in sorted(changed)]
        session.connection().execute(insert(OutboxEntry.__table__), rows)


def track_changes(factory: sessionmaker) -> None:
    """Make every session from `factory` write outbox rows for creator and service changes."""
    if not event.contains(factory, "after_flush", _write_outbox_rows):
        event.listen(factory, "after_flush", _write_outbox_rows)
