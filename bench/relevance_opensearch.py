"""The relevance harness on three engines side by side: embedded, our OpenSearch setup, stock OpenSearch.

    KP_OPENSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/relevance_opensearch.py

The stock setup is OpenSearch out of the box (built-in finnish/swedish/english
analysers, fuzziness AUTO, no Voikko fields, no taxonomy expansion); the table is
the evidence that our analysis beats it. Uses its own aliases and deletes them.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.relevance_comparison import evaluate_backends  # noqa: E402
from search.backends.embedded import EmbeddedBackend  # noqa: E402
from search.backends.opensearch import OpenSearchBackend  # noqa: E402
from search.backends.opensearch.stock import StockOpenSearchBackend  # noqa: E402
from search.evaluation import format_comparison  # noqa: E402

RELEVANCE = ROOT / "tests" / "relevance"


def main() -> None:
    import tempfile

    url = os.environ.get("KP_OPENSEARCH_URL")
    if not url:
        sys.exit("Set KP_OPENSEARCH_URL to a running node (make opensearch).")
    tag = secrets.token_hex(3)
    with tempfile.TemporaryDirectory(prefix="kp-relevance-") as scratch:
        backends = {
            "embedded": EmbeddedBackend(Path(scratch) / "index"),
            "opensearch (ours)": OpenSearchBackend(url, alias=f"kp-relevance-ours-{tag}"),
            "opensearch (stock)": StockOpenSearchBackend(url, alias=f"kp-relevance-stock-{tag}"),
        }
        try:
            reports = evaluate_backends(RELEVANCE / "corpus.jsonl", RELEVANCE / "queries.json", backends)
        finally:
            for backend in backends.values():
                if isinstance(backend, OpenSearchBackend):
                    backend.client.indices.delete(index=f"{backend.names.alias}*", ignore_unavailable=True)
                backend.close()
    print(format_comparison(reports))


if __name__ == "__main__":
    main()
