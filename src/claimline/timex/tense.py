"""The tense of the clause around a temporal expression, and where sentences begin and end.

The news strategy reads a bare weekday or month forward or backward by the tense of its
clause: the nearest cue of the language's tense lists (``timex_rules.json`` "tense"), a cue
after the expression or across a comma counting as farther. A period after an abbreviation
ends no sentence; a year written out at the head of a sentence frames the whole sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Optional

from . import firstchar, grammar, lexicon

FUTURE_IN_PAST = "future_in_past"  # a cue list's name: "was expected to", "was due to"
CONDITIONAL = "conditional"  # a cue list's name: "would", a future seen from the past that may never come
SAID_REACH = 4  # "said on Friday": a reporting verb this close sets the tense
FRAME_REACH = 30  # a framing date opens its sentence: at most this far from its start
RIGHT_WEIGHT = 2.0  # a cue after the expression counts as this much farther away
COMMA_COST = 40  # a cue across a comma (or a spaced dash) is likely in another clause
_ASIDE_CLOSE = re.compile(r"\s*,")  # the comma that closes an aside after the expression
_DASH = re.compile(r"\s(?:[–—-]|--)\s")  # "the campaign – which will be … in January – did": an aside's edge
CLAUSE_REACH = 150  # characters searched for a tense cue on each side, within the sentence
SENTENCE_END = re.compile(r"[.!?;\n]\s|\n|(?<=[a-zà-ÿ\"”»])\.(?=[A-ZÀ-Ý][a-zà-ÿ])")  # and glued ones: "…continuera\".Quelque"


_WORD_BEFORE_DOT = re.compile(r"([\w.]+)\Z")
_LETTER_DOTS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def ends_sentence(lang: str, text: str, at: int) -> bool:
    """Whether the punctuation at ``at`` ends a sentence: a period after an abbreviation
    ("p.m.", "U.S.", or the language's ``abbreviation`` words: "Gen.", "Sept.") does not."""
    if text[at] != ".":
        return True
    m = _WORD_BEFORE_DOT.search(text, max(0, at - 12), at)
    if not m:
        return True
    word = m.group(1)
    if _LETTER_DOTS.fullmatch(word):
        return False
    return lexicon.load(lang).value("abbreviation", word) is None


QUOTE_MARK = re.compile(r"``|''|[\"“”«»„]")  # ``…'' in wire copy


def _quote_counter(text: str, lo: int, hi: int):
    """A function giving how many quote marks lie wholly inside text[a:b], for spans within
    text[lo:hi] (the marks are found once per clause, not once per cue)."""
    marks = [(m.start(), m.end()) for m in QUOTE_MARK.finditer(text, lo, hi)]
    if not marks:
        return lambda a, b: 0
    starts, ends = [s for s, _ in marks], [e for _, e in marks]
    return lambda a, b: bisect_right(ends, b) - bisect_left(starts, a)


_OPENING = {"“": True, "«": True, "„": True, "``": True, "”": False, "»": False, "''": False}


class Quotations:
    """Where ``text`` is inside a quotation, found in one pass: a quotation opens and closes
    within its paragraph (line); a straight mark opens or closes by turns, and after "„" a
    "“" closes (German)."""

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        line_end = -1
        inside = german = False
        for m in QUOTE_MARK.finditer(text):
            if m.start() > line_end:  # a new paragraph: no quotation runs on from the last
                if inside:
                    self.ends.append(line_end + 1)  # the paragraph's own line break is in it
                inside = german = False
                line_end = text.find("\n", m.start())
                line_end = len(text) if line_end < 0 else line_end
            mark = m.group()
            if mark == '"':
                now = not inside
            elif mark == "“" and german:
                now = False
            else:
                now = _OPENING[mark]
                german = german or mark == "„"
            if now and not inside:
                self.starts.append(m.end())
            elif inside and not now:
                self.ends.append(m.end())
            inside = now
        if inside:
            self.ends.append(line_end + 1)

    def inside(self, at: int) -> bool:
        """Whether ``at`` lies inside a quotation opened earlier in its paragraph."""
        k = bisect_right(self.starts, at) - 1
        return k >= 0 and at < self.ends[k]

    def same(self, a: int, b: int) -> bool:
        """Whether ``a`` and ``b`` lie inside one and the same quotation."""
        k = bisect_right(self.starts, a) - 1
        return k >= 0 and a < self.ends[k] and self.starts[k] <= b < self.ends[k]


def sentence_around(lang: str, text: str, start: int, end: int, reach: int = CLAUSE_REACH) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end], looked for no farther than
    ``reach`` characters on each side (the end takes the sentence's final mark)."""
    lo = max(0, start - reach)
    for m in SENTENCE_END.finditer(text, lo, start):
        if ends_sentence(lang, text, m.start()):
            lo = m.end()
    hi = min(len(text), end + reach)
    for m in SENTENCE_END.finditer(text, end, hi):
        if ends_sentence(lang, text, m.start()):
            return lo, m.start() + 1
    return lo, hi


def clause_tense(lang: str, text: str, start: int, end: int, reach: float = 10 ** 9,
                 modal_ahead: bool = False) -> Optional[str]:
    """Tense ("past" | "future" | FUTURE_IN_PAST | CONDITIONAL) of the clause around
    text[start:end]: a fixture verb right before it ("play Saturday") makes it future; else
    the nearest cue of the language's tense lists (no farther than ``reach`` characters, a
    cue after the expression counting RIGHT_WEIGHT times); else, with ``modal_ahead``, a
    modal and a verb earlier in the clause (the language's "modal_fallback": "may make his
    comeback … on Saturday") make it future; None when the clause has none."""
    scheduled = _entry_finder(lang, "scheduled_before", re.IGNORECASE)
    if scheduled is not None and scheduled.search(text, max(0, start - 60), start):
        return "future"  # "The Gophers play Saturday", "the session that starts in early January"
    names, cues, probe, owners = _cues(lang)
    if not cues:
        return None
    lo, hi = sentence_around(lang, text, start, end)
    quotes_in = _quote_counter(text, lo, hi)
    if probe is None:
        found = [list(rx.finditer(text, lo, hi)) for rx in cues]
    else:
        found = firstchar.matches(probe, cues, text, lo, hi, owners) or []  # None: no cue
    # "On Saturday, the minister said the lockdown would be extended": after an expression
    # that opens its sentence, a reporting verb is the main verb and opens the reported
    # clause, whose cues are not the expression's tense ("Voting begins Tuesday, officials
    # said" keeps its own verb)
    said_at = hi
    frame = _tense_entry(lang, "report_frame")
    if opens_sentence(lang, text, start) or (frame is not None and frame.match(text, lo, start)):
        said_at = min((m.start() for name, ms in zip(names, found) if name == "said_next"
                       for m in ms if m.start() >= end), default=hi)
    # "Sales, up 3% in January, will slow": a figure's time in an aside between commas is
    # the figure's own, told with no verb; the main clause's cues after the aside are not its
    aside = _tense_entry(lang, "figure_aside", re.IGNORECASE)
    if aside is not None:
        closing = _ASIDE_CLOSE.match(text, end)
        if closing is not None and aside.search(text, lo, start):
            said_at = min(said_at, closing.start())
    # "will start … on Saturday after Parker failed to recover": a cue past a subordinating
    # word after the expression is another clause's, unless the expression's own has none
    # or only a past decision's ("decided to reopen the case in May after he was arrested")
    sub = _tense_entry(lang, "subordinate_after", re.IGNORECASE)
    joint = sub.search(text, end, hi) if sub is not None else None
    # a cue that begins inside a future seen from the past yields to it: in "was due to be
    # released", "due to be" and "to be released" are read as part of "was due to"
    enclosing = [(m.start(), m.end()) for name, ms in zip(names, found) if name == FUTURE_IN_PAST for m in ms]
    if joint is not None:
        best = _nearest(text, start, end, names, found, min(said_at, joint.start()), reach, quotes_in,
                        enclosing)
        if best is not None and best not in (FUTURE_IN_PAST, CONDITIONAL):
            return best
    best = _nearest(text, start, end, names, found, said_at, reach, quotes_in, enclosing)
    if best is None and modal_ahead:
        modal = _tense_entry(lang, "modal_fallback", re.IGNORECASE)
        if modal is not None and any(not quotes_in(m.end(), start) % 2 for m in modal.finditer(text, lo, start)):
            return "future"  # not across a quotation's edge: '"… we must act." Restrictions …'
    return best


def _nearest(text: str, start: int, end: int, names, found, said_at: int, reach: float,
             quotes_in, enclosing) -> Optional[str]:
    """The tense of the nearest of the ``found`` cues (by name) to text[start:end], none
    beginning after ``said_at`` (see :func:`clause_tense`) nor inside one of the
    ``enclosing`` spans."""
    best, best_d = None, 10 ** 9
    for name, ms in zip(names, found):
        for m in ms:
            tense = name
            if m.start() < end and m.end() > start or m.start() > said_at:
                continue
            if any(a < m.start() < b for a, b in enclosing):
                continue
            d = start - m.end() if m.end() <= start else RIGHT_WEIGHT * (m.start() - end)
            if d > reach:
                continue
            a, b = (m.end(), start) if m.end() <= start else (end, m.start())
            if quotes_in(a, b) % 2:
                continue  # a cue across a quotation's edge ('"… Monday," he said') is not its tense
            near = d  # before the comma's cost: "Snap, on Sunday, said" is said on Sunday
            if "," in text[a:b] or _DASH.search(text, a, b):
                d += COMMA_COST
            if tense == "future_after":
                if m.start() >= end:
                    continue  # "On Monday, MCI agreed to a buyout": the day of the decision
                tense = FUTURE_IN_PAST  # "decided to weigh in on Monday": may be done by now
            if tense == "moved_to":
                if m.start() >= end:
                    continue
                tense = None  # "rescheduled its primary to June 2": the new date is the nearest
            if tense == "said_next":
                if near > SAID_REACH and m.start() != said_at:
                    continue
                tense = "past"
            if d < best_d:
                best, best_d = tense, d
    return best


@lru_cache(maxsize=None)
def _entry_finder(lang: str, name: str, flags: int = 0) -> Optional[re.Pattern]:
    """A regex whose ``search`` finds a match wherever the tense entry ``name``
    (:func:`_tense_entry`) has one, only to tell whether there is one: its probe over its
    alternatives (``firstchar.probe``: each tried only where its first character stands,
    not at every position), else the entry itself."""
    rx = _tense_entry(lang, name, flags)
    if rx is None:
        return None
    return firstchar.probe(firstchar.alternatives(rx.pattern, rx.flags), rx.flags) or rx


@lru_cache(maxsize=None)
def _tense_entry(lang: str, name: str, flags: int = 0) -> Optional[re.Pattern]:
    """One regex entry of the language's tense lists, or None: "scheduled_before" (a verb in
    the present naming a fixture just before the expression, "play Saturday", "opens in
    June": future) and "report_frame" (a participle opening the sentence that a reporting
    verb completes, "Speaking to the BBC on Sunday, Mr Kennedy said …": an expression inside
    it is dated by that verb, as one opening the sentence is), "figure_aside" (the text from
    a comma to an expression that closes an aside of a figure, "Sales, up 3% in January,":
    the main clause's cues after it are not the expression's) and "modal_fallback" (a modal
    and a verb: see :func:`clause_tense`)."""
    rx = lexicon.load(lang).tense.get(name)
    return re.compile(rx, flags) if isinstance(rx, str) else None


@lru_cache(maxsize=None)
def _cues(lang: str) -> tuple[tuple[str, ...], tuple[re.Pattern, ...], Optional[re.Pattern],
                              tuple[int, ...]]:
    """The tense names and cue regexes of ``lang`` (``grammar.tense_regexes``), one probe
    that finds where any of their cues matches (``firstchar.probe``, None: search each),
    and the tense of each cue in that probe (a tense's regex is its cues' alternation)."""
    cues = grammar.tense_regexes(lang)
    lists = lexicon.load(lang).tense
    parts = tuple(c for name in cues for c in lists[name])
    owners = tuple(k for k, name in enumerate(cues) for _ in lists[name])
    regexes = tuple(cues.values())
    flags = {rx.flags for rx in regexes}
    probe = firstchar.probe(parts, flags.pop()) if len(flags) == 1 else None
    return tuple(cues), regexes, probe, owners


def opens_sentence(lang: str, text: str, start: int) -> bool:
    """Whether ``start`` is among the first few words of its sentence ("In 2019, …",
    "During 2019 …"), where a date frames the whole sentence."""
    lo = max(0, start - FRAME_REACH)
    head = text[lo:start]
    if lo > 0 and not any(ends_sentence(lang, text, lo + m.start()) for m in SENTENCE_END.finditer(head)):
        return False
    cut = lo
    for m in SENTENCE_END.finditer(text, lo, start):
        if ends_sentence(lang, text, m.start()):
            cut = m.end()
    return len(text[cut:start].split()) <= 2


def sentence_year(lang: str, text: str, told: Optional[tuple[int, int]], start: int) -> Optional[int]:
    """The year written out earlier in the sentence of ``start`` ("In 2019 …, first on
    February 6"), or None."""
    if told is None or start - told[1] > CLAUSE_REACH * 2:
        return None
    for m in SENTENCE_END.finditer(text, told[1], start):
        if ends_sentence(lang, text, m.start()):
            return None
    return told[0]
