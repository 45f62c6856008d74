"""The public pages, one copy per language under /fi/, /sv/ and /en/."""

from __future__ import annotations

from flask import Blueprint, g

bp = Blueprint("public", __name__, url_prefix="/<any(fi, sv, en):lang>")


@bp.url_value_preprocessor
def _take_language(_endpoint, values) -> None:
    g.lang = values.pop("lang")


@bp.url_defaults
def _keep_language(_endpoint, values) -> None:
    if "lang" not in values and g.get("lang"):
        values["lang"] = g.lang


from web.public import views  # noqa: E402,F401  (registers the routes)
