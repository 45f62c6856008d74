"""SearchDocument -> the JSON source OpenSearch indexes (see mapping.py for the fields)."""

from __future__ import annotations

import hashlib

from search.analysis import analyse_document, sort_key
from search.backends.opensearch.mapping import (
    CREATED,
    FACET_FIELDS,
    ID_HASH,
    PAYLOAD,
    SORT_FIELDS,
    SUGGEST_FIELD,
    TERM_FIELDS,
    TEXT_FIELDS,
)
from search.documents import LANGUAGES, TAXONOMY_FACETS, SearchDocument, timestamp

# The last tie-break: stable across rebuilds, unlike OpenSearch's internal doc ids.
def id_hash(doc_id: str) -> int:
    """63 bits of a hash of the id (OpenSearch's long is signed)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode(), digest_size=8).digest(), "big") >> 1


def to_source(doc: SearchDocument) -> dict:
    """Analyse the document and lay it out in the mapping's fields."""
    analysed = analyse_document(doc)
    source: dict = {"id": doc.id, "kind": doc.kind}
    for name in TERM_FIELDS:
        terms = analysed.terms.get(name)
        if terms:
            source[name] = " ".join(terms)
    for facet in TAXONOMY_FACETS:
        codes = list(dict.fromkeys(doc.facets.get(facet, ())))
        if codes:
            source[FACET_FIELDS[facet]] = codes
    if doc.online is not None:
        source[FACET_FIELDS["online"]] = "true" if doc.online else "false"
    fallback_name = next((v for v in doc.name.values() if v), "")
    for lang, field in SORT_FIELDS.items():
        source[field] = sort_key(doc.name.get(lang) or fallback_name)
    for lang in LANGUAGES:
        texts = [doc.name.get(lang, ""), doc.description.get(lang, ""), *doc.keywords.get(lang, ())]
        texts = [text for text in texts if text]
        if texts:
            source[TEXT_FIELDS[lang]] = texts
    source[SUGGEST_FIELD] = list(dict.fromkeys(name for name in doc.name.values() if name))
    source[CREATED] = int(timestamp(doc.created_at) * 1000)
    source[ID_HASH] = id_hash(doc.id)
    source[PAYLOAD] = doc.hit_payload(analysed.highlight)
    return source
