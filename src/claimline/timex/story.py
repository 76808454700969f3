"""What a story has told so far, read from its start, that a later temporal expression counts
from: the last day told (the narrative's, a clock time's), the years, months, days and weekdays
told, the last clock time, the quarter under report ("a year earlier" compares with it), and the
day quoted words were said. ``tagger.tag`` walks the expressions in order through a
:class:`Story`.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from . import dates as cal
from . import lexicon
from .normalize import Context, Slots
from .tense import Quotations, clause_tense, opens_sentence, sentence_around, sentence_year
from .values import (CLOCK_VALUE, DAY_VALUE, MONTH_OR_DAY, POD_VALUE, QUARTER_VALUE, WEEK_VALUE, YEAR_VALUE,
                     quarter_ended_by)

SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s")  # a sentence ends between two expressions
PERIOD_CUE_REACH = 40  # a period cue ("the three months to", "down from") ends at most this far before
TOLD_REACH = 300  # "at the time" is the date told up to this many characters before
MONTH_TOLD_REACH = 200  # a bare month is the same month told up to this many characters before
CLOCK_REACH = 1000  # a clock time takes the day mentioned up to this many characters before
LEAD_REACH = 700  # the story's lead day is told within this many characters of its start
SPEECH_DAYS = 7  # quoted words are dated by a day told at most this many days before the DCT
LONG_PAST_YEARS = 10  # a time this many years before the DCT is long past: "Today" set against it is the present age
HABIT_REACH = 200  # a clock time's sentence is looked at no farther than this either side for a habit
BACKGROUND_REACH = 80  # a background phrase before a date begins at most this far before it
LONE_DAY_REACH = 7  # a clock time far on keeps the story's one day told up to this many days from the DCT


class _DayTold:
    """The last day told, where, whether as a night, and the last one not after the DCT."""

    def __init__(self, ref: Optional[date]):
        self.ref = ref
        self.day: Optional[date] = ref
        self.at = -10 ** 9
        self.night = False
        self.past: Optional[date] = None
        self.past_at = -10 ** 9
        self.days: set[tuple[Optional[date], bool]] = set()  # every day told, and whether as a night
        self.night_told: Optional[tuple[date, int]] = None  # the last day told as a night, and where

    def tell(self, day: Optional[date], at: int, night: bool) -> None:
        """A day told at ``at``."""
        self.day, self.at, self.night = day, at, night
        self.days.add((day, night))
        if night and day is not None:
            self.night_told = (day, at)
        if self.ref is not None and day is not None and day <= self.ref:
            self.past, self.past_at = day, at


def _year_in_view(text: str, start: int, seen: Optional[tuple[int, int, bool]]) -> Optional[int]:
    """The year a date without one at ``start`` may take from ``seen`` (the last year written,
    where it was last used, whether with a month): near, and for a bare year ("2020 dates:")
    only a date that begins its line, as in a list of dates under it."""
    if seen is None or start - seen[1] > CLOCK_REACH:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    return seen[0] if seen[2] or not text[line_start:start].strip() else None


def _dateline(text: str, start: int) -> bool:
    """Whether ``start`` is on a short line without a word in lower case ("Thursday,
    October 3, 2019" under a title): a dateline, not the story's first sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:None if line_end < 0 else line_end]
    return len(line) <= 60 and not re.search(r"(?<!\w)[a-z]", line)


class _SpeechDays:
    """Which day quoted "today", "this morning", "last night" count from: a day told
    earlier in the quotation's paragraph, outside it ("Wednesday, … Bloomberg endorsed …
    "Today, I am leaving the race""), else the story's lead day, the first day told near its
    start when before the DCT, a dateline aside ("On Tuesday, Trump announced …" then
    ""I informed John Bolton last night""), else the DCT's."""

    def __init__(self, text: str, ref: Optional[date]):
        self.text, self.ref = text, ref
        self.quotes = Quotations(text) if ref is not None else None
        self.lead: Optional[date] = None
        self.lead_open = ref is not None  # the lead day may still be told
        self.told: Optional[tuple[date, int]] = None  # last day told outside quotes, and where

    def quoted(self, start: int) -> bool:
        """Whether ``start`` is inside a quotation (known only when the DCT is)."""
        return self.quotes is not None and self.quotes.inside(start)

    def day_for(self, start: int) -> Optional[date]:
        """The day the words at ``start`` were said, if inside a quotation and not the DCT's."""
        if self.quotes is None or not self.quotes.inside(start):
            return None
        if self.told is not None and self.text.rfind("\n", 0, start) < self.told[1]:
            return self.told[0]
        return self.lead

    def observe(self, start: int, value: str, deictic: bool) -> None:
        """Take note of the day ``value`` told at ``start`` (``deictic``: "today" and kin,
        which date quotes only as a lead)."""
        told = cal.parse_iso(value[:10]) if self.ref is not None else None
        if told is None:
            return
        recent = 0 <= (self.ref - told).days <= SPEECH_DAYS
        if self.lead_open and (start > LEAD_REACH or (told >= self.ref and not _dateline(self.text, start))):
            self.lead_open = False
        elif self.lead_open and recent and told < self.ref:
            self.lead, self.lead_open = told, False
        if recent and not deictic and not self.quotes.inside(start):
            self.told = (told, start)


@lru_cache(maxsize=None)
def _event_date_cues(lang: str) -> Optional[tuple[re.Pattern, re.Pattern, Optional[re.Pattern]]]:
    cues = lexicon.load(lang).event_date
    if not cues:
        return None
    background = re.compile(cues["background"] + r"\Z", re.IGNORECASE) if cues.get("background") else None
    return re.compile(cues["before"] + r"\Z", re.IGNORECASE), re.compile(cues["after"]), background


@lru_cache(maxsize=None)
def _stamp_cue(lang: str) -> Optional[re.Pattern]:
    stamps = lexicon.load(lang).dateline.get("stamps")
    if not stamps:
        return None
    return re.compile(r"(?:" + "|".join(stamps) + r")\s*\Z", re.IGNORECASE)


def _stamped(lang: str, text: str, start: int) -> bool:
    """Whether a clock time is the page's own stamp ('This story was updated at 5:45 p.m.
    ET', a line 'Updated: 10:32 GMT': the language's ``dateline`` ``stamps``): it is on
    the document's day, whatever day the story told last."""
    cue = _stamp_cue(lang)
    return cue is not None and cue.search(text, max(0, start - 60), start) is not None


def _names_an_event(lang: str, text: str, start: int, end: int) -> bool:
    """Whether a date qualifies a noun between a determiner and it ('the August 2
    resignation', 'the July 7 suicide bombings'): it names an event, and a clock time told
    later is not on its day (the language's ``event_date`` cues)."""
    cues = _event_date_cues(lang)
    return cues is not None and cues[0].search(text, max(0, start - 12), start) is not None \
        and cues[1].match(text, end) is not None


@lru_cache(maxsize=None)
def _habitual_cue(lang: str) -> Optional[re.Pattern]:
    cue = lexicon.load(lang).habitual
    return re.compile(cue, re.IGNORECASE) if cue else None


def _habitual(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the sentence of the clock time at text[start:end] tells of one that recurs
    ("the curfew was in effect between 3 p.m. and 6 a.m.", "held every day at 1 pm"): the
    language's ``habitual`` cue in it."""
    cue = _habitual_cue(lang)
    if cue is None:
        return False
    lo, hi = sentence_around(lang, text, start, end, HABIT_REACH)
    return cue.search(text, lo, hi) is not None


def _in_background(lang: str, text: str, start: int) -> bool:
    """Whether a date at ``start`` ends a background phrase of its clause ("with the death
    toll rising to 22 people on Monday", "a lawsuit filed by the Senate on Sunday"): the
    main event is on another day, and a clock time told later is not on this one (the
    language's ``event_date`` ``background`` cue)."""
    cues = _event_date_cues(lang)
    return cues is not None and cues[2] is not None \
        and cues[2].search(text, max(0, start - BACKGROUND_REACH), start) is not None


@lru_cache(maxsize=None)
def _period_cue(lang: str, name: str) -> Optional[re.Pattern]:
    cue = lexicon.load(lang).periods.get(name)
    return re.compile(cue, re.IGNORECASE) if cue else None


@lru_cache(maxsize=None)
def _quarter_of_year_cues(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    cues = lexicon.load(lang).periods.get("quarter_of_year") or {}
    return tuple((q, re.compile(cue, re.IGNORECASE)) for q, cue in cues.items())


def _quarter_told_by_its_end(lang: str, text: str, start: int, value: str,
                             fiscal_at: Optional[int] = None) -> Optional[str]:
    """The quarter (``2004-Q4``) the month or day ``value`` at ``start`` ends, when the
    language's ``quarter_by_its_end`` cue stands right before it ("the three months to
    December", "the three months to 31 December 2004", "October to December") or its
    ``quarter_ended`` cue ("the quarter ended Sept. 30", "ending in June", unless a fiscal quarter
    was named at ``fiscal_at`` in the same paragraph: "its fiscal second quarter … the
    quarter ended Sept. 30" is that one), or the quarter of the year ``value`` its
    ``quarter_of_year`` cues name ("the last three months of 2004"); else None."""
    lo = max(0, start - PERIOD_CUE_REACH)
    if re.fullmatch(r"\d{4}", value):  # "the last three months of 2004": its fourth quarter
        return next((f"{value}-{q}" for q, cue in _quarter_of_year_cues(lang)
                     if cue.search(text, lo, start)), None)
    cue = _period_cue(lang, "quarter_by_its_end")
    quarter = quarter_ended_by(value)
    if cue is None or quarter is None:
        return None
    ended = _period_cue(lang, "quarter_ended")
    told = (cue.search(text, lo, start) is not None or (
        ended is not None and ended.search(text, lo, start) is not None
        and (fiscal_at is None or "\n" in text[fiscal_at:start])))
    return f"{quarter[0]}-Q{quarter[1]}" if told else None


def _compared(lang: str, text: str, start: int) -> bool:
    """Whether the expression at ``start`` dates a figure compared with ("down from $1bn in
    the fourth quarter of 2003", "against 418 in 2017"): the language's ``compared_before``
    cues in its clause just before it."""
    cue = _period_cue(lang, "compared_before")
    if cue is None:
        return False
    before = text[max(0, start - PERIOD_CUE_REACH):start]
    m = None
    for m in cue.finditer(before):
        pass
    return m is not None and not re.search(r"[;:]|[,.](?!\d)", before[m.end():])  # "1.4bn", "1,400" go on


def _named_by_year(lang: str, text: str, start: int) -> bool:
    """Whether the year at ``start`` is part of a name ("the Judiciary Act of 1869", "the
    Class of 2010": the language's ``named_by_year`` cue right before it)."""
    cue = _period_cue(lang, "named_by_year")
    return cue is not None and cue.search(text, max(0, start - 20), start) is not None


class Story:
    """What a text has told so far, read from its start, for the expressions still to come:
    the last day told (any, a clock time's, the narrative's), the years, months, days and
    weekdays told, the last clock time, the quarter under report, and the days quoted words
    were said. ``tag`` asks :meth:`context` before it normalizes each expression and
    tells :meth:`observe` what it found."""

    def __init__(self, lang: str, text: str, ref: Optional[date]):
        self.lang, self.text, self.ref = lang, text, ref
        self.lex = lexicon.load(lang)
        self.any_day = _DayTold(ref)  # the last day told
        self.clock_day = _DayTold(ref)  # the last day told that is no event's name: a clock time's day
        self.narrated_day = _DayTold(ref)  # the same, told outside quotations: a narrated clock time's day
        self.year_seen: Optional[tuple[int, int, bool]] = None  # last year written, where last used, with a month?
        self.year_told: Optional[tuple[int, int]] = None  # the last year written out framing its sentence, where it ended
        self.days_told: dict[tuple[int, int], int] = {}  # (month, day) -> year of each day told
        self.months_told: dict[int, tuple[int, int]] = {}  # month -> (its year, where it ended) as last told
        self.weekdays_told: dict[int, date] = {}  # ISO weekday -> the day a weekday named, as last told
        self.last_clock: Optional[tuple[date, int, int]] = None  # the day and hour of the last clock time, where it ended
        self.speech = _SpeechDays(text, ref)
        self.period: Optional[str] = None  # the last quarter under report
        self.fiscal_at: Optional[int] = None  # where it ended, if it was named a fiscal one
        self.last_value: Optional[str] = None  # the value of the last date
        self.told: Optional[tuple[str, int]] = None  # the last date or time told, and where it ended
        self.year_written: Optional[tuple[int, int]] = None  # the last year written out, where it ended

    def in_quote(self, start: int) -> bool:
        """Whether ``start`` is inside a quotation (known only when the DCT is)."""
        return self.speech.quoted(start)

    def day_for(self, spec: dict, start: int, in_quote: bool) -> _DayTold:
        """The last day told that an expression of rule ``spec`` at ``start`` counts from; a
        rule with ``night_told`` counts from the last night told, where there is one."""
        day = self.any_day
        if spec.get("do") == "time" or spec.get("day_of_events"):
            # a clock time takes a day its own quotation told, else the narrative's: "… landed
            # at 6am" after a quoted "I left on May 2" is on the story's day, not the quote's
            same = in_quote and self.speech.quotes.same(start, self.clock_day.at)
            day = self.clock_day if same else self.narrated_day
        if spec.get("do") == "time" and _stamped(self.lang, self.text, start):
            day = _DayTold(self.ref)  # no day told: the stamp's day is the DCT
        if spec.get("night_told") and day.night_told is not None:
            # "Friday night was the fourth night of protests … the night's incidents": the
            # night told last, though a day was told since ("the election on June 21")
            night = _DayTold(self.ref)
            night.tell(*day.night_told, True)
            return night
        return day

    def context(self, spec: dict, slots: Slots, start: int, end: int, day: _DayTold,
                in_quote: bool) -> Context:
        """What normalizing the expression of rule ``spec`` at text[start:end] may look at,
        counting from ``day`` (see :meth:`day_for`)."""
        lang, text, told = self.lang, self.text, self.told
        deictic = spec.get("do") == "dayrel" and spec.get("anchor") != "narrative"
        told_near = told is not None and start - told[1] <= TOLD_REACH
        with_month = bool(self.months_told) and bool(slots.get("month") or slots.get("month_num"))
        asked: list[Optional[str]] = []

        def tense() -> Optional[str]:  # asked only when needed, and once for the context and the lone day
            if not asked:
                asked.append(clause_tense(lang, text, start, end, modal_ahead=bool(spec.get("modal_ahead"))))
            return asked[0]

        return Context(
            self.lex, self.ref, tense, day.day, self.period,
            self.last_value, start - day.at <= CLOCK_REACH or (spec.get("do") == "time" and self._lone_day(day, tense)),
            lambda r: clause_tense(lang, text, start, end, r),
            day.past if start - day.past_at <= CLOCK_REACH else None,
            sentence_year(lang, text, self.year_told, start), day.night,
            _year_in_view(text, start, self.year_seen), self.days_told,
            self.speech.day_for(start) if deictic else None,  # "today" said days before the DCT
            told_near=told[0] if told_near else None,
            told_in_sentence=told[0] if told_near and spec.get("period_anchor")
            and not SENTENCE_BREAK.search(text, told[1], start) else None,
            months_near={m: y for m, (y, e) in self.months_told.items() if start - e <= MONTH_TOLD_REACH}
            if with_month else None,
            in_quote=in_quote, weekdays_told=self.weekdays_told,
            clock_near=self.last_clock[:2] if self.last_clock and start - self.last_clock[2] <= CLOCK_REACH
            else None,
            anchor_in_sentence=(spec.get("do") == "time" or bool(spec.get("night_of_day_told")))
            and 0 <= start - day.at <= CLOCK_REACH
            and not SENTENCE_BREAK.search(text, day.at, start),
            year_written=sentence_year(lang, text, self.year_written, start) if spec.get("year_under_report") else None,
            habitual=spec.get("do") == "time" and _habitual(lang, text, start, end),
            long_past_before=bool(spec.get("present_after_long_past")) and self._long_past_before(start))

    def _long_past_before(self, start: int) -> bool:
        """Whether the last date told ends in the sentence before ``start``'s and is ten years
        or more before the document date ("formed in 1960 …", "Two decades ago, …")."""
        told = self.told
        if told is None or self.ref is None or start - told[1] > TOLD_REACH or not re.match(r"\d{4}", told[0]):
            return False
        breaks = sum(1 for _ in zip(range(2), SENTENCE_BREAK.finditer(self.text, told[1], start)))
        return breaks <= 1 and int(told[0][:4]) <= self.ref.year - LONG_PAST_YEARS

    def _lone_day(self, day: _DayTold, tense) -> bool:
        """Whether ``day`` is the one day the story has told, never as a night, and a clock
        time far on is still on it: a day days before the DCT ("took place yesterday … the
        bombs went off at 5:25 AM"; a story told "overnight" may have reached the next
        morning), or days after it when the clock time's clause, whose ``tense()`` this
        asks, looks ahead ("the ceremony on Sunday … will be televised from 1700")."""
        if self.ref is None or day.day is None or day.days != {(day.day, False)}:
            return False
        ahead = (day.day - self.ref).days
        return 0 < -ahead <= LONE_DAY_REACH or (0 < ahead <= LONE_DAY_REACH and tense() == "future")

    def observe(self, spec: dict, slots: Slots, start: int, end: int, typ: str, value: Optional[str],
                in_quote: bool) -> None:
        """Take note of the expression of rule ``spec`` at text[start:end], normalized to
        ``typ`` and ``value``."""
        lang, text = self.lang, self.text
        words = text[start:end]
        dm = DAY_VALUE.match(value or "")
        month_day = (int(dm.group(2)), int(dm.group(3))) if dm else None
        if value and re.match(r"\d{4}", value):
            self._see_year(words, value, end, month_day)
            if value[:4] in words:
                self.year_written = (int(value[:4]), end)
        calendar = bool(value) and typ in ("DATE", "TIME") and re.match(r"\d{4}", value) is not None
        clock_told = CLOCK_VALUE.match(value or "") if typ == "TIME" else None
        if clock_told and DAY_VALUE.match(value[:10]):
            self.last_clock = (cal.parse_iso(value[:10]), int(clock_told.group(1)[1:3]), end)
        if calendar:
            self.told = (value, end)
            month_told = MONTH_OR_DAY.match(value)
            if month_told and typ == "DATE" and spec.get("do") == "date":
                # a month whose year was inferred, not told ("December 2003" or "March of
                # last year" in a comparison leaves a later bare month alone)
                if value[:4] in words or slots.get("year") or slots.get("rel"):
                    self.months_told.pop(int(month_told.group(2)), None)
                else:
                    self.months_told[int(month_told.group(2))] = (int(month_told.group(1)), end)
        if calendar and typ == "DATE" and not (YEAR_VALUE.match(value) and (
                _compared(lang, text, start) or _named_by_year(lang, text, start))):
            # a year a figure is compared with ("compared with 1.4bn yuan in 2003") is no
            # period under report: "from 3bn yuan a year earlier" counts from the one before;
            # nor is a law's year ("the Judiciary Act of 1869") a time of the story
            self.last_value = value
            if value[:4] in words and opens_sentence(lang, text, start):
                self.year_told = (int(value[:4]), end)  # "In 2019, …": a year written out framing its sentence
        if value and QUARTER_VALUE.match(value) and spec.get("do") == "quarter" \
                and not _compared(lang, text, start) and not self._quarter_ahead(value):
            # "down from $1bn in the fourth quarter of 2003" names no period under report, nor
            # does a quarter still to come ("losses through the third quarter of 1990")
            self.period = value
            fiscal = _period_cue(lang, "fiscal_quarter")
            self.fiscal_at = end if fiscal is not None and fiscal.search(words) else None
        elif calendar and typ == "DATE":
            ended = _quarter_told_by_its_end(lang, text, start, value, self.fiscal_at)  # "the three months to December"
            if ended is not None:
                self.period, self.told = ended, (ended, end)  # what "a year earlier" in its sentence compares with
        if dm or POD_VALUE.match(value or ""):  # "lundi soir" too
            self._see_day(spec, slots, start, end, value, month_day, in_quote)
        elif spec.get("do") == "week_of" and (week := WEEK_VALUE.match(value or "")):
            # "on the weekend of 27-28 November and the second leg two weeks later": the story's
            # day is that week's (its Saturday for a weekend, else its Monday)
            self.any_day.tell(date.fromisocalendar(int(week.group(1)), int(week.group(2)),
                                                   6 if week.group(3) else 1), start, False)

    def _quarter_ahead(self, value: str) -> bool:
        """Whether the quarter ``value`` ("1990-Q3") has not ended by the document date: a
        forecast or the quarter under way ("the fourth quarter", said in October), not a
        period reported on."""
        return self.ref is not None and value >= cal.fmt(self.ref, "Q")  # "YYYY-Qn" compare in order

    def _see_year(self, words: str, value: str, end: int, month_day: Optional[tuple[int, int]]) -> None:
        """A value with a year: a year written out ("June 9, 2020", "Tour 2020 dates:"), or
        a date given that year down a list ("… June 10 …"); a bare year heads only lines
        that are dates."""
        seen = self.year_seen
        again = seen is not None and value[:4] == str(seen[0])
        year_of_day = month_day and self.days_told.get(month_day)
        if year_of_day == int(value[:4]) and value[:4] not in words \
                and str(month_day[1]) in words:  # a month and day told again
            seen, again = (year_of_day, end, True), True
        if value[:4] in words or again:
            dated = len(value) > 4 or (again and seen[2])
            seen = (int(value[:4]), end, dated)
        self.year_seen = seen

    def _see_day(self, spec: dict, slots: Slots, start: int, end: int, value: str,
                 month_day: Optional[tuple[int, int]], in_quote: bool) -> None:
        """A day told (or a part of one: "lundi soir")."""
        self.speech.observe(start, value, spec.get("do") == "dayrel")
        if month_day:
            self.days_told.setdefault(month_day, int(value[:4]))
        day_told, night = cal.parse_iso(value), value.endswith("TNI")
        if slots.get("weekday") and day_told is not None and not in_quote:
            self.weekdays_told[day_told.isoweekday()] = day_told
        self.any_day.tell(day_told, start, night)
        if not _names_an_event(self.lang, self.text, start, end) \
                and not _in_background(self.lang, self.text, start):  # not 'the July 7 bombings'
            self.clock_day.tell(day_told, start, night)
            if not in_quote:
                self.narrated_day.tell(day_told, start, night)
