"""The relevance harness: metrics on hand-computed examples, reports, and the judged query file itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search.evaluation import (
    CATEGORY_ORDER,
    EvaluationReport,
    JudgedQuery,
    QueriesFileError,
    evaluate,
    format_comparison,
    load_queries,
    ndcg_at,
    parse_queries,
    reciprocal_rank,
    success_at,
)
from search.request import SearchRequest

RELEVANCE = Path(__file__).resolve().parents[1] / "relevance"
QUERIES_FILE = RELEVANCE / "queries.json"
CORPUS_FILE = RELEVANCE / "corpus.jsonl"


def judged(qid: str, relevant: dict[str, int], category: str = "fi-inflection", q: str = "tanssija") -> JudgedQuery:
    return JudgedQuery(id=qid, category=category, q=q, lang="fi", kind="all", relevant=relevant)


# ---------------------------------------------------------------- metrics


def test_perfect_ranking_scores_one_everywhere():
    relevant = {"a": 2, "b": 1}
    ranked = ["a", "b", "x"]
    assert success_at(ranked, relevant, 1) == 1.0
    assert success_at(ranked, relevant, 3) == 1.0
    assert reciprocal_rank(ranked, relevant) == 1.0
    assert ndcg_at(ranked, relevant, 10) == pytest.approx(1.0)


def test_relevant_at_rank_two():
    relevant = {"a": 2}
    ranked = ["x", "a", "y"]
    assert success_at(ranked, relevant, 1) == 0.0
    assert success_at(ranked, relevant, 3) == 1.0
    assert reciprocal_rank(ranked, relevant) == 0.5
    # DCG = 2 / log2(3) = 1.26186; ideal DCG = 2 / log2(2) = 2.
    assert ndcg_at(ranked, relevant, 10) == pytest.approx(0.63093, abs=1e-5)


def test_no_relevant_result_scores_zero():
    relevant = {"a": 2, "b": 1}
    for ranked in (["x", "y", "z"], []):
        assert success_at(ranked, relevant, 1) == 0.0
        assert success_at(ranked, relevant, 3) == 0.0
        assert reciprocal_rank(ranked, relevant) == 0.0
        assert ndcg_at(ranked, relevant, 10) == 0.0


def test_graded_ndcg_example():
    relevant = {"a": 2, "b": 2, "c": 1}
    ranked = ["c", "x", "a", "b"]
    # DCG  = 1/log2(2) + 0 + 2/log2(4) + 2/log2(5) = 1 + 0 + 1 + 0.86135 = 2.86135
    # IDCG = 2/log2(2) + 2/log2(3) + 1/log2(4)     = 2 + 1.26186 + 0.5   = 3.76186
    assert ndcg_at(ranked, relevant, 10) == pytest.approx(0.76062, abs=1e-5)
    # Only the first 3 count at k=3: DCG@3 = 2, IDCG@3 = 3.76186.
    assert ndcg_at(ranked, relevant, 3) == pytest.approx(0.53165, abs=1e-5)


def test_exact_match_first_beats_acceptable_first():
    relevant = {"exact": 2, "ok": 1}
    assert ndcg_at(["exact", "ok"], relevant, 10) > ndcg_at(["ok", "exact"], relevant, 10)
    # Both put a relevant record first, so success and MRR cannot tell them apart.
    assert reciprocal_rank(["ok", "exact"], relevant) == 1.0


def test_returning_only_some_relevant_records_is_not_perfect():
    relevant = {"a": 2, "b": 2}
    # DCG = 2; IDCG = 2 + 2/log2(3) = 3.26186
    assert ndcg_at(["a"], relevant, 10) == pytest.approx(0.61315, abs=1e-5)


def test_cutoff_hides_deep_results():
    relevant = {"deep": 2}
    ranked = [f"x{i}" for i in range(10)] + ["deep"]
    assert ndcg_at(ranked, relevant, 10) == 0.0
    assert reciprocal_rank(ranked, relevant, 10) == 0.0
    assert reciprocal_rank(ranked, relevant) == pytest.approx(1 / 11)


def test_a_repeated_id_scores_once():
    relevant = {"a": 2, "b": 2}
    assert ndcg_at(["a", "a"], relevant, 10) == pytest.approx(ndcg_at(["a"], relevant, 10))
    assert success_at(["x", "x", "x", "a"], relevant, 3) == 1.0  # duplicates do not push "a" out of the top 3


def test_unjudged_and_missing_ids_count_as_not_relevant():
    relevant = {"a": 1}
    assert reciprocal_rank([None, "unjudged", "a"], relevant) == pytest.approx(1 / 3)


@pytest.mark.parametrize("k", [0, -1, 1.5, True])
def test_k_must_be_a_positive_whole_number(k):
    with pytest.raises(ValueError, match="k must be"):
        success_at(["a"], {"a": 1}, k)
    with pytest.raises(ValueError, match="k must be"):
        ndcg_at(["a"], {"a": 1}, k)


# ---------------------------------------------------------------- evaluate and reports


def _small_report() -> EvaluationReport:
    queries = [
        judged("q1", {"a": 2}, category="fi-inflection"),
        judged("q2", {"b": 2}, category="fi-inflection"),
        judged("q3", {"c": 2, "d": 1}, category="prefix", q="tans"),
    ]
    answers = {"q1": ["a", "x"], "q2": ["x", "y", "z", "b"], "q3": ["d", "c"]}
    return evaluate(queries, lambda query: answers[query.id])


def test_evaluate_averages_per_category_and_overall():
    report = _small_report()
    inflection = report.categories["fi-inflection"]
    assert inflection.queries == 2
    assert inflection.success_at_1 == 0.5
    assert inflection.success_at_3 == 0.5
    assert inflection.mrr == pytest.approx((1 + 1 / 4) / 2)
    prefix = report.categories["prefix"]
    # q3: DCG = 1 + 2/log2(3) = 2.26186; IDCG = 2 + 1/log2(3) = 2.63093
    assert prefix.ndcg_at_10 == pytest.approx(0.85972, abs=1e-5)
    assert report.overall.queries == 3
    assert report.overall.success_at_3 == pytest.approx(2 / 3)
    assert list(report.categories) == ["fi-inflection", "prefix"]  # CATEGORY_ORDER, not insertion order


def test_failures_list_the_queries_without_a_relevant_top_three_and_what_came_back():
    report = _small_report()
    assert [r.query.id for r in report.failures] == ["q2"]
    assert report.failures[0].returned == ("x", "y", "z", "b")
    text = report.format_failures()
    assert "q2" in text and "1. x  (grade 0)" in text and "4. b  (grade 2)" in text
    assert "q1" not in text


def test_format_table_has_aligned_rows_per_category_and_overall():
    lines = _small_report().format_table().splitlines()
    rows = {line.split()[0]: line for line in lines if line and line[0].isalpha()}
    assert set(rows) == {"category", "fi-inflection", "prefix", "overall"}
    bars = {line.index("|") for line in lines if "|" in line}
    assert len(bars) == 1, "the | separator must sit in the same column on every line"
    widths = {len(line) for line in lines}
    assert len(widths) == 1, "every line must be as wide as the header"
    # nDCG: q1 = 1, q2 = (2/log2(5)) / 2 = 0.43068, q3 = 0.85972 -> mean 0.76347
    assert rows["overall"].split()[1:] == ["3", "|", "0.667", "0.667", "0.750", "0.763"]


def test_to_dict_is_json_and_carries_scores_and_failures():
    data = json.loads(json.dumps(_small_report().to_dict()))
    assert data["overall"]["queries"] == 3
    assert data["categories"]["fi-inflection"]["success_at_1"] == 0.5
    assert [f["id"] for f in data["failures"]] == ["q2"]
    assert data["failures"][0]["returned"][3] == {"id": "b", "grade": 2}
    assert len(data["queries"]) == 3


def test_format_comparison_puts_runs_side_by_side():
    queries = [judged("q1", {"a": 2}), judged("q2", {"b": 2}, category="prefix", q="tans")]
    ours = evaluate(queries, lambda q: {"q1": ["a"], "q2": ["b"]}[q.id])
    stock = evaluate(queries, lambda q: {"q1": ["x", "a"], "q2": []}[q.id])
    lines = format_comparison({"embedded": ours, "opensearch": stock}).splitlines()
    assert "embedded" in lines[0] and "opensearch" in lines[0]
    overall = next(line for line in lines if line.startswith("overall"))
    # embedded: S@1, S@3, MRR, nDCG all 1.0; opensearch: q1 at rank 2, q2 nothing.
    assert overall.split("|")[1].split() == ["1.000"] * 4
    assert overall.split("|")[2].split() == ["0.000", "0.500", "0.250", "0.315"]
    assert len({line.count("|") for line in lines if "|" in line}) == 1


def test_format_comparison_refuses_different_query_sets():
    one = evaluate([judged("q1", {"a": 2})], lambda q: ["a"])
    other = evaluate([judged("q2", {"a": 2})], lambda q: ["a"])
    with pytest.raises(ValueError, match="different queries"):
        format_comparison({"one": one, "other": other})


def test_run_query_must_return_a_list_not_a_string():
    with pytest.raises(TypeError, match="list of external ids"):
        evaluate([judged("q1", {"a": 2})], lambda q: "a")


def test_engine_errors_are_not_swallowed():
    def broken(query):
        raise RuntimeError("index is gone")

    with pytest.raises(RuntimeError, match="index is gone"):
        evaluate([judged("q1", {"a": 2})], broken)


# ---------------------------------------------------------------- loading


GOOD = {"id": "x-1", "category": "sv", "q": "dansare", "lang": "sv", "kind": "all", "relevant": {"c-a": 2}}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"relevant": {"c-a": 3}}, "grades are 2"),
        ({"relevant": {"c-a": True}}, "grades are 2"),
        ({"relevant": {}}, "non-empty object"),
        ({"lang": "de"}, "lang is 'de'"),
        ({"kind": "buyer"}, "kind is 'buyer'"),
        ({"q": "", "facets": {}}, "empty q needs facets"),
        ({"facets": {"colour": ["red"]}}, "facets.colour is not a facet"),
        ({"facets": {"region": []}}, "non-empty list"),
        ({"facets": {"online": ["maybe"]}}, "facets.online"),
        ({"relevance": {"c-a": 2}}, "unknown field relevance"),
        ({"q": None}, "q must be a string"),
    ],
)
def test_bad_query_objects_are_named_and_explained(change, message):
    item = {**GOOD, **change}
    with pytest.raises(QueriesFileError, match=message) as error:
        parse_queries([item])
    assert "x-1" in str(error.value)


def test_missing_fields_are_listed():
    with pytest.raises(QueriesFileError, match="missing lang, relevant"):
        parse_queries([{k: v for k, v in GOOD.items() if k not in ("lang", "relevant")}])


def test_duplicate_ids_are_rejected():
    with pytest.raises(QueriesFileError, match="more than once"):
        parse_queries([GOOD, GOOD])


def test_online_facet_becomes_the_online_flag():
    (query,) = parse_queries([{**GOOD, "q": "", "facets": {"online": ["true"], "region": ["uusimaa", "uusimaa"]}}])
    assert query.online is True
    assert dict(query.facets) == {"region": ("uusimaa",)}


def test_broken_json_file_names_the_line(tmp_path):
    path = tmp_path / "queries.json"
    path.write_text('[\n{"id": "a",\n]\n', encoding="utf-8")
    with pytest.raises(QueriesFileError, match="line 3"):
        load_queries(path)
    with pytest.raises(QueriesFileError, match="cannot read"):
        load_queries(tmp_path / "missing.json")


# ---------------------------------------------------------------- the judged query set


@pytest.fixture(scope="module")
def queries() -> list[JudgedQuery]:
    return load_queries(QUERIES_FILE)


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict]:
    records = [json.loads(line) for line in CORPUS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {record["id"]: record for record in records}


def _is_public(record_id: str, corpus: dict[str, dict]) -> bool:
    record = corpus[record_id]
    if record["kind"] == "creator":
        return record.get("status", "approved") == "approved"
    return record.get("published", True) and _is_public(record["creator"], corpus)


def test_query_set_is_big_enough_in_every_category(queries):
    assert len(queries) >= 80
    counts = {name: sum(q.category == name for q in queries) for name in CATEGORY_ORDER}
    thin = {name: n for name, n in counts.items() if n < 8}
    assert not thin, f"categories with fewer than 8 queries: {thin}"
    unknown = {q.category for q in queries} - set(CATEGORY_ORDER)
    assert not unknown, f"misspelt categories? {unknown}"


def test_every_judged_record_exists_and_is_public(queries, corpus):
    problems = []
    for query in queries:
        for record_id in query.relevant:
            if record_id not in corpus:
                problems.append(f"{query.id}: {record_id} is not in the corpus")
            elif not _is_public(record_id, corpus):
                problems.append(f"{query.id}: {record_id} is not public, so it can never be found")
            elif query.kind != "all" and corpus[record_id]["kind"] != query.kind:
                problems.append(f"{query.id}: {record_id} is a {corpus[record_id]['kind']}, the query asks for {query.kind}s")
    assert not problems, "\n".join(problems)


def test_every_query_is_a_valid_search_request(queries):
    """Facet names and codes are real taxonomy codes, and the rest passes the request model's checks."""
    for query in queries:
        SearchRequest(q=query.q, kind=query.kind, lang=query.lang, facets=dict(query.facets), online=query.online)


def test_facet_only_queries_have_no_text_and_other_queries_do(queries):
    for query in queries:
        if query.category == "facet-only":
            assert query.q == "" and (query.facets or query.online is not None), query.id
        else:
            assert query.q.strip(), query.id
