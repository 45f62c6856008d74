"""The relevance harness: the judged query set must be answered well, in every category."""

from pathlib import Path

import pytest

from indexer.relevance import evaluate_corpus

HERE = Path(__file__).resolve().parents[1] / "relevance"
OVERALL_SUCCESS_AT_3 = 0.9
CATEGORY_SUCCESS_AT_3 = 0.8


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return evaluate_corpus(HERE / "corpus.jsonl", HERE / "queries.json", data_dir=tmp_path_factory.mktemp("relevance"))


def test_overall_success_at_3(report):
    assert report.overall.success_at_3 >= OVERALL_SUCCESS_AT_3, "\n" + report.format_table() + "\n" + report.format_failures()


def test_no_category_below_threshold(report):
    weak = {name: m.success_at_3 for name, m in report.categories.items() if m.success_at_3 < CATEGORY_SUCCESS_AT_3}
    assert not weak, "\n" + report.format_table() + "\n" + report.format_failures()
