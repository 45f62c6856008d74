"""Import-format records for tests: valid by default, overridable per field."""

from __future__ import annotations

import json


def creator(i: int = 1, **fields) -> dict:
    record = {
        "kind": "creator",
        "id": f"c-{i}",
        "name": f"Duo Kaarna {i}",
        "creator_type": "group",
        "home_region": "pirkanmaa",
        "municipality": "Tampere",
        "regions": ["pirkanmaa", "kanta-hame"],
        "art_forms": ["music"],
        "languages": ["fi", "sv"],
        "description": {"fi": "Lastenmusiikkia ja laulua päiväkodeille Tampereella.", "sv": "Barnmusik för daghem."},
        "keywords": {"fi": ["lastenmusiikki", "laulu"]},
        "email": f"duo{i}@example.fi",
        "website": "https://example.fi/duo",
    }
    record.update(fields)
    return record


def service(i: int = 1, creator_id: str = "c-1", **fields) -> dict:
    record = {
        "kind": "service",
        "id": f"s-{i}",
        "creator": creator_id,
        "title": {"fi": f"Satukonsertti {i}"},
        "description": {"fi": "Interaktiivinen konsertti 3–6-vuotiaille."},
        "keywords": {"fi": ["konsertti"]},
        "service_type": "concert",
        "art_forms": ["music"],
        "target_groups": ["early-childhood", "families"],
        "regions": ["pirkanmaa"],
        "languages": ["fi"],
        "duration_minutes": 45,
        "audience_min": 10,
        "audience_max": 80,
        "price_eur": 450,
        "price_basis": "per-performance",
        "online": False,
    }
    record.update(fields)
    return record


def jsonl(*records) -> bytes:
    lines = [r if isinstance(r, (bytes, str)) else json.dumps(r, ensure_ascii=False) for r in records]
    return b"".join((line.encode() if isinstance(line, str) else line) + b"\n" for line in lines)
