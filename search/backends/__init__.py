"""Search backends and the factory that picks one from the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from search.backends.base import Rebuild, SearchBackend
from search.errors import SearchUnavailable

__all__ = ["Rebuild", "SearchBackend", "get_backend"]


def get_backend(settings: Any) -> SearchBackend:
    """The embedded tantivy backend in the data dir's `index/`, or OpenSearch when an URL is set.

    `settings` is anything with `opensearch_url` and `index_dir` (or `data_dir`)
    attributes or keys, such as catalog.config.Settings.
    """
    if _setting(settings, "opensearch_url"):
        from search.backends.opensearch import OpenSearchBackend

        return OpenSearchBackend.from_settings(settings)
    index_dir = _setting(settings, "index_dir")
    if index_dir is None:
        data_dir = _setting(settings, "data_dir")
        if data_dir is None:
            raise SearchUnavailable("settings have neither index_dir nor data_dir; cannot place the embedded index")
        index_dir = Path(data_dir) / "index"
    from search.backends.embedded import EmbeddedBackend

    return EmbeddedBackend(Path(index_dir))


def _setting(settings: Any, name: str) -> Any:
    if isinstance(settings, dict):
        return settings.get(name)
    return getattr(settings, name, None)
