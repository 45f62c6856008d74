"""Catalog rows as plain data for one interface language: what pages render and the API returns.

Both the profile page and `/api/v1/creators/<id>` show the output of the same
function, so they cannot drift apart. Texts stay as the author wrote them
(per-language maps); taxonomy codes get a label in the requested language.
"""

from __future__ import annotations

from typing import Any, Iterable

from catalog.models import Creator, Municipality, Service, Term
from catalog.taxonomy import TaxonomyLookupError, load_taxonomy


def term(vocabulary: str, code: str, lang: str) -> dict[str, str]:
    try:
        label = load_taxonomy().label(vocabulary, code, lang)
    except TaxonomyLookupError:  # a code retired from the taxonomy still shows, as itself
        label = code
    return {"code": code, "label": label}


def terms(vocabulary: str, rows: Iterable[Term], lang: str) -> list[dict[str, str]]:
    return [term(vocabulary, row.code, lang) for row in rows]


def municipality(row: Municipality | None, lang: str) -> dict[str, str] | None:
    if row is None:
        return None
    name = row.name_sv if lang == "sv" and row.name_sv else row.name_fi
    return {"code": row.code, "name": name}


def creator_url(lang: str, slug: str) -> str:
    return f"/{lang}/creators/{slug}"


def service_url(lang: str, slug: str) -> str:
    return f"/{lang}/services/{slug}"


def service_summary(service: Service, lang: str) -> dict[str, Any]:
    return {
        "id": service.id,
        "slug": service.slug,
        "url": service_url(lang, service.slug),
        "title": dict(service.title),
        "service_type": term("service_type", service.service_type.code, lang),
        "price_eur": _price(service),
        "price_basis": term("price_basis", service.price_basis.code, lang) if service.price_basis else None,
        "duration_minutes": service.duration_minutes,
        "online": service.online,
    }


def creator_view(creator: Creator, lang: str) -> dict[str, Any]:
    services = [s for s in creator.services if s.published]
    return {
        "id": creator.id,
        "external_id": creator.external_id,
        "slug": creator.slug,
        "url": creator_url(lang, creator.slug),
        "name": creator.name,
        "creator_type": term("creator_type", creator.creator_type.code, lang),
        "home_region": term("region", creator.home_region.code, lang),
        "municipality": municipality(creator.municipality, lang),
        "regions": terms("region", creator.regions, lang),
        "art_forms": terms("art_form", creator.art_forms, lang),
        "languages": terms("language", creator.languages, lang),
        "description": dict(creator.description),
        "background": dict(creator.background or {}),
        "keywords": {l: list(words) for l, words in (creator.keywords or {}).items()},
        "contact": {
            "email": creator.email,
            "phone": creator.phone,
            "website": creator.website,
            "social_links": list(creator.social_links or []),
        },
        "services": [service_summary(s, lang) for s in services],
        "approved_at": creator.approved_at,
        "updated_at": creator.updated_at,
    }


def service_regions(service: Service) -> list[Term]:
    """The regions a service is offered in: its own, else those its creator serves (as search sees it)."""
    if service.regions:
        return list(service.regions)
    creator = service.creator
    seen = {creator.home_region.code}
    regions = [creator.home_region]
    for region in creator.regions:
        if region.code not in seen:
            seen.add(region.code)
            regions.append(region)
    return regions


def service_view(service: Service, lang: str) -> dict[str, Any]:
    creator = service.creator
    languages = service.languages or creator.languages
    return {
        "id": service.id,
        "external_id": service.external_id,
        "slug": service.slug,
        "url": service_url(lang, service.slug),
        "title": dict(service.title),
        "description": dict(service.description or {}),
        "keywords": {l: list(words) for l, words in (service.keywords or {}).items()},
        "accessibility": dict(service.accessibility or {}),
        "service_type": term("service_type", service.service_type.code, lang),
        "art_forms": terms("art_form", service.art_forms, lang),
        "target_groups": terms("target_group", service.target_groups, lang),
        "regions": terms("region", service_regions(service), lang),
        "languages": terms("language", languages, lang),
        "duration_minutes": service.duration_minutes,
        "audience_min": service.audience_min,
        "audience_max": service.audience_max,
        "price_eur": _price(service),
        "price_basis": term("price_basis", service.price_basis.code, lang) if service.price_basis else None,
        "online": service.online,
        "creator": {
            "id": creator.id,
            "slug": creator.slug,
            "url": creator_url(lang, creator.slug),
            "name": creator.name,
            "creator_type": term("creator_type", creator.creator_type.code, lang),
            "municipality": municipality(creator.municipality, lang),
            "contact": {"email": creator.email, "phone": creator.phone, "website": creator.website},
        },
        "created_at": service.created_at,
        "updated_at": service.updated_at,
    }


def _price(service: Service) -> float | None:
    return float(service.price_eur) if service.price_eur is not None else None
