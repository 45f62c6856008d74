"""From query text to a backend-neutral plan: analysed words, typo budget, prefix, corrections.

The query is analysed in all three languages and the alternatives are
merged per word: a Finnish lemma, a Swedish stem and an English stem are all
ways the same typed word may match. Backends compile the plan into their own
query language (see `search.backends.*`), so both engines match the same terms.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Protocol

import analyzers

from search.highlight import TermMatcher
from search.ranking import PREFIX_MIN_CHARS, required_words, typo_edits

class TermLookup(Protocol):
    """What the planner asks the index (each backend answers from its own term dictionary)."""

    def term_exists(self, term: str) -> bool: ...

    def prefix_exists(self, prefix: str) -> bool: ...

    def similar_term(self, word: str, edits: int) -> str | None:
        """The most common indexed term within `edits` of `word` (for "did you mean"), or None."""


@dataclass(frozen=True)
class PlannedWord:
    """One query word with every way it may match a document.

    lemmas       base forms and stems from every language's analysis (any may match)
    parts        compound parts, each with alternatives; all parts must match
    known_fi     Voikko recognised the word (unknown words get a correction try)
    corrections  terms of a spelling correction, used only if the word itself is not in the index
    """

    text: str
    surface: str
    lemmas: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]
    stopword: bool
    known_fi: bool
    typo_edits: int
    prefix: bool
    in_index: bool = True
    corrections: tuple[str, ...] = ()
    correction_text: str | None = None
    tail_prefix: str | None = None  # last compound part still being typed, matched as a prefix
    dictionary_lemmas: tuple[str, ...] = ()  # lemmas from Voikko (if it knew the word) and sv/en stems

    @property
    def exact_terms(self) -> frozenset[str]:
        terms = {self.surface, *self.lemmas, *self.corrections}
        terms.update(alt for alts in self.parts for alt in alts)
        return frozenset(terms)


@dataclass(frozen=True)
class QueryPlan:
    words: tuple[PlannedWord, ...]
    suggestion: str | None = None

    @property
    def content_words(self) -> tuple[PlannedWord, ...]:
        """Words that count for matching; if every word is a stop word, all of them do."""
        content = tuple(w for w in self.words if not w.stopword)
        return content or self.words

    @property
    def stopwords(self) -> tuple[PlannedWord, ...]:
        content = self.content_words
        return tuple(w for w in self.words if w not in content)

    @property
    def required(self) -> int:
        return required_words(len(self.content_words))

    def matcher(self) -> TermMatcher:
        """What to highlight: the content words' terms, prefixes and (for words not in the index) typos."""
        content = self.content_words
        exact = frozenset().union(*(w.exact_terms for w in content)) if content else frozenset()
        prefixes = tuple(w.surface for w in content if w.prefix)
        fuzzy = tuple((w.surface, w.typo_edits) for w in content if w.typo_edits and not w.in_index)
        return TermMatcher(exact, prefixes, fuzzy)


def plan_query(q: str, index: TermLookup) -> QueryPlan:
    """Analyse `q`, then check each word against the index.

    A word the index lacks may be a compound of indexed words (split it), a
    misspelling (a Voikko correction joins the match; "did you mean" offers it
    or the nearest indexed word) or a compound still being typed. Asking the
    index keeps all this away from words that are fine, like English words
    Voikko does not know, or a last word being typed.
    """
    words = [_review(word, index) for word in _analyse(q)]
    suggestion = None
    if any(w.correction_text for w in words):
        suggestion = " ".join(w.correction_text or w.text for w in words)
    return QueryPlan(tuple(words), suggestion)


def _review(word: PlannedWord, index: TermLookup) -> PlannedWord:
    if word.stopword or word.known_fi and word.typo_edits == 0:
        return word
    if word.prefix and index.prefix_exists(word.surface):
        return word  # still being typed
    if any(index.term_exists(term) for term in (word.surface, *word.lemmas)):
        # It matches, as typed or by a stem. If only by the stem Snowball guessed for a
        # word no dictionary knows ("musicain" -> music), a better spelling may exist.
        if word.typo_edits and not any(index.term_exists(t) for t in (word.surface, *word.dictionary_lemmas)):
            if similar := index.similar_term(word.surface, word.typo_edits):
                return replace(word, correction_text=similar)
        return word
    word = replace(word, in_index=False)
    if not word.parts and (split := _split_compound(word, index, prefix_tail=False)):
        return replace(word, parts=split[0])
    if not word.typo_edits:
        return word
    if not word.known_fi and (correction := _correction(word.text, index)):
        return replace(word, corrections=correction[1], correction_text=correction[0])
    if similar := index.similar_term(word.surface, word.typo_edits):
        # Only suggested: the typo-tolerant match already finds these records.
        return replace(word, correction_text=similar)
    if word.prefix and not word.parts and (split := _split_compound(word, index, prefix_tail=True)):
        return replace(word, parts=split[0], tail_prefix=split[1])
    return word


# Voikko's candidates tried per unknown word (each costs an index look-up).
MAX_CORRECTIONS = 3
# Dictionary decompounding: parts shorter than this are too vague to require.
MIN_SPLIT_PART = 3
MIN_SPLIT_WORD = 6


def _split_compound(word: PlannedWord, index: TermLookup, prefix_tail: bool):
    """Split a word the index lacks into two indexed words ("keramikkurs" -> keramik + kurs).

    Voikko splits Finnish compounds it knows; this catches the rest, Swedish
    compounds above all, using the index's own vocabulary as the dictionary.
    The longest known first part wins; a Swedish linking "s" may end it.
    With `prefix_tail` (the last word) the second part may be a prefix still
    being typed. Returns (parts, tail_prefix) or None.
    """
    text = word.surface
    if len(text) < MIN_SPLIT_WORD or not text.isalpha():
        return None
    for cut in range(len(text) - 1, MIN_SPLIT_PART - 1, -1):
        head, tail = text[:cut], text[cut:]
        head_terms = _known_terms(head, index) or (_known_terms(head[:-1], index) if head.endswith("s") else ())
        if not head_terms:
            continue
        if prefix_tail:
            if index.prefix_exists(tail):
                return (head_terms,), tail
        elif len(tail) >= MIN_SPLIT_PART and (tail_terms := _known_terms(tail, index)):
            return (head_terms, tail_terms), None
    return None


def _known_terms(part: str, index: TermLookup) -> tuple[str, ...]:
    """The part's surface and lemmas (any language) that the index contains."""
    if len(part) < MIN_SPLIT_PART:
        return ()
    candidates = _unique((part, *(l for lang in analyzers.LANGUAGES for w in analyzers.query_words(part, lang) for l in w.lemmas)))
    return tuple(term for term in candidates if index.term_exists(term))


@lru_cache(maxsize=2048)
def _analyse(q: str) -> tuple[PlannedWord, ...]:
    """Per-word union of the fi, sv and en analyses (cached: the same query comes often)."""
    per_language = {lang: analyzers.query_words(q, lang) for lang in analyzers.LANGUAGES}
    reference = per_language["fi"]
    planned = []
    for position, fi_word in enumerate(reference):
        variants = [fi_word]
        for lang in ("sv", "en"):
            other = _aligned(per_language[lang], position, fi_word.text, len(reference))
            if other is not None:
                variants.append(other)
        lemmas = _unique(lemma for v in variants for lemma in v.lemmas if lemma != fi_word.surface)
        parts = next((v.parts for v in variants if v.parts), ())
        vouched = [*variants[1:], *([fi_word] if fi_word.known else [])]
        dictionary_lemmas = _unique(lemma for v in vouched for lemma in v.lemmas if lemma != fi_word.surface)
        is_last = position == len(reference) - 1
        planned.append(
            PlannedWord(
                text=fi_word.text,
                surface=fi_word.surface,
                lemmas=lemmas,
                parts=tuple(tuple(alts) for alts in parts),
                stopword=any(v.stopword for v in variants),
                known_fi=fi_word.known,
                typo_edits=typo_edits(fi_word.surface),
                prefix=is_last and len(fi_word.surface) >= PREFIX_MIN_CHARS,
                dictionary_lemmas=dictionary_lemmas,
            )
        )
    return tuple(planned)


def _aligned(words: list, position: int, text: str, expected: int):
    """The same word in another language's analysis (tokenisation is shared, so usually by position)."""
    if len(words) == expected and words[position].text == text:
        return words[position]
    return next((w for w in words if w.text == text), None)


def _correction(text: str, index: TermLookup) -> tuple[str, tuple[str, ...]] | None:
    """The first of Voikko's corrections whose terms the index has, with those terms; else None."""
    for suggestion in _suggestions(text):
        terms = _correction_terms(suggestion)
        if any(index.term_exists(term) for term in terms):
            return suggestion, terms
    return None


@lru_cache(maxsize=4096)
def _suggestions(text: str) -> tuple[str, ...]:
    return tuple(analyzers.suggestions(text, "fi")[:MAX_CORRECTIONS])


@lru_cache(maxsize=4096)
def _correction_terms(suggestion: str) -> tuple[str, ...]:
    return _unique(t for w in analyzers.query_words(suggestion, "fi") for t in (w.surface, *w.lemmas))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))
