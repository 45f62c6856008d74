"""Search: one query model served by several backends (embedded tantivy now, OpenSearch later).

    from search import SearchRequest, get_backend
    backend = get_backend(settings)            # embedded unless settings.opensearch_url
    backend.index_documents(docs)              # SearchDocuments, built by indexer/
    response = backend.search(SearchRequest.from_params({"q": "tanssija", "region": "pirkanmaa"}))
    response.to_dict()                         # the JSON shape of the CLI and the web API
    with backend.rebuild() as rebuild:         # zero downtime: swapped in on exit
        rebuild.add(all_docs)

Modules: request/response (the model), documents (what is indexed), plan
(query analysis shared by backends), analysis (document analysis), ranking
(the scoring rules), highlight (snippets), backends/ (base, embedded, opensearch).
"""

from search.backends import Rebuild, SearchBackend, get_backend
from search.documents import SearchDocument
from search.errors import (
    InvalidDocument,
    InvalidSearchRequest,
    RebuildInProgress,
    SearchError,
    SearchUnavailable,
)
from search.request import SearchRequest
from search.response import FacetValue, SearchHit, SearchResponse

__all__ = [
    "FacetValue",
    "InvalidDocument",
    "InvalidSearchRequest",
    "Rebuild",
    "RebuildInProgress",
    "SearchBackend",
    "SearchDocument",
    "SearchError",
    "SearchHit",
    "SearchRequest",
    "SearchResponse",
    "SearchUnavailable",
    "get_backend",
]
