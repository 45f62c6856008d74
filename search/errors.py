"""The search package's exceptions; each names what was wrong and how to fix it."""

from __future__ import annotations


class SearchError(Exception):
    """Base class for everything `search/` raises on purpose."""


class InvalidSearchRequest(SearchError, ValueError):
    """A search parameter has a value we cannot use; the web layer turns this into a 400.

    `field` is the parameter's name as the user wrote it (`page`, `art_form`, ...).
    """

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class InvalidDocument(SearchError, ValueError):
    """A SearchDocument breaks the document contract (a bug in whoever built it)."""

    def __init__(self, doc_id: str, field: str, message: str):
        self.doc_id = doc_id
        self.field = field
        self.message = message
        super().__init__(f"document {doc_id!r}, {field}: {message}")


class SearchUnavailable(SearchError):
    """The search backend cannot answer right now (down, locked, corrupt); retrying may help."""


class RebuildInProgress(SearchError):
    """Another rebuild holds the rebuild lock; only one may run at a time."""
