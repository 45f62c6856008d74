"""What the views use: the catalog and the search backend of one deployment, opened once per process.

Both are opened lazily, on the first request that needs them, so a gunicorn
worker opens its own after the fork and a broken search index never stops the
catalog pages from serving.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from typing import Iterator

from flask import current_app
from sqlalchemy.orm import Session

from catalog.config import Settings
from catalog.db import Catalog
from search.backends.base import SearchBackend
from search.errors import SearchError, SearchUnavailable
from search.request import SearchRequest
from search.response import SearchResponse

logger = logging.getLogger(__name__)

EXTENSION_KEY = "kulttuuripankki"


class SiteServices:
    """The catalog and search backend behind one app; pass ready ones in tests, or let it open them."""

    def __init__(self, settings: Settings, catalog: Catalog | None = None, backend: SearchBackend | None = None):
        self.settings = settings
        self._catalog = catalog
        self._backend = backend
        self._lock = threading.Lock()
        if catalog is not None:
            self._index_after_commit(catalog)

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            with self._lock:
                if self._catalog is None:
                    catalog = Catalog(self.settings)
                    self._index_after_commit(catalog)
                    self._catalog = catalog
        return self._catalog

    @property
    def backend(self) -> SearchBackend:
        """The search backend; raises SearchUnavailable when it cannot be opened (a retry may work)."""
        if self._backend is None:
            with self._lock:
                if self._backend is None:
                    from search.backends import get_backend

                    try:
                        self._backend = get_backend(self.settings)
                    except SearchError as exc:
                        raise SearchUnavailable(str(exc)) from exc
                    except Exception as exc:  # a damaged index folder: report it as search being down
                        logger.exception("cannot open the search backend")
                        raise SearchUnavailable(f"cannot open the search index: {exc}") from exc
        return self._backend

    def search(self, request: SearchRequest) -> SearchResponse:
        """Run a search; anything the engine raises becomes SearchUnavailable, never a 500."""
        try:
            return self.backend.search(request)
        except SearchUnavailable:
            raise
        except Exception as exc:
            logger.exception("search failed for %r", request)
            raise SearchUnavailable(f"the search engine failed: {exc}") from exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read-only session: views never write, so whatever happens it is rolled back."""
        with self.catalog.sessionmaker() as session:
            try:
                yield session
            finally:
                session.rollback()

    def _index_after_commit(self, catalog: Catalog) -> None:
        """Make a saved record searchable right after its commit.

        With Redis (the scaled deployment) a worker is asked to drain the
        outbox; in the embedded deployment this process drains it itself.
        """
        if self.settings.redis_url:
            catalog.add_commit_hook(self._request_drain)
            return
        if self.settings.opensearch_url:
            return
        catalog.add_commit_hook(self._sync_index)

    def _request_drain(self) -> None:
        from indexer.tasks import request_drain

        request_drain(self.settings)

    def _sync_index(self) -> None:
        from indexer.sync import IndexBusy, sync

        try:
            sync(self.catalog, self.backend, wait=False)
        except IndexBusy:  # a rebuild holds the index; the outbox keeps the change for it
            pass

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()
        if self._catalog is not None:
            self._catalog.close()


def site() -> SiteServices:
    """The current app's services."""
    return current_app.extensions[EXTENSION_KEY]
