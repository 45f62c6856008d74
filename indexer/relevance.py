"""Run a judged query set against a real engine filled from a corpus file (the relevance harness)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from catalog.config import default_database_url, load_settings
from catalog.db import Catalog
from catalog.importer import import_file
from indexer.rebuild import open_backend, rebuild_index
from search.evaluation import EvaluationReport, evaluate, load_queries
from search.request import SearchRequest

RESULTS_PER_QUERY = 10


class CorpusInvalid(ValueError):
    """The corpus file has lines the importer rejects; judgments on it would mislead."""


def evaluate_corpus(corpus: Path, queries: Path, data_dir: Path | None = None, **settings) -> EvaluationReport:
    """Import `corpus` into a fresh data dir, index it and score every judged query in `queries`."""
    judged = load_queries(queries)
    with tempfile.TemporaryDirectory(prefix="kp-eval-") as scratch:
        base = Path(data_dir or scratch)
        # Always a fresh SQLite file: the harness must not write into a configured database.
        settings = load_settings(base, **{"database_url": default_database_url(base), **settings})
        catalog = Catalog(settings)
        catalog.setup()
        with open(corpus, "rb") as stream:
            report = import_file(catalog, stream)
        if not report.ok:
            raise CorpusInvalid("; ".join(str(e) for e in report.errors[:10]))
        with open_backend(catalog) as backend:
            rebuild_index(catalog, backend)

            def run_query(query) -> list[str]:
                params = {"q": query.q, "lang": query.lang, "kind": query.kind, "per_page": str(RESULTS_PER_QUERY)}
                params.update({name: list(codes) for name, codes in query.facets.items()})
                if query.online is not None:
                    params["online"] = "true" if query.online else "false"
                response = backend.search(SearchRequest.from_params(params))
                return [hit.external_id for hit in response.hits]

            result = evaluate(judged, run_query)
        catalog.close()
        return result
