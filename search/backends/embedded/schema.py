"""The tantivy schema and the SearchDocument -> tantivy document conversion."""

from __future__ import annotations

import base64
import json
import math

import tantivy

from search.analysis import AnalysedDocument, analyse_document, sort_key
from search.documents import LANGUAGES, TAXONOMY_FACETS, SearchDocument, timestamp
from search.ranking import FIELD_KINDS, RECENCY_EPOCH, RECENCY_HORIZON, RECENCY_SPAN

ID = "id"
KIND = "kind"
PAYLOAD = "payload"
CREATED = "created"      # i64 milliseconds, fast: newest-first sort
VERSION = "version"      # i64, fast: a stale update never replaces a newer version
RECENCY = "recency"      # f64, fast: folded into relevance scores (see ranking.py)
TEXT_FIELDS = tuple(f"{kind}_{form}" for kind in FIELD_KINDS for form in "sl") + ("typo_hi", "typo_lo")
FACETS = (*TAXONOMY_FACETS, "online")
# Filtering uses the inverted index of these multi-valued fields.
FACET_FIELDS = {facet: f"f_{facet}" for facet in FACETS}
# Counting uses fast-field "slots": tantivy aggregates a column that every
# document fills several times faster than a sparse or multi-valued one, so
# each facet's first values go to fixed slots (EMPTY_SLOT when a record has
# fewer) and any further values to one shared overflow field, aggregated
# only over the records that have such values (see compiler.py).
FACET_SLOTS = {"art_form": 4, "region": 4, "service_type": 1, "target_group": 3, "language": 3, "creator_type": 1, "online": 1}
SLOT_FIELDS = {facet: tuple(f"s_{facet}_{k}" for k in range(count)) for facet, count in FACET_SLOTS.items()}
OVERFLOW = "s_overflow"  # values "facet=code"
HAS_OVERFLOW = "has_overflow"  # "1" on records with overflow values, so only they are visited
EMPTY_SLOT = "-"
SORT_FIELDS = {lang: f"sort_{lang}" for lang in LANGUAGES}

# Bump when the schema or the analysis changes: an index of another version needs a rebuild.
SCHEMA_VERSION = 5


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field(ID, stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(KIND, tokenizer_name="raw", index_option="basic")
    for name in TEXT_FIELDS:
        # Terms are analysed by `analyzers` already; whitespace splitting keeps them as they are.
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="basic")
    for name in FACET_FIELDS.values():
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    for names in SLOT_FIELDS.values():
        for name in names:
            builder.add_text_field(name, tokenizer_name="raw", index_option="basic", fast=True)
    builder.add_text_field(OVERFLOW, tokenizer_name="raw", index_option="basic", fast=True)
    builder.add_text_field(HAS_OVERFLOW, tokenizer_name="raw", index_option="basic")
    for name in SORT_FIELDS.values():
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic", fast=True)
    builder.add_integer_field(CREATED, fast=True)
    builder.add_integer_field(VERSION, fast=True)
    builder.add_float_field(RECENCY, fast=True)
    builder.add_bytes_field(PAYLOAD, stored=True)
    return builder.build()


def to_tantivy(doc: SearchDocument, analysed: AnalysedDocument | None = None) -> tantivy.Document:
    """Lay the document out in the schema's fields, analysing it unless `analysed` is given."""
    return build_document(prepare(doc, analysed))


def prepare(doc: SearchDocument, analysed: AnalysedDocument | None = None) -> dict[str, list]:
    """The document's field values as plain data ({field: [values]}), picklable.

    The slow half of indexing (analysis); rebuilds run it in worker processes.
    """
    analysed = analysed or analyse_document(doc)
    fields: dict[str, list] = {ID: [doc.id], KIND: [doc.kind]}
    for name in TEXT_FIELDS:
        terms = analysed.terms.get(name)
        if terms:
            fields[name] = [" ".join(terms)]
    overflow: list[str] = []
    for facet in FACETS:
        if facet == "online":
            codes = () if doc.online is None else ("true" if doc.online else "false",)
        else:
            codes = tuple(dict.fromkeys(doc.facets.get(facet, ())))
        if codes:
            fields[FACET_FIELDS[facet]] = list(codes)
        slots = SLOT_FIELDS[facet]
        for k, name in enumerate(slots):
            fields[name] = [codes[k] if k < len(codes) else EMPTY_SLOT]
        overflow.extend(f"{facet}={code}" for code in codes[len(slots):])
    if overflow:
        fields[OVERFLOW] = overflow
        fields[HAS_OVERFLOW] = ["1"]
    fallback = next(iter(v for v in doc.name.values() if v), "")
    for lang, name in SORT_FIELDS.items():
        fields[name] = [sort_key(doc.name.get(lang) or fallback)]
    created = timestamp(doc.created_at)
    fields[CREATED] = [int(created * 1000)]
    fields[VERSION] = [doc.version]
    fields[RECENCY] = [recency_weight(created)]
    payload = doc.hit_payload(analysed.highlight)
    fields[PAYLOAD] = [json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()]
    return fields


_ADDERS = {CREATED: "add_integer", VERSION: "add_integer", RECENCY: "add_float", PAYLOAD: "add_bytes"}


def build_document(fields: dict[str, list]) -> tantivy.Document:
    out = tantivy.Document()
    for name, values in fields.items():
        add = getattr(out, _ADDERS.get(name, "add_text"))
        for value in values:
            add(name, value)
    return out


def prepare_batch(docs: list[SearchDocument]) -> list[str]:
    """Documents as JSON for IndexWriter.add_json; the unit of work a rebuild sends to a worker.

    JSON (bytes as base64) because tantivy parses it in Rust: the process that
    feeds the writer then spends a fraction of what building Documents costs.
    """
    out = []
    for doc in docs:
        fields = prepare(doc)
        fields[PAYLOAD] = [base64.b64encode(value).decode("ascii") for value in fields[PAYLOAD]]
        out.append(json.dumps(fields, ensure_ascii=False, separators=(",", ":")))
    return out


def recency_weight(created: float) -> float:
    """A value whose log2(2 + v) multiplies scores by 1 .. 1 + RECENCY_SPAN, newer higher."""
    fraction = min(1.0, max(0.0, (created - RECENCY_EPOCH) / (RECENCY_HORIZON - RECENCY_EPOCH)))
    return fraction * RECENCY_SPAN * 2 * math.log(2)
