"""The relevance harness on OpenSearch: the same thresholds as the embedded engine, and above stock OpenSearch."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from test_relevance import CATEGORY_SUCCESS_AT_3, OVERALL_SUCCESS_AT_3

from indexer.relevance_comparison import evaluate_backends
from search.backends.opensearch import OpenSearchBackend
from search.backends.opensearch.stock import StockOpenSearchBackend
from search.evaluation import format_comparison

RELEVANCE = Path(__file__).resolve().parents[1] / "relevance"


@pytest.fixture(scope="module")
def reports(opensearch_node):
    tag = secrets.token_hex(3)
    backends = {
        "ours": OpenSearchBackend(opensearch_node.url, alias=f"kp-rel-ours-{tag}"),
        "stock": StockOpenSearchBackend(opensearch_node.url, alias=f"kp-rel-stock-{tag}"),
    }
    try:
        yield evaluate_backends(RELEVANCE / "corpus.jsonl", RELEVANCE / "queries.json", backends)
    finally:
        for backend in backends.values():
            backend.client.indices.delete(index=f"{backend.names.alias}*", ignore_unavailable=True)
            backend.close()


def test_overall_success_at_3(reports):
    ours = reports["ours"]
    assert ours.overall.success_at_3 >= OVERALL_SUCCESS_AT_3, "\n" + ours.format_table() + "\n" + ours.format_failures()


def test_no_category_below_threshold(reports):
    ours = reports["ours"]
    weak = {name: m.success_at_3 for name, m in ours.categories.items() if m.success_at_3 < CATEGORY_SUCCESS_AT_3}
    assert not weak, "\n" + ours.format_table() + "\n" + ours.format_failures()


def test_our_analysis_beats_stock_opensearch(reports):
    ours, stock = reports["ours"].overall, reports["stock"].overall
    table = "\n" + format_comparison(reports)
    assert ours.success_at_3 > stock.success_at_3, table
    assert ours.ndcg_at_10 > stock.ndcg_at_10, table
    # Where the analysis matters most, stock OpenSearch cannot follow.
    for category in ("fi-compound", "cross-language"):
        assert reports["ours"].categories[category].success_at_3 > reports["stock"].categories[category].success_at_3, table
