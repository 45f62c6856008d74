"""Write an outbox row for every search-relevant change, inside the transaction that makes it.

Because the row is written by the same flush as the change, a change cannot
commit without its row and a rolled-back change leaves none behind. Whoever
keeps the search index in step (the indexer) drains the rows.

What counts as a change: a creator or service created, changed or deleted
(approval, hiding, unpublishing are changes), and a taxonomy term or
municipality whose labels records show (every record tagged with it, or with
an art form below it, gets a row).

Versions, so that an older update delivered late never wins
------------------------------------------------------------
Several workers drain the outbox at once, so two of them may read one record
at different moments and write to the index in the opposite order. The index
therefore keeps, per document, the version it was built from, and refuses an
older one (OpenSearch external versioning). That works only if

1. every change to what a document shows raises its version. Creator and
   Service rows carry an SQLAlchemy version counter, bumped by every UPDATE;
   a change of only a many-to-many collection (art forms, regions...) writes
   no UPDATE, so `_bump_versions` below forces one. (Taxonomy label changes
   keep the versions: they are rare, re-indexed by their own rows, and the
   labels come from the code's taxonomy file, not from the row read.)
2. a deletion carries a version above every version the record ever had.
   Hiding, rejecting or unpublishing is an UPDATE, so the deletion carries
   the bumped version, read from the row like any other change. A hard
   DELETE leaves no row to read: this hook, which still sees the deleted
   object, writes its last row version + 1 into the outbox row's `version`.
   The ORM's versioned DELETE fails if anyone changed the row meanwhile, so
   no later state of the record can exist with a higher version.

How a document version is made of row versions (a service document shows
its creator's name too) is indexer/documents.py's business; the outbox only
records row versions. A soft delete (a "deleted" flag kept forever) would
have worked as well, but would have put a tombstone filter into every
catalog query; the outbox row carries the tombstone for exactly as long as
it is needed.
"""

from __future__ import annotations

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from catalog.models import (
    Creator,
    Municipality,
    OutboxEntry,
    Service,
    Term,
    creator_art_forms,
    creator_languages,
    creator_regions,
    service_art_forms,
    service_languages,
    service_regions,
    service_target_groups,
    utcnow,
)

TRACKED = {Creator: "creator", Service: "service"}
# Collections a document shows; a creator's `services` list is not one (services have their own rows).
DOCUMENT_COLLECTIONS = {
    Creator: ("regions", "art_forms", "languages"),
    Service: ("regions", "art_forms", "target_groups", "languages"),
}
_TERM_LINKS = (
    ("creator", creator_regions),
    ("creator", creator_art_forms),
    ("creator", creator_languages),
    ("service", service_regions),
    ("service", service_art_forms),
    ("service", service_target_groups),
    ("service", service_languages),
)
_TERM_COLUMNS = (
    ("creator", Creator.id, Creator.creator_type_id),
    ("creator", Creator.id, Creator.home_region_id),
    ("service", Service.id, Service.service_type_id),
    ("service", Service.id, Service.price_basis_id),
)


def _collections_changed(obj) -> bool:
    state = obj._sa_instance_state
    return any(state.attrs[name].history.has_changes() for name in DOCUMENT_COLLECTIONS[type(obj)])


def _changes_document(session: Session, obj) -> bool:
    return session.is_modified(obj, include_collections=False) or _collections_changed(obj)


def _bump_versions(session: Session, _flush_context, _instances) -> None:
    """Give a change of only tags an UPDATE of its own, so the record's version goes up."""
    for obj in session.dirty:
        if type(obj) in TRACKED and _collections_changed(obj) and not session.is_modified(obj, include_collections=False):
            flag_modified(obj, "updated_at")


def _deletion_version(obj) -> int | None:
    # The ORM loaded the version for its versioned DELETE; read it without a lazy load.
    last = obj.__dict__.get("version")
    return None if last is None else last + 1


def _changed_records(session: Session) -> dict[tuple[str, int], tuple[int | None, int | None]]:
    """(kind, record id) -> (version of its deletion or None, id of the creator it belongs to if known)."""
    changed: dict[tuple[str, int], tuple[int | None, int | None]] = {}
    for obj in session.new:
        kind = TRACKED.get(type(obj))
        if kind:
            changed[(kind, obj.id)] = (None, _owner(obj))
    for obj in session.dirty:
        kind = TRACKED.get(type(obj))
        if kind and _changes_document(session, obj):
            changed.setdefault((kind, obj.id), (None, _owner(obj)))
    for obj in session.deleted:
        kind = TRACKED.get(type(obj))
        if kind:
            changed[(kind, obj.id)] = (_deletion_version(obj), _owner(obj))
    for key in _records_showing_changed_labels(session):
        changed.setdefault(key, (None, None))
    return changed


def _owner(obj) -> int | None:
    return obj.id if isinstance(obj, Creator) else obj.__dict__.get("creator_id")


def _relay_order(item) -> tuple:
    # Each creator's row right before its services' rows: a relay batch that re-indexes a
    # creator together with its services then covers those services' own rows too.
    (kind, record_id), (_, owner) = item
    return (owner is None, owner or record_id, kind != "creator", record_id)


def _records_showing_changed_labels(session: Session) -> set[tuple[str, int]]:
    """Records tagged with a term (or an art form below one) or placed in a municipality whose row changed."""
    term_ids = {obj.id for obj in session.dirty if isinstance(obj, Term) and session.is_modified(obj)}
    municipality_ids = {obj.id for obj in session.dirty if isinstance(obj, Municipality) and session.is_modified(obj)}
    if not term_ids and not municipality_ids:
        return set()
    connection = session.connection()
    term_ids |= _art_forms_below(connection, term_ids)
    found: set[tuple[str, int]] = set()
    if term_ids:
        for kind, table in _TERM_LINKS:
            owner = table.c[f"{kind}_id"]
            found.update((kind, rid) for rid in connection.scalars(select(owner).where(table.c.term_id.in_(term_ids))))
        for kind, record_id, column in _TERM_COLUMNS:
            found.update((kind, rid) for rid in connection.scalars(select(record_id).where(column.in_(term_ids))))
    if municipality_ids:
        query = select(Creator.id).where(Creator.municipality_id.in_(municipality_ids))
        found.update(("creator", rid) for rid in connection.scalars(query))
    return found


def _art_forms_below(connection, term_ids: set[int]) -> set[int]:
    """Art form terms under any of `term_ids`: their documents list their ancestors' labels too."""
    rows = connection.execute(select(Term.id, Term.code, Term.parent_code).where(Term.vocabulary == "art_form")).all()
    children: dict[str, list[tuple[int, str]]] = {}
    for term_id, code, parent in rows:
        children.setdefault(parent, []).append((term_id, code))
    codes = [code for term_id, code, _ in rows if term_id in term_ids]
    below: set[int] = set()
    while codes:
        for term_id, code in children.get(codes.pop(), ()):
            if term_id not in below:
                below.add(term_id)
                codes.append(code)
    return below


def _write_outbox_rows(session: Session, _flush_context) -> None:
    changed = _changed_records(session)
    if changed:
        now = utcnow()
        rows = [
            {"kind": kind, "record_id": record_id, "version": version, "created_at": now, "attempts": 0, "dead": False}
            for (kind, record_id), (version, _) in sorted(changed.items(), key=_relay_order)
        ]
        session.connection().execute(insert(OutboxEntry.__table__), rows)


def track_changes(factory: sessionmaker) -> None:
    """Make every session from `factory` write outbox rows for creator and service changes."""
    # Marked on the factory itself, not asked of event.contains(): SQLAlchemy keys that
    # registry by id() of the factory's Session class and keeps entries of dead classes,
    # so a new factory whose class reuses a dead one's address would be skipped, and its
    # sessions would write no outbox rows at all (seen as rare, load-dependent test failures).
    if getattr(factory, "_kulttuuripankki_outbox", False):
        return
    event.listen(factory, "before_flush", _bump_versions)
    event.listen(factory, "after_flush", _write_outbox_rows)
    factory._kulttuuripankki_outbox = True
