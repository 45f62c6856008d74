"""OpenAPI parameter and response objects, built from the same constants the parsers enforce."""

from __future__ import annotations

from typing import Any

from catalog.taxonomy import load_taxonomy
from search.documents import TAXONOMY_FACETS
from search.request import DEFAULT_PER_PAGE, FACETS, KINDS, MAX_PER_PAGE, MAX_QUERY_CHARS, MAX_RESULT_WINDOW, SORTS
from web.api.schemas import Error
from web.i18n import LANGUAGES
from web.suggest import DEFAULT_LIMIT, MAX_CHARS, MAX_LIMIT

ERROR_DESCRIPTIONS = {
    400: "A parameter is wrong; `error.parameter` names it and `error.message` says how to fix it",
    404: "No public record has this id or slug",
    503: "Search is unavailable right now; retry later",
}


def _query(name: str, schema: dict[str, Any], description: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, "description": description, **extra}


LANG = _query("lang", {"type": "string", "enum": list(LANGUAGES), "default": "fi"}, "Language of labels, snippets and page URLs.")


def REFERENCE(kind: str) -> dict[str, Any]:  # noqa: N802  (reads like the constants beside it)
    return {
        "name": "reference",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "minLength": 1, "maxLength": 200},
        "description": f"The {kind}'s database id, import id or slug.",
    }


def _facet_parameter(facet: str) -> dict[str, Any]:
    codes = sorted(t.code for t in load_taxonomy().terms(facet))
    return _query(
        facet,
        {"type": "array", "items": {"type": "string", "enum": codes}},
        f"Filter by {facet.replace('_', ' ')} code; repeat the parameter or separate codes with commas (OR).",
        style="form",
        explode=True,
    )


SEARCH_PARAMETERS = [
    _query("q", {"type": "string", "maxLength": MAX_QUERY_CHARS}, "Free text in Finnish, Swedish or English; empty lists everything."),
    _query("kind", {"type": "string", "enum": list(KINDS), "default": "all"}, "Creators, services or both."),
    LANG,
    _query("sort", {"type": "string", "enum": list(SORTS), "default": "relevance"}, "Order of the hits."),
    _query(
        "page",
        {"type": "integer", "minimum": 1, "maximum": MAX_RESULT_WINDOW, "default": 1},
        f"Page number; (page - 1) * per_page must stay below {MAX_RESULT_WINDOW}.",
    ),
    _query("per_page", {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE}, "Hits per page."),
    *(_facet_parameter(facet) for facet in TAXONOMY_FACETS),
    _query("online", {"type": "boolean"}, "true: online services only; false: on-site only."),
    _query(
        "facet",
        {"type": "array", "items": {"type": "string", "pattern": f"^({'|'.join(FACETS)})=.+$"}},
        "Filters in the command line's form NAME=VALUE, e.g. facet=region=pirkanmaa.",
        style="form",
        explode=True,
    ),
]

SUGGEST_PARAMETERS = [
    _query("q", {"type": "string", "maxLength": MAX_CHARS}, "The text typed so far.", required=True),
    LANG,
    _query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT}, "At most this many suggestions."),
]

TAXONOMY_PARAMETERS = [
    _query("vocabulary", {"type": "string", "enum": list(load_taxonomy().vocabularies)}, "Only this vocabulary."),
]


def ok(schema: type, description: str) -> dict[int, Any]:
    return {200: {"description": description, "content": {"application/json": {"schema": schema}}}}


def error_responses(*statuses: int) -> dict[int, Any]:
    return {
        status: {"description": ERROR_DESCRIPTIONS[status], "content": {"application/json": {"schema": Error}}}
        for status in statuses
    }
