"""Compare the catalog with the search index, and fix exactly the differences found.

The comparison is by document version, which every change raises (see
catalog/outbox.py): it needs one cheap query of the catalog and one listing of
the index, no document building. A record being edited while we look would
show up as a difference that fixes itself a moment later, so whatever differs
is looked at a second time and only what differs both times is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from catalog.db import Catalog
from catalog.models import Creator, Service
from indexer.documents import CREATOR_VERSION_BITS, creator_doc_id, parse_doc_id, service_doc_id, service_version
from indexer.changes import snapshot
from indexer.relay import send
from indexer.sync import outbox_status
from search.backends.base import SearchBackend

SHOWN_IDS = 20


@dataclass
class VerifyReport:
    """What differs between the catalog and the index, by document id.

    missing     public in the catalog, absent from the index
    stale       indexed at an older version than the catalog's
    ahead       indexed at a newer version than the catalog has (a restored
                database, say); only `index rebuild` can bring those back
    orphaned    in the index, but not public in the catalog (or gone from it)
    duplicated  in the index more than once
    """

    missing: list[str] = field(default_factory=list)
    stale: dict[str, tuple[int, int]] = field(default_factory=dict)  # id -> (indexed, catalog)
    ahead: dict[str, tuple[int, int]] = field(default_factory=dict)
    orphaned: dict[str, int] = field(default_factory=dict)  # id -> indexed version
    duplicated: list[str] = field(default_factory=list)
    catalog_documents: int = 0
    index_documents: int = 0
    waiting: int = 0

    @property
    def differences(self) -> int:
        return len(self.missing) + len(self.stale) + len(self.ahead) + len(self.orphaned) + len(self.duplicated)

    @property
    def ok(self) -> bool:
        return self.differences == 0

    def lines(self, shown: int = SHOWN_IDS) -> list[str]:
        """A human-readable summary: counts, then up to `shown` ids per kind of difference."""
        out = [
            f"catalog: {self.catalog_documents} public records; index: {self.index_documents} documents; "
            f"outbox: {self.waiting} changes waiting",
        ]
        def versions(pairs: dict[str, tuple[int, int]]) -> list[str]:
            return [f"{i} (index v{readable_version(i, a)}, catalog v{readable_version(i, b)})" for i, (a, b) in pairs.items()]

        groups = (
            ("missing", self.missing),
            ("stale", versions(self.stale)),
            ("ahead", versions(self.ahead)),
            ("orphaned", sorted(self.orphaned)),
            ("duplicated", self.duplicated),
        )
        for name, ids in groups:
            more = f" ... and {len(ids) - shown} more" if len(ids) > shown else ""
            out.append(f"{name}: {len(ids)}" + (f": {', '.join(sorted(ids)[:shown])}{more}" if ids else ""))
        out.append("no differences" if self.ok else f"{self.differences} differences")
        return out


def readable_version(document_id: str, version: int) -> str:
    """A service document's version as "<service row version>.<creator row version>"."""
    if document_id.startswith("service:"):
        return f"{version >> CREATOR_VERSION_BITS}.{version & ((1 << CREATOR_VERSION_BITS) - 1)}"
    return str(version)


def expected_versions(session: Session) -> dict[str, int]:
    """Document id -> version of every document that belongs in the index."""
    expected = {
        creator_doc_id(cid): version
        for cid, version in session.execute(select(Creator.id, Creator.version).where(Creator.status == "approved"))
    }
    owner = aliased(Creator)
    services = (
        select(Service.id, Service.version, owner.version)
        .join(owner, Service.creator_id == owner.id)
        .where(Service.published.is_(True), owner.status == "approved")
    )
    for sid, version, creator_version in session.execute(services):
        expected[service_doc_id(sid)] = service_version(version, creator_version)
    return expected


def indexed_versions(backend: SearchBackend) -> tuple[dict[str, int], list[str]]:
    """(document id -> version, ids listed more than once) of the live index."""
    seen: dict[str, int] = {}
    duplicated: set[str] = set()
    for document_id, version in backend.document_versions():
        if document_id in seen:
            duplicated.add(document_id)
            version = max(version, seen[document_id])
        seen[document_id] = version
    return seen, sorted(duplicated)


def compare(expected: dict[str, int], indexed: dict[str, int], duplicated: list[str]) -> VerifyReport:
    report = VerifyReport(catalog_documents=len(expected), index_documents=len(indexed), duplicated=list(duplicated))
    for document_id, version in expected.items():
        found = indexed.get(document_id)
        if found is None:
            report.missing.append(document_id)
        elif found < version:
            report.stale[document_id] = (found, version)
        elif found > version:
            report.ahead[document_id] = (found, version)
    report.orphaned = {i: v for i, v in indexed.items() if i not in expected}
    report.missing.sort()
    return report


def _look(catalog: Catalog, backend: SearchBackend) -> VerifyReport:
    with snapshot(catalog) as session:
        expected = expected_versions(session)
    indexed, duplicated = indexed_versions(backend)
    return compare(expected, indexed, duplicated)


def verify(catalog: Catalog, backend: SearchBackend) -> VerifyReport:
    """Differences between catalog and index that hold on a second look."""
    first = _look(catalog, backend)
    if first.ok:
        report = first
    else:
        second = _look(catalog, backend)
        report = VerifyReport(
            missing=sorted(set(first.missing) & set(second.missing)),
            stale={i: v for i, v in second.stale.items() if i in first.stale},
            ahead={i: v for i, v in second.ahead.items() if i in first.ahead},
            orphaned={i: v for i, v in second.orphaned.items() if i in first.orphaned},
            duplicated=sorted(set(first.duplicated) & set(second.duplicated)),
            catalog_documents=second.catalog_documents,
            index_documents=second.index_documents,
        )
    report.waiting = outbox_status(catalog, errors=0).waiting
    return report


@dataclass
class RepairReport:
    indexed: int = 0
    deleted: int = 0
    needs_rebuild: list[str] = field(default_factory=list)


def repair(catalog: Catalog, backend: SearchBackend, report: VerifyReport) -> RepairReport:
    """Re-index missing, stale and duplicated documents, delete orphaned ones: exactly what `report` lists.

    Documents are built from the current rows and written with their versions,
    so a repair racing with the relay cannot undo a newer change. Documents
    ahead of the catalog are left alone and listed: an older version cannot
    replace them, only `index rebuild` can.
    """
    records: dict[tuple[str, int], int | None] = {}
    for document_id in [*report.missing, *report.stale, *report.duplicated]:
        records.setdefault(parse_doc_id(document_id), None)
    for document_id, indexed in report.orphaned.items():
        # If the record is gone, delete one version above the indexed copy; a record
        # that exists but is not public gets its own version instead (read_changes).
        kind, record_id = parse_doc_id(document_id)
        records[(kind, record_id)] = _row_version_above(kind, indexed)
    result = RepairReport(needs_rebuild=sorted(report.ahead))
    for start in range(0, len(records), 500):
        chunk = dict(list(records.items())[start : start + 500])
        changes = send(catalog, backend, chunk)
        result.indexed += len(changes.docs)
        result.deleted += len(changes.deletions)
    return result


def _row_version_above(kind: str, indexed_version: int) -> int:
    """The outbox-style deletion row version whose deletion version is above `indexed_version`."""
    return indexed_version + 1 if kind == "creator" else (indexed_version >> CREATOR_VERSION_BITS) + 1
