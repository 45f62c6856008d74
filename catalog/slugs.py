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

    @classmethod
    def load(cls, session: Session, model) -> "SlugAllocator":
        return cls(set(session.scalars(select(model.slug))))

    def allocate(self, text: str) -> str:
        base = slugify(text)
        slug, n = base, 1
        while slug in self.taken:
            n += 1
            slug = f"{base}-{n}"
        self.taken.add(slug)
        return slug

    def claim(self, slug: str) -> bool:
        if slug in self.taken:
            return False
        self.taken.add(slug)
        return True

    def release(self, slug: str) -> None:
        self.taken.discard(slug)
