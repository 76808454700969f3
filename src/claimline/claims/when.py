"""The time a figure holds, from the timexes around it and the document date.

In order: an "at its height"-style phrase means the time is unknown; a dated expression
in the sentence (nearest to the figure, preferring the one before it) gives the time, except
that a level counted since a date ("depuis le 1er mars") holds on the document date; a
present-tense marker ("now", "today") or a present-tense verb gives the document date; a
target without a horizon has no time; a change is dated by the document date (news
reports events of the day), or else by the last date named in the same paragraph; a
past-tense level without a date stays unknown. Nothing is guessed: a value the timex
stage could not anchor (``XXXX-03-14``) is unknown.

Which dated expressions may date a figure: not one beyond a ";" (another clause), not a
bare year in parentheses after a name ("les opérations Serval (2013)"), not one a "since"
opens after the figure ("the deadliest since 2001", "salgono a 73 dal 2001"); a date right
after the figure's noun ("22 people on Monday", "11 blessés mercredi") beats one further
back; two dates joined by "to" / "bis" / "y" ("von Januar bis Juni", "2019-2020") are an
interval ``A/B``. The level a change started from ("rose to 167 from a previous 93") and a
target with no horizon have no time of their own.
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


_GLUED = re.compile(r"[\w»\"]\.[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


def _usable(sentence: str, rel_pos: int, sent_timexes: list, lex: Lexicon) -> list:
    """The dated timexes that may date the figure at ``rel_pos`` (see the module doc)."""
    out = []
    for x in sent_timexes:
        t = x[0]
        lo, hi = (t.end, rel_pos) if t.end <= rel_pos else (rel_pos, t.start)
        if ";" in sentence[lo:hi] or _GLUED.search(sentence[lo:hi]):
            continue  # another clause, or another sentence glued on ("… l'AFP.Israël compte …")
        if re.fullmatch(r"\d{4}", t.text.strip()) and sentence[t.start - 1:t.start] == "(" \
                and sentence[t.end:t.end + 1] == ")":
            continue  # "Serval (2013)": the year names the operation
        if t.start >= rel_pos and (_since(sentence, t.start, lex) or _opened_by_since(sentence, [x], lex)):
            continue  # "the deadliest since 2001": no time of the figure
        if _transition_number(sentence, t, lex):
            continue  # "von derzeit 2000 auf rund 15.000 Soldaten": a count, not the year 2000
        if t.start >= rel_pos and lex.has("comparison_words", sentence[lo:hi]):
            continue  # "26 000 soldati … rispetto ai 9 500 del 2002": the date of the other figure
        if t.end <= rel_pos and lex.has("because_words", sentence[lo:hi]):
            continue  # "im Januar 2006 gebeten, …, weil die 17.000 Mann starke Mission … ist"
        out.append(x)
    return out


def _transition_number(sentence: str, t: Timex, lex: Lexicon) -> bool:
    """True for a bare "year" that opens a transition to a figure that is no year."""
    tos = "|".join(re.escape(w) for w in sorted(lex.listed("prep_to"), key=len, reverse=True))
    if not tos or not re.fullmatch(r"\d{4}", t.text.strip()):
        return False
    m = re.match(rf"\s+(?:{tos})\s+(?:[^\W\d]+\s+)?(\d[\d.,  ]*\d|\d)", sentence[t.end:], re.I)
    return bool(m) and not re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1))


def _close_after(sentence: str, rel_pos: int, after: list):
    """A date right after the figure's noun, in the same stretch of words ("22 people on Monday")."""
    if not after:
        return None
    first = after[0]
    gap = re.sub(r"(?<=\d)[,.](?=\d)", "", sentence[rel_pos:first[0].start])  # "US$0,56 en 1920"
    return first if len(gap) <= 40 and not re.search(r"[,;:()–—]", gap) else None


def _interval(sentence: str, pick, sent_timexes: list, lex: Lexicon) -> Optional[str]:
    """``A/B`` when the picked date opens a span ("von Januar bis Juni", "temporada 2019-2020")."""
    joiners = "|".join(re.escape(w) for w in sorted(lex.listed("interval_joiners"), key=len, reverse=True))
    if not joiners:
        return None
    span = rf"\s*(?:{joiners})\s*(?:[^\W\d]+\s+){{0,2}}"
    for other in sent_timexes:
        a, b = (pick, other) if other[0].start >= pick[0].end else (other, pick)
        if a is b or b[0].start < a[0].end:
            continue
        if re.fullmatch(span, sentence[a[0].end:b[0].start], re.I) and b[1] > a[1]:
            return f"{a[1]}/{b[1]}"  # the picked date opens or closes the span
    return None


def _from_level(left: str, lex: Lexicon) -> bool:
    """True for the level a change started from: "increased to 167 from (a previous) 93"."""
    froms = "|".join(re.escape(w) for w in lex.listed("change_from"))
    adjs = "|".join(re.escape(w) for w in lex.listed("earlier_adjectives")) or "(?!)"
    quals = "|".join(re.escape(w) for w in sorted(lex.listed("qualifier_words"), key=len, reverse=True)) or "(?!)"
    m = froms and re.search(rf"(?:^|\s)(?:{froms})\s+(?:(?:a|an|the)\s+)?(?:(?:{adjs})\s+)?(?:(?:{quals})\s+)?$",
                            left, re.I)
    clause = left[left.rfind(",") + 1:]
    return bool(m) and (lex.has("increase", clause) or lex.has("decrease", clause))


def decide(kind: str, sentence: str, rel_pos: int, sent_timexes: list[tuple[Timex, str]],
           dct: Optional[str], anchor: Optional[str], lex: Lexicon) -> tuple[Optional[str], str]:
    """(time, how) for a figure at ``rel_pos`` in ``sentence``.

    ``sent_timexes`` are the sentence's dated timexes with offsets relative to the
    sentence; ``anchor`` is the last date named earlier in the paragraph.
    """
    left = sentence[:rel_pos]
    if lex.has("undated", left):
        return None, "unknown"
    if lex.has("recurring", sentence):
        # "environ 1.000 décès chaque année", "450 euros par an": a yearly amount, not the
        # figure of the day it was reported
        return None, "recurring"
    if kind == "level" and _from_level(left, lex):
        return None, "unknown"  # "from a previous 93": when it held, the sentence does not say
    if kind == "level" and dct and _counted_since_after(sentence, rel_pos, sent_timexes, lex):
        return dct, "document-date"  # "a tué plus de 6.000 personnes depuis début 2019": as of now
    sent_timexes = _usable(sentence, rel_pos, sent_timexes, lex)
    if kind == "target":  # "gegenwärtig wird um 160.000 verhandelt": now is when it is planned
        sent_timexes = [x for x in sent_timexes if x[0].value != "PRESENT_REF"]
    if sent_timexes:
        before = [x for x in sent_timexes if x[0].end <= rel_pos]
        after = [x for x in sent_timexes if x[0].start >= rel_pos]
        pick = _close_after(sentence, rel_pos, after) or (before[-1] if before else None)
        if pick is None:
            if after[0][0].start - rel_pos <= 150:
                pick = after[0]
            else:  # a date in another part of a long sentence ("… le 24 juin pour célébrer …")
                return _undated(kind, sentence, left, dct, anchor, lex)
        if pick in before and _when_clause(sentence, pick, rel_pos, lex):
            return pick[1], "explicit"  # "the deadliest since 2012, when … killed 27": 2012
        if kind == "level" and dct and pick in before and _so_far(sentence[pick[0].end:rel_pos], lex):
            # "Début février, l'OMS avait alerté … contre le Covid, qui a déjà tué plus de
            # 500.000 personnes": a running total as of now, not of February
            return dct, "document-date"
        if kind == "level" and (_since(sentence, pick[0].start, lex)
                                or _opened_by_since(sentence, [pick], lex)):
            # "21.340 décès depuis le 1er mars", "115.000 morts depuis son apparition en
            # décembre": a total as of now, not a figure of the month it started
            return (dct, "document-date") if dct else (None, "unknown")
        opened = _opened_by_since(sentence, before, lex)
        if kind == "change" and dct and opened and opened[1] < dct:
            return f"{opened[1]}/{dct}", "explicit"  # "since May, allies have deployed …": May to now
        how = "document-date" if pick[0].value == "PRESENT_REF" else "explicit"
        span = _interval(sentence, pick, sent_timexes, lex)
        if span and kind == "level" and lex.has("brings_total", left[-40:]):
            return span.split("/")[1], how  # "entre lundi et mardi, ce qui porte à 8.425": as of Tuesday
        return span or pick[1], how
    return _undated(kind, sentence, left, dct, anchor, lex)


def _so_far(gap: str, lex: Lexicon) -> bool:
    """True when the figure sits in a relative clause that counts up to now ("qui a déjà tué")."""
    return lex.has("relatives", gap) and lex.has("so_far_words", gap[-60:])


def _counted_since_after(sentence: str, rel_pos: int, sent_timexes: list, lex: Lexicon) -> bool:
    """True when a "since" date follows the figure closely in its clause ("6.000 personnes
    depuis début 2019", "21.340 décès … depuis le 1er mars")."""
    for t, _ in sent_timexes:
        gap = re.sub(r"(?<=\d)[,.](?=\d)", "", sentence[rel_pos:t.start])
        if t.start >= rel_pos and len(gap) <= 80 and not re.search(r"[;,(]", gap) \
                and (_since(sentence, t.start, lex) or _opened_by_since(sentence, [(t, _)], lex)):
            return True
    return False


def _when_clause(sentence: str, pick, rel_pos: int, lex: Lexicon) -> bool:
    """True when a "when" clause right after the date holds the figure ("seit 2009, als …")."""
    gap = sentence[pick[0].end:rel_pos]
    return lex.has("when_relative", gap[:12]) and ";" not in gap


def _undated(kind: str, sentence: str, left: str, dct: Optional[str], anchor: Optional[str],
             lex: Lexicon) -> tuple[Optional[str], str]:
    """(time, how) for a figure no date in its sentence can date."""
    if lex.has("then_words", left):  # "Damals wurden fünf Menschen getötet": some earlier time
        return (anchor, "narrative") if anchor else (None, "unknown")
    if lex.has("present", sentence) and dct and kind != "target":
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
