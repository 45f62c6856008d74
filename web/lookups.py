"""Reads of public catalog records: what a visitor may see, and nothing else.

A creator is public once approved; a service when it is published and its
creator is public (the catalog models say so in `is_public`). Every lookup
here applies the same rule, so a pending profile or an unpublished service is
a 404 everywhere: pages, API and sitemap alike.
"""

from __future__ import annotations

import re
from typing import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from catalog.models import Creator, Service

SITEMAP_CHUNK = 1000
# Nine digits stay inside PostgreSQL's integer range; longer is no id of ours.
_DATABASE_ID = re.compile(r"[0-9]{1,9}")
MAX_REFERENCE = 200


def _plausible(reference: str) -> bool:
    """Slugs and ids are short printable text; anything else (NUL bytes, say) cannot match and must not reach SQL."""
    return 0 < len(reference) <= MAX_REFERENCE and reference.isprintable()


def _public_services():
    return select(Service).join(Service.creator).where(Service.published.is_(True), Creator.status == "approved")


def creator_by_slug(session: Session, slug: str) -> Creator | None:
    if not _plausible(slug):
        return None
    return session.scalar(
        select(Creator).where(Creator.slug == slug, Creator.status == "approved").options(selectinload(Creator.services))
    )


def creator_by_reference(session: Session, reference: str) -> Creator | None:
    """A public creator by database id ("12"), import id ("c-12") or slug."""
    if not _plausible(reference):
        return None
    query = select(Creator).where(Creator.status == "approved").options(selectinload(Creator.services))
    if _DATABASE_ID.fullmatch(reference):
        found = session.scalar(query.where(Creator.id == int(reference)))
        if found is not None:
            return found
    return session.scalar(query.where(Creator.external_id == reference)) or session.scalar(query.where(Creator.slug == reference))


def service_by_slug(session: Session, slug: str) -> Service | None:
    if not _plausible(slug):
        return None
    return session.scalar(_public_services().where(Service.slug == slug).options(selectinload(Service.creator)))


def service_by_reference(session: Session, reference: str) -> Service | None:
    """A public service by database id, import id or slug."""
    if not _plausible(reference):
        return None
    query = _public_services().options(selectinload(Service.creator))
    if _DATABASE_ID.fullmatch(reference):
        found = session.scalar(query.where(Service.id == int(reference)))
        if found is not None:
            return found
    return session.scalar(query.where(Service.external_id == reference)) or session.scalar(query.where(Service.slug == reference))


def public_services_of(creator: Creator) -> list[Service]:
    return [service for service in creator.services if service.published]


def recently_approved(session: Session, limit: int = 6) -> list[Creator]:
    """The newest approved creators, for the home page."""
    return list(
        session.scalars(
            select(Creator)
            .where(Creator.status == "approved")
            .options(selectinload(Creator.services))
            .order_by(Creator.approved_at.desc().nulls_last(), Creator.id.desc())
            .limit(limit)
        )
    )


def sitemap_counts(session: Session) -> tuple[int, int]:
    creators = session.scalar(select(func.count()).select_from(Creator).where(Creator.status == "approved")) or 0
    services = session.scalar(select(func.count()).select_from(_public_services().subquery())) or 0
    return creators, services


def sitemap_creators(session: Session, chunk: int, size: int = SITEMAP_CHUNK) -> Iterator[tuple[str, object]]:
    """(slug, updated_at) of one chunk of public creators, in id order."""
    rows = session.execute(
        select(Creator.slug, Creator.updated_at)
        .where(Creator.status == "approved")
        .order_by(Creator.id)
        .offset(chunk * size)
        .limit(size)
    )
    yield from rows


def sitemap_services(session: Session, chunk: int, size: int = SITEMAP_CHUNK) -> Iterator[tuple[str, object]]:
    rows = session.execute(
        select(Service.slug, Service.updated_at)
        .join(Service.creator)
        .where(Service.published.is_(True), Creator.status == "approved")
        .order_by(Service.id)
        .offset(chunk * size)
        .limit(size)
    )
    yield from rows
