"""Index settings and mappings, kept in code so every index a rebuild creates is the same.

The fields the queries use hold terms already analysed by `analyzers/` (folded
surfaces, Voikko lemmas, compound parts, Snowball stems) and are split on
whitespace only, so OpenSearch and the embedded engine match exactly the same
terms. OpenSearch's own language analysers fill `text_fi/sv/en` beside them,
and `name_suggest` is a search_as_you_type field for autocomplete.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import analyzers

from search.documents import LANGUAGES, TAXONOMY_FACETS
from search.ranking import FIELD_KINDS
from search.request import MAX_PER_PAGE, MAX_RESULT_WINDOW

# Bump when a field, an analyser or the document layout changes: an index of another
# mapping version must be rebuilt (`kulttuuripankki index rebuild`) before it is used.
MAPPING_VERSION = 1
META_KEY = "kulttuuripankki"

TERM_FIELDS = tuple(f"{kind}_{form}" for kind in FIELD_KINDS for form in "sl") + ("typo_hi", "typo_lo")
FACET_FIELDS = {facet: f"f_{facet}" for facet in (*TAXONOMY_FACETS, "online")}
SORT_FIELDS = {lang: f"sort_{lang}" for lang in LANGUAGES}
TEXT_FIELDS = {lang: f"text_{lang}" for lang in LANGUAGES}
SUGGEST_FIELD = "name_suggest"
CREATED = "created"
ID_HASH = "id_hash"
PAYLOAD = "payload"

# OpenSearch's built-in stemmers and stop word lists for our three languages.
_LANGUAGE_FILTERS = {
    "fi": ["kp_fi_stop", "kp_fi_stem"],
    "sv": ["kp_sv_stop", "kp_sv_stem"],
    "en": ["kp_en_possessive", "kp_en_stop", "kp_en_stem"],
}


@lru_cache(maxsize=1)
def folding_mappings() -> tuple[str, ...]:
    """`mapping` char filter rules that fold diacritics the way analyzers.fold does, keeping å ä ö.

    The analysis-icu plugin is not published for 2.19 on Maven Central, and asciifolding
    would turn ä into a; so the rules are generated from our own folding for every
    Latin letter with a diacritic.
    """
    rules = []
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        if not unicodedata.category(char).startswith("L") or char in "åäöÅÄÖ":
            continue
        folded = analyzers.fold(char)
        if folded != char.lower() and folded.isalpha():
            rules.append(f"{char}=>{folded}")
    return tuple(rules)


def analysis_settings() -> dict:
    analyzers_ = {
        # Terms arrive analysed and folded; keep them exactly as they are.
        "kp_terms": {"type": "custom", "tokenizer": "whitespace"},
        # Names for autocomplete: lower-cased and folded, å ä ö kept.
        "kp_folded": {"type": "custom", "tokenizer": "standard", "char_filter": ["kp_fold"], "filter": ["lowercase"]},
    }
    for lang, filters in _LANGUAGE_FILTERS.items():
        analyzers_[f"kp_{lang}"] = {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["kp_fold"],
            "filter": ["lowercase", *filters],
        }
    return {
        "char_filter": {"kp_fold": {"type": "mapping", "mappings": list(folding_mappings())}},
        "filter": {
            "kp_fi_stop": {"type": "stop", "stopwords": "_finnish_"},
            # Snowball's Finnish stemmer: light_finnish would fold ä and ö into a and o.
            "kp_fi_stem": {"type": "stemmer", "language": "finnish"},
            "kp_sv_stop": {"type": "stop", "stopwords": "_swedish_"},
            "kp_sv_stem": {"type": "stemmer", "language": "light_swedish"},
            "kp_en_possessive": {"type": "stemmer", "language": "possessive_english"},
            "kp_en_stop": {"type": "stop", "stopwords": "_english_"},
            "kp_en_stem": {"type": "stemmer", "language": "english"},
        },
        "analyzer": analyzers_,
    }


def mappings() -> dict:
    # Scores are constants (see search.ranking), so term fields need no frequencies,
    # positions or norms: "docs" keeps the index small and the queries cheap.
    term_field = {"type": "text", "analyzer": "kp_terms", "index_options": "docs", "norms": False}
    properties: dict = {
        "id": {"type": "keyword"},
        "kind": {"type": "keyword"},
        CREATED: {"type": "date", "format": "epoch_millis"},
        ID_HASH: {"type": "long"},
        # What a hit is built from: stored in _source, never indexed.
        PAYLOAD: {"type": "object", "enabled": False},
        SUGGEST_FIELD: {"type": "search_as_you_type", "analyzer": "kp_folded", "max_shingle_size": 3},
    }
    properties.update({name: dict(term_field) for name in TERM_FIELDS})
    properties.update({name: {"type": "keyword"} for name in FACET_FIELDS.values()})
    properties.update({name: {"type": "keyword", "index": False, "doc_values": True} for name in SORT_FIELDS.values()})
    properties.update({TEXT_FIELDS[lang]: {"type": "text", "analyzer": f"kp_{lang}"} for lang in LANGUAGES})
    return {
        "dynamic": "strict",
        "_meta": {META_KEY: {"mapping_version": MAPPING_VERSION}},
        # The analysed fields are rebuilt from the catalog, never read back: leaving them
        # out of the stored source makes fetching a page of hits several times cheaper.
        "_source": {"excludes": [*TERM_FIELDS, *TEXT_FIELDS.values(), SUGGEST_FIELD]},
        "properties": properties,
    }


def index_body(*, shards: int, replicas: int | None, loading: bool) -> dict:
    """Settings and mappings for a new index.

    `loading` is for a rebuild's bulk load: no replicas and no refreshes until it is
    done, and deletes remembered long enough that an older copy of a record the
    bulk load brings in cannot bring back a record deleted meanwhile.
    """
    settings: dict = {
        "number_of_shards": shards,
        # The last page a request may ask for ends past the 10,000th hit (search.request).
        "max_result_window": MAX_RESULT_WINDOW + MAX_PER_PAGE,
        "analysis": analysis_settings(),
    }
    settings.update(loading_settings() if loading else live_settings(replicas))
    return {"settings": settings, "mappings": mappings()}


def loading_settings() -> dict:
    return {
        "number_of_replicas": 0,
        "auto_expand_replicas": False,
        "refresh_interval": "-1",
        "gc_deletes": "12h",
        "translog.durability": "async",
    }


def live_settings(replicas: int | None) -> dict:
    """The settings a live index runs with; replicas None = one replica when a second node exists."""
    settings: dict = {"refresh_interval": "1s", "gc_deletes": "60s", "translog.durability": "request"}
    if replicas is None:
        settings["auto_expand_replicas"] = "0-1"
    else:
        settings.update({"auto_expand_replicas": False, "number_of_replicas": replicas})
    return settings


def index_mapping_version(mapping_response: dict, index: str) -> int | None:
    """The mapping version an index was created with, from a GET _mapping response."""
    meta = ((mapping_response.get(index) or {}).get("mappings") or {}).get("_meta") or {}
    version = (meta.get(META_KEY) or {}).get("mapping_version")
    return int(version) if isinstance(version, int) else None
