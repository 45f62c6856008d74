"""Compile a QueryPlan and a SearchRequest into tantivy queries and an aggregation request.

Built from term, fuzzy, boolean and disjunction-max queries with constant
scores (never the query parser), so scores follow `search.ranking` exactly:
per word WORD_MATCH plus the best way it matched (and ALSO_MATCHED of the
others), summed over words. Facet filters go to the inverted index; facet
counts to one aggregation request (slot columns plus the overflow field).
"""

from __future__ import annotations

from typing import Iterable

import tantivy
from tantivy import Occur, Query

from search.backends.embedded.schema import EMPTY_SLOT, FACET_FIELDS, HAS_OVERFLOW, KIND, OVERFLOW, SLOT_FIELDS
from search.plan import PlannedWord, QueryPlan
from search.ranking import (
    ALSO_MATCHED,
    CORRECTION,
    EXACT,
    FIELD_KINDS,
    FIELD_WEIGHTS,
    GROUP_WEIGHTS,
    PARTS,
    PREFIX,
    STEM,
    STOPWORD,
    TYPO,
    WORD_MATCH,
)
from search.request import FACETS, SearchRequest

FACET_SIZE = 1000  # more than any vocabulary has codes
OVERFLOW_SIZE = 10_000  # every facet's codes together


class QueryCompiler:
    def __init__(self, schema: tantivy.Schema):
        self.schema = schema

    # -- text ---------------------------------------------------------------

    def text_query(self, plan: QueryPlan) -> Query | None:
        content = plan.content_words
        if not content:
            return None
        words = [(Occur.Should, self.word_query(word)) for word in content]
        query = Query.boolean_query(words, minimum_number_should_match=plan.required)
        stops = [(Occur.Should, self.stopword_query(word)) for word in plan.stopwords]
        if stops:
            query = Query.boolean_query([(Occur.Must, query), *stops])
        return query

    def word_query(self, word: PlannedWord) -> Query:
        """WORD_MATCH plus the best of the word's ways to match (and a little of the others)."""
        alternatives: list[Query] = []
        stems = list(dict.fromkeys((word.surface, *word.lemmas)))
        for kind in FIELD_KINDS:
            weight = FIELD_WEIGHTS[kind]
            alternatives.append(self._const(self._term(f"{kind}_s", word.surface), EXACT + weight))
            alternatives.append(self._const(self._terms(f"{kind}_l", stems), STEM + weight))
        if word.parts:
            alternatives.append(self._parts(word))
        for group, weight in GROUP_WEIGHTS.items():
            field = f"typo_{group}"
            if word.prefix:
                alternatives.append(self._const(self._prefix(field, word.surface), PREFIX + weight))
            if word.corrections:
                alternatives.append(self._const(self._terms(field, word.corrections), CORRECTION + weight))
            if word.typo_edits:
                fuzzy = Query.fuzzy_term_query(self.schema, field, word.surface, word.typo_edits, True, False)
                alternatives.append(self._const(fuzzy, TYPO + weight))
        best = Query.disjunction_max_query(alternatives, tie_breaker=ALSO_MATCHED)
        # The constant rides on a match-all clause: added once per matching word, evaluated for free.
        return Query.boolean_query([(Occur.Must, best), (Occur.Should, self._const(Query.all_query(), WORD_MATCH))])

    def stopword_query(self, word: PlannedWord) -> Query:
        return self._const(
            Query.boolean_query([(Occur.Should, self._term(f"typo_{g}", word.surface)) for g in GROUP_WEIGHTS]),
            STOPWORD,
        )

    def _parts(self, word: PlannedWord) -> Query:
        """Every compound part must match somewhere; score = PARTS + mean field weight."""
        count = len(word.parts) + (1 if word.tail_prefix else 0)
        share = 1.0 / count
        clauses = []
        for alternatives in word.parts:
            per_kind = [
                self._const(self._terms(f"{kind}_l", alternatives), (PARTS + FIELD_WEIGHTS[kind]) * share)
                for kind in FIELD_KINDS
            ]
            clauses.append((Occur.Must, Query.disjunction_max_query(per_kind, tie_breaker=ALSO_MATCHED)))
        if word.tail_prefix:
            per_group = [
                self._const(self._prefix(f"typo_{group}", word.tail_prefix), (PARTS + weight) * share)
                for group, weight in GROUP_WEIGHTS.items()
            ]
            clauses.append((Occur.Must, Query.disjunction_max_query(per_group)))
        return Query.boolean_query(clauses)

    # -- filters ------------------------------------------------------------

    def kind_filters(self, request: SearchRequest) -> list[Query]:
        if request.kind == "all":
            return []
        return [self._const(self._term(KIND, request.kind), 0.0)]

    def facet_filters(self, request: SearchRequest) -> list[Query]:
        """One filter per facet with selections: OR within the facet, AND across (scoring nothing)."""
        return [
            self._const(self._terms(FACET_FIELDS[facet], request.selected(facet)), 0.0)
            for facet in FACETS
            if request.selected(facet)
        ]

    def combine(self, text: Query | None, filters: Iterable[Query]) -> Query:
        filters = list(filters)
        clauses = [(Occur.Must, q) for q in ([text] if text is not None else []) + filters]
        if not clauses:
            return Query.all_query()
        if len(clauses) == 1 and text is not None:
            return text
        return Query.boolean_query(clauses)

    # -- facets -------------------------------------------------------------

    def facet_aggregations(self, request: SearchRequest) -> dict:
        """Disjunctive facet counts in one aggregation over the query without facet filters.

        Each facet is counted under the other facets' selections but not its own,
        so a user sees how many results each further choice would give. Slot
        columns hold most values; the overflow field is aggregated only over
        the records flagged as having overflow values.
        """
        overflow = {"filter": f'{HAS_OVERFLOW}:"1"', "aggs": {"values": {"terms": {"field": OVERFLOW, "size": OVERFLOW_SIZE}}}}
        aggs: dict = {}
        for facet in FACETS:
            columns = {
                f"{facet}|{k}": {"terms": {"field": name, "size": FACET_SIZE}} for k, name in enumerate(SLOT_FIELDS[facet])
            }
            others = [_facet_clause(o, request.selected(o)) for o in FACETS if o != facet and request.selected(o)]
            if others:
                aggs[facet] = {"filter": " AND ".join(others), "aggs": {**columns, f"{facet}|x": overflow}}
            else:
                aggs.update(columns)
                aggs["|x"] = overflow
        return aggs

    # -- helpers ------------------------------------------------------------

    def _prefix(self, field: str, prefix: str) -> Query:
        return Query.fuzzy_term_query(self.schema, field, prefix, 0, True, True)

    def _term(self, field: str, value: str) -> Query:
        return Query.term_query(self.schema, field, value, index_option="basic")

    def _terms(self, field: str, values: Iterable[str]) -> Query:
        """Any of the terms. A union of term queries: tantivy's term-set query scans the
        whole term dictionary and allocates a bitset per segment, costly per call."""
        values = list(dict.fromkeys(values))
        if len(values) == 1:
            return self._term(field, values[0])
        return Query.boolean_query([(Occur.Should, self._term(field, value)) for value in values])

    @staticmethod
    def _const(query: Query, score: float) -> Query:
        return Query.const_score_query(query, score)


def facet_counts(aggregation: dict) -> dict[str, dict[str, int]]:
    """Sum slot and overflow buckets into {facet: {code: count}}."""
    counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
    filtered = {facet for facet in FACETS if facet in aggregation}

    def add(facet: str, code: str, count: int) -> None:
        if code != EMPTY_SLOT and count:
            counts[facet][code] = counts[facet].get(code, 0) + count

    def add_overflow(result: dict, only: str | None) -> None:
        for bucket in result.get("values", {}).get("buckets", ()):
            facet, _, code = str(bucket["key"]).partition("=")
            # Top-level overflow counts serve the facets without a filter of their own.
            if (facet == only) if only else (facet in counts and facet not in filtered):
                add(facet, code, int(bucket["doc_count"]))

    for name, result in aggregation.items():
        if name == "|x":
            add_overflow(result, None)
        elif "|" in name:
            for bucket in result.get("buckets", ()):
                add(name.split("|", 1)[0], str(bucket["key"]), int(bucket["doc_count"]))
        else:  # a facet's filter aggregation wrapping its columns
            for inner, sub in result.items():
                if inner == f"{name}|x":
                    add_overflow(sub, name)
                elif isinstance(sub, dict) and "|" in inner:
                    for bucket in sub.get("buckets", ()):
                        add(name, str(bucket["key"]), int(bucket["doc_count"]))
    return counts


def _facet_clause(facet: str, codes: tuple[str, ...]) -> str:
    field = FACET_FIELDS[facet]
    # Codes are validated against the taxonomy ([a-z0-9-]); quoting keeps hyphens literal.
    return "(" + " OR ".join(f'{field}:"{code}"' for code in codes) + ")"
