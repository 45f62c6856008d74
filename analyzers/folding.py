"""Case and diacritic folding that keeps å, ä and ö as letters of their own.

Folding å/ä/ö away would merge distinct Finnish and Swedish words ("sää" and "saa",
"år" and "ar"), so only other diacritics go: "é" -> "e", "ü" -> "u".
Run it on Voikko's output, never on its input: Voikko needs the real spelling.
"""

from __future__ import annotations

import re
import unicodedata

from analyzers.errors import require_text

# Letters with no Unicode decomposition; ø/æ are the Danish and Norwegian ö/ä.
_LETTERS = str.maketrans({
    "ø": "ö", "æ": "ä", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
    "ł": "l", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n",
})

# After NFKD: keep the marks that make å, ä, ö; drop every other combining mark.
_MARKS = re.compile(
    "(a\u0308|a\u030a|o\u0308)|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def _keep_aao(match: re.Match) -> str:
    return match.group(1) or ""


def fold(text: str) -> str:
    """Lower-case `text` and strip diacritics other than those of å, ä and ö."""
    require_text(text)
    lowered = text.casefold()
    if lowered.isascii():
        return lowered
    # NFKD first: compatibility forms ("ᵑ", "ℌ", "ﬁ") become letters the table and casefold know.
    # Casefold again: decomposition can surface capitals ("ᴭ" -> "Æ").
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", lowered).casefold())
    decomposed = decomposed.translate(_LETTERS)
    return unicodedata.normalize("NFC", _MARKS.sub(_keep_aao, decomposed))
