"""The relevance harness over several engines at once, for a side-by-side table.

One catalog is imported from the corpus and every backend is rebuilt from it,
so the engines answer the same judged queries over the same records.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Mapping

from catalog.config import default_database_url, load_settings
from catalog.db import Catalog
from catalog.importer import import_file
from indexer.rebuild import rebuild_index
from indexer.relevance import RESULTS_PER_QUERY, CorpusInvalid
from search.backends.base import SearchBackend
from search.evaluation import EvaluationReport, evaluate, load_queries
from search.request import SearchRequest


def evaluate_backends(corpus: Path, queries: Path, backends: Mapping[str, SearchBackend]) -> dict[str, EvaluationReport]:
    """Import `corpus` into a scratch SQLite catalog, rebuild each backend from it, score each one."""
    judged = load_queries(queries)
    reports: dict[str, EvaluationReport] = {}
    with tempfile.TemporaryDirectory(prefix="kp-compare-") as scratch:
        base = Path(scratch)
        catalog = Catalog(load_settings(base, database_url=default_database_url(base)))
        catalog.setup()
        with open(corpus, "rb") as stream:
            report = import_file(catalog, stream)
        if not report.ok:
            raise CorpusInvalid("; ".join(str(e) for e in report.errors[:10]))
        try:
            for name, backend in backends.items():
                rebuild_index(catalog, backend)

                def run_query(query, backend=backend) -> list[str]:
                    params = {"q": query.q, "lang": query.lang, "kind": query.kind, "per_page": str(RESULTS_PER_QUERY)}
                    params.update({facet: list(codes) for facet, codes in query.facets.items()})
                    if query.online is not None:
                        params["online"] = "true" if query.online else "false"
                    return [hit.external_id for hit in backend.search(SearchRequest.from_params(params)).hits]

                reports[name] = evaluate(judged, run_query)
        finally:
            catalog.close()
    return reports
