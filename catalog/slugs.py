"""Readable, unique URL slugs ("Duo Kaarna" -> "duo-kaarna", then "duo-kaarna-2")."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

MAX_SLUG = 100


def slugify(text: str) -> str:
    """ASCII slug; å, ä, ö become a, a, o as Finnish URLs conventionally write them."""
    normalized = unicodedata.normalize("NFKD", text.lower())
    ascii_text = normalized.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug[:MAX_SLUG].rstrip("-") or "profiili"


class SlugAllocator:
    """Hands out slugs unique within one table; loaded once per import for speed."""

    def __init__(self, taken: set[str]):
        self.taken = taken
        self._since_checkpoint: list[str] = []

    def checkpoint(self) -> None:
        """Keep every slug handed out so far, even if a later rollback() comes."""
        self._since_checkpoint = []

    def rollback(self) -> None:
        """Free the slugs handed out since the last checkpoint (their transaction rolled back)."""
        for slug in self._since_checkpoint:
            self.taken.discard(slug)
        self._since_checkpoint = []

    @classmethod
    def load(cls, session: Session, model) -> "SlugAllocator":
        return cls(set(session.scalars(select(model.slug))))

    def allocate(self, text: str) -> str:
        base = slugify(text)
        slug, n = base, 1
        while slug in self.taken:
            n += 1
            slug = f"{base}-{n}"
        self._take(slug)
        return slug

    def claim(self, slug: str) -> bool:
        if slug in self.taken:
            return False
        self._take(slug)
        return True

    def _take(self, slug: str) -> None:
        self.taken.add(slug)
        self._since_checkpoint.append(slug)

    def release(self, slug: str) -> None:
        self.taken.discard(slug)
