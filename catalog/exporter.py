"""Write the catalog in the import format, so export -> import -> export gives the same bytes."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal
from typing import Iterator, TextIO

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog.db import Catalog
from catalog.models import Buyer, Creator, Service

CHUNK = 1000


def _timestamp(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; we only ever store UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def _price(amount: Decimal | None) -> int | float | None:
    if amount is None:
        return None
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _codes(terms) -> list[str]:
    return [t.code for t in terms]


def creator_record(c: Creator) -> dict:
    return {
        "kind": "creator",
        "id": c.external_id or f"kp-creator-{c.id}",
        "slug": c.slug,
        "name": c.name,
        "creator_type": c.creator_type.code,
        "home_region": c.home_region.code,
        "municipality": c.municipality.name_fi if c.municipality else None,
        "regions": _codes(c.regions),
        "art_forms": _codes(c.art_forms),
        "languages": _codes(c.languages),
        "description": c.description,
        "keywords": c.keywords,
        "background": c.background,
        "email": c.email,
        "phone": c.phone,
        "website": c.website,
        "social_links": c.social_links,
        "status": c.status,
        "created_at": _timestamp(c.created_at),
        "updated_at": _timestamp(c.updated_at),
    }


def service_record(s: Service) -> dict:
    return {
        "kind": "service",
        "id": s.external_id or f"kp-service-{s.id}",
        "slug": s.slug,
        "creator": s.creator.external_id or f"kp-creator-{s.creator.id}",
        "title": s.title,
        "description": s.description,
        "keywords": s.keywords,
        "accessibility": s.accessibility,
        "service_type": s.service_type.code,
        "art_forms": _codes(s.art_forms),
        "target_groups": _codes(s.target_groups),
        "regions": _codes(s.regions),
        "languages": _codes(s.languages),
        "duration_minutes": s.duration_minutes,
        "audience_min": s.audience_min,
        "audience_max": s.audience_max,
        "price_eur": _price(s.price_eur),
        "price_basis": s.price_basis.code if s.price_basis else None,
        "online": s.online,
        "published": s.published,
        "created_at": _timestamp(s.created_at),
        "updated_at": _timestamp(s.updated_at),
    }


def buyer_record(b: Buyer) -> dict:
    return {
        "kind": "buyer",
        "id": b.external_id or f"kp-buyer-{b.id}",
        "buyer_type": b.buyer_type.code,
        "organisation": b.organisation,
        "contact_person": b.contact_person,
        "email": b.email,
        "region": b.region.code,
        "municipality": b.municipality.name_fi if b.municipality else None,
        "preferred_language": b.preferred_language,
        "created_at": _timestamp(b.created_at),
    }


def iter_records(catalog: Catalog) -> Iterator[dict]:
    """Creators, then services, then buyers, each in external-id order, streamed in chunks."""
    plans = [
        (Creator, creator_record, ()),
        (Service, service_record, (selectinload(Service.creator),)),
        (Buyer, buyer_record, ()),
    ]
    with catalog.sessionmaker() as session:
        for model, to_record, options in plans:
            query = select(model).options(*options).order_by(model.external_id, model.id)
            for row in session.scalars(query.execution_options(yield_per=CHUNK)):
                yield to_record(row)
            session.expunge_all()


def export(catalog: Catalog, out: TextIO) -> int:
    count = 0
    for record in iter_records(catalog):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
