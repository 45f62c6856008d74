"""The opensearch-py client, its timeouts and retries, and turning its errors into ours."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any, Iterator
from urllib.parse import urlsplit, urlunsplit

from opensearchpy import OpenSearch
from opensearchpy.exceptions import ConnectionError as TransportConnectionError
from opensearchpy.exceptions import ConnectionTimeout, TransportError

from search.errors import SearchError, SearchUnavailable

DEFAULT_ALIAS = "kulttuuripankki"


@dataclass(frozen=True)
class ClientOptions:
    """How to reach the cluster. Credentials may sit in the URL (https://user:pass@host:9200).

    timeout        seconds for ordinary requests (searches, single writes)
    bulk_timeout   seconds for a rebuild's bulk requests, index creation and the alias swap
    max_retries    retries on connection errors, timeouts and 502/503/504, across the nodes
    """

    url: str
    ca_certs: str | None = None
    verify_certs: bool = True
    timeout: float = 5.0
    bulk_timeout: float = 120.0
    max_retries: int = 2


def make_client(options: ClientOptions) -> OpenSearch:
    """A client that does not touch the network until the first request (the site starts without it)."""
    kwargs: dict[str, Any] = {
        "hosts": [options.url],
        "timeout": options.timeout,
        "max_retries": options.max_retries,
        "retry_on_timeout": True,
        "retry_on_status": (502, 503, 504),
        # Web servers run searches from several threads at once.
        "pool_maxsize": 16,
    }
    if urlsplit(options.url).scheme == "https":
        kwargs["use_ssl"] = True
        kwargs["verify_certs"] = options.verify_certs
        if options.ca_certs:
            kwargs["ca_certs"] = options.ca_certs
        if not options.verify_certs:
            kwargs["ssl_show_warn"] = False
    return OpenSearch(**kwargs)


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@contextlib.contextmanager
def translated_errors(url: str, doing: str) -> Iterator[None]:
    """Turn client errors into SearchUnavailable (cluster down or overloaded) or SearchError (a bug)."""
    try:
        yield
    except (TransportConnectionError, ConnectionTimeout) as exc:
        raise SearchUnavailable(f"OpenSearch at {redact(url)} did not answer while {doing}: {_reason(exc)}") from exc
    except TransportError as exc:
        status = exc.status_code if isinstance(exc.status_code, int) else 0
        if status in (401, 403):
            raise SearchUnavailable(
                f"OpenSearch at {redact(url)} refused us while {doing} (HTTP {status}): "
                "check the user and password in KP_OPENSEARCH_URL"
            ) from exc
        if status == 429 or status >= 500 or status == 0:
            raise SearchUnavailable(f"OpenSearch at {redact(url)} failed while {doing} (HTTP {status}): {_reason(exc)}") from exc
        raise SearchError(f"OpenSearch rejected a request while {doing} (HTTP {status}): {_reason(exc)}") from exc


def _reason(exc: Exception) -> str:
    info = getattr(exc, "info", None)
    if isinstance(info, dict):
        error = info.get("error")
        if isinstance(error, dict):
            root = (error.get("root_cause") or [error])[0]
            return f"{root.get('type')}: {root.get('reason')}"
        if error:
            return str(error)
    error = getattr(exc, "error", None)
    return str(error or exc)
