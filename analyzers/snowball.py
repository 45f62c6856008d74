"""Snowball stemming (PyStemmer) for Swedish and English, and Finnish when Voikko cannot help."""

from __future__ import annotations

import functools
import threading

import Stemmer

from analyzers import stopwords
from analyzers.folding import fold
from analyzers.model import WordAnalysis
from analyzers.tokenizer import has_digit, pieces

_ALGORITHMS = {"fi": "finnish", "sv": "swedish", "en": "english"}
_STOPWORDS = {"fi": stopwords.FINNISH, "sv": stopwords.SWEDISH, "en": stopwords.ENGLISH}
DEFAULT_CACHE_SIZE = 50_000
MIN_PIECE_LENGTH = 2

# Stems Snowball leaves apart though they are one word; the second is added as an alternative.
# Irregular English plurals, and Swedish plurals that drop an "e" (teater -> teatrar).
_ALSO = {
    "en": {"children": "child", "women": "woman", "men": "man"},
    "sv": {"teatr": "teat", "orkestr": "orkest", "muse": "museum", "museet": "museum"},
    "fi": {},
}

# PyStemmer objects keep internal state and are not safe to share between threads.
_local = threading.local()


def stem(word: str, lang: str) -> str:
    """Snowball stem of an already folded word."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    stemmer = stemmers.get(lang)
    if stemmer is None:
        stemmer = stemmers[lang] = Stemmer.Stemmer(_ALGORITHMS[lang])
    return stemmer.stemWord(word)


def base_term(word: str, lang: str) -> str:
    """The single term a folded, hyphen-free word indexes under without a dictionary.

    Digits stay verbatim ("2024", "3d", "18.30"); an ending after a colon goes ("eu:n" -> "eu");
    English possessives go before stemming ("children's" -> "children").
    """
    if ":" in word and not has_digit(word.split(":", 1)[1]):
        word = word.split(":", 1)[0]
    if lang == "en":
        if word.endswith("'s"):
            word = word[:-2]
        word = word.strip("'")
    if not word or has_digit(word):
        return word
    return stem(word, lang)


def _analyse(word: str, lang: str) -> WordAnalysis:
    """Analyse one normalised word of `lang` with Snowball (cached as `analyse`)."""
    surface = fold(word)
    stopword = surface in _STOPWORDS[lang]
    if "-" not in surface:
        lemma = base_term(surface, lang)
        also = _ALSO[lang].get(lemma)
        lemmas = (lemma, also) if also else (lemma,) if lemma else ()
        return WordAnalysis(surface, lemmas, (), (), True, stopword)
    piece_terms = [term for term in (base_term(piece, lang) for piece in pieces(surface)) if term]
    whole = "-".join(piece_terms)
    # One-letter pieces ("e" of "e-böcker") are too common to find anything by.
    usable = [term for term in piece_terms if len(term) >= MIN_PIECE_LENGTH and term != whole]
    parts = tuple(dict.fromkeys(usable))
    query_parts = tuple((term,) for term in usable) if len(usable) > 1 else ()
    return WordAnalysis(surface, (whole,) if whole else (), parts, query_parts, True, stopword)


def _build_cache(size: int):
    return functools.lru_cache(maxsize=size)(_analyse)


analyse = _build_cache(DEFAULT_CACHE_SIZE)


def set_cache_size(size: int) -> None:
    """Replace the word cache with an empty one holding at most `size` words."""
    global analyse
    analyse = _build_cache(size)
