"""Splitting a clean text into runs of one language.

A document is first checked through a few sample windows spread over it; only when
they disagree is it split by sentence (see the package docstring for why and how fast).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from ..model import Section
from .detector import UNDETERMINED, best, candidates

#: Characters per sample window, and the most windows checked per document.
WINDOW = 400
MAX_WINDOWS = 5
#: Sentences shorter than this take their neighbours' language instead of their own.
MIN_UNIT = 40
#: Below this confidence a sentence's own verdict is ignored (short sentences full of
#: foreign names score 0.4-0.7 for the wrong language).
MIN_CONFIDENCE = 0.8
#: A section shorter than this joins its longer neighbour: a stray line is more often
#: a misjudged one (a name list, a language claimline cannot tell) than a real switch.
MIN_SECTION = 200


_NEWLINE = re.compile("\n")
_SENTENCE_GAP = re.compile(r"[.!?…][\"')\]»]*[ ]+(?=\S)")


def _windows(text: str, units: list[tuple[int, int]]) -> list[str]:
    """Sample windows: a short text whole, in chunks of sentences; a long one as
    ``MAX_WINDOWS`` windows spread evenly through it, each starting at a sentence (or,
    inside a very long sentence, at a word)."""
    if len(text) <= WINDOW * MAX_WINDOWS:
        cuts, start = [], 0
        for _, end in units:
            if end - start >= WINDOW:
                cuts.append(end)
                start = end
        if cuts and len(text) - cuts[-1] < WINDOW // 2:
            cuts.pop()  # a short tail joins the chunk before it
        bounds = [0, *cuts, len(text)]
        return [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
    starts = [a for a, _ in units]
    picked = []
    for k in range(MAX_WINDOWS):
        target = (len(text) - WINDOW) * k // (MAX_WINDOWS - 1)
        first = starts[bisect_right(starts, target) - 1]
        if target - first > WINDOW:
            first = text.find(" ", target) + 1 or target
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
    units = _units(text)
    verdicts = [best(window, codes) for window in _windows(text, units)]
    sure = {code for code, confidence in verdicts if code and confidence >= MIN_CONFIDENCE}
    if len(sure) > 1:
        return _split(text, units, codes)
    if not sure:  # no window was sure: go by the likeliest one, if any
        sure = {max(verdicts, key=lambda v: v[1])[0] or UNDETERMINED}
    return [Section(sure.pop(), 0, len(text))]


def _units(text: str) -> list[tuple[int, int]]:
    """End-exclusive spans of the sentences (with the space or line break after them),
    covering the text: a quote in another language often shares a line with its
    translation."""
    cuts = {m.end() for m in _SENTENCE_GAP.finditer(text)}
    cuts.update(m.end() for m in _NEWLINE.finditer(text))
    cuts.add(len(text))
    spans, start = [], 0
    for cut in sorted(cuts):
        if cut > start:
            spans.append((start, cut))
            start = cut
    return spans


def _split(text: str, units: list[tuple[int, int]], codes: tuple[str, ...]) -> list[Section]:
    labels: list[Optional[str]] = []
    for start, end in units:
        label = None
        if end - start >= MIN_UNIT:
            code, confidence = best(text[start:end], codes)
            if confidence >= MIN_CONFIDENCE:
                label = code
        labels.append(label)
    _fill(labels)
    runs = _merge([Section(label, start, end) for (start, end), label in zip(units, labels)])
    while len(runs) > 1:
        size = [run.end - run.start for run in runs]
        short = [i for i in range(len(runs)) if size[i] < MIN_SECTION]
        if not short:
            break
        # each pass relabels the short runs, shortest first, after their longer neighbour
        for i in sorted(short, key=size.__getitem__):
            into = max((j for j in (i - 1, i + 1) if 0 <= j < len(runs)), key=size.__getitem__)
            runs[i] = Section(runs[into].lang, runs[i].start, runs[i].end)
        runs = _merge(runs)
    return runs


def _merge(runs: list[Section]) -> list[Section]:
    """Join neighbouring sections of the same language."""
    merged: list[Section] = []
    for run in runs:
        if merged and merged[-1].lang == run.lang:
            merged[-1] = Section(run.lang, merged[-1].start, run.end)
        else:
            merged.append(run)
    return merged


def _fill(labels: list[Optional[str]]) -> None:
    """Give unlabelled (short or unclear) sentences a language: that of the next
    labelled one, since a short line is usually a heading of what follows; at the end,
    that of the previous one."""
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
