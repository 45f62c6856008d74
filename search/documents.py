"""The one document shape every backend indexes; built from catalog rows by `indexer/`."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from typing import Any, Literal

from search.errors import InvalidDocument

LANGUAGES = ("fi", "sv", "en")
KINDS = ("creator", "service")
# Facet fields a document carries; their names are also the taxonomy vocabularies.
TAXONOMY_FACETS = ("art_form", "region", "service_type", "target_group", "language", "creator_type")


@dataclass(frozen=True)
class SearchDocument:
    """A public creator or service, flattened for search.

    Per-language dicts hold only the languages the record was written in; the
    taxonomy and places dicts hold all three, which is what makes cross-language
    search work. `version` grows with every change of the record.
    """

    id: str
    kind: Literal["creator", "service"]
    external_id: str | None
    slug: str
    name: dict[str, str]
    description: dict[str, str]
    keywords: dict[str, list[str]]
    creator_name: str | None
    taxonomy: dict[str, list[str]]
    places: dict[str, list[str]]
    facets: dict[str, tuple[str, ...]]
    online: bool | None
    created_at: datetime
    updated_at: datetime
    version: int
    display: dict = field(default_factory=dict)
    # Defensive: the indexer only sends public records, but if a private one
    # slips through, backends delete it instead of indexing it.
    public: bool = True

    def own_languages(self) -> tuple[str, ...]:
        """Languages the record has its own text in (descriptions; titles for services)."""
        langs = set(self.description)
        if self.kind == "service":
            langs |= set(self.name)
        own = tuple(lang for lang in LANGUAGES if lang in langs)
        return own or LANGUAGES

    def hit_payload(self, highlight: dict) -> dict[str, Any]:
        """What search.response.build_hit turns into a hit; every backend stores exactly this."""
        return {
            "id": self.id,
            "kind": self.kind,
            "external_id": self.external_id,
            "slug": self.slug,
            "name": self.name,
            "description": self.description,
            "facets": {k: list(v) for k, v in self.facets.items() if v},
            "online": self.online,
            "display": self.display,
            "_hl": highlight,
        }

    def check(self) -> None:
        """Raise InvalidDocument if the document breaks the contract above."""
        if self.kind not in KINDS:
            raise InvalidDocument(self.id, "kind", f"is {self.kind!r}; use 'creator' or 'service'")
        if not isinstance(self.id, str) or not self.id.startswith(f"{self.kind}:") or len(self.id) <= len(self.kind) + 1:
            raise InvalidDocument(str(self.id), "id", f"must look like '{self.kind}:<db id>'")
        if not self.slug or not isinstance(self.slug, str):
            raise InvalidDocument(self.id, "slug", "is empty; every public record has a slug")
        for name in ("name", "description", "keywords", "taxonomy", "places"):
            unknown = set(getattr(self, name)) - set(LANGUAGES)
            if unknown:
                raise InvalidDocument(self.id, name, f"has unknown languages {sorted(unknown)}; use fi, sv, en")
        if not any(self.name.values()):
            raise InvalidDocument(self.id, "name", "is empty in every language")
        unknown = set(self.facets) - set(TAXONOMY_FACETS)
        if unknown:
            raise InvalidDocument(self.id, "facets", f"has unknown facets {sorted(unknown)}; use {', '.join(TAXONOMY_FACETS)}")
        for name in ("created_at", "updated_at"):
            if not isinstance(getattr(self, name), datetime):
                raise InvalidDocument(self.id, name, "must be a datetime")
        if not isinstance(self.version, int) or isinstance(self.version, bool):
            raise InvalidDocument(self.id, "version", "must be an integer")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; `from_dict` turns it back into an equal document."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["facets"] = {k: list(v) for k, v in self.facets.items()}
        data["created_at"] = _utc(self.created_at).isoformat()
        data["updated_at"] = _utc(self.updated_at).isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SearchDocument:
        values = dict(data)
        values["facets"] = {k: tuple(v) for k, v in values.get("facets", {}).items()}
        for name in ("created_at", "updated_at"):
            if isinstance(values[name], str):
                values[name] = datetime.fromisoformat(values[name])
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


def _utc(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC, the catalog's convention."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def timestamp(moment: datetime) -> float:
    """Seconds since the epoch, naive datetimes taken as UTC."""
    return _utc(moment).timestamp()
