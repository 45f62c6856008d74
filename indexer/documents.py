"""Build search documents from catalog rows: the one place every backend's documents come from."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog.models import CONTENT_LANGUAGES, Creator, Service, Term
from catalog.taxonomy import Taxonomy, load_taxonomy
from search.documents import SearchDocument

CHUNK = 500


# A service document shows its creator's name and approval, so its version is
# made of both row versions: (service row version, creator row version) packed
# into one integer that orders them lexicographically. A plain sum would not do:
# moving a service to another creator raises the service's version but may
# lower the creator's, and a sum could then go down.
CREATOR_VERSION_BITS = 32


def creator_doc_id(creator_id: int) -> str:
    return f"creator:{creator_id}"


def service_doc_id(service_id: int) -> str:
    return f"service:{service_id}"


def doc_id(kind: str, record_id: int) -> str:
    return creator_doc_id(record_id) if kind == "creator" else service_doc_id(record_id)


def parse_doc_id(document_id: str) -> tuple[str, int]:
    """("creator" | "service", record id) from a document id; ValueError for anything else."""
    kind, _, number = document_id.partition(":")
    if kind not in ("creator", "service") or not number.isdigit():
        raise ValueError(f"{document_id!r} is not a document id; expected creator:<id> or service:<id>")
    return kind, int(number)


def service_version(service_row_version: int, creator_row_version: int) -> int:
    """The version of a service document built from these row versions."""
    if not 0 <= creator_row_version < 1 << CREATOR_VERSION_BITS:
        raise ValueError(f"creator row version {creator_row_version} does not fit in {CREATOR_VERSION_BITS} bits")
    return service_row_version << CREATOR_VERSION_BITS | creator_row_version


def document_version(record: Creator | Service) -> int:
    """The version of the record's document as it stands, public or not (a deletion carries it)."""
    if isinstance(record, Creator):
        return record.version
    return service_version(record.version, record.creator.version)


def deletion_version(kind: str, deleted_row_version: int) -> int:
    """The version a hard deletion carries, from the outbox row's `version` (last row version + 1).

    Above every version the document ever had: for a service, whatever its
    creator's version, since the service part is higher.
    """
    return deleted_row_version if kind == "creator" else service_version(deleted_row_version, 0)


def _codes(terms: Iterable[Term]) -> list[str]:
    return [t.code for t in terms]


def _with_ancestors(taxonomy: Taxonomy, codes: list[str]) -> tuple[str, ...]:
    result: list[str] = []
    for code in codes:
        for item in (*taxonomy.ancestors("art_form", code), code):
            if item not in result:
                result.append(item)
    return tuple(result)


@lru_cache(maxsize=4096)
def _search_labels(taxonomy: Taxonomy, vocabulary: str, code: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    # The taxonomy is read once per process and never changes: its labels can be kept.
    return tuple((lang, tuple(labels)) for lang, labels in taxonomy.search_labels(vocabulary, code).items())


def _taxonomy_text(taxonomy: Taxonomy, tagged: dict[str, Iterable[str]]) -> dict[str, list[str]]:
    """Labels and synonyms, per language, of every code a record carries (cross-language search)."""
    words: dict[str, dict[str, None]] = {lang: {} for lang in CONTENT_LANGUAGES}
    for vocabulary, codes in tagged.items():
        for code in codes:
            for lang, labels in _search_labels(taxonomy, vocabulary, code):
                if lang in words:
                    words[lang].update(dict.fromkeys(labels))
    return {lang: list(labels) for lang, labels in words.items()}


def _places(taxonomy: Taxonomy, municipality, region_codes: Iterable[str]) -> dict[str, list[str]]:
    places: dict[str, list[str]] = {lang: [] for lang in CONTENT_LANGUAGES}
    if municipality is not None:
        places["fi"].append(municipality.name_fi)
        places["en"].append(municipality.name_fi)
        places["sv"].append(municipality.name_sv or municipality.name_fi)
    for code in region_codes:
        for lang in CONTENT_LANGUAGES:
            label = taxonomy.label("region", code, lang)
            if label not in places[lang]:
                places[lang].append(label)
    return places


def creator_document(creator: Creator, taxonomy: Taxonomy | None = None) -> SearchDocument | None:
    """The creator's document, or None when it must not be found (not approved)."""
    if not creator.is_public:
        return None
    taxonomy = taxonomy or load_taxonomy()
    art_forms = _with_ancestors(taxonomy, _codes(creator.art_forms))
    regions = tuple(dict.fromkeys([creator.home_region.code, *_codes(creator.regions)]))
    languages = tuple(_codes(creator.languages))
    return SearchDocument(
        id=creator_doc_id(creator.id),
        kind="creator",
        external_id=creator.external_id,
        slug=creator.slug,
        name={lang: creator.name for lang in CONTENT_LANGUAGES},
        description=dict(creator.description),
        keywords={lang: list(words) for lang, words in creator.keywords.items()},
        creator_name=None,
        taxonomy=_taxonomy_text(
            taxonomy, {"art_form": art_forms, "creator_type": [creator.creator_type.code], "language": languages}
        ),
        places=_places(taxonomy, creator.municipality, regions),
        facets={
            "art_form": art_forms,
            "region": regions,
            "service_type": (),
            "target_group": (),
            "language": languages,
            "creator_type": (creator.creator_type.code,),
        },
        online=None,
        created_at=creator.created_at,
        updated_at=creator.updated_at,
        version=creator.version,
        display={
            "municipality": creator.municipality.code if creator.municipality else None,
            "home_region": creator.home_region.code,
        },
    )


def service_document(service: Service, taxonomy: Taxonomy | None = None) -> SearchDocument | None:
    """The service's document, or None when unpublished or its creator is not approved."""
    if not service.is_public:
        return None
    taxonomy = taxonomy or load_taxonomy()
    creator = service.creator
    art_forms = _with_ancestors(taxonomy, _codes(service.art_forms))
    regions = tuple(_codes(service.regions)) or tuple(dict.fromkeys([creator.home_region.code, *_codes(creator.regions)]))
    languages = tuple(_codes(service.languages)) or tuple(_codes(creator.languages))
    service_type = service.service_type.code
    target_groups = tuple(_codes(service.target_groups))
    return SearchDocument(
        id=service_doc_id(service.id),
        kind="service",
        external_id=service.external_id,
        slug=service.slug,
        name=dict(service.title),
        description=dict(service.description),
        keywords={lang: list(words) for lang, words in service.keywords.items()},
        creator_name=creator.name,
        taxonomy=_taxonomy_text(
            taxonomy,
            {"art_form": art_forms, "service_type": [service_type], "target_group": target_groups, "language": languages},
        ),
        places=_places(taxonomy, creator.municipality, regions),
        facets={
            "art_form": art_forms,
            "region": regions,
            "service_type": (service_type,),
            "target_group": target_groups,
            "language": languages,
            "creator_type": (creator.creator_type.code,),
        },
        online=service.online,
        created_at=service.created_at,
        updated_at=service.updated_at,
        # A creator's edit changes its services' documents too, so both versions count.
        version=service_version(service.version, creator.version),
        display={
            "price_eur": float(service.price_eur) if service.price_eur is not None else None,
            "price_basis": service.price_basis.code if service.price_basis else None,
            "duration_minutes": service.duration_minutes,
            "audience_min": service.audience_min,
            "audience_max": service.audience_max,
            "creator_slug": creator.slug,
            "creator_name": creator.name,
        },
    )


def iter_public_documents(session: Session, taxonomy: Taxonomy | None = None) -> Iterator[SearchDocument]:
    """Every document that belongs in the index, streamed in chunks (for rebuilds)."""
    taxonomy = taxonomy or load_taxonomy()
    creators = (
        select(Creator)
        .where(Creator.status == "approved")
        .order_by(Creator.id)
        .execution_options(yield_per=CHUNK)
    )
    for creator in session.scalars(creators):
        doc = creator_document(creator, taxonomy)
        if doc is not None:
            yield doc
    services = (
        select(Service)
        .join(Service.creator)
        .where(Service.published.is_(True), Creator.status == "approved")
        .options(selectinload(Service.creator))
        .order_by(Service.id)
        .execution_options(yield_per=CHUNK)
    )
    for service in session.scalars(services):
        doc = service_document(service, taxonomy)
        if doc is not None:
            yield doc


def count_public_records(session: Session) -> int:
    from sqlalchemy import func

    creators = session.scalar(select(func.count()).select_from(Creator).where(Creator.status == "approved"))
    services = session.scalar(
        select(func.count()).select_from(Service).join(Service.creator).where(Service.published.is_(True), Creator.status == "approved")
    )
    return (creators or 0) + (services or 0)
