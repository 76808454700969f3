"""Deciding what separates two kept lines: nothing, a space, or a line break."""
from __future__ import annotations

import re

from .lines import Line, ends_sentence

_BULLET = re.compile(r"[•·▪‣◦●○■□►▸*-] ")
_WORD_HYPHEN = re.compile(r"[^\W\d_]-$")


def is_caps(text: str) -> bool:
    """True for an ALL-CAPS line (at least 80% of its letters upper case)."""
    letters = upper = 0
    for char in text:
        if char.isalpha():
            letters += 1
            upper += char.isupper()
    return letters >= 2 and upper >= 0.8 * letters


def separator(prev: Line, line: Line, gap: bool) -> str:
    """The text that goes between ``prev`` and ``line`` in the clean text.

    ``gap`` says a blank or dropped line lies between them, which is always a
    paragraph break. Otherwise a hard-wrapped sentence is joined with one space
    (or nothing after a hyphen that split a word), and a line break stays where a
    sentence, a heading or a list item ends.
    """
    if gap or _BULLET.match(line.text):
        return "\n"
    a, b = prev.text, line.text
    if prev.soft_hyphen_end and b[0].isalpha():
        return ""
    if _WORD_HYPHEN.search(a) and b[0].islower():
        return ""
    if b[0].islower():
        return " "
    if ends_sentence(a):
        return "\n"
    if len(a) <= 200 and is_caps(a):
        return " " if is_caps(b[:200]) else "\n"
    if len(b) <= 200 and is_caps(b) and len(b.split()) >= 3:
        return "\n"
    return " "
