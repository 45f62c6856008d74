"""Generate the demo data set: creators, services and buyers as import-format dicts, lazily.

Every record is drawn from its own random stream seeded by (seed, kind,
number), so the same seed always gives byte-identical records, record N does
not depend on how many are generated (services do depend on the number of
creators, since they must point at one), and a million creators can be
streamed without holding them in memory.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable, Iterator

from catalog.demo.buyers import buyer_record
from catalog.demo.creators import CreatorCore, creator_random, draw_core, timestamp
from catalog.demo.profile_text import creator_texts
from catalog.demo.services import service_record
from catalog.demo.textutil import ascii_fold, slug

DEFAULT_SEED = 2026
MAX_RECORDS = 10_000_000


class DemoParameterError(ValueError):
    """A generate() argument is unusable; the message names it and says what would work."""

    def __init__(self, field: str, reason: str):
        self.field = field
        super().__init__(f"{field}: {reason}")


class Records:
    """A lazily generated, re-iterable sequence of records: each pass yields the same dicts."""

    def __init__(self, count: int, make: Callable[[int], dict]):
        self._count = count
        self._make = make

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[dict]:
        make = self._make
        return (make(number) for number in range(1, self._count + 1))

    def __getitem__(self, index: int) -> dict:
        """Record at 0-based `index`, computed on its own."""
        if not -self._count <= index < self._count:
            raise IndexError(f"record index {index} out of range for {self._count} records")
        return self._make(index % self._count + 1)


@dataclass(frozen=True)
class DemoData:
    creators: Records
    services: Records
    buyers: Records


def generate(creators: int = 6000, services: int = 4000, buyers: int = 1000, seed: int = DEFAULT_SEED) -> DemoData:
    """Describe a demo data set; records are made only when iterated.

    Raises DemoParameterError when a count is not a whole number from 0 to
    10,000,000, the seed is not a whole number, or services are asked for
    without any creators to own them.
    """
    for field, value in (("creators", creators), ("services", services), ("buyers", buyers)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise DemoParameterError(field, f"must be a whole number, not {type(value).__name__} {value!r}")
        if not 0 <= value <= MAX_RECORDS:
            raise DemoParameterError(field, f"must be between 0 and {MAX_RECORDS:,}, not {value:,}")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise DemoParameterError("seed", f"must be a whole number such as {DEFAULT_SEED}, not {type(seed).__name__} {seed!r}")
    if services and not creators:
        raise DemoParameterError("services", "needs at least one creator to belong to; set creators above 0 or services to 0")
    return DemoData(
        creators=Records(creators, lambda number: creator_record(seed, number)),
        services=Records(services, lambda number: service_record(seed, number, creators)),
        buyers=Records(buyers, lambda number: buyer_record(seed, number)),
    )


def creator_record(seed: int, number: int) -> dict:
    """The import-format record of creator `number` (1-based)."""
    rng = creator_random(seed, number)
    core = draw_core(rng, number)
    description, keywords = creator_texts(rng, core)
    email, website, phone = _contacts(rng, core)
    return {
        "kind": "creator",
        "id": core.id,
        "name": core.name,
        "creator_type": core.creator_type,
        "home_region": core.region,
        "municipality": core.municipality.fi,
        "regions": list(core.regions),
        "art_forms": list(core.art_forms),
        "languages": list(core.spoken),
        "description": description,
        "keywords": keywords,
        "email": email,
        "website": website,
        "phone": phone,
        "status": core.status,
        "created_at": timestamp(core.created),
    }


def _contacts(rng: random.Random, core: CreatorCore) -> tuple[str, str | None, str | None]:
    """Email (unique: it carries the record number), website and phone on reserved-looking ranges."""
    domain = "example.com" if core.language == "en" or rng.random() < 0.3 else "example.fi"
    if core.creator_type == "individual":
        local = f"{_local(core.person.first)}.{_local(core.person.last)}"
        has_site, has_phone = rng.random() < 0.45, rng.random() < 0.6
    else:
        bare = core.name
        for suffix in (" ry", " rf", " Oy", " Ab"):
            bare = bare.removesuffix(suffix)
        local = _local(bare)[:30]
        has_site, has_phone = rng.random() < 0.85, rng.random() < 0.8
    email = f"{local}{core.number}@{domain}"
    website = f"https://example.fi/{slug(core.name)}" if has_site else None
    phone = f"+358 {rng.choice(('40', '50'))} 555 {rng.randrange(10000):04d}" if has_phone else None
    return email, website, phone


def _local(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text) if ch.isalnum())
