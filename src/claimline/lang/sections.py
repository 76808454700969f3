"""Splitting a clean text into runs of one language.

Speed: lingua's cost grows with the text it reads plus a fixed cost per call, so
calling it on every line is slow. A document is therefore first checked through a
few sample windows spread over it; only when they disagree is it split by line.
(The whole-document confidence values cannot tell a mixed document: for the
English-then-French seed they give French 1.0 and English 0.0.)
"""
from __future__ import annotations

from typing import Optional

from ..model import Section
from .detector import UNDETERMINED, best, candidates

#: Characters per sample window, and the most windows checked per document.
WINDOW = 400
MAX_WINDOWS = 5
#: Lines shorter than this take their neighbours' language instead of their own.
MIN_LINE = 40
#: Below this confidence a line's own verdict is ignored.
MIN_CONFIDENCE = 0.5


def _line_spans(text: str) -> list[tuple[int, int]]:
    """End-exclusive spans of the lines, each including its line break, covering text."""
    spans = []
    start = 0
    while start < len(text):
        brk = text.find("\n", start)
        end = len(text) if brk < 0 else brk + 1
        spans.append((start, end))
        start = end
    return spans


def _windows(text: str, lines: list[tuple[int, int]]) -> list[str]:
    """Sample windows: the whole text in line-aligned chunks when it is short, else
    ``MAX_WINDOWS`` windows starting at lines spread evenly through it."""
    if len(text) <= WINDOW * MAX_WINDOWS:
        chunks, start = [], 0
        for _, end in lines:
            if end - start >= WINDOW:
                chunks.append(text[start:end])
                start = end
        if start < len(text):
            chunks.append(text[start:])
        return chunks
    starts = [s for s, _ in lines]
    picked = []
    for k in range(MAX_WINDOWS):
        target = (len(text) - WINDOW) * k // (MAX_WINDOWS - 1)
        first = max((s for s in starts if s <= target), default=0)
        picked.append(text[first:first + WINDOW])
    return picked


def sections(text: str, langs: Optional[list[str]] = None) -> list[Section]:
    """Language sections of a clean text: contiguous, end-exclusive, covering it all.

    ``langs`` limits the candidate languages (default: all claimline has resources
    for). A text with no detectable language is one ``"und"`` section; an empty text
    has no sections.
    """
    if not text:
        return []
    codes = candidates(langs)
    lines = _line_spans(text)
    verdicts = {best(window, codes)[0] for window in _windows(text, lines)}
    verdicts.discard(None)
    if len(verdicts) <= 1:
        lang = verdicts.pop() if verdicts else UNDETERMINED
        return [Section(lang, 0, len(text))]
    return _split(text, lines, codes)


def _split(text: str, lines: list[tuple[int, int]], codes: tuple[str, ...]) -> list[Section]:
    labels: list[Optional[str]] = []
    for start, end in lines:
        label = None
        if end - start >= MIN_LINE:
            code, confidence = best(text[start:end], codes)
            if confidence >= MIN_CONFIDENCE:
                label = code
        labels.append(label)
    _fill(labels)
    result: list[Section] = []
    for (start, end), label in zip(lines, labels):
        if result and result[-1].lang == label:
            result[-1] = Section(label, result[-1].start, end)
        else:
            result.append(Section(label, start, end))
    return result


def _fill(labels: list[Optional[str]]) -> None:
    """Give unlabelled (short or unclear) lines a language: that of the next labelled
    line, since a short line is usually a heading of what follows; at the end, that
    of the previous one."""
    following: Optional[str] = None
    for i in range(len(labels) - 1, -1, -1):
        if labels[i] is None:
            labels[i] = following
        else:
            following = labels[i]
    preceding = next((label for label in labels if label), UNDETERMINED)
    for i, label in enumerate(labels):
        if label is None:
            labels[i] = preceding
        else:
            preceding = label
