"""The JSON API under /api/v1/: search, records, taxonomy, suggestions and its OpenAPI document."""

from __future__ import annotations

from flask import Blueprint

from search.errors import InvalidSearchRequest
from web.errors import api_error

bp = Blueprint("api", __name__, url_prefix="/api/v1")


class BadParameter(Exception):
    """A query parameter the API cannot use; becomes a 400 that names it."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        self.message = message
        super().__init__(f"{parameter}: {message}")


@bp.errorhandler(BadParameter)
def _bad_parameter(exc: BadParameter):
    return api_error(400, f"{exc.parameter}: {exc.message}", "invalid_parameter", exc.parameter)


@bp.errorhandler(InvalidSearchRequest)
def _invalid_search(exc: InvalidSearchRequest):
    return api_error(400, f"{exc.field}: {exc.message}", "invalid_parameter", exc.field)


@bp.after_request
def _api_headers(response):
    # Public, read-only data: any site may call it from a browser.
    response.headers.setdefault("Access-Control-Allow-Origin", "*")
    response.headers.setdefault("Cache-Control", "no-cache")
    return response


from web.api import openapi, views  # noqa: E402,F401  (registers the routes)
