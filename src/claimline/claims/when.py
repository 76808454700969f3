"""The time a figure holds, from the timexes around it and the document date.

In order: an "at its height"-style phrase means the time is unknown; a dated expression
in the sentence (nearest to the figure, preferring the one before it) gives the time, except
that a level counted since a date ("depuis le 1er mars") holds on the document date; a
present-tense marker ("now", "today") or a present-tense verb gives the document date; a
target without a horizon has no time; a change is dated by the document date (news
reports events of the day), or else by the last date named in the same paragraph; a
past-tense level without a date stays unknown. Nothing is guessed: a value the timex
stage could not anchor (``XXXX-03-14``) is unknown.
"""
from __future__ import annotations

import re
from typing import Optional

from claimline.claims.lexicon import Lexicon
from claimline.model import Timex

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def iso_prefix(value: Optional[str], dct: Optional[str] = None) -> Optional[str]:
    """An ISO prefix ("2012", "2012-07", "2012-07-09") for a TIMEX3 value, or None."""
    if not value:
        return None
    if value == "PRESENT_REF":
        return dct
    m = _ISO.match(value)
    if not m:
        return None
    if m.group(2) and not value[4:].startswith(("-W", "-Q", "-H", "-SU", "-SP", "-FA", "-WI")):
        return m.group(0)
    return m.group(1)


def dated(timexes: list[Timex], dct: Optional[str]) -> list[tuple[Timex, str]]:
    """Timexes that name a point or period on the calendar, with their ISO prefix."""
    out = []
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        iso = iso_prefix(t.value, dct)
        if iso:
            out.append((t, iso))
    return out


def _since(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether the timex at ``start`` opens a count ("since March", "depuis fin janvier")."""
    window = sentence[max(0, start - 40):start]
    # the cue, then at most one word ("depuis *le* 1er mars", "depuis *fin* janvier")
    return any(len(window[m.end():].split()) <= 1 for m in lex.find("since", window))


def _opened_by_since(sentence: str, before: list, lex: Lexicon):
    """The first dated timex a "since" opens, a few words on ("Since the outbreak … in May")."""
    for m in lex.find("since", sentence):
        after = [x for x in before if 0 <= x[0].start - m.end() <= 60]
        if after:
            return after[0]
    return None


def decide(kind: str, sentence: str, rel_pos: int, sent_timexes: list[tuple[Timex, str]],
           dct: Optional[str], anchor: Optional[str], lex: Lexicon) -> tuple[Optional[str], str]:
    """(time, how) for a figure at ``rel_pos`` in ``sentence``.

    ``sent_timexes`` are the sentence's dated timexes with offsets relative to the
    sentence; ``anchor`` is the last date named earlier in the paragraph.
    """
    left = sentence[:rel_pos]
    if lex.has("undated", left):
        return None, "unknown"
    if sent_timexes:
        before = [x for x in sent_timexes if x[0].end <= rel_pos]
        pick = before[-1] if before else sent_timexes[0]
        if kind == "level" and dct and (_since(sentence, pick[0].start, lex)
                                        or _opened_by_since(sentence, [pick], lex)):
            # "21.340 décès depuis le 1er mars", "115.000 morts depuis son apparition en
            # décembre": a total as of now, not a figure of the month it started
            return dct, "document-date"
        opened = _opened_by_since(sentence, before, lex)
        if kind == "change" and dct and opened and opened[1] < dct:
            return f"{opened[1]}/{dct}", "explicit"  # "since May, allies have deployed …": May to now
        how = "document-date" if pick[0].value == "PRESENT_REF" else "explicit"
        return pick[1], how
    if lex.has("present", sentence) and dct:
        return dct, "document-date"
    if kind == "target":
        return None, "unknown"
    if kind == "change":
        if dct:
            return dct, "document-date"
        return (anchor, "narrative") if anchor else (None, "unknown")
    if lex.has("past_verbs", left[-60:]):
        return (anchor, "narrative") if anchor else (None, "unknown")
    if dct:
        return dct, "document-date"
    return (anchor, "narrative") if anchor else (None, "unknown")
