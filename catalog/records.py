"""Validate one import-format record (a JSON object) into typed data, naming every bad field.

The same shape is what `kulttuuripankki export` writes, so these rules are
also the contract of the file format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, Callable
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email

from catalog.models import CONTENT_LANGUAGES, CREATOR_STATUSES
from catalog.taxonomy import Taxonomy, UnknownCode, UnknownMunicipality

MAX_NAME = 200
MAX_TEXT = 10_000
MAX_KEYWORDS = 50
MAX_KEYWORD = 100
MAX_ID = 100
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KINDS = ("creator", "service", "buyer")


@dataclass(frozen=True)
class FieldError:
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class RecordInvalid(ValueError):
    """A record has one or more bad fields; nothing of it may be stored."""

    def __init__(self, errors: list[FieldError], record_id: str | None = None, kind: str | None = None):
        self.errors = errors
        self.record_id = record_id
        self.kind = kind
        super().__init__("; ".join(str(e) for e in errors))


@dataclass
class CreatorRecord:
    external_id: str
    name: str
    creator_type: str
    home_region: str
    municipality: str | None
    regions: list[str]
    art_forms: list[str]
    languages: list[str]
    description: dict[str, str]
    keywords: dict[str, list[str]]
    background: dict[str, str] = field(default_factory=dict)
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    social_links: list[str] = field(default_factory=list)
    status: str = "approved"
    slug: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class ServiceRecord:
    external_id: str
    creator: str
    title: dict[str, str]
    description: dict[str, str]
    keywords: dict[str, list[str]]
    service_type: str
    art_forms: list[str]
    target_groups: list[str]
    regions: list[str]
    languages: list[str]
    duration_minutes: int | None = None
    audience_min: int | None = None
    audience_max: int | None = None
    price_eur: Decimal | None = None
    price_basis: str | None = None
    online: bool = False
    published: bool = True
    accessibility: dict[str, str] = field(default_factory=dict)
    slug: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class BuyerRecord:
    external_id: str
    buyer_type: str
    contact_person: str
    email: str
    region: str
    organisation: str | None = None
    municipality: str | None = None
    preferred_language: str = "fi"
    created_at: datetime | None = None


Record = CreatorRecord | ServiceRecord | BuyerRecord

_MISSING = object()


class _Fields:
    """Reads fields off one JSON object, collecting every problem instead of stopping at the first."""

    def __init__(self, obj: dict, taxonomy: Taxonomy):
        self.obj = obj
        self.taxonomy = taxonomy
        self.errors: list[FieldError] = []
        self.used = {"kind", "id"}

    def get(self, key: str, parse: Callable[[str, Any], Any], default: Any = _MISSING) -> Any:
        self.used.add(key)
        value = self.obj.get(key, _MISSING)
        if value is _MISSING or value is None:
            if default is _MISSING:
                self.errors.append(FieldError(key, "is required"))
            return None if default is _MISSING else default
        try:
            return parse(key, value)
        except _Bad as bad:
            self.errors.append(FieldError(bad.field or key, bad.reason))
            return None if default is _MISSING else default

    def reject_unknown_keys(self) -> None:
        for key in self.obj:
            if key not in self.used:
                self.errors.append(FieldError(key, "is not a known field; check its spelling"))

    # Parsers: each takes (field name, raw value) and returns a clean value or raises _Bad.

    def text(self, limit: int) -> Callable[[str, Any], str]:
        def parse(key: str, value: Any) -> str:
            if not isinstance(value, str):
                raise _Bad(key, f"must be a string, not {_json_type(value)}")
            value = value.strip()
            if not value:
                raise _Bad(key, "must not be empty")
            if len(value) > limit:
                raise _Bad(key, f"is {len(value)} characters long; at most {limit} are allowed")
            return value

        return parse

    def translated(self, limit: int, required: bool = False) -> Callable[[str, Any], dict[str, str]]:
        def parse(key: str, value: Any) -> dict[str, str]:
            if isinstance(value, str):
                raise _Bad(key, 'must be an object of languages, e.g. {"fi": "...", "sv": "..."}')
            if not isinstance(value, dict):
                raise _Bad(key, f"must be an object of languages, not {_json_type(value)}")
            result = {}
            for lang, text in value.items():
                if lang not in CONTENT_LANGUAGES:
                    raise _Bad(f"{key}.{lang}", "is not a content language; use fi, sv or en")
                if text is None or (isinstance(text, str) and not text.strip()):
                    continue
                result[lang] = self.text(limit)(f"{key}.{lang}", text)
            if required and not result:
                raise _Bad(key, "needs text in at least one of fi, sv, en")
            return {lang: result[lang] for lang in CONTENT_LANGUAGES if lang in result}

        return parse

    def keywords(self, key: str, value: Any) -> dict[str, list[str]]:
        if not isinstance(value, dict):
            raise _Bad(key, f"must be an object of languages, not {_json_type(value)}")
        result = {}
        for lang, words in value.items():
            if lang not in CONTENT_LANGUAGES:
                raise _Bad(f"{key}.{lang}", "is not a content language; use fi, sv or en")
            if isinstance(words, str):
                words = [w for w in words.split(",")]
            if not isinstance(words, list):
                raise _Bad(f"{key}.{lang}", f"must be a list of strings, not {_json_type(words)}")
            clean: list[str] = []
            for word in words:
                if not isinstance(word, str):
                    raise _Bad(f"{key}.{lang}", f"must contain strings only, found {_json_type(word)}")
                word = " ".join(word.split())
                if len(word) > MAX_KEYWORD:
                    raise _Bad(f"{key}.{lang}", f"has a keyword over {MAX_KEYWORD} characters")
                if word and word not in clean:
                    clean.append(word)
            if len(clean) > MAX_KEYWORDS:
                raise _Bad(f"{key}.{lang}", f"has {len(clean)} keywords; at most {MAX_KEYWORDS} are allowed")
            if clean:
                result[lang] = clean
        return {lang: result[lang] for lang in CONTENT_LANGUAGES if lang in result}

    def code(self, vocabulary: str) -> Callable[[str, Any], str]:
        def parse(key: str, value: Any) -> str:
            if not isinstance(value, str):
                raise _Bad(key, f"must be a code string, not {_json_type(value)}")
            try:
                return self.taxonomy.get(vocabulary, value.strip()).code
            except UnknownCode as exc:
                raise _Bad(key, str(exc)) from None

        return parse

    def codes(self, vocabulary: str, required: bool = True) -> Callable[[str, Any], list[str]]:
        def parse(key: str, value: Any) -> list[str]:
            if not isinstance(value, list):
                raise _Bad(key, f"must be a list of codes, not {_json_type(value)}")
            result: list[str] = []
            for item in value:
                code = self.code(vocabulary)(key, item)
                if code not in result:
                    result.append(code)
            if required and not result:
                raise _Bad(key, "needs at least one code")
            return result

        return parse

    def municipality(self, key: str, value: Any) -> str:
        if not isinstance(value, str):
            raise _Bad(key, f"must be a municipality name, not {_json_type(value)}")
        try:
            return self.taxonomy.find_municipality(value).code
        except UnknownMunicipality as exc:
            raise _Bad(key, str(exc)) from None

    def integer(self, low: int, high: int) -> Callable[[str, Any], int]:
        def parse(key: str, value: Any) -> int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise _Bad(key, f"must be a whole number, not {_json_type(value)}")
            if not low <= value <= high:
                raise _Bad(key, f"must be between {low} and {high}, not {value}")
            return value

        return parse

    def boolean(self, key: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise _Bad(key, f"must be true or false, not {_json_type(value)}")
        return value

    def price(self, key: str, value: Any) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Bad(key, f"must be a number of euros (or null for 'on request'), not {_json_type(value)}")
        try:
            amount = Decimal(str(value)).quantize(Decimal("0.01"))
        except InvalidOperation:
            raise _Bad(key, "is not a valid amount") from None
        if not Decimal(0) <= amount < Decimal(100_000_000):
            raise _Bad(key, "must be between 0 and 99,999,999.99 euros")
        return amount

    def email(self, key: str, value: Any) -> str:
        if not isinstance(value, str):
            raise _Bad(key, f"must be an email address, not {_json_type(value)}")
        try:
            return validate_email(value.strip(), check_deliverability=False).normalized
        except EmailNotValidError as exc:
            raise _Bad(key, f"is not a valid email address ({exc})") from None

    def url(self, key: str, value: Any) -> str:
        text = self.text(500)(key, value)
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
            raise _Bad(key, "must be a full http:// or https:// address")
        return text

    def urls(self, key: str, value: Any) -> list[str]:
        if not isinstance(value, list):
            raise _Bad(key, f"must be a list of addresses, not {_json_type(value)}")
        if len(value) > 20:
            raise _Bad(key, "has more than 20 addresses")
        return [self.url(key, item) for item in value]

    def phone(self, key: str, value: Any) -> str:
        text = self.text(40)(key, value)
        if not re.fullmatch(r"\+?[0-9][0-9 ()-]{4,38}", text):
            raise _Bad(key, "must be a phone number such as +358 40 123 4567")
        return text

    def slug(self, key: str, value: Any) -> str:
        text = self.text(120)(key, value)
        if not SLUG_PATTERN.match(text):
            raise _Bad(key, "must use only a-z, 0-9 and single hyphens, e.g. 'duo-kaarna'")
        return text

    def choice(self, options: tuple[str, ...]) -> Callable[[str, Any], str]:
        def parse(key: str, value: Any) -> str:
            if value not in options:
                raise _Bad(key, f"must be one of {', '.join(options)}, not {value!r}")
            return value

        return parse

    def timestamp(self, key: str, value: Any) -> datetime:
        if not isinstance(value, str):
            raise _Bad(key, f"must be an ISO 8601 timestamp string, not {_json_type(value)}")
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise _Bad(key, "must be an ISO 8601 timestamp such as 2026-01-31T12:00:00Z") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc)


class _Bad(Exception):
    def __init__(self, field: str | None, reason: str):
        self.field = field
        self.reason = reason


def _json_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "an object"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


def parse_record(obj: Any, taxonomy: Taxonomy) -> Record:
    """Turn one decoded JSON value into a typed record, or raise RecordInvalid naming each bad field."""
    if not isinstance(obj, dict):
        raise RecordInvalid([FieldError("(line)", f"must be a JSON object, not {_json_type(obj)}")])
    kind = obj.get("kind")
    record_id = obj.get("id")
    errors = []
    if kind not in KINDS:
        errors.append(FieldError("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}"))
    if not isinstance(record_id, str) or not record_id.strip():
        errors.append(FieldError("id", "is required: a non-empty string that identifies the record"))
    elif len(record_id) > MAX_ID:
        errors.append(FieldError("id", f"is longer than {MAX_ID} characters"))
    shown_id = record_id if isinstance(record_id, str) else None
    if errors:
        raise RecordInvalid(errors, shown_id, kind if kind in KINDS else None)
    fields = _Fields(obj, taxonomy)
    record = _PARSERS[kind](fields, record_id.strip())
    fields.reject_unknown_keys()
    if fields.errors:
        raise RecordInvalid(fields.errors, record_id, kind)
    return record


def _parse_creator(f: _Fields, external_id: str) -> CreatorRecord:
    home_region = f.get("home_region", f.code("region"))
    regions = f.get("regions", f.codes("region", required=False), default=[])
    if home_region and home_region not in regions:
        regions = [home_region, *regions]
    record = CreatorRecord(
        external_id=external_id,
        slug=f.get("slug", f.slug, default=None),
        name=f.get("name", f.text(MAX_NAME)),
        creator_type=f.get("creator_type", f.code("creator_type")),
        home_region=home_region,
        municipality=f.get("municipality", f.municipality, default=None),
        regions=regions,
        art_forms=f.get("art_forms", f.codes("art_form")),
        languages=f.get("languages", f.codes("language")),
        description=f.get("description", f.translated(MAX_TEXT, required=True)),
        keywords=f.get("keywords", f.keywords, default={}),
        background=f.get("background", f.translated(MAX_TEXT), default={}),
        email=f.get("email", f.email, default=None),
        phone=f.get("phone", f.phone, default=None),
        website=f.get("website", f.url, default=None),
        social_links=f.get("social_links", f.urls, default=[]),
        status=f.get("status", f.choice(CREATOR_STATUSES), default="approved"),
        created_at=f.get("created_at", f.timestamp, default=None),
        updated_at=f.get("updated_at", f.timestamp, default=None),
    )
    if record.municipality and home_region:
        region = f.taxonomy.municipality(record.municipality).region
        if region != home_region:
            f.errors.append(FieldError("municipality", f"lies in region {region!r}, not in home_region {home_region!r}"))
    return record


def _parse_service(f: _Fields, external_id: str) -> ServiceRecord:
    record = ServiceRecord(
        external_id=external_id,
        slug=f.get("slug", f.slug, default=None),
        creator=f.get("creator", f.text(MAX_ID)),
        title=f.get("title", f.translated(MAX_NAME, required=True)),
        description=f.get("description", f.translated(MAX_TEXT), default={}),
        keywords=f.get("keywords", f.keywords, default={}),
        accessibility=f.get("accessibility", f.translated(MAX_TEXT), default={}),
        service_type=f.get("service_type", f.code("service_type")),
        art_forms=f.get("art_forms", f.codes("art_form")),
        target_groups=f.get("target_groups", f.codes("target_group", required=False), default=[]),
        regions=f.get("regions", f.codes("region", required=False), default=[]),
        languages=f.get("languages", f.codes("language", required=False), default=[]),
        duration_minutes=f.get("duration_minutes", f.integer(1, 60 * 24 * 31), default=None),
        audience_min=f.get("audience_min", f.integer(0, 1_000_000), default=None),
        audience_max=f.get("audience_max", f.integer(1, 1_000_000), default=None),
        price_eur=f.get("price_eur", f.price, default=None),
        price_basis=f.get("price_basis", f.code("price_basis"), default=None),
        online=f.get("online", f.boolean, default=False),
        published=f.get("published", f.boolean, default=True),
        created_at=f.get("created_at", f.timestamp, default=None),
        updated_at=f.get("updated_at", f.timestamp, default=None),
    )
    if record.audience_min is not None and record.audience_max is not None and record.audience_max < record.audience_min:
        f.errors.append(FieldError("audience_max", f"is smaller than audience_min ({record.audience_min})"))
    return record


def _parse_buyer(f: _Fields, external_id: str) -> BuyerRecord:
    return BuyerRecord(
        external_id=external_id,
        buyer_type=f.get("buyer_type", f.code("buyer_type")),
        organisation=f.get("organisation", f.text(MAX_NAME), default=None),
        contact_person=f.get("contact_person", f.text(MAX_NAME)),
        email=f.get("email", f.email),
        region=f.get("region", f.code("region")),
        municipality=f.get("municipality", f.municipality, default=None),
        preferred_language=f.get("preferred_language", f.choice(CONTENT_LANGUAGES), default="fi"),
        created_at=f.get("created_at", f.timestamp, default=None),
    )


_PARSERS = {"creator": _parse_creator, "service": _parse_service, "buyer": _parse_buyer}
