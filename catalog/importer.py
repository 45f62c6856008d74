"""Import records in the JSON-lines format: each record is stored whole or not at all.

A bad line never stops the import: it is reported with its line number, record
id, field and reason, and every good line is still stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from catalog.db import Catalog
from catalog.models import Buyer, Creator, Municipality, Service, Term, utcnow
from catalog.records import (
    BuyerRecord,
    CreatorRecord,
    FieldError,
    RecordInvalid,
    ServiceRecord,
    parse_record,
)
from catalog.slugs import SlugAllocator
from catalog.taxonomy import load_taxonomy

BATCH_SIZE = 500


@dataclass(frozen=True)
class LineError:
    line: int
    record_id: str | None
    kind: str | None
    field: str
    reason: str

    def __str__(self) -> str:
        who = f"{self.kind or 'record'} {self.record_id!r}: " if self.record_id else ""
        return f"line {self.line}: {who}{self.field}: {self.reason}"


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=lambda: {"creator": 0, "service": 0, "buyer": 0})
    updated: dict[str, int] = field(default_factory=lambda: {"creator": 0, "service": 0, "buyer": 0})
    unchanged: int = 0
    errors: list[LineError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def stored(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values()) + self.unchanged


def read_jsonl(stream: BinaryIO) -> Iterator[tuple[int, Any]]:
    """Yield (line number, decoded object or LineError); blank lines are skipped."""
    for number, raw in enumerate(stream, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, LineError(number, None, None, "(line)", f"is not valid UTF-8 (byte {raw[exc.start]:#04x} at column {exc.start + 1})")
            continue
        if not text.strip():
            continue
        try:
            yield number, json.loads(text)
        except json.JSONDecodeError as exc:
            yield number, LineError(number, None, None, "(line)", f"is not valid JSON: {exc.msg} at column {exc.colno}")


class Importer:
    """Stores parsed records in batches; a savepoint per record keeps one failure from spoiling a batch."""

    def __init__(self, catalog: Catalog, batch_size: int = BATCH_SIZE):
        self.catalog = catalog
        self.batch_size = batch_size
        self.taxonomy = load_taxonomy()
        self.report = ImportReport()
        self._slugs: dict[type, SlugAllocator] = {}

    def run(self, items: Iterable[tuple[int, Any]], progress: Callable[[int], None] | None = None) -> ImportReport:
        """Import (line number, object) pairs; services whose creator comes later in the input wait for it."""
        batch: list[tuple[int, Any]] = []
        waiting: list[tuple[int, ServiceRecord]] = []
        for number, item in items:
            if isinstance(item, LineError):
                self.report.errors.append(item)
                self._advance(progress)
                continue
            try:
                record = parse_record(item, self.taxonomy)
            except RecordInvalid as exc:
                self._reject(number, exc)
                self._advance(progress)
                continue
            batch.append((number, record))
            if len(batch) >= self.batch_size:
                waiting += self._store_batch(batch, progress, defer_missing=True)
                batch = []
        if batch:
            waiting += self._store_batch(batch, progress, defer_missing=True)
        if waiting:
            self._store_batch(waiting, progress, defer_missing=False)
        self.report.errors.sort(key=lambda e: e.line)
        return self.report

    def _advance(self, progress: Callable[[int], None] | None) -> None:
        if progress:
            progress(1)

    def _reject(self, number: int, exc: RecordInvalid) -> None:
        for error in exc.errors:
            self.report.errors.append(LineError(number, exc.record_id, exc.kind, error.field, error.reason))

    def _store_batch(self, batch, progress, defer_missing: bool) -> list[tuple[int, ServiceRecord]]:
        """Store a batch with one flush; if anything in it fails, redo it a record at a time.

        The fast path is what makes bulk imports quick; the careful path (a
        savepoint per record) is what keeps one bad record from costing the others.
        """
        for allocator in self._slugs.values():
            allocator.checkpoint()
        try:
            outcome = self._attempt(batch, defer_missing, careful=False)
        except (RecordInvalid, SQLAlchemyError):
            for allocator in self._slugs.values():
                allocator.rollback()
            outcome = self._attempt(batch, defer_missing, careful=True)
        counts, errors, deferred = outcome
        for kind, result in counts:
            if result == "created":
                self.report.created[kind] += 1
            elif result == "updated":
                self.report.updated[kind] += 1
            else:
                self.report.unchanged += 1
        for number, exc in errors:
            self._reject(number, exc)
        if progress:
            progress(len(batch) - len(deferred))
        return deferred

    def _attempt(self, batch, defer_missing: bool, careful: bool):
        counts: list[tuple[str, str]] = []
        errors: list[tuple[int, RecordInvalid]] = []
        deferred: list[tuple[int, ServiceRecord]] = []
        with self.catalog.transaction() as session:
            context = _BatchContext(session, batch, self._slug_allocator)
            for number, record in batch:
                kind = type(record).__name__.removesuffix("Record").lower()
                if isinstance(record, ServiceRecord) and record.creator not in context.creators:
                    if defer_missing:
                        deferred.append((number, record))
                    else:
                        reason = f"no creator with id {record.creator!r}; import the creator first or fix the id"
                        errors.append((number, RecordInvalid([FieldError("creator", reason)], record.external_id, kind)))
                    continue
                if not careful:
                    counts.append((kind, context.store(record)))
                    continue
                try:
                    with session.begin_nested():
                        counts.append((kind, context.store(record)))
                except RecordInvalid as exc:
                    exc.kind = kind
                    errors.append((number, exc))
                except IntegrityError as exc:
                    reason = f"conflicts with a stored record: {str(exc.orig).splitlines()[0]}"
                    errors.append((number, RecordInvalid([FieldError("(record)", reason)], record.external_id, kind)))
            session.flush()
        for allocator in self._slugs.values():
            allocator.checkpoint()
        return counts, errors, deferred

    def _slug_allocator(self, session: Session, model: type) -> SlugAllocator:
        if model not in self._slugs:
            self._slugs[model] = SlugAllocator.load(session, model)
        return self._slugs[model]


class _BatchContext:
    """Lookups shared by one batch: terms, municipalities, existing records by external id."""

    def __init__(self, session: Session, batch, slug_allocator):
        self.session = session
        self.slug_allocator = slug_allocator
        self.terms = {(t.vocabulary, t.code): t for t in session.scalars(select(Term))}
        self.municipalities = {m.code: m for m in session.scalars(select(Municipality))}
        ids = {kind: [r.external_id for _, r in batch if isinstance(r, kind)] for kind in (CreatorRecord, ServiceRecord, BuyerRecord)}
        creator_ids = set(ids[CreatorRecord]) | {r.creator for _, r in batch if isinstance(r, ServiceRecord)}
        self.creators = self._existing(Creator, creator_ids)
        self.services = self._existing(Service, ids[ServiceRecord])
        self.buyers = self._existing(Buyer, ids[BuyerRecord])

    def _existing(self, model, external_ids) -> dict[str, Any]:
        if not external_ids:
            return {}
        rows = self.session.scalars(select(model).where(model.external_id.in_(list(external_ids))))
        return {row.external_id: row for row in rows}

    def store(self, record) -> str:
        # No autoflush: half-assigned rows must not reach the database before they are whole.
        with self.session.no_autoflush:
            if isinstance(record, CreatorRecord):
                return self._store_creator(record)
            if isinstance(record, ServiceRecord):
                return self._store_service(record)
            return self._store_buyer(record)

    def _term(self, vocabulary: str, code: str | None) -> Term | None:
        return None if code is None else self.terms[(vocabulary, code)]

    def _term_list(self, vocabulary: str, codes: list[str]) -> list[Term]:
        # Stored in taxonomy order, so a re-import in another order is no change.
        return sorted((self.terms[(vocabulary, code)] for code in codes), key=lambda t: t.position)

    def _slug(self, model, row, requested: str | None, base_text: str) -> str:
        allocator = self.slug_allocator(self.session, model)
        if requested:
            if requested != row.slug and not allocator.claim(requested):
                raise RecordInvalid([FieldError("slug", f"{requested!r} is already used by another record; choose another")], row.external_id)
            if row.slug and row.slug != requested:
                allocator.release(row.slug)
            return requested
        return row.slug or allocator.allocate(base_text)

    def _finish(self, row, is_new: bool, changed: bool, created_at: datetime | None, updated_at: datetime | None) -> str:
        if created_at is not None:
            changed |= _assign(row, "created_at", created_at)
        if is_new:
            now = utcnow()
            row.created_at = row.created_at or now
            row.updated_at = updated_at or row.created_at
            self.session.add(row)
            return "created"
        if updated_at is not None:
            changed |= _assign(row, "updated_at", updated_at)
        elif changed:
            row.updated_at = utcnow()
        if not changed:
            return "unchanged"
        return "updated"

    def _store_creator(self, r: CreatorRecord) -> str:
        row = self.creators.get(r.external_id)
        is_new = row is None
        if is_new:
            row = Creator(external_id=r.external_id, slug="")
            row.slug = None
        values = {
            "name": r.name,
            "creator_type": self._term("creator_type", r.creator_type),
            "home_region": self._term("region", r.home_region),
            "municipality": self.municipalities[r.municipality] if r.municipality else None,
            "description": r.description,
            "keywords": r.keywords,
            "background": r.background,
            "email": r.email,
            "phone": r.phone,
            "website": r.website,
            "social_links": r.social_links,
            "status": r.status,
        }
        changed = _assign_all(row, values)
        changed |= _assign_terms(row, "regions", self._term_list("region", r.regions))
        changed |= _assign_terms(row, "art_forms", self._term_list("art_form", r.art_forms))
        changed |= _assign_terms(row, "languages", self._term_list("language", r.languages))
        changed |= _assign(row, "slug", self._slug(Creator, row, r.slug, r.name))
        if r.status == "approved" and row.approved_at is None:
            row.approved_at = r.updated_at or r.created_at or utcnow()
        outcome = self._finish(row, is_new, changed, r.created_at, r.updated_at)
        self.creators[r.external_id] = row
        return outcome

    def _store_service(self, r: ServiceRecord) -> str:
        row = self.services.get(r.external_id)
        is_new = row is None
        if is_new:
            row = Service(external_id=r.external_id)
            row.slug = None
        creator = self.creators[r.creator]
        values = {
            "creator": creator,
            "title": r.title,
            "description": r.description,
            "keywords": r.keywords,
            "accessibility": r.accessibility,
            "service_type": self._term("service_type", r.service_type),
            "duration_minutes": r.duration_minutes,
            "audience_min": r.audience_min,
            "audience_max": r.audience_max,
            "price_eur": r.price_eur,
            "price_basis": self._term("price_basis", r.price_basis),
            "online": r.online,
            "published": r.published,
        }
        changed = _assign_all(row, values)
        changed |= _assign_terms(row, "regions", self._term_list("region", r.regions))
        changed |= _assign_terms(row, "art_forms", self._term_list("art_form", r.art_forms))
        changed |= _assign_terms(row, "target_groups", self._term_list("target_group", r.target_groups))
        changed |= _assign_terms(row, "languages", self._term_list("language", r.languages))
        title = next(iter(r.title.values()))
        changed |= _assign(row, "slug", self._slug(Service, row, r.slug, title))
        outcome = self._finish(row, is_new, changed, r.created_at, r.updated_at)
        self.services[r.external_id] = row
        return outcome

    def _store_buyer(self, r: BuyerRecord) -> str:
        row = self.buyers.get(r.external_id)
        is_new = row is None
        if is_new:
            row = Buyer(external_id=r.external_id)
        values = {
            "buyer_type": self._term("buyer_type", r.buyer_type),
            "organisation": r.organisation,
            "contact_person": r.contact_person,
            "email": r.email,
            "region": self._term("region", r.region),
            "municipality": self.municipalities[r.municipality] if r.municipality else None,
            "preferred_language": r.preferred_language,
        }
        changed = _assign_all(row, values)
        if is_new:
            row.created_at = r.created_at or utcnow()
            self.session.add(row)
            self.buyers[r.external_id] = row
            return "created"
        if r.created_at is not None:
            changed |= _assign(row, "created_at", r.created_at)
        if not changed:
            return "unchanged"
        return "updated"


def _assign(row, name: str, value) -> bool:
    """Set an attribute only when it differs, so unchanged re-imports stay unchanged."""
    if getattr(row, name) != value:
        setattr(row, name, value)
        return True
    return False


def _assign_terms(row, name: str, terms: list[Term]) -> bool:
    if [t.id for t in getattr(row, name)] != [t.id for t in terms]:
        setattr(row, name, terms)
        return True
    return False


def _assign_all(row, values: dict) -> bool:
    changed = False
    for name, value in values.items():
        changed |= _assign(row, name, value)
    return changed


def import_file(catalog: Catalog, stream: BinaryIO, progress: Callable[[int], None] | None = None) -> ImportReport:
    return Importer(catalog).run(read_jsonl(stream), progress)


def import_records(catalog: Catalog, records: Iterable[dict], progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import already-decoded objects (the demo loader's path); 'line' numbers count records."""
    return Importer(catalog).run(enumerate(records, start=1), progress)
