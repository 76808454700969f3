"""Deciding what separates two kept lines: nothing, a space, or a line break."""
from __future__ import annotations

import re

from .lines import Line, ends_sentence

_BULLET = re.compile(r"(?:[•·▪‣◦●○■□►▸*-]|\d{1,2}[.)]) ")
_WORD_HYPHEN = re.compile(r"[^\W\d_]-$")
# "Today," "However," "Yesterday,": a capitalised word and a comma opening a sentence
_SENTENCE_END = re.compile(r"[.!?…]")


def has_sentence_end(text: str) -> bool:
    """True when ``text`` holds sentence-final punctuation anywhere."""
    return bool(_SENTENCE_END.search(text))

_OPENER = re.compile(r"[^\W\d_][^\W\d_]+, ")
#: A paragraph this short with no sentence end yet may be a title.
MAX_TITLE = 120


def is_caps(text: str) -> bool:
    """True for an ALL-CAPS line (at least 80% of its letters upper case)."""
    letters = upper = 0
    for char in text:
        if char.isalpha():
            letters += 1
            upper += char.isupper()
    return letters >= 2 and upper >= 0.8 * letters


def separator(prev: Line, line: Line, gap: bool, title_like: bool = False) -> str:
    """The text that goes between ``prev`` and ``line`` in the clean text.

    ``gap`` says a blank or dropped line lies between them, which is always a
    paragraph break. ``title_like`` says the paragraph ``prev`` ends is short and has
    no sentence end: then if ``line`` opens a sentence with "Word, " it starts a new
    paragraph. Otherwise a hard-wrapped sentence is joined with one space
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
    if title_like and b[0].isupper() and _OPENER.match(b):
        return "\n"
    return " "
