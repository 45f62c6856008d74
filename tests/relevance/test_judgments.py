"""The relevance test collection: a small corpus and judged queries that measure search quality.

Files
-----
corpus.jsonl
    ~210 records in the import format (`kulttuuripankki import`): creators
    (individuals, groups, associations, companies, institutions) and their
    services. Texts are mostly Finnish with real inflection and compounds,
    a share Swedish (Ostrobothnia, the Uusimaa coast, Turku, Åland) and some
    English, spread over 15 regions. Distractors sit next to the targets on
    purpose: videokuvaaja vs valokuvaaja, a dance band vs dancers, a music
    teacher vs a music therapist vs a singing teacher, Turku vs Tuusula.
    Some records are pending, draft, rejected or hidden creators, or
    unpublished services; they must never be found, and several are exactly
    what a query asks for (a pending Tampere dancer, a hidden Turku photographer).
queries.json
    A list of judged queries::

        {"id": "fi-infl-01", "category": "fi-inflection", "q": "tanssijoille",
         "lang": "fi", "kind": "all", "facets": {"region": ["pirkanmaa"]},
         "relevant": {"c-aino-nurmi": 2, "s-aino-keha": 1},
         "note": "why the judgments are what they are", "intended": "typo queries: what was meant"}

    `facets` is optional (the online facet is written {"online": ["true"]});
    `note` and `intended` are optional. Categories: fi-inflection,
    fi-compound, place, typo-fi, typo-sv, typo-en, sv, en, cross-language,
    facet-only, prefix (at least 8 queries each).

How the queries were judged
---------------------------
As a buyer typing the query would judge, never by what an engine returns:

* 2 = exactly what the user wants, 1 = acceptable, absent = not relevant.
* A query naming a role ("valokuvaajan", "dansare") wants the person: the
  creators get 2 and their services 1, unless a service is itself what the
  query asks for ("kuvittajalle" -> the illustration commission is a 2).
* Language fit: a record the user could not deal with in the query's
  language (no text in it and not among its languages) is at most a 1. So a
  Swedish "musiker" query grades Finnish-only musicians 1 and Swedish-speaking
  ones 2, which is also what "cross-language matches rank below same-language
  ones" asks of the engine.
* Place queries want the named municipality or region; a neighbour town is at
  most acceptable, Tuusula is not Turku.
* facet-only: every public record matching the facets is relevant (2), with
  the index's facet semantics: art forms include their parents, regions served
  count, a service without its own regions or languages inherits its creator's.
* Typos follow the rule the engine promises: no typo in words under 5
  characters, one from 5, two from 9, a transposition counts as one.

`kulttuuripankki eval tests/relevance/corpus.jsonl tests/relevance/queries.json`
imports the corpus into a temporary data dir and prints success@1, success@3,
MRR@10 and nDCG@10 per category (`search/evaluation.py` does the scoring).

The tests below keep the collection honest when someone edits it: the corpus
stays importable, the facet-only judgments stay complete, and the typo queries
stay within the typo rule.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from catalog.records import RecordInvalid, parse_record
from catalog.taxonomy import load_taxonomy
from search.evaluation import JudgedQuery, load_queries

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict]:
    lines = (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in (json.loads(line) for line in lines if line.strip())}


@pytest.fixture(scope="module")
def queries() -> list[JudgedQuery]:
    return load_queries(HERE / "queries.json")


def _public(record_id: str, corpus: dict[str, dict]) -> bool:
    record = corpus[record_id]
    if record["kind"] == "creator":
        return record.get("status", "approved") == "approved"
    return record.get("published", True) and _public(record["creator"], corpus)


def test_corpus_passes_the_import_validator(corpus, taxonomy):
    problems = []
    for record_id, raw in corpus.items():
        try:
            parse_record(raw, taxonomy)
        except RecordInvalid as exc:
            problems.append(f"{record_id}: {exc}")
        if raw["kind"] == "service" and raw["creator"] not in corpus:
            problems.append(f"{record_id}: creator {raw['creator']!r} is not in the corpus")
    assert not problems, "\n".join(problems)


def test_corpus_keeps_records_that_must_never_be_found(corpus):
    statuses = {r.get("status", "approved") for r in corpus.values() if r["kind"] == "creator"}
    assert {"pending", "hidden", "draft", "rejected"} <= statuses
    unpublished = [r for r in corpus.values() if r["kind"] == "service" and not r.get("published", True)]
    hidden_by_creator = [r for r in corpus.values() if r["kind"] == "service" and r.get("published", True)
                         and not _public(r["creator"], corpus)]
    assert len(unpublished) >= 3 and len(hidden_by_creator) >= 3


def test_corpus_mixes_languages_kinds_and_regions(corpus):
    def written_in(lang):
        return sum(lang in r.get("description", {}) or lang in r.get("title", {}) for r in corpus.values())

    assert written_in("sv") >= 20 and written_in("en") >= 15
    assert {r["creator_type"] for r in corpus.values() if r["kind"] == "creator"} >= {
        "individual", "group", "association", "company"}
    assert len({r["home_region"] for r in corpus.values() if r["kind"] == "creator"}) >= 12


def _facet_values(record_id: str, corpus: dict[str, dict], taxonomy) -> dict[str, set[str]]:
    """A record's facet values as the indexer builds them (see indexer/documents.py)."""
    record = corpus[record_id]
    arts = {code for a in record["art_forms"] for code in (a, *taxonomy.ancestors("art_form", a))}
    if record["kind"] == "creator":
        return {"art_form": arts, "region": {record["home_region"], *record["regions"]},
                "language": set(record["languages"]), "creator_type": {record["creator_type"]}}
    creator = corpus[record["creator"]]
    return {
        "art_form": arts,
        "region": set(record["regions"]) or {creator["home_region"], *creator["regions"]},
        "language": set(record["languages"] or creator["languages"]),
        "creator_type": {creator["creator_type"]},
        "service_type": {record["service_type"]},
        "target_group": set(record["target_groups"]),
        "online": {"true" if record["online"] else "false"},
    }


def test_facet_only_judgments_list_every_public_match(queries, corpus, taxonomy):
    for query in (q for q in queries if q.category == "facet-only"):
        selected = {name: set(codes) for name, codes in query.facets.items()}
        if query.online is not None:
            selected["online"] = {"true" if query.online else "false"}
        expected = {
            record_id for record_id, record in corpus.items()
            if _public(record_id, corpus) and query.kind in ("all", record["kind"])
            and all(codes & _facet_values(record_id, corpus, taxonomy).get(name, set()) for name, codes in selected.items())
        }
        assert set(query.relevant) == expected, query.id
        assert len(expected) >= 2, f"{query.id}: a facet query with one match measures little"


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, adjacent transpositions."""
    d = [[max(i, j) if min(i, j) == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _allowed_typos(word: str) -> int:
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


def test_typo_queries_stay_within_the_typo_rule(queries):
    typo_queries = [q for q in queries if q.category.startswith("typo-")]
    assert typo_queries
    for query in typo_queries:
        assert query.intended, f"{query.id}: say what the typo query meant in 'intended'"
        typed, meant = query.q.lower().split(), query.intended.lower().split()
        assert len(typed) == len(meant), f"{query.id}: typo queries keep the same words"
        distances = [_edits(t, m) for t, m in zip(typed, meant)]
        assert any(distances), f"{query.id}: there is no typo"
        for t, m, distance in zip(typed, meant, distances):
            assert distance <= _allowed_typos(min(t, m, key=len)), f"{query.id}: {t!r} is too far from {m!r}"
        assert query.category == f"typo-{query.lang}", f"{query.id}: category and lang disagree"


def test_prefix_queries_end_in_a_partial_word_of_at_least_three_letters(queries, corpus):
    texts = " ".join(
        " ".join([r.get("name", ""), *r.get("title", {}).values(), *r.get("description", {}).values()])
        for r in corpus.values()
    ).lower()
    words = set(re.findall(r"\w+", texts))
    for query in (q for q in queries if q.category == "prefix"):
        last = query.q.split()[-1].lower()
        assert len(last) >= 3, query.id
        assert last not in words, f"{query.id}: {last!r} is a whole word in the corpus, not a prefix"


def test_cross_language_queries_reach_records_without_text_in_the_query_language(queries, corpus):
    for query in (q for q in queries if q.category == "cross-language"):
        assert query.lang != "fi", query.id
        foreign = [rid for rid in query.relevant
                   if query.lang not in corpus[rid].get("description", {}) and query.lang not in corpus[rid].get("title", {})]
        assert foreign, f"{query.id}: every judged record already has {query.lang} text; that is not cross-language"
