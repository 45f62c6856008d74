"""The codes demo records may use: the participating regions and the top-level vocabularies.

Kept here rather than read from taxonomy.json so the generator runs (and its
output stays byte-identical) whatever happens to the taxonomy file; a test
checks that every code below still exists there.
"""

from __future__ import annotations

REGIONS = (
    "ahvenanmaa",
    "etela-karjala",
    "etela-pohjanmaa",
    "etela-savo",
    "kanta-hame",
    "kymenlaakso",
    "pirkanmaa",
    "pohjanmaa",
    "pohjois-karjala",
    "pohjois-pohjanmaa",
    "pohjois-savo",
    "paijat-hame",
    "satakunta",
    "uusimaa",
    "varsinais-suomi",
)

ART_FORMS = (
    "architecture",
    "visual-arts",
    "photography",
    "media-art",
    "film",
    "design",
    "crafts",
    "music",
    "theatre",
    "dance",
    "circus",
    "performance-art",
    "literature",
    "comics-illustration",
    "cultural-heritage",
    "community-art",
    "arts-education",
    "multidisciplinary",
)

SERVICE_TYPES = (
    "performance",
    "concert",
    "workshop",
    "course",
    "lecture",
    "exhibition",
    "commission",
    "consulting",
    "production",
    "guided-tour",
    "other",
)

TARGET_GROUPS = (
    "early-childhood",
    "children",
    "youth",
    "adults",
    "seniors",
    "families",
    "schools",
    "special-groups",
    "workplaces",
    "care",
)

CREATOR_TYPES = ("individual", "group", "association", "institution", "company")

BUYER_TYPES = (
    "private",
    "municipality",
    "school",
    "early-childhood",
    "care",
    "company",
    "association",
    "event-producer",
)

PRICE_BASES = ("per-performance", "per-hour", "per-day", "per-person", "per-group", "fixed")

CREATOR_STATUSES = ("approved", "pending", "draft", "rejected", "hidden")

CONTENT_LANGUAGES = ("fi", "sv", "en")
