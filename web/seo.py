"""robots.txt and the sitemaps: every public profile and service, in all three languages.

sitemap.xml is an index of smaller sitemaps (the protocol allows 50,000 URLs
per file; with three languages a chunk of 1,000 records is 3,000 URLs), so it
stays valid and quick however large the catalog grows.
"""

from __future__ import annotations

import math

from flask import Blueprint, Response, abort, render_template, url_for

from catalog.taxonomy import load_taxonomy
from web import lookups
from web.i18n import LANGUAGES
from web.services import site
from web.urls import absolute

bp = Blueprint("seo", __name__)


def _xml(body: str) -> Response:
    return Response(body, mimetype="application/xml")


@bp.get("/robots.txt")
def robots():
    lines = [
        "User-agent: *",
        "Allow: /",
        # Result pages are endless combinations of filters; profiles and services are what to index.
        *(f"Disallow: /{lang}/search" for lang in LANGUAGES),
        "Disallow: /api/",
        f"Sitemap: {absolute(url_for('seo.sitemap_index'))}",
        "",
    ]
    return Response("\n".join(lines), mimetype="text/plain")


@bp.get("/sitemap.xml")
def sitemap_index():
    with site().session() as session:
        creators, services = lookups.sitemap_counts(session)
    chunk = lookups.SITEMAP_CHUNK
    maps = [absolute(url_for("seo.sitemap_pages"))]
    maps += [absolute(url_for("seo.sitemap_records", kind="creators", chunk=n)) for n in range(math.ceil(creators / chunk))]
    maps += [absolute(url_for("seo.sitemap_records", kind="services", chunk=n)) for n in range(math.ceil(services / chunk))]
    return _xml(render_template("sitemap/index.xml", sitemaps=maps))


@bp.get("/sitemaps/pages.xml")
def sitemap_pages():
    paths = [("public.home", {}), ("public.instructions", {}), ("public.regions", {})]
    paths += [("public.region", {"code": t.code}) for t in load_taxonomy().terms("region")]
    entries = [_entry(endpoint, args, None) for endpoint, args in paths]
    return _xml(render_template("sitemap/urlset.xml", entries=entries))


@bp.get("/sitemaps/<any(creators, services):kind>-<int:chunk>.xml")
def sitemap_records(kind: str, chunk: int):
    endpoint = "public.creator" if kind == "creators" else "public.service"
    fetch = lookups.sitemap_creators if kind == "creators" else lookups.sitemap_services
    with site().session() as session:
        rows = list(fetch(session, chunk))
    if not rows:
        abort(404)
    entries = [_entry(endpoint, {"slug": slug}, updated) for slug, updated in rows]
    return _xml(render_template("sitemap/urlset.xml", entries=entries))


def _entry(endpoint: str, args: dict, updated) -> dict:
    """One <url> per language, each listing all three as alternates (as the hreflang protocol asks)."""
    alternates = {lang: absolute(url_for(endpoint, lang=lang, **args)) for lang in LANGUAGES}
    return {"alternates": alternates, "lastmod": updated.date().isoformat() if updated else None}
