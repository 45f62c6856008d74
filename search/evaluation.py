"""Relevance evaluation: judged queries, ranking metrics and per-category reports.

Pure functions over ranked lists of external ids, so the same harness measures
any backend (ours, or a stock OpenSearch setup) without importing one: the
caller passes `run_query(query) -> list[str]` and gets an `EvaluationReport`.

Judgments are graded: 2 = exactly what the user wants, 1 = acceptable, and an
id that is not judged counts as not relevant (gain 0). "Relevant" means grade
>= 1 everywhere below.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from search.documents import LANGUAGES, TAXONOMY_FACETS

KINDS = ("all", "creator", "service")
GRADES = (1, 2)
FACET_NAMES = TAXONOMY_FACETS + ("online",)
# The order categories are printed in; others follow alphabetically.
CATEGORY_ORDER = (
    "fi-inflection",
    "fi-compound",
    "place",
    "typo-fi",
    "typo-sv",
    "typo-en",
    "sv",
    "en",
    "cross-language",
    "facet-only",
    "prefix",
)
# How deep MRR and nDCG look, and how many returned ids a failure keeps for reading.
DEPTH = 10

_REQUIRED_KEYS = ("id", "category", "q", "lang", "kind", "relevant")
_OPTIONAL_KEYS = ("facets", "note", "intended")


class QueriesFileError(ValueError):
    """The judged-queries file is malformed; the message names the query and field."""


@dataclass(frozen=True)
class JudgedQuery:
    """One query with its graded judgments: external id -> 1 (acceptable) or 2 (exact).

    `facets` holds the taxonomy facets (art_form, region, ...) as code tuples;
    the online facet is `online` (True, False, or None for either), matching
    `SearchRequest`. `intended` is what a typo query meant to type.
    """

    id: str
    category: str
    q: str
    lang: str
    kind: str
    relevant: Mapping[str, int]
    facets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    online: bool | None = None
    note: str | None = None
    intended: str | None = None


def load_queries(path: str | Path) -> list[JudgedQuery]:
    """Read a judged-queries JSON file (a list of objects); raise QueriesFileError naming what is wrong."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise QueriesFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise QueriesFileError(f"{path}: not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    return parse_queries(data, source=str(path))


def parse_queries(data: Any, source: str = "queries") -> list[JudgedQuery]:
    """Validate decoded JSON into judged queries; ids must be unique."""
    if not isinstance(data, list):
        raise QueriesFileError(f"{source}: must be a JSON list of query objects, not {_json_type(data)}")
    queries: list[JudgedQuery] = []
    seen: set[str] = set()
    for index, item in enumerate(data):
        query = _parse_query(item, f"{source}: query #{index + 1}")
        if query.id in seen:
            raise QueriesFileError(f"{source}: query id {query.id!r} appears more than once; ids must be unique")
        seen.add(query.id)
        queries.append(query)
    return queries


def _parse_query(item: Any, where: str) -> JudgedQuery:
    if not isinstance(item, dict):
        raise QueriesFileError(f"{where}: must be an object, not {_json_type(item)}")
    if isinstance(item.get("id"), str) and item["id"].strip():
        where = f"{where.rsplit(':', 1)[0]}: query {item['id']!r}"
    missing = [key for key in _REQUIRED_KEYS if key not in item]
    if missing:
        raise QueriesFileError(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(item) - set(_REQUIRED_KEYS) - set(_OPTIONAL_KEYS))
    if unknown:
        raise QueriesFileError(
            f"{where}: unknown field {', '.join(unknown)}; known fields are {', '.join(_REQUIRED_KEYS + _OPTIONAL_KEYS)}"
        )
    for key in ("id", "category"):
        if not isinstance(item[key], str) or not item[key].strip():
            raise QueriesFileError(f"{where}: {key} must be a non-empty string")
    if not isinstance(item["q"], str):
        raise QueriesFileError(f"{where}: q must be a string (use \"\" for a facet-only query)")
    if item["lang"] not in LANGUAGES:
        raise QueriesFileError(f"{where}: lang is {item['lang']!r}; use one of {', '.join(LANGUAGES)}")
    if item["kind"] not in KINDS:
        raise QueriesFileError(f"{where}: kind is {item['kind']!r}; use one of {', '.join(KINDS)}")
    facets, online = _parse_facets(item.get("facets", {}), where)
    if not item["q"].strip() and not facets and online is None:
        raise QueriesFileError(f"{where}: an empty q needs facets, otherwise it asks for everything")
    relevant = _parse_relevant(item["relevant"], where)
    for key in ("note", "intended"):
        if key in item and not isinstance(item[key], str):
            raise QueriesFileError(f"{where}: {key} must be a string")
    return JudgedQuery(
        id=item["id"].strip(),
        category=item["category"].strip(),
        q=item["q"],
        lang=item["lang"],
        kind=item["kind"],
        relevant=relevant,
        facets=facets,
        online=online,
        note=item.get("note"),
        intended=item.get("intended"),
    )


def _parse_facets(raw: Any, where: str) -> tuple[dict[str, tuple[str, ...]], bool | None]:
    if not isinstance(raw, dict):
        raise QueriesFileError(f"{where}: facets must be an object of facet name -> list of codes")
    facets: dict[str, tuple[str, ...]] = {}
    online: bool | None = None
    for name, codes in raw.items():
        if name not in FACET_NAMES:
            raise QueriesFileError(f"{where}: facets.{name} is not a facet; use one of {', '.join(FACET_NAMES)}")
        if isinstance(codes, (str, bool)):
            codes = [codes]
        if not isinstance(codes, list) or not codes:
            raise QueriesFileError(f"{where}: facets.{name} must be a non-empty list of codes")
        if name == "online":
            values = {str(code).lower() for code in codes}
            if not values <= {"true", "false"} or len(values) != 1:
                raise QueriesFileError(f'{where}: facets.online must be ["true"] or ["false"]')
            online = values == {"true"}
            continue
        if not all(isinstance(code, str) and code.strip() for code in codes):
            raise QueriesFileError(f"{where}: facets.{name} must contain code strings only")
        facets[name] = tuple(dict.fromkeys(code.strip() for code in codes))
    return facets, online


def _parse_relevant(raw: Any, where: str) -> dict[str, int]:
    if not isinstance(raw, dict) or not raw:
        raise QueriesFileError(f"{where}: relevant must be a non-empty object of external id -> grade (1 or 2)")
    relevant: dict[str, int] = {}
    for external_id, grade in raw.items():
        if not external_id.strip():
            raise QueriesFileError(f"{where}: relevant has an empty external id")
        if isinstance(grade, bool) or grade not in GRADES:
            raise QueriesFileError(
                f"{where}: relevant[{external_id!r}] is {grade!r}; grades are 2 (exactly right) or 1 (acceptable)"
            )
        relevant[external_id] = grade
    return relevant


# ---------------------------------------------------------------- metrics


def _first_occurrences(ranked: Iterable[str | None]) -> list[str | None]:
    """Drop repeated ids so a backend cannot score twice with one record."""
    seen: set[str] = set()
    unique: list[str | None] = []
    for external_id in ranked:
        if external_id is not None and external_id in seen:
            continue
        if external_id is not None:
            seen.add(external_id)
        unique.append(external_id)
    return unique


def _check_k(k: int) -> None:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a whole number >= 1, not {k!r}")


def success_at(ranked: Sequence[str | None], relevant: Mapping[str, int], k: int) -> float:
    """1.0 if any of the first k results is relevant (grade >= 1), else 0.0."""
    _check_k(k)
    return 1.0 if any(relevant.get(x, 0) >= 1 for x in _first_occurrences(ranked)[:k] if x is not None) else 0.0


def reciprocal_rank(ranked: Sequence[str | None], relevant: Mapping[str, int], k: int | None = None) -> float:
    """1 / rank of the first relevant result within the first k (all if k is None); 0.0 if none."""
    if k is not None:
        _check_k(k)
    results = _first_occurrences(ranked)
    for rank, external_id in enumerate(results[:k] if k is not None else results, start=1):
        if external_id is not None and relevant.get(external_id, 0) >= 1:
            return 1.0 / rank
    return 0.0


def dcg(gains: Sequence[float]) -> float:
    """Discounted cumulative gain: gain at rank r divided by log2(r + 1)."""
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


def ndcg_at(ranked: Sequence[str | None], relevant: Mapping[str, int], k: int) -> float:
    """nDCG@k with linear graded gains (the grade itself, as trec_eval does).

    The ideal ranking is all judged ids best grade first, so returning only
    some of several relevant records scores below 1 even when they come first.
    """
    _check_k(k)
    ideal = dcg(sorted((g for g in relevant.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    gains = [relevant.get(x, 0) if x is not None else 0 for x in _first_occurrences(ranked)[:k]]
    return dcg(gains) / ideal


# ---------------------------------------------------------------- reports


@dataclass(frozen=True)
class QueryResult:
    """How one query did: its scores and (the top of) what came back."""

    query: JudgedQuery
    returned: tuple[str | None, ...]
    success_at_1: float
    success_at_3: float
    reciprocal_rank: float
    ndcg_at_10: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.query.id,
            "category": self.query.category,
            "q": self.query.q,
            "lang": self.query.lang,
            "kind": self.query.kind,
            "facets": {**{k: list(v) for k, v in self.query.facets.items()},
                       **({"online": [str(self.query.online).lower()]} if self.query.online is not None else {})},
            "returned": [{"id": x, "grade": self.query.relevant.get(x, 0) if x else 0} for x in self.returned],
            "relevant": dict(self.query.relevant),
            "success_at_1": self.success_at_1,
            "success_at_3": self.success_at_3,
            "reciprocal_rank": self.reciprocal_rank,
            "ndcg_at_10": self.ndcg_at_10,
        }


@dataclass(frozen=True)
class Scores:
    """Mean scores over a set of queries."""

    queries: int
    success_at_1: float
    success_at_3: float
    mrr: float
    ndcg_at_10: float

    @classmethod
    def of(cls, results: Sequence[QueryResult]) -> Scores:
        n = len(results)
        if n == 0:
            return cls(0, 0.0, 0.0, 0.0, 0.0)
        return cls(
            queries=n,
            success_at_1=sum(r.success_at_1 for r in results) / n,
            success_at_3=sum(r.success_at_3 for r in results) / n,
            mrr=sum(r.reciprocal_rank for r in results) / n,
            ndcg_at_10=sum(r.ndcg_at_10 for r in results) / n,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "queries": self.queries,
            "success_at_1": round(self.success_at_1, 4),
            "success_at_3": round(self.success_at_3, 4),
            "mrr": round(self.mrr, 4),
            "ndcg_at_10": round(self.ndcg_at_10, 4),
        }


_COLUMNS = (("S@1", "success_at_1"), ("S@3", "success_at_3"), ("MRR@10", "mrr"), ("nDCG@10", "ndcg_at_10"))


@dataclass(frozen=True)
class EvaluationReport:
    """Per-query results with per-category and overall means."""

    results: tuple[QueryResult, ...]

    @property
    def categories(self) -> dict[str, Scores]:
        """Scores per category, in CATEGORY_ORDER then alphabetical."""
        names = _ordered_categories({r.query.category for r in self.results})
        return {name: Scores.of([r for r in self.results if r.query.category == name]) for name in names}

    @property
    def overall(self) -> Scores:
        return Scores.of(self.results)

    @property
    def failures(self) -> list[QueryResult]:
        """Queries with no relevant result in the top 3."""
        return [r for r in self.results if r.success_at_3 < 1.0]

    def format_table(self) -> str:
        """One aligned row per category plus an overall row."""
        return format_comparison({"": self})

    def format_failures(self, shown: int = 5) -> str:
        """The queries that failed success@3, each with the top of what came back and its grades."""
        lines = []
        for result in self.failures:
            query = result.query
            facets = ", ".join(f"{k}={'|'.join(v)}" for k, v in query.facets.items())
            if query.online is not None:
                facets = ", ".join(filter(None, [facets, f"online={str(query.online).lower()}"]))
            what = repr(query.q) + (f" [{facets}]" if facets else "")
            lines.append(f"{query.id} ({query.category}, {query.lang}, {query.kind}): {what}")
            if not result.returned:
                lines.append("    nothing came back")
            for rank, external_id in enumerate(result.returned[:shown], start=1):
                grade = query.relevant.get(external_id, 0) if external_id else 0
                lines.append(f"    {rank}. {external_id}  (grade {grade})")
            best = sorted(query.relevant.items(), key=lambda kv: (-kv[1], kv[0]))[:shown]
            lines.append("    wanted: " + ", ".join(f"{k} ({g})" for k, g in best))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "categories": {name: scores.to_dict() for name, scores in self.categories.items()},
            "failures": [r.to_dict() for r in self.failures],
            "queries": [r.to_dict() for r in self.results],
        }


def evaluate(queries: Iterable[JudgedQuery], run_query: Callable[[JudgedQuery], Sequence[str | None]]) -> EvaluationReport:
    """Run every query through `run_query` (ranked external ids, best first) and score it.

    Errors from `run_query` propagate: a crashing engine must not look like a
    merely bad ranking.
    """
    results = []
    for query in queries:
        ranked = run_query(query)
        if isinstance(ranked, (str, bytes)) or not isinstance(ranked, Sequence):
            raise TypeError(f"run_query({query.id!r}) must return a list of external ids, not {type(ranked).__name__}")
        ranked = _first_occurrences(ranked)
        results.append(
            QueryResult(
                query=query,
                returned=tuple(ranked[:DEPTH]),
                success_at_1=success_at(ranked, query.relevant, 1),
                success_at_3=success_at(ranked, query.relevant, 3),
                reciprocal_rank=reciprocal_rank(ranked, query.relevant, DEPTH),
                ndcg_at_10=ndcg_at(ranked, query.relevant, DEPTH),
            )
        )
    return EvaluationReport(tuple(results))


def format_comparison(reports: Mapping[str, EvaluationReport]) -> str:
    """Reports side by side: one row per category and overall, one column group per named report.

    All reports must cover the same queries; comparing different sets would mislead.
    """
    if not reports:
        raise ValueError("format_comparison needs at least one report")
    names = list(reports)
    query_sets = {name: {r.query.id for r in report.results} for name, report in reports.items()}
    first = query_sets[names[0]]
    for name in names[1:]:
        if query_sets[name] != first:
            raise ValueError(f"reports {names[0]!r} and {name!r} cover different queries; run both on the same set")
    base = reports[names[0]]
    rows: list[tuple[str, int, list[Scores]]] = [
        (category, scores.queries, [reports[n].categories[category] for n in names])
        for category, scores in base.categories.items()
    ]
    rows.append(("overall", base.overall.queries, [reports[n].overall for n in names]))

    label_width = max(len("category"), *(len(row[0]) for row in rows))
    count_width = max(len("n"), *(len(str(row[1])) for row in rows))
    cell = max(len(title) for title, _ in _COLUMNS)
    group_width = len(_COLUMNS) * (cell + 2) - 2
    header_cells = "  ".join(title.rjust(cell) for title, _ in _COLUMNS)

    lines = []
    if any(names):
        lines.append(" " * (label_width + 2 + count_width) + "".join(f" | {n[:group_width].ljust(group_width)}" for n in names))
    lines.append(f"{'category'.ljust(label_width)}  {'n'.rjust(count_width)}" + "".join(f" | {header_cells}" for _ in names))
    lines.append("-" * len(lines[-1]))
    for label, count, scores in rows:
        if label == "overall":
            lines.append("-" * len(lines[0 if not any(names) else 1]))
        groups = "".join(
            " | " + "  ".join(f"{getattr(s, attr):.3f}".rjust(cell) for _, attr in _COLUMNS) for s in scores
        )
        lines.append(f"{label.ljust(label_width)}  {str(count).rjust(count_width)}{groups}")
    return "\n".join(lines)


def _ordered_categories(names: set[str]) -> list[str]:
    known = [name for name in CATEGORY_ORDER if name in names]
    return known + sorted(names - set(CATEGORY_ORDER))


def _json_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "an object"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
