"""Compile a QueryPlan and a SearchRequest into one OpenSearch search body.

The same query shapes as the embedded compiler: per query word WORD_MATCH plus
a dis_max of constant-score alternatives (the best of the word's ways to match,
plus ALSO_MATCHED of the others, exactly as `search.ranking` says), words
summed in a bool with minimum_should_match. Facet selections go to `post_filter`, and each facet's
aggregation is filtered by the other facets' selections only (disjunctive facets).
"""

from __future__ import annotations

from search.backends.opensearch.mapping import CREATED, FACET_FIELDS, ID_HASH, PAYLOAD, SORT_FIELDS, TEXT_FIELDS
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
# The shared contract lets the first letter be the typo ("Carlsson" finds "Karlsson"),
# as the embedded engine does; a prefix length of 1 would be cheaper but miss those.
FUZZY_PREFIX_LENGTH = 0
FUZZY_MAX_EXPANSIONS = 100
# A word matched only by OpenSearch's own stemmer (a word neither Voikko nor Snowball
# connects) still counts, below every way `search.ranking` defines.
NATIVE_STEM = TYPO / 2


def search_body(request: SearchRequest, plan: QueryPlan) -> dict:
    text = text_query(plan)
    filters = kind_filters(request)
    if text is None:
        query: dict = {"bool": {"filter": filters}} if filters else {"match_all": {}}
    else:
        query = {"bool": {"must": [text], "filter": filters}} if filters else text
    body: dict = {
        "query": query,
        "from": request.offset,
        "size": request.per_page,
        "track_total_hits": True,
        "_source": [PAYLOAD],
        "sort": sort_clause(request, has_text=text is not None),
        "aggs": facet_aggregations(request),
    }
    post_filter = facet_filters(request)
    if post_filter:
        body["post_filter"] = {"bool": {"filter": post_filter}}
    if request.sort == "relevance" and text is not None:
        body["track_scores"] = True
    return body


# -- text ------------------------------------------------------------------


def text_query(plan: QueryPlan) -> dict | None:
    content = plan.content_words
    if not content:
        return None
    query: dict = {
        "bool": {
            "should": [word_query(word) for word in content],
            "minimum_should_match": plan.required,
        }
    }
    stops = [stopword_query(word) for word in plan.stopwords]
    if stops:
        query = {"bool": {"must": [query], "should": stops}}
    return query


def word_query(word: PlannedWord) -> dict:
    """WORD_MATCH plus the best of the word's ways to match (and a little of the others)."""
    alternatives: list[dict] = []
    stems = list(dict.fromkeys((word.surface, *word.lemmas)))
    for kind in FIELD_KINDS:
        weight = FIELD_WEIGHTS[kind]
        alternatives.append(_const({"term": {f"{kind}_s": word.surface}}, EXACT + weight))
        alternatives.append(_const(_terms(f"{kind}_l", stems), STEM + weight))
    if word.parts:
        alternatives.append(_parts(word))
    for group, weight in GROUP_WEIGHTS.items():
        field = f"typo_{group}"
        if word.prefix:
            alternatives.append(_const({"prefix": {field: {"value": word.surface}}}, PREFIX + weight))
        if word.corrections:
            alternatives.append(_const(_terms(field, word.corrections), CORRECTION + weight))
        if word.typo_edits:
            fuzzy = {
                "fuzzy": {
                    field: {
                        "value": word.surface,
                        "fuzziness": word.typo_edits,
                        "prefix_length": FUZZY_PREFIX_LENGTH,
                        "transpositions": True,
                        "max_expansions": FUZZY_MAX_EXPANSIONS,
                    }
                }
            }
            alternatives.append(_const(fuzzy, TYPO + weight))
    best = {"dis_max": {"queries": alternatives, "tie_breaker": ALSO_MATCHED}}
    # OpenSearch's own language analysers as a last resort: the outer dis_max has no
    # tie-breaker, so this scores only where none of the ways above matched.
    native = {
        "multi_match": {"query": word.text, "fields": list(TEXT_FIELDS.values()), "type": "best_fields", "operator": "and"}
    }
    best = {"dis_max": {"queries": [best, _const(native, NATIVE_STEM + FIELD_WEIGHTS["desc"])], "tie_breaker": 0.0}}
    return {"bool": {"must": [best], "should": [_const({"match_all": {}}, WORD_MATCH)]}}


def stopword_query(word: PlannedWord) -> dict:
    either = {"bool": {"should": [{"term": {f"typo_{group}": word.surface}} for group in GROUP_WEIGHTS]}}
    return _const(either, STOPWORD)


def _parts(word: PlannedWord) -> dict:
    """Every compound part must match somewhere; score = PARTS + mean field weight.

    A last part still being typed (`tail_prefix`) matches as a prefix.
    """
    share = 1.0 / (len(word.parts) + (1 if word.tail_prefix else 0))
    clauses = []
    for alternatives in word.parts:
        per_kind = [_const(_terms(f"{kind}_l", alternatives), (PARTS + FIELD_WEIGHTS[kind]) * share) for kind in FIELD_KINDS]
        clauses.append({"dis_max": {"queries": per_kind, "tie_breaker": ALSO_MATCHED}})
    if word.tail_prefix:
        per_group = [
            _const({"prefix": {f"typo_{group}": {"value": word.tail_prefix}}}, (PARTS + weight) * share)
            for group, weight in GROUP_WEIGHTS.items()
        ]
        clauses.append({"dis_max": {"queries": per_group, "tie_breaker": 0.0}})
    return {"bool": {"must": clauses}}


# -- filters, facets, sorting ----------------------------------------------


def kind_filters(request: SearchRequest) -> list[dict]:
    return [] if request.kind == "all" else [{"term": {"kind": request.kind}}]


def facet_filters(request: SearchRequest, skip: str | None = None) -> list[dict]:
    """One filter per facet with selections: OR within the facet, AND across."""
    return [
        {"terms": {FACET_FIELDS[facet]: list(request.selected(facet))}}
        for facet in FACETS
        if facet != skip and request.selected(facet)
    ]


def facet_aggregations(request: SearchRequest) -> dict:
    """Each facet counted under every other facet's selections but not its own.

    Aggregations see the query without the post_filter, so the text and kind
    still narrow every count while a facet's own selection does not.
    """
    aggs = {}
    for facet in FACETS:
        others = facet_filters(request, skip=facet)
        aggs[facet] = {
            "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
            "aggs": {"values": {"terms": {"field": FACET_FIELDS[facet], "size": FACET_SIZE}}},
        }
    return aggs


def facet_counts(aggregations: dict) -> dict[str, dict[str, int]]:
    return {
        facet: {str(bucket["key"]): int(bucket["doc_count"]) for bucket in result["values"]["buckets"]}
        for facet, result in aggregations.items()
    }


def sort_clause(request: SearchRequest, has_text: bool) -> list:
    """Relevance, then newest first, then a hash of the id: ties are ordered the same way every time."""
    ties = [{CREATED: {"order": "desc"}}, {ID_HASH: {"order": "asc"}}]
    if request.sort == "relevance" and has_text:
        return [{"_score": {"order": "desc"}}, *ties]
    if request.sort == "name":
        return [{SORT_FIELDS[request.lang]: {"order": "asc"}}, *ties]
    return ties  # newest, and listing without words


def _terms(field: str, values) -> dict:
    values = list(dict.fromkeys(values))
    if len(values) == 1:
        return {"term": {field: values[0]}}
    return {"terms": {field: values}}


def _const(query: dict, score: float) -> dict:
    return {"constant_score": {"filter": query, "boost": score}}
