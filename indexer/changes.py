"""What the index must do for some records: their documents, or their deletions, with versions.

Read from the current rows in one snapshot of the catalog. Used by the relay,
by `index repair`, and by anything else that brings records up to date.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from catalog.db import Catalog
from catalog.models import Creator, Service, Term
from catalog.taxonomy import Taxonomy, load_taxonomy
from indexer.documents import (
    creator_doc_id,
    creator_document,
    deletion_version,
    document_version,
    service_doc_id,
    service_document,
)
from search.documents import SearchDocument

RecordKey = tuple[str, int]  # ("creator" | "service", record id)


@dataclass
class Changes:
    """What the index must do for some records: documents to index, ids to delete (with versions)."""

    docs: list[SearchDocument] = field(default_factory=list)
    deletions: dict[str, int | None] = field(default_factory=dict)

    def delete(self, document_id: str, version: int | None) -> None:
        known = self.deletions.get(document_id)
        self.deletions[document_id] = version if known is None else max(known, version or 0)


def _codes_only(relationship):
    # Documents need a term's code only (labels come from the taxonomy file): loading
    # each term's label and synonym JSON again for every record was most of a drain's time.
    return relationship.load_only(Term.code)


def _creator_loading(path=None) -> list:
    def via(attribute, how):
        return _codes_only(how(attribute) if path is None else getattr(path, how.__name__)(attribute))

    return [
        via(Creator.creator_type, joinedload),
        via(Creator.home_region, joinedload),
        via(Creator.regions, selectinload),
        via(Creator.art_forms, selectinload),
        via(Creator.languages, selectinload),
    ]


def _service_loading() -> list:
    return [
        *_creator_loading(selectinload(Service.creator)),
        _codes_only(joinedload(Service.service_type)),
        _codes_only(joinedload(Service.price_basis)),
        _codes_only(selectinload(Service.regions)),
        _codes_only(selectinload(Service.art_forms)),
        _codes_only(selectinload(Service.target_groups)),
        _codes_only(selectinload(Service.languages)),
    ]


def read_changes(session: Session, records: Mapping[RecordKey, int | None], taxonomy: Taxonomy | None = None) -> Changes:
    """Documents and deletions for `records`, read from the current rows.

    `records` maps (kind, id) to the outbox's deletion version (None unless the
    record was hard-deleted). A creator brings its services along: they show
    its name and approval. A record that is gone and has no deletion version
    (a row written before versions existed) is deleted without one.
    """
    taxonomy = taxonomy or load_taxonomy()
    changes = Changes()
    creator_ids = {rid for kind, rid in records if kind == "creator"}
    service_ids = {rid for kind, rid in records if kind == "service"}
    creators = {
        c.id: c for c in session.scalars(select(Creator).where(Creator.id.in_(creator_ids)).options(*_creator_loading()))
    }
    for creator_id in sorted(creator_ids):
        creator = creators.get(creator_id)
        if creator is None:
            gone = records[("creator", creator_id)]
            changes.delete(creator_doc_id(creator_id), None if gone is None else deletion_version("creator", gone))
        else:
            _add(changes, creator_doc_id(creator_id), creator_document(creator, taxonomy), creator)
    if creators:
        service_ids.update(session.scalars(select(Service.id).where(Service.creator_id.in_(list(creators)))))
    services = {
        s.id: s for s in session.scalars(select(Service).where(Service.id.in_(service_ids)).options(*_service_loading()))
    }
    for service_id in sorted(service_ids):
        service = services.get(service_id)
        if service is None:
            gone = records.get(("service", service_id))
            changes.delete(service_doc_id(service_id), None if gone is None else deletion_version("service", gone))
            continue
        _add(changes, service_doc_id(service_id), service_document(service, taxonomy), service)
    return changes


def _add(changes: Changes, document_id: str, doc: SearchDocument | None, record) -> None:
    if doc is None:  # not public (pending, hidden, unpublished...): its deletion carries its current version
        changes.delete(document_id, document_version(record))
    else:
        changes.docs.append(doc)


@contextmanager
def snapshot(catalog: Catalog) -> Iterator[Session]:
    """A read-only session that sees one moment of the catalog for all its queries.

    PostgreSQL: REPEATABLE READ, one snapshot for the whole read. SQLite: the
    readers there are serialised by the index file lock, which is what counts.
    """
    if catalog.engine.dialect.name == "postgresql":
        with catalog.engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
            with Session(bind=connection) as session:
                try:
                    yield session
                finally:
                    session.rollback()
    else:
        with Session(catalog.engine) as session:
            try:
                yield session
            finally:
                session.rollback()
