"""Document side: a SearchDocument's text turned into per-field terms and highlight spans.

Engines cannot run our Python analysers, so every backend indexes these
ready-made terms with a plain whitespace tokenizer; query and document then
agree because both come from `analyzers`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import analyzers

from search.documents import LANGUAGES, SearchDocument
from search.ranking import FIELD_KINDS, HIGH_KINDS, LOW_KINDS


@dataclass
class AnalysedDocument:
    """terms["name_s"] = folded surfaces, terms["name_l"] = lemmas/stems/parts, ...;
    "typo_hi"/"typo_lo" combine surfaces and lemmas of the high- and low-weight kinds.
    highlight[lang] = [(start, end, "surface lemma part ..."), ...] for the description.
    """

    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    highlight: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)


def analyse_document(doc: SearchDocument) -> AnalysedDocument:
    collected: dict[str, list[tuple[str, ...]]] = {f"{kind}_{form}": [] for kind in FIELD_KINDS for form in "sl"}
    own = set(doc.own_languages())

    def add(kind: str, terms: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
        collected[f"{kind}_s"].append(terms[0])
        collected[f"{kind}_l"].append(terms[1])

    for lang, text in doc.name.items():
        add("name", _text_terms(text, lang))
    for lang, words in doc.keywords.items():
        add("kw", _list_terms(tuple(words), lang))
    for lang, labels in doc.taxonomy.items():
        add("tax" if lang in own else "xtax", _list_terms(tuple(labels), lang))
    for lang, names in doc.places.items():
        add("place", _list_terms(tuple(names), lang))
    if doc.creator_name:
        for lang in LANGUAGES:
            add("cname", _text_terms(doc.creator_name, lang))
    highlight = {}
    for lang, text in doc.description.items():
        if not text:
            continue
        tokens = analyzers.tokens(text, lang)
        add("desc", _flatten(tokens))
        highlight[lang] = [
            (token.start, token.end, " ".join(dict.fromkeys((token.surface, *token.lemmas, *token.parts))))
            for token in tokens
        ]
    # Scores are constants, so term frequencies do not matter: keep each term once.
    terms = {name: _unique(chunks) for name, chunks in collected.items()}
    terms["typo_hi"] = _unique([terms[f"{kind}_{form}"] for kind in HIGH_KINDS for form in "sl"])
    terms["typo_lo"] = _unique([terms[f"{kind}_{form}"] for kind in LOW_KINDS for form in "sl"])
    return AnalysedDocument(terms, highlight)


# Labels, place names and names repeat across thousands of records: analyse each once.
_SHORT_TEXT = 80


def _analyse(text: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    terms = analyzers.index_terms(text, lang)
    return tuple(terms.surface), tuple(terms.lemmas)


_cached_analyse = lru_cache(maxsize=50_000)(_analyse)


def _text_terms(text: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not text:
        return (), ()
    return _cached_analyse(text, lang) if len(text) <= _SHORT_TEXT else _analyse(text, lang)


@lru_cache(maxsize=20_000)
def _list_terms(texts: tuple[str, ...], lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A whole label or keyword list at once (the same lists recur record after record)."""
    analysed = [_text_terms(text, lang) for text in texts]
    return _unique([a[0] for a in analysed]), _unique([a[1] for a in analysed])


def _flatten(tokens) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What analyzers.index_terms gives for the same text, from its tokens (descriptions are
    long: analysing them once for terms and highlight spans halves the rebuild's work).
    tests/search/test_search_model.py checks the two stay equal."""
    surface: list[str] = []
    lemmas: list[str] = []
    for token in tokens:
        surface.append(token.surface)
        if "-" in token.surface:
            surface.extend(piece for piece in token.surface.split("-") if piece)
        lemmas.extend(token.lemmas)
        lemmas.extend(token.parts)
    return tuple(surface), tuple(lemmas)


def _unique(chunks: list[tuple[str, ...]]) -> tuple[str, ...]:
    out = dict.fromkeys(chain.from_iterable(chunks))
    out.pop("", None)
    return tuple(out)


# Finnish and Swedish alphabets end ... x y z å ä ö; code points would put ä before å.
_SORT_TAIL = str.maketrans({"å": "{", "ä": "|", "ö": "}"})


def sort_key(name: str) -> str:
    """A name's sort key in the Finnish/Swedish alphabet (folded, å ä ö after z)."""
    return analyzers.fold(name).strip().translate(_SORT_TAIL)
