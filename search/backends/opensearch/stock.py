"""A stock OpenSearch setup, the out-of-the-box choice our analysis is measured against.

Built-in `finnish`, `swedish` and `english` analysers on the record's own texts,
one multi_match with `fuzziness: AUTO`: no Voikko lemmas or compound parts, no
taxonomy labels in other languages, no prefix on the last word. Facets,
sorting and paging are ours, so the relevance harness compares text matching
only. Used by the harness (bench/relevance_opensearch.py and its test), never
by the site.
"""

from __future__ import annotations

from search.analysis import sort_key
from search.backends.opensearch.backend import OpenSearchBackend
from search.backends.opensearch.compiler import facet_aggregations, facet_filters, kind_filters, sort_clause
from search.backends.opensearch.mapping import (
    CREATED,
    FACET_FIELDS,
    ID_HASH,
    MAPPING_VERSION,
    META_KEY,
    PAYLOAD,
    SORT_FIELDS,
    live_settings,
    loading_settings,
)
from search.backends.opensearch.source import id_hash
from search.documents import LANGUAGES, TAXONOMY_FACETS, SearchDocument, timestamp
from search.plan import QueryPlan
from search.request import SearchRequest

ANALYZERS = {"fi": "finnish", "sv": "swedish", "en": "english"}
# What a plain setup boosts: a hit in the name matters more than one in the text.
FIELD_BOOSTS = {"name": 3, "keywords": 2, "description": 1}
PLACE_FIELD = "municipality"


class StockOpenSearchBackend(OpenSearchBackend):
    name = "opensearch-stock"

    def index_body(self, loading: bool) -> dict:
        properties: dict = {
            "id": {"type": "keyword"},
            "kind": {"type": "keyword"},
            CREATED: {"type": "date", "format": "epoch_millis"},
            ID_HASH: {"type": "long"},
            PAYLOAD: {"type": "object", "enabled": False},
            PLACE_FIELD: {"type": "text", "analyzer": "standard"},
        }
        for field in FIELD_BOOSTS:
            for lang, analyzer in ANALYZERS.items():
                properties[f"{field}_{lang}"] = {"type": "text", "analyzer": analyzer}
        properties.update({name: {"type": "keyword"} for name in FACET_FIELDS.values()})
        properties.update({name: {"type": "keyword"} for name in SORT_FIELDS.values()})
        settings = {"number_of_shards": self.shards, **(loading_settings() if loading else live_settings(self.replicas))}
        mappings = {"dynamic": "strict", "_meta": {META_KEY: {"mapping_version": MAPPING_VERSION, "profile": "stock"}}, "properties": properties}
        return {"settings": settings, "mappings": mappings}

    def to_source(self, doc: SearchDocument) -> dict:
        source: dict = {"id": doc.id, "kind": doc.kind}
        for lang in LANGUAGES:
            if doc.name.get(lang):
                source[f"name_{lang}"] = doc.name[lang]
            if doc.description.get(lang):
                source[f"description_{lang}"] = doc.description[lang]
            if doc.keywords.get(lang):
                source[f"keywords_{lang}"] = list(doc.keywords[lang])
        # The record's own municipality, as a plain setup would store it; not the region
        # names in three languages that our indexer adds.
        municipality = (doc.places.get("fi") or [None])[0]
        if municipality:
            source[PLACE_FIELD] = municipality
        for facet in TAXONOMY_FACETS:
            if doc.facets.get(facet):
                source[FACET_FIELDS[facet]] = list(dict.fromkeys(doc.facets[facet]))
        if doc.online is not None:
            source[FACET_FIELDS["online"]] = "true" if doc.online else "false"
        fallback = next((v for v in doc.name.values() if v), "")
        for lang, field in SORT_FIELDS.items():
            source[field] = sort_key(doc.name.get(lang) or fallback)
        source[CREATED] = int(timestamp(doc.created_at) * 1000)
        source[ID_HASH] = id_hash(doc.id)
        source[PAYLOAD] = doc.hit_payload({})
        return source

    def search_body(self, request: SearchRequest, plan: QueryPlan) -> dict:
        filters = kind_filters(request)
        if request.has_text:
            fields = [f"{field}_{lang}^{boost}" for field, boost in FIELD_BOOSTS.items() for lang in LANGUAGES]
            fields.append(PLACE_FIELD)
            text = {"multi_match": {"query": request.q, "fields": fields, "fuzziness": "AUTO"}}
            query: dict = {"bool": {"must": [text], "filter": filters}}
        else:
            query = {"bool": {"filter": filters}}
        body: dict = {
            "query": query,
            "from": request.offset,
            "size": request.per_page,
            "track_total_hits": True,
            "_source": [PAYLOAD],
            "sort": sort_clause(request, has_text=request.has_text),
            "aggs": facet_aggregations(request),
        }
        post_filter = facet_filters(request)
        if post_filter:
            body["post_filter"] = {"bool": {"filter": post_filter}}
        if request.sort == "relevance" and request.has_text:
            body["track_scores"] = True
        return body

    # No Voikko corrections or compound splitting against this index: the plan is
    # only used for highlighting here.
    def _prefetch_terms(self, q: str) -> None:
        return None

    def term_exists(self, term: str) -> bool:
        return True

    def prefix_exists(self, prefix: str) -> bool:
        return True
