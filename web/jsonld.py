"""schema.org descriptions of profiles and services, embedded as JSON-LD so search engines understand them.

A creator that is one person is a Person; a group, association, institution
or company is an Organization. A service is a Service with its provider,
the regions it is offered in (areaServed) and its price (offers).
"""

from __future__ import annotations

from typing import Any

from web.i18n import localized
from web.urls import absolute

PERSON_TYPES = ("individual",)


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def _areas(terms: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{"@type": "AdministrativeArea", "name": t["label"]} for t in terms]


def _agent(creator: dict[str, Any], lang: str) -> dict[str, Any]:
    kind = "Person" if creator["creator_type"]["code"] in PERSON_TYPES else "Organization"
    return _drop_empty({"@type": kind, "name": creator["name"], "url": absolute(creator["url"])})


def creator(view: dict[str, Any], lang: str) -> dict[str, Any]:
    kind = "Person" if view["creator_type"]["code"] in PERSON_TYPES else "Organization"
    contact = view["contact"]
    description = localized(view["description"], lang)
    address = None
    if view["municipality"] or view["home_region"]:
        address = _drop_empty({
            "@type": "PostalAddress",
            "addressLocality": (view["municipality"] or {}).get("name"),
            "addressRegion": view["home_region"]["label"],
            "addressCountry": "FI",
        })
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "@id": absolute(view["url"]),
        "name": view["name"],
        "url": absolute(view["url"]),
        "description": description.text,
        "email": contact["email"],
        "telephone": contact["phone"],
        "sameAs": [link for link in [contact["website"], *contact["social_links"]] if link],
        "address": address,
        "knowsAbout": [t["label"] for t in view["art_forms"]],
        "knowsLanguage": [t["label"] for t in view["languages"]],
        "makesOffer": [
            {"@type": "Offer", "itemOffered": {"@type": "Service", "name": localized(s["title"], lang).text, "url": absolute(s["url"])}}
            for s in view["services"]
        ],
    }
    if kind == "Organization":
        data["areaServed"] = _areas(view["regions"])
    return _drop_empty(data)


def service(view: dict[str, Any], lang: str) -> dict[str, Any]:
    url = absolute(view["url"])
    offer: dict[str, Any] = {"@type": "Offer", "url": url, "priceCurrency": "EUR", "areaServed": _areas(view["regions"])}
    if view["price_eur"] is not None:
        offer["price"] = f"{view['price_eur']:.2f}"
        if view["price_basis"]:
            offer["priceSpecification"] = {
                "@type": "UnitPriceSpecification",
                "price": f"{view['price_eur']:.2f}",
                "priceCurrency": "EUR",
                "unitText": view["price_basis"]["label"],
            }
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "@id": url,
        "name": localized(view["title"], lang).text,
        "url": url,
        "description": localized(view["description"], lang).text,
        "serviceType": view["service_type"]["label"],
        "category": [t["label"] for t in view["art_forms"]],
        "provider": _agent(view["creator"], lang),
        "areaServed": _areas(view["regions"]),
        "availableLanguage": [t["label"] for t in view["languages"]],
        "audience": [{"@type": "Audience", "audienceType": t["label"]} for t in view["target_groups"]],
        "availableChannel": {"@type": "ServiceChannel", "name": "online"} if view["online"] else None,
        "offers": offer,
    }
    return _drop_empty(data)
