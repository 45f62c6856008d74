"""The OpenSearch backend (opensearch-py), selected by KP_OPENSEARCH_URL."""

from search.backends.opensearch.backend import OpenSearchBackend, OpenSearchRebuild
from search.backends.opensearch.mapping import MAPPING_VERSION

__all__ = ["MAPPING_VERSION", "OpenSearchBackend", "OpenSearchRebuild"]
