"""Character normalization of one line, keeping each output character's original offset."""
from __future__ import annotations

import re
import unicodedata

#: Characters dropped outright: soft hyphen, zero-width space/non-joiner/joiner,
#: left-to-right/right-to-left marks, word joiner, BOM.
DROPPED = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
})
# Anything that is not a lone ASCII space between two kept characters: runs of
# whitespace/dropped characters, any other whitespace (no-break, tab...), dropped ones.
_IRREGULAR = re.compile(rf"[\s{DROPPED}]{{2,}}|[^\S ]|[{DROPPED}]")


def normalize_span(text: str, start: int = 0, end: int | None = None) -> tuple[str, list[int], dict[int, int]]:
    """Normalize ``text[start:end]`` (one line) for the clean text.

    Returns the normalized string, the original offset of each of its characters, and
    the original end offset of the few characters that stand for more than one
    original character (NFC compositions), keyed by their index.

    Every kind of whitespace run becomes one space and the ends are stripped; curly
    quotes become straight; soft hyphens and zero-width characters go. A base
    character and the marks that compose with it become one NFC character; stacks that
    NFC cannot fold into a single character are left unchanged.
    """
    end = len(text) if end is None else end
    pieces: list[str] = []
    offsets: list[int] = []
    pos = start
    for match in _IRREGULAR.finditer(text, start, end):
        if match.start() > pos:
            pieces.append(text[pos:match.start()].translate(_QUOTES))
            offsets.extend(range(pos, match.start()))
        run = match.group()
        for i, char in enumerate(run):
            if char not in DROPPED:
                pieces.append(" ")
                offsets.append(match.start() + i)
                break
        pos = match.end()
    if pos < end:
        pieces.append(text[pos:end].translate(_QUOTES))
        offsets.extend(range(pos, end))
    line = "".join(pieces)
    # strip the (single) leading and trailing space a run may have left
    lo, hi = 0, len(line)
    if line.startswith(" "):
        lo = 1
    if hi > lo and line.endswith(" "):
        hi -= 1
    if lo or hi < len(line):
        line, offsets = line[lo:hi], offsets[lo:hi]
    if line.isascii() or unicodedata.is_normalized("NFC", line):
        return line, offsets, {}
    return _compose(line, offsets)


def _compose(line: str, offsets: list[int]) -> tuple[str, list[int], dict[int, int]]:
    """NFC by segments (a starter and what composes with it), so each output
    character still knows the original characters it came from."""
    segments: list[tuple[list[str], list[int]]] = []
    for char, offset in zip(line, offsets):
        if segments:
            chars, offs = segments[-1]
            if unicodedata.combining(char) or _absorbs("".join(chars), char):
                chars.append(char)
                offs.append(offset)
                continue
        segments.append(([char], [offset]))
    out: list[str] = []
    out_offsets: list[int] = []
    ends: dict[int, int] = {}
    for char_list, offs in segments:
        chars = "".join(char_list)
        composed = unicodedata.normalize("NFC", chars)
        if len(composed) != 1:
            # Several output characters could not each say which original ones they
            # came from (marks get reordered), so such rare stacks are left as they are.
            composed = chars
        out.append(composed)
        out_offsets.extend(offs[: len(composed)])
        if len(composed) < len(chars):
            ends[len(out_offsets) - 1] = offs[-1] + 1
    return "".join(out), out_offsets, ends


def _absorbs(segment: str, char: str) -> bool:
    """True when NFC folds the starter ``char`` into ``segment`` (Hangul jamo, a few
    Indic vowel signs)."""
    if char.isascii() or len(segment) > 32:
        return False
    return len(unicodedata.normalize("NFC", segment + char)) <= len(
        unicodedata.normalize("NFC", segment))
