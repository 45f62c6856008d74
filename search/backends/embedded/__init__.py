"""The embedded search backend on tantivy (default when no OpenSearch URL is configured)."""

from search.backends.embedded.backend import EmbeddedBackend
from search.backends.embedded.rebuild import EmbeddedRebuild

__all__ = ["EmbeddedBackend", "EmbeddedRebuild"]
