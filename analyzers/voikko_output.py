"""Read compound structure out of one Voikko reading (the FSTOUTPUT attribute).

FSTOUTPUT marks each compound boundary with "[Bc]"; inside a component, "[Xp]base[X]"
gives the lexeme's base form (a lexicalised compound's base has "=" at its inner
boundary, "elo=kuva") and "[Xj]...[X]" a derivational suffix ("kuva" -> "kuvaaja").
The remaining text is the component's surface ("lasten" in "lastenmusiikkia").
STRUCTURE is no help here: it marks inner boundaries of lexicalised compounds too.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TAG = re.compile(r"\[([A-Za-z]+)\]")
COMPOUND_BOUNDARY = "[Bc]"


class Component(NamedTuple):
    surface: str        # the component as written in the word, lower-case ("lasten")
    base: str | None    # lexeme base form without "=" ("lapsi"); None for prefixes and numerals
    derived: bool       # a derivational suffix follows, so `base` is not the component's base form
    lexicalised: bool   # Voikko lists the lexeme as a compound of its own ("elo=kuva")


def components(fstoutput: str) -> list[Component]:
    """Split one reading's FSTOUTPUT into its compound components, in order."""
    return [_component(chunk) for chunk in fstoutput.split(COMPOUND_BOUNDARY)]


def _component(chunk: str) -> Component:
    surface: list[str] = []
    base = None
    derived = False
    open_tag = None   # the [X?] tag whose value we are reading, until "[X]" closes it
    position = 0
    for match in _TAG.finditer(chunk):
        text = chunk[position:match.start()]
        position = match.end()
        if open_tag is None:
            surface.append(text)
        elif open_tag == "Xp" and base is None:
            base = text
        tag = match.group(1)
        if tag == "X":
            open_tag = None
        elif tag.startswith("X"):
            open_tag = tag
            derived = derived or tag == "Xj"
    if open_tag is None:
        surface.append(chunk[position:])
    lexicalised = base is not None and "=" in base
    if lexicalised:
        base = base.replace("=", "")
    return Component("".join(surface).lower(), base, derived, lexicalised)
