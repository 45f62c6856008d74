"""Browsing without typing: the home page's term lists, region pages, similar services.

Each is a few searches with facet filters; the counts are the search's own
facet counts, so a number on a link is the number of results it leads to.
"""

from __future__ import annotations

from typing import Any, Callable

from flask_babel import lazy_gettext

from catalog.taxonomy import load_taxonomy
from search.request import SearchRequest
from search.response import FacetValue, SearchHit, SearchResponse

Search = Callable[[SearchRequest], SearchResponse]

BROWSE_FACETS = {
    "art_form": lazy_gettext("Art forms"),
    "service_type": lazy_gettext("Service types"),
    "target_group": lazy_gettext("Target groups"),
    "region": lazy_gettext("Regions"),
}
SIMILAR = 4
REGION_SERVICES = 6


def _top_level(values: tuple[FacetValue, ...], vocabulary: str) -> list[FacetValue]:
    """Only the top of a two-level vocabulary: "Music", not also each kind of music."""
    taxonomy = load_taxonomy()
    return [v for v in values if taxonomy.is_code(vocabulary, v.value) and taxonomy.get(vocabulary, v.value).parent is None]


def _items(values, facet: str, link: Callable[[str, str], str]) -> list[dict[str, Any]]:
    return [{"code": v.value, "label": v.label, "count": v.count, "url": link(facet, v.value)} for v in values if v.count]


def browse_sections(response: SearchResponse, link: Callable[[str, str], str]) -> list[dict[str, Any]]:
    """Lists of terms with result counts, alphabetical (a buyer scans for a name, not a number)."""
    sections = []
    for facet, title in BROWSE_FACETS.items():
        values = response.facets.get(facet, ())
        if facet == "art_form":
            values = _top_level(values, facet)
        items = sorted(_items(values, facet, link), key=lambda item: item["label"].casefold())
        if items:
            sections.append({"name": facet, "title": str(title), "items": items})
    return sections


def region_summary(code: str, lang: str, search: Search, link: Callable[..., str]) -> dict[str, Any]:
    """What a region page shows: counts, newest services, and its art forms, service types and target groups."""
    services = search(SearchRequest(kind="service", lang=lang, facets={"region": (code,)}, sort="newest", per_page=REGION_SERVICES))
    creators = search(SearchRequest(kind="creator", lang=lang, facets={"region": (code,)}, per_page=1))
    everything = search(SearchRequest(lang=lang, facets={"region": (code,)}, per_page=1))
    facet_link = lambda facet, value: link(**{facet: value})  # noqa: E731
    sections = []
    for facet, source in (("art_form", everything), ("service_type", services), ("target_group", services)):
        values = source.facets.get(facet, ())
        if facet == "art_form":
            values = _top_level(values, facet)
        items = sorted(_items(values, facet, facet_link), key=lambda item: item["label"].casefold())
        if items:
            sections.append({"name": facet, "title": str(BROWSE_FACETS[facet]), "items": items})
    return {
        "total": everything.total,
        "creators": creators.total,
        "services": services.total,
        "newest_services": services.hits,
        "sections": sections,
        "all_url": link(),
        "creators_url": link(kind="creator"),
        "services_url": link(kind="service"),
    }


def similar_services(service: dict[str, Any], lang: str, search: Search) -> list[SearchHit]:
    """Services sharing an art form, those in the same regions first; never the service itself."""
    own_id = f"service:{service['id']}"
    art_forms = tuple(t["code"] for t in service["art_forms"])
    regions = tuple(t["code"] for t in service["regions"])
    if not art_forms:
        return []
    taxonomy = load_taxonomy()
    broader = tuple(dict.fromkeys(taxonomy.get("art_form", c).parent or c for c in art_forms if taxonomy.is_code("art_form", c)))
    found: list[SearchHit] = []
    attempts = [{"art_form": art_forms, "region": regions}, {"art_form": art_forms}, {"art_form": broader}]
    for facets in attempts:
        facets = {name: codes for name, codes in facets.items() if codes}
        response = search(SearchRequest(kind="service", lang=lang, facets=facets, per_page=SIMILAR + 1))
        for hit in response.hits:
            if hit.id != own_id and all(hit.id != f.id for f in found):
                found.append(hit)
        if len(found) >= SIMILAR:
            break
    return found[:SIMILAR]
