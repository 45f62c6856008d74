"""What a search returns: `SearchResponse`, its hits and facet values, and their JSON shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from search.documents import LANGUAGES, TAXONOMY_FACETS
from search.highlight import TermMatcher, snippet_html
from search.request import FACETS, SearchRequest
from search.taxonomy import facet_label

_URL_SECTIONS = {"creator": "creators", "service": "services"}


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "label": self.label, "count": self.count, "selected": self.selected}


@dataclass(frozen=True)
class SearchHit:
    """One result, already in the request's UI language where the record has it.

    `lang` is the language of `snippet` and `name_lang` that of `name`, so a
    page can mark text shown in another language; a service with a title in
    the UI language shows that title even when its description is only in
    another language. `snippet` is HTML: escaped text with `<mark>` around
    the words that matched.
    """

    id: str
    external_id: str | None
    kind: str
    slug: str
    url: str
    name: str
    snippet: str
    lang: str
    facets: Mapping[str, tuple[dict[str, str], ...]]
    online: bool | None
    display: Mapping[str, Any]
    score: float | None = None
    name_lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "external_id": self.external_id,
            "kind": self.kind,
            "slug": self.slug,
            "url": self.url,
            "name": self.name,
            "snippet": self.snippet,
            "lang": self.lang,
            "name_lang": self.name_lang or self.lang,
            "facets": {name: [dict(v) for v in values] for name, values in self.facets.items()},
            "online": self.online,
            "display": dict(self.display),
        }


@dataclass(frozen=True)
class SearchResponse:
    total: int
    page: int
    per_page: int
    took_ms: float
    suggestion: str | None
    hits: tuple[SearchHit, ...]
    facets: Mapping[str, tuple[FacetValue, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape the CLI's --json and the web API print."""
        return {
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "took_ms": round(self.took_ms, 3),
            "suggestion": self.suggestion,
            "hits": [hit.to_dict() for hit in self.hits],
            "facets": {name: [v.to_dict() for v in self.facets.get(name, ())] for name in FACETS},
        }


def build_hit(payload: Mapping[str, Any], request: SearchRequest, matcher: TermMatcher, score: float | None = None) -> SearchHit:
    """Turn a stored hit payload into a hit.

    The payload holds id, kind, external_id, slug, name, description, facets,
    online and display as in SearchDocument, plus "_hl": per language, the
    description's token spans (start, end, "surface lemma part ...").
    """
    lang = _display_language(payload, request.lang)
    names = payload.get("name") or {}
    name_lang = next((l for l in (request.lang, lang, *LANGUAGES) if names.get(l)), lang)
    name = names.get(name_lang, "")
    text = (payload.get("description") or {}).get(lang, "")
    spans = (payload.get("_hl") or {}).get(lang, ())
    facets = {
        facet: tuple({"value": code, "label": facet_label(facet, code, request.lang)} for code in codes)
        for facet, codes in (payload.get("facets") or {}).items()
        if facet in TAXONOMY_FACETS
    }
    kind = payload["kind"]
    return SearchHit(
        id=payload["id"],
        external_id=payload.get("external_id"),
        kind=kind,
        slug=payload["slug"],
        url=f"/{request.lang}/{_URL_SECTIONS[kind]}/{payload['slug']}",
        name=name,
        snippet=snippet_html(text, spans, matcher) if text else "",
        lang=lang,
        facets=facets,
        online=payload.get("online"),
        display=payload.get("display") or {},
        score=score,
        name_lang=name_lang,
    )


def _display_language(payload: Mapping[str, Any], ui_lang: str) -> str:
    """The UI language if the record has text in it, else the first of fi, sv, en it has."""
    descriptions = payload.get("description") or {}
    names = payload.get("name") or {}
    order = (ui_lang, *(l for l in LANGUAGES if l != ui_lang))
    for lang in order:
        if descriptions.get(lang):
            return lang
    if payload.get("kind") == "service":
        for lang in order:
            if names.get(lang):
                return lang
    return ui_lang


def build_facets(counts: Mapping[str, Mapping[str, int]], request: SearchRequest) -> dict[str, tuple[FacetValue, ...]]:
    """Facet values with labels in the UI language, most common first; selected values always listed."""
    facets: dict[str, tuple[FacetValue, ...]] = {}
    for name in FACETS:
        selected = set(request.selected(name))
        facet_counts = dict(counts.get(name, {}))
        for code in selected:
            facet_counts.setdefault(code, 0)
        values = [
            FacetValue(code, facet_label(name, code, request.lang), count, code in selected)
            for code, count in facet_counts.items()
            if count > 0 or code in selected
        ]
        values.sort(key=lambda v: (-v.count, v.label.casefold(), v.value))
        facets[name] = tuple(values)
    return facets
