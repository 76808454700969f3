"""Splitting text into normalized lines and deciding which lines are boilerplate."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .normalize import normalize_span
from .rules import RuleSet

SOFT_HYPHEN = "\u00ad"
_BREAK = re.compile(r"\r\n|\r|\n")
_WORDY = re.compile(r"[^\W_]")
_TERMINAL = re.compile(r"[.!?…:;][\"'»)\]]*$")

#: Lines longer than this are running text, never boilerplate.
MAX_BOILERPLATE = 500
#: A teaser title after "Next Article" is at most this long.
MAX_TEASER = 150
#: Lines of a contact footer block (names, wrapped addresses) are at most this long.
MAX_FOOTER_LINE = 80


@dataclass
class Line:
    """One line of the original text and its normalized form."""

    start: int  # original span of the line, without its line break
    end: int
    text: str
    offsets: list[int]
    ends: dict[int, int] = field(default_factory=dict)
    reason: Optional[str] = None  # why it was dropped; None when kept
    footer_mark: bool = False
    soft_hyphen_end: bool = False

    @property
    def blank(self) -> bool:
        """True for an empty line (after normalization)."""
        return not self.text

    @property
    def kept(self) -> bool:
        """True for a non-blank line that cleaning keeps."""
        return bool(self.text) and self.reason is None


def split_lines(text: str) -> list[Line]:
    """Split ``text`` at line breaks (``\\n``, ``\\r\\n``, ``\\r``) and normalize each line."""
    lines = []
    start = 0
    for match in _BREAK.finditer(text):
        lines.append(_line(text, start, match.start()))
        start = match.end()
    lines.append(_line(text, start, len(text)))
    return lines


def _line(text: str, start: int, end: int) -> Line:
    norm, offsets, ends = normalize_span(text, start, end)
    soft = text[start:end].rstrip().endswith(SOFT_HYPHEN)
    return Line(start, end, norm, offsets, ends, soft_hyphen_end=soft)


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with sentence-final punctuation (quotes may follow)."""
    return bool(_TERMINAL.search(line))


def mark_boilerplate(lines: list[Line], rules: RuleSet) -> None:
    """Set ``reason`` on every boilerplate line: rule matches, teaser titles after
    navigation links, lines without a letter or digit, and contact footers."""
    drop_next_after: Optional[str] = None
    for line in lines:
        if line.blank:
            continue
        if drop_next_after is not None:
            pending, drop_next_after = drop_next_after, None
            if len(line.text) <= MAX_TEASER:
                rule = rules.match(line.text)
                line.reason = rule.reason if rule else f"teaser title after {pending!r}"
                if rule and rule.drop_next:
                    drop_next_after = line.text
                continue
        if len(line.text) <= MAX_BOILERPLATE:
            rule = rules.match(line.text)
            if rule is not None:
                line.reason = rule.reason
                line.footer_mark = rule.footer
                if rule.drop_next:
                    drop_next_after = line.text
                continue
        if not _WORDY.search(line.text):
            line.reason = "no letters or digits"
    _mark_footer(lines)


def _mark_footer(lines: list[Line]) -> None:
    """Drop the block of short lines at the very end when a footer rule fired in it."""
    block: list[Line] = []
    for line in reversed(lines):
        if line.blank or line.reason is not None:
            block.append(line)
        elif len(line.text) <= MAX_FOOTER_LINE and not ends_sentence(line.text):
            block.append(line)
        else:
            break
    if any(line.footer_mark for line in block):
        for line in block:
            if line.kept:
                line.reason = "contact footer"
