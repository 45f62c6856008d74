"""Small text helpers: fill templates, build compounds, make ASCII slugs."""

from __future__ import annotations

import random
import re
import unicodedata
from functools import lru_cache
from string import Formatter
from typing import Mapping, Sequence

_VOWELS = "aeiouyäöå"


@lru_cache(maxsize=None)
def slots(template: str) -> frozenset[str]:
    """The slot names a template uses."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


def usable(templates: Sequence[str], ctx: Mapping[str, object]) -> list[str]:
    """The templates whose every slot the context can fill."""
    keys = ctx.keys()
    return [t for t in templates if slots(t) <= keys]


@lru_cache(maxsize=None)
def _facts(template: str) -> frozenset[str]:
    return frozenset(Said.GROUPS.get(name, name) for name in slots(template) & Said.FACTS)


class Said:
    """The facts a text has already stated, so later sentences can avoid repeating them."""

    FACTS = frozenset({"spec", "spec_par", "spec_gen", "spec2", "spec2_par", "spec2_gen", "founded", "years", "festival_loc", "spec_sv", "spec2_sv", "spec_en", "spec2_en", "festival_sv", "festival_en", "duration"})
    GROUPS = {"spec_par": "spec", "spec_gen": "spec", "spec_sv": "spec", "spec_en": "spec", "spec2_par": "spec2", "spec2_gen": "spec2", "spec2_sv": "spec2", "spec2_en": "spec2", "festival_sv": "festival_loc", "festival_en": "festival_loc"}

    def __init__(self) -> None:
        self.facts: set[str] = set()

    def fresh(self, options: list[str]) -> list[str]:
        if not self.facts:
            return options
        return [t for t in options if not _facts(t) & self.facts] or options

    def add(self, template: str) -> None:
        self.facts |= _facts(template)


def pick(rng: random.Random, templates: Sequence[str], ctx: Mapping[str, object], said: Said | None = None) -> str | None:
    """Fill one randomly chosen usable template (preferring ones that repeat no fact), or None."""
    options = usable(templates, ctx)
    if not options:
        return None
    if said is not None:
        options = said.fresh(options)
    template = rng.choice(options)
    if said is not None:
        said.add(template)
    return sentence(template.format_map(ctx))


def pick_many(rng: random.Random, templates: Sequence[str], ctx: Mapping[str, object], count: int, said: Said | None = None) -> list[str]:
    """Fill up to `count` different usable templates, each preferring facts not yet stated."""
    said = said if said is not None else Said()
    options = usable(templates, ctx)
    filled = []
    for _ in range(min(count, len(options))):
        template = rng.choice(said.fresh(options))
        options.remove(template)
        said.add(template)
        filled.append(sentence(template.format_map(ctx)))
    return filled


def sentence(text: str) -> str:
    """Capitalise the first letter, leaving the rest (names, "DJ") alone."""
    return text[:1].upper() + text[1:] if text else text


def a_an(noun_phrase: str) -> str:
    """English indefinite article: "an illustrator", "a singer"."""
    lowered = noun_phrase.lower()
    article = "an" if lowered[:1] in "aeio" or (lowered[:1] == "u" and not lowered.startswith(("uni", "use", "usu"))) else "a"
    return f"{article} {noun_phrase}"


def compound_fi(stem: str, tail: str) -> str:
    """Join a Finnish compound; a hyphen goes between two equal vowels ("musiikki-ilta")."""
    if stem.endswith("-") or stem.endswith(" -"):
        return stem + tail
    if stem[-1:].lower() == tail[:1].lower() and stem[-1:].lower() in _VOWELS:
        return f"{stem}-{tail}"
    return stem + tail


def compound_sv(stem: str, tail: str) -> str:
    """Join a Swedish compound, dropping the third of three equal consonants ("porträttjänst")."""
    if stem.endswith("-"):
        return stem + tail
    if len(stem) >= 2 and stem[-1] == stem[-2] == tail[:1] and stem[-1] not in _VOWELS:
        return stem + tail[1:]
    return stem + tail


_EN_SINGULAR = {
    "ballads and chansons": "ballad and chanson",
    "fairy tales": "fairy tale",
    "short stories": "short story",
    "balancing acts": "balancing act",
}


def en_attributive(phrase: str) -> str:
    """An English noun phrase fit to stand before another noun: "short films" -> "short film"."""
    if phrase in _EN_SINGULAR:
        return _EN_SINGULAR[phrase]
    last = phrase.rsplit(" ", 1)[-1]
    if last.endswith("s") and not last.endswith(("ss", "ics", "arts")) and len(last) > 3:
        return phrase[:-1]
    return phrase


def join_words(words: Sequence[str], conjunction: str) -> str:
    """"a, b and c" with the language's word for "and"."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


_UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i"})


@lru_cache(maxsize=16384)
def ascii_fold(text: str) -> str:
    """Lower-case ASCII: "Åkerlund" -> "akerlund", "Paweł" -> "pawel"; other characters are dropped."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSABLE))
    return "".join(ch for ch in decomposed if ch.isascii() and not unicodedata.combining(ch))


def slug(text: str) -> str:
    """A URL-safe slug: "Duo Kaarna" -> "duo-kaarna"."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text)).strip("-")


def sv_genitive(name: str) -> str:
    """Swedish genitive: "Vasas", but "Närpes" stays as it is."""
    return name if name[-1:] in "sxz" else f"{name}s"
