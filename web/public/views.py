"""Views of the public pages: parse the request, ask the catalog or search, render."""

from __future__ import annotations

from flask import abort, g, render_template, request, url_for
from werkzeug.datastructures import MultiDict

from catalog.taxonomy import TaxonomyLookupError, load_taxonomy
from search.errors import InvalidSearchRequest, SearchUnavailable
from search.request import DEFAULT_PER_PAGE, SearchRequest
from web import jsonld, lookups
from web.i18n import localized, other_languages
from web.presenters import creator_view, service_view
from web.public import bp
from web.public.browse import browse_sections, region_summary, similar_services
from web.public.results import card, chips, facet_groups, pagination
from web.search_state import SearchState, link
from web.services import site

RECENT_CREATORS = 6


@bp.get("/")
def home():
    lang = g.lang
    sections, total = None, None
    try:
        response = site().search(SearchRequest(lang=lang, per_page=1))
        sections, total = browse_sections(response, lambda facet, code: _search_link(**{facet: code})), response.total
    except SearchUnavailable:
        pass  # the page still offers the search box; the results page explains the outage
    with site().session() as session:
        recent = [creator_view(c, lang) for c in lookups.recently_approved(session, RECENT_CREATORS)]
    return render_template("public/home.html", sections=sections, total=total, recent=recent)


@bp.get("/search")
def search():
    lang = g.lang
    params = MultiDict([(k, v) for k, v in request.args.items(multi=True) if k != "lang"])
    params["lang"] = lang
    try:
        search_request = SearchRequest.from_params(params, strict=False)
    except InvalidSearchRequest as exc:
        return render_template("public/search.html", error=exc, state=None, q=request.args.get("q", "")), 400
    state = SearchState.of(search_request)
    g.canonical_query = state.query_string()
    base = url_for("public.search")
    linker = lambda s: link(base, s)  # noqa: E731
    response = site().search(search_request)
    return render_template(
        "public/search.html",
        error=None,
        state=state,
        q=state.q,
        response=response,
        cards=[card(hit, lang) for hit in response.hits],
        groups=facet_groups(response, lang),
        chips=chips(state, lang, linker),
        pagination=pagination(response, state, linker),
        clear_url=linker(state.without_filters()),
        kind_urls={kind: linker(state.of_kind(kind)) for kind in ("all", "creator", "service")},
        suggestion_url=linker(state.with_query(response.suggestion)) if response.suggestion else None,
        first=(state.page - 1) * state.per_page + 1,
        last=(state.page - 1) * state.per_page + len(response.hits),
        link=linker,
        hidden_fields=_hidden_fields(state),
    )


def _hidden_fields(state: SearchState) -> dict[str, str]:
    """What the search form must carry besides the words, filters and sort (which are its own inputs)."""
    fields = {}
    if state.kind != "all":
        fields["kind"] = state.kind
    if state.per_page != DEFAULT_PER_PAGE:
        fields["per_page"] = str(state.per_page)
    return fields


@bp.get("/creators/<slug>")
def creator(slug: str):
    lang = g.lang
    with site().session() as session:
        row = lookups.creator_by_slug(session, slug)
        if row is None:
            abort(404)
        view = creator_view(row, lang)
    description = localized(view["description"], lang)
    return render_template(
        "public/creator.html",
        creator=view,
        description=description,
        translations=other_languages(view["description"], description.lang),
        background=localized(view["background"], lang),
        json_ld=jsonld.creator(view, lang),
    )


@bp.get("/services/<slug>")
def service(slug: str):
    lang = g.lang
    with site().session() as session:
        row = lookups.service_by_slug(session, slug)
        if row is None:
            abort(404)
        view = service_view(row, lang)
    try:
        similar = similar_services(view, lang, site().search)
    except SearchUnavailable:
        similar = []
    description = localized(view["description"], lang)
    return render_template(
        "public/service.html",
        service=view,
        title=localized(view["title"], lang),
        description=description,
        translations=other_languages(view["description"], description.lang),
        accessibility=localized(view["accessibility"], lang),
        similar=[card(hit, lang) for hit in similar],
        json_ld=jsonld.service(view, lang),
    )


@bp.get("/regions")
def regions():
    lang = g.lang
    response = site().search(SearchRequest(lang=lang, per_page=1))
    counts = {v.value: v.count for v in response.facets.get("region", ())}
    taxonomy = load_taxonomy()
    items = [
        {"code": t.code, "label": taxonomy.label("region", t.code, lang), "count": counts.get(t.code, 0), "participating": t.participating}
        for t in taxonomy.terms("region")
    ]
    items.sort(key=lambda item: (not item["participating"], item["label"]))
    return render_template("public/regions.html", regions=items)


@bp.get("/regions/<code>")
def region(code: str):
    lang = g.lang
    try:
        entry = load_taxonomy().get("region", code)
    except TaxonomyLookupError:
        abort(404)
    summary = region_summary(code, lang, site().search, lambda **params: _search_link(region=code, **params))
    return render_template(
        "public/region.html",
        region=entry,
        label=load_taxonomy().label("region", code, lang),
        summary=summary,
        cards=[card(hit, lang) for hit in summary["newest_services"]],
    )


@bp.get("/instructions")
def instructions():
    return render_template("public/instructions.html", content_template=f"public/instructions/{g.lang}.html")


def _search_link(**params) -> str:
    """The results page for these parameters (facet=code, q=..., kind=...)."""
    return url_for("public.search", **params)
