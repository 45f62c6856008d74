"""Addresses of the current page: in another language, canonical, absolute."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import current_app, g, request, url_for

from web.i18n import LANGUAGES


def base_url() -> str:
    """The site's public address: KP_BASE_URL when set, else the address the request came to."""
    configured = current_app.config.get("KP_BASE_URL")
    return configured or request.host_url.rstrip("/")


def absolute(path: str) -> str:
    return base_url() + path


def page_url(lang: str, *, canonical: bool = False) -> str | None:
    """The current page in `lang`, keeping its query (the canonical one when `canonical`).

    None outside the language-prefixed pages (errors, API).
    """
    if request.url_rule is None or "lang" not in request.url_rule.arguments or lang not in LANGUAGES:
        return None
    args = dict(request.view_args or {})
    args["lang"] = lang
    path = url_for(request.endpoint, **args)
    if canonical:
        query = g.get("canonical_query", "")
    else:
        query = g.get("canonical_query") if g.get("canonical_query") is not None else urlencode(list(request.args.items(multi=True)))
    return f"{path}?{query}" if query else path
