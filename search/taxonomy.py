"""Facet codes and labels, read from the catalog's taxonomy (pure data, no database)."""

from __future__ import annotations

from functools import lru_cache

# The online facet is a yes/no flag, not a vocabulary; its labels live here.
ONLINE_LABELS = {
    "true": {"fi": "Verkossa", "sv": "På nätet", "en": "Online"},
    "false": {"fi": "Paikan päällä", "sv": "På plats", "en": "On site"},
}


@lru_cache(maxsize=1)
def _taxonomy():
    from catalog.taxonomy import load_taxonomy

    return load_taxonomy()


@lru_cache(maxsize=None)
def facet_codes(facet: str) -> frozenset[str]:
    """Every code of the facet's vocabulary (each taxonomy facet is named after its vocabulary)."""
    if facet == "online":
        return frozenset(ONLINE_LABELS)
    return frozenset(entry.code for entry in _taxonomy().terms(facet))


@lru_cache(maxsize=4096)
def facet_label(facet: str, code: str, lang: str) -> str:
    """The code's label in `lang`; the code itself if the taxonomy no longer knows it."""
    if facet == "online":
        return ONLINE_LABELS.get(code, {}).get(lang, code)
    from catalog.taxonomy import TaxonomyLookupError

    try:
        return _taxonomy().label(facet, code, lang) or code
    except TaxonomyLookupError:  # an old code no longer in the taxonomy: show it rather than fail the page
        return code


@lru_cache(maxsize=None)
def facet_label_index(facet: str) -> dict[str, str]:
    """Folded labels and synonyms in every language -> code, for did-you-mean hints."""
    index: dict[str, str] = {}
    if facet == "online":
        return index
    taxonomy = _taxonomy()
    for code in sorted(facet_codes(facet)):
        for words in taxonomy.search_labels(facet, code).values():
            for word in words:
                index.setdefault(word.casefold(), code)
    return index
