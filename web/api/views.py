"""API views. Each carries its OpenAPI operation, from which web/api/openapi.py builds the document."""

from __future__ import annotations

import re
from typing import Any, Callable

from flask import jsonify, request, url_for

from catalog.taxonomy import load_taxonomy
from search.request import SearchRequest
from web import lookups, suggest as suggestions
from web.api import BadParameter, bp, schemas
from web.api.parameters import (
    LANG,
    REFERENCE,
    SEARCH_PARAMETERS,
    SUGGEST_PARAMETERS,
    TAXONOMY_PARAMETERS,
    error_responses,
    ok,
)
from web.i18n import DEFAULT_LANGUAGE, LANGUAGES
from web.presenters import creator_view, service_view
from web.services import site

_creator_schema = schemas.Creator()
_service_schema = schemas.Service()


def operation(**spec: Any) -> Callable:
    """Attach an OpenAPI operation object to a view (collected by web.api.openapi)."""

    def attach(view: Callable) -> Callable:
        view.openapi = spec
        return view

    return attach


def _single(name: str) -> str | None:
    values = request.args.getlist(name)
    if len(values) > 1:
        raise BadParameter(name, f"was given {len(values)} times; give it once")
    return values[0] if values else None


def _only(allowed: tuple[str, ...]) -> None:
    for name in request.args:
        if name not in allowed:
            raise BadParameter(name, f"is not a parameter here; use {', '.join(allowed) or 'none'}")


def _language() -> str:
    value = _single("lang")
    if value is None or value == "":
        return DEFAULT_LANGUAGE
    if value not in LANGUAGES:
        raise BadParameter("lang", f"{value!r} is not one of {', '.join(LANGUAGES)}")
    return value


@bp.get("/search")
@operation(
    summary="Search creators and services",
    description="The same search as the site's results page, with the same parameters; the response is the same JSON "
    "as `kulttuuripankki search --json`. Facets are disjunctive: values of one facet are OR-ed, facets are AND-ed.",
    tags=["search"],
    parameters=SEARCH_PARAMETERS,
    responses={**ok(schemas.SearchResponse, "Results, facet counts and a spelling suggestion"), **error_responses(400, 503)},
)
def search():
    search_request = SearchRequest.from_params(request.args)  # InvalidSearchRequest -> 400 naming the parameter
    return jsonify(site().search(search_request).to_dict())


@bp.get("/creators/<reference>")
@operation(
    summary="One creator's public profile",
    description="By database id, import id or slug. Pending, rejected and hidden profiles are 404.",
    tags=["records"],
    parameters=[REFERENCE("creator"), LANG],
    responses={**ok(schemas.Creator, "The profile, taxonomy labels in `lang`"), **error_responses(400, 404)},
)
def creator(reference: str):
    _only(("lang",))
    lang = _language()
    with site().session() as session:
        row = lookups.creator_by_reference(session, reference)
        if row is None:
            return _not_found("creator", reference)
        return jsonify(_creator_schema.dump(creator_view(row, lang)))


@bp.get("/services/<reference>")
@operation(
    summary="One service",
    description="By database id, import id or slug. Unpublished services and services of non-public creators are 404.",
    tags=["records"],
    parameters=[REFERENCE("service"), LANG],
    responses={**ok(schemas.Service, "The service, taxonomy labels in `lang`"), **error_responses(400, 404)},
)
def service(reference: str):
    _only(("lang",))
    lang = _language()
    with site().session() as session:
        row = lookups.service_by_reference(session, reference)
        if row is None:
            return _not_found("service", reference)
        return jsonify(_service_schema.dump(service_view(row, lang)))


@bp.get("/taxonomy")
@operation(
    summary="The controlled vocabularies",
    description="Every code a facet or record may carry, with labels in Finnish, Swedish and English.",
    tags=["taxonomy"],
    parameters=TAXONOMY_PARAMETERS,
    responses={**ok(schemas.Taxonomy, "Vocabularies and their terms"), **error_responses(400)},
)
def taxonomy():
    _only(("vocabulary",))
    taxonomy = load_taxonomy()
    wanted = _single("vocabulary")
    if wanted is not None and wanted not in taxonomy.vocabularies:
        raise BadParameter("vocabulary", f"{wanted!r} is not one of {', '.join(taxonomy.vocabularies)}")
    names = [wanted] if wanted else list(taxonomy.vocabularies)
    body = {
        "version": taxonomy.version,
        "vocabularies": {
            name: [
                {"code": t.code, "parent": t.parent, "labels": dict(t.labels)}
                | ({"participating": t.participating} if t.participating is not None else {})
                for t in taxonomy.terms(name)
            ]
            for name in names
        },
    }
    return jsonify(schemas.Taxonomy().dump(body))


@bp.get("/suggest")
@operation(
    summary="Autocomplete suggestions",
    description="Taxonomy terms whose names start with `q`, then creators and services that match it "
    "(the last word as a prefix). Fewer than two characters give no suggestions.",
    tags=["search"],
    parameters=SUGGEST_PARAMETERS,
    responses={**ok(schemas.Suggestions, "Suggestions, best first"), **error_responses(400, 503)},
)
def suggest():
    _only(("q", "lang", "limit"))
    q = _single("q")
    if q is None:
        raise BadParameter("q", "is required: the text typed so far")
    if len(q) > suggestions.MAX_CHARS:
        raise BadParameter("q", f"is {len(q)} characters long; send at most {suggestions.MAX_CHARS}")
    lang = _language()
    limit = _limit()
    found = suggestions.suggest(q, lang, limit, site().search, url_for("public.search", lang=lang))
    return jsonify(schemas.Suggestions().dump({"query": q, "suggestions": [s.to_dict() for s in found]}))


def _limit() -> int:
    raw = _single("limit")
    if raw is None or raw == "":
        return suggestions.DEFAULT_LIMIT
    text = raw.strip()
    if not re.fullmatch(r"[0-9]{1,3}", text) or not 1 <= int(text) <= suggestions.MAX_LIMIT:
        raise BadParameter("limit", f"{raw!r} is not a whole number from 1 to {suggestions.MAX_LIMIT}")
    return int(text)


def _not_found(kind: str, reference: str):
    from web.errors import api_error

    return api_error(404, f"no public {kind} has the id or slug {reference!r}", "not_found")
