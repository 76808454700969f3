"""Guess a document's creation date from its own text, with a confidence and the evidence.

Strong evidence ("dateline"): near the top, a line that is essentially a full date
("  • 09 Jul. 2012 -") or a date after a cue such as "Last updated:" / "Mis à jour le".
Weak evidence ("inferred"): the text says "today" and names a month and day without a
year; the year is taken after the latest year the text mentions. Weak guesses come back
with a confidence below ``DCT_MIN_CONFIDENCE`` so that callers keep the date unknown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import lexicon
from .tagger import tag
from .tense import clause_tense

DCT_MIN_CONFIDENCE = 0.6
TOP_CHARS = 1500  # a dateline sits near the top
FULL_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
YEAR = re.compile(r"^(\d{4})(?:$|-)")
# "Berlin, 3. März 2021 (dpa) – Die Regierung ...": a dash after the date (and an agency
# in parentheses) ends the dateline; the story runs on in the same line
DATELINE_END = re.compile(r"^\.?\s*(?:\([^()\n]{1,40}\)\s*)?[–—-]+\s")
PARENS = re.compile(r"\([^()\n]{0,60}\)")  # "Cúcuta (Norte de Santander), 19 de febrero de 2021"


@dataclass(frozen=True)
class DctGuess:
    """A guessed document date."""

    value: str  # ISO date
    confidence: float  # 0..1
    how: str  # "dateline" | "inferred"
    evidence: str  # the text used
    start: int
    end: int


@lru_cache(maxsize=None)
def _cues(lang: str) -> tuple[re.Pattern, re.Pattern]:
    d = lexicon.load(lang).dateline
    cue = re.compile(r"(?:" + "|".join(d.get("cues", ["(?!)"])) + r")\s*$", re.IGNORECASE)
    today = re.compile(r"\b(?:" + "|".join(d.get("today_words", ["(?!)"])) + r")\b",
                       re.IGNORECASE)
    return cue, today


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def infer_dct(text: str, lang: str) -> Optional[DctGuess]:
    """The document's own date, or None when the text gives no clue."""
    cue, today = _cues(lang)
    top = text[:TOP_CHARS]
    best: Optional[DctGuess] = None
    for t in tag(top, lang, None):
        if t.type not in ("DATE", "TIME") or not t.value or not FULL_DAY.match(t.value):
            continue
        lo, hi = _line_of(top, t.start, t.end)
        before, after = top[lo:t.start], top[t.end:hi]
        if DATELINE_END.match(after):
            after = ""
        if cue.search(before):
            conf = 0.95
        else:
            rest = re.findall(r"[^\W\d_]{2,}", PARENS.sub(" ", before + " " + after))
            if len(rest) > 2:
                continue  # a date inside a sentence is an event, not a dateline
            conf = 0.9 - 0.1 * len(rest)
        conf -= min(0.2, t.start / TOP_CHARS * 0.2)  # the nearer the top, the surer
        guess = DctGuess(t.value[:10], round(conf, 2), "dateline", t.text, t.start, t.end)
        if best is None or guess.confidence > best.confidence:
            best = guess
    if best is not None:
        return best
    return _inferred(text, lang, today)


def _inferred(text: str, lang: str, today: re.Pattern) -> Optional[DctGuess]:
    if not today.search(text):
        return None
    tags = tag(text, lang, None)
    years = [int(m.group(1)) for t in tags if t.value and (m := YEAR.match(t.value))]
    if not years:
        return None
    latest = max(years)
    said_today = [text[_sentence(text, m.start())[0]:_sentence(text, m.start())[1]]
                  for m in today.finditer(text)]
    topic = {w.lower() for s in said_today for w in re.findall(r"[^\W\d_]{4,}", s)}
    best, best_score = None, -1
    for t in tags:
        m = MONTH_DAY.match(t.value or "")
        if not m:
            continue
        lo, hi = _sentence(text, t.start)
        near = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text[t.end:t.end + 30])}
        score = (2 if near & topic else 0) + (0 if clause_tense(lang, text, t.start, t.end) == "past" else 1)
        if score > best_score:
            best, best_score = t, score
    if best is None:
        return None
    m = MONTH_DAY.match(best.value)
    # the latest year named is spoken of as past (an annual report "presented today"),
    # so the document is from the year after it
    value = f"{latest + 1:04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return DctGuess(value, 0.35, "inferred", best.text, best.start, best.end)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi = min(x for x in (text.find(". ", pos), text.find("\n", pos), len(text)) if x >= 0)
    return lo, hi
