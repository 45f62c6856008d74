"""Ranking rules shared by every backend, so both engines order results the same way.

Every query word that matches adds WORD_MATCH plus the best of its ways of
matching: a tier (exact > stem > compound parts > prefix > Voikko correction
> typo) plus the weight of the field it matched in, plus ALSO_MATCHED of each
other way it matched. Tiers are further apart than the largest field weight,
so an exact match anywhere beats a stem match anywhere; WORD_MATCH dwarfs
both, so matching more words wins. Backends break remaining ties by recency.
"""

from __future__ import annotations

# Document field kinds, each indexed as folded surfaces ("<kind>_s") and as
# lemmas, stems and compound parts ("<kind>_l").
FIELD_KINDS = ("name", "tax", "kw", "place", "xtax", "cname", "desc")
FIELD_WEIGHTS = {
    "name": 9,    # creator name / service title
    "tax": 8,     # taxonomy labels and synonyms in a language the record is written in
    "kw": 7,      # keywords
    "place": 7,   # municipality and region names
    "xtax": 6,    # taxonomy labels in the other languages: cross-language hits rank lower
    "cname": 3,   # a service's creator's name
    "desc": 2,    # description
}
# Typo and prefix matching run over two combined fields, to keep fuzzy automata few.
HIGH_KINDS = ("name", "tax", "kw", "place", "xtax")
LOW_KINDS = ("cname", "desc")
GROUP_WEIGHTS = {"hi": FIELD_WEIGHTS["xtax"], "lo": FIELD_WEIGHTS["desc"]}

WORD_MATCH = 1000.0
EXACT = 50.0
STEM = 40.0
PARTS = 30.0   # below any stem match: parts may come from different places of a record
PREFIX = 28.0
CORRECTION = 25.0
TYPO = 20.0
STOPWORD = 1.0
# Each further way a word matches (another field, a stem beside the exact
# form) adds this share of its score: a profile that says "sångerska" in its
# text and its labels beats one that has only the label. Small enough that
# the usual extra matches stay below the gap between two tiers.
ALSO_MATCHED = 0.01

PREFIX_MIN_CHARS = 3


def typo_edits(word: str) -> int:
    """Edits a word of this length may contain: none under 5 characters, one from 5, two from 9."""
    if len(word) < 5:
        return 0
    return 1 if len(word) < 9 else 2


def required_words(content_words: int) -> int:
    """How many content words a hit must match: one of up to two, then all but about a quarter."""
    if content_words <= 2:
        return min(1, content_words)
    return content_words - max(1, content_words // 4)


# Recency tie-break folded into relevance scores (see backends): scores are
# multiplied by at most 1 + RECENCY_SPAN, too little to reorder real differences.
RECENCY_EPOCH = 1_577_836_800.0    # 2020-01-01
RECENCY_HORIZON = 2_208_988_800.0  # 2040-01-01
RECENCY_SPAN = 5e-5
