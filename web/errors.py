"""Error responses: localised pages for people, JSON with a stable code for the API; never a bare 500.

The page language is the URL's when the path starts with /fi/, /sv/ or /en/
(even when the rest of it matched nothing), else the browser's choice.
"""

from __future__ import annotations

import logging

from flask import Flask, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from search.errors import SearchUnavailable
from web.i18n import LANGUAGES

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"
# Stable machine-readable codes for API clients; the message is English prose.
API_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "request_too_large",
    414: "uri_too_long",
    429: "too_many_requests",
    431: "headers_too_large",
    500: "internal_error",
    503: "search_unavailable",
}


def is_api_request() -> bool:
    return request.path.startswith(API_PREFIX) or request.path == API_PREFIX.rstrip("/")


def api_error(status: int, message: str, code: str | None = None, parameter: str | None = None):
    body = {"code": code or API_CODES.get(status, "error"), "message": message}
    if parameter is not None:
        body["parameter"] = parameter
    response = jsonify({"error": body})
    response.status_code = status
    return response


def _page_language() -> bool:
    """Set the error page's language from the URL; False when it has to follow the browser instead."""
    if g.get("lang") in LANGUAGES:
        return True
    first = request.path.strip("/").split("/", 1)[0]
    if first in LANGUAGES:
        g.lang = first
        return True
    return False


def error_page(status: int, headers: dict | None = None):
    headers = dict(headers or {})
    if not _page_language():
        headers["Vary"] = "Accept-Language"
    try:
        return render_template("errors/error.html", status=status), status, headers
    except Exception:  # the error page itself failed: say so plainly rather than crash again
        logger.exception("rendering the %s page failed", status)
        return f"Error {status}", status, {**headers, "Content-Type": "text/plain; charset=utf-8"}


def init_errors(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        status = exc.code or 500
        allowed = getattr(exc, "valid_methods", None)  # a 405 says which methods would work
        headers = {"Allow": ", ".join(allowed)} if allowed else None
        if is_api_request():
            response = api_error(status, exc.description or exc.name)
            response.headers.update(headers or {})
            return response
        return error_page(status, headers)

    @app.errorhandler(SearchUnavailable)
    def search_unavailable(exc: SearchUnavailable):
        logger.warning("search unavailable: %s", exc)
        if is_api_request():
            response = api_error(503, "Search is unavailable right now; try again in a moment.")
        else:
            response = error_page(503)
            response = app.make_response(response)
        response.headers["Retry-After"] = "30"
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        if isinstance(exc, HTTPException):
            return http_error(exc)
        logger.exception("unexpected error on %s %s", request.method, request.path)
        if is_api_request():
            return api_error(500, "Something went wrong on our side; it has been logged.")
        return error_page(500)

    @app.errorhandler(InternalServerError)
    def internal(exc: InternalServerError):
        original = getattr(exc, "original_exception", None)
        if original is not None and not isinstance(original, HTTPException):
            logger.error("unexpected error on %s %s", request.method, request.path, exc_info=original)
        if is_api_request():
            return api_error(500, "Something went wrong on our side; it has been logged.")
        return error_page(500)
