"""The sentence around a quote, cut to a bounded size, for highlighting in the report.

Works on the original document text, where the claim's offsets point (end-exclusive).
Returns plain strings; escaping is the template's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

#: Total characters of context shown around a quote (the quote itself is cut too).
CONTEXT_LIMIT = 400
QUOTE_LIMIT = 300
# How far to look for a sentence boundary; keeps the work bounded on huge documents.
_SCAN = 2000

# A sentence ends at . ! ? … (and CJK stops), possibly followed by closing quotes or
# brackets, then whitespace and not a lowercase letter ("e.g. the" goes on); a blank
# line also ends one.
_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s+(?![a-zà-öø-ÿ])|\n[ \t\r\f\v]*\n\s*")
_STOP = re.compile(r"[.!?…。！？][\"'”’»)\]]*")
_SPACE = re.compile(r"\s+")
ELLIPSIS = "…"


@dataclass(frozen=True)
class Snippet:
    """A sentence split around the quote: ``before`` + ``quote`` + ``after``."""

    before: str
    quote: str
    after: str


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text)


def _cut_left(text: str, limit: int) -> str:
    """Keep at most ``limit`` characters from the end of ``text``, at a word start."""
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ELLIPSIS
    tail = text[len(text) - limit:]
    space = tail.find(" ")
    if 0 <= space < limit // 2:
        tail = tail[space + 1:]
    return ELLIPSIS + tail


def _cut_right(text: str, limit: int) -> str:
    """Keep at most ``limit`` characters from the start of ``text``, at a word end."""
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ELLIPSIS
    head = text[:limit]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head + ELLIPSIS


def _cut_middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    half = (limit - 3) // 2  # room for " … "
    return text[:half].rstrip() + " " + ELLIPSIS + " " + text[len(text) - half:].lstrip()


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The end-exclusive span of the sentence(s) containing ``text[start:end]``."""
    lo = max(0, start - _SCAN)
    s = lo
    for m in _END.finditer(text, lo, start):
        s = m.end()
    hi = min(len(text), end + _SCAN)
    # From the quote's last character, so a quote that ends its sentence stops there.
    m = _END.search(text, max(start, end - 1), hi)
    if m is None:
        e = hi
    else:
        stop = _STOP.match(m.group())  # keep the full stop and any closing quote
        e = m.start() + (stop.end() if stop else 0)
    return s, max(e, end)


def snippet(
    text: Optional[str], start: int, end: int, limit: int = CONTEXT_LIMIT
) -> Optional[Snippet]:
    """The sentence around ``text[start:end]`` with whitespace runs squashed to one space.

    At most ``limit`` characters of context and ``QUOTE_LIMIT`` of quote; cut ends are
    marked with an ellipsis. None when the text is missing or the offsets do not fit it.
    """
    if not text or not (0 <= start < end <= len(text)):
        return None
    s, e = sentence_bounds(text, start, end)
    quote = _cut_middle(_squash(text[start:end]).strip(), QUOTE_LIMIT)
    before = _squash(text[s:start]).lstrip()
    after = _squash(text[end:e]).rstrip()
    room = max(0, limit - len(quote))
    if len(before) + len(after) > room:
        half = room // 2
        if len(before) <= half:
            left, right = len(before), room - len(before)
        elif len(after) <= room - half:
            left, right = room - len(after), len(after)
        else:
            left, right = half, room - half
        before = _cut_left(before, left)
        after = _cut_right(after, right)
    return Snippet(before=before, quote=quote, after=after)
