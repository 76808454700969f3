"""Turn one rule match into a TIMEX3 (type, value).

Each rule names its normalization in ``do``:

- ``date``: an explicit or partial calendar date built from the slots it filled (year,
  month, day, weekday, season, decade, part of day, a relative word such as "last");
  missing parts come from the document date by the news strategy (the tense decides).
- ``dayrel``: today / yesterday / tonight (+ part of day); inside a quotation counted from
  the day the words were said when the story tells it.
- ``shift``: n units before or after the document date (or the last date of the
  narrative when ``anchor`` is ``narrative``), at the granularity of the unit; with
  ``year_ahead``, "the coming year" is the current one until mid-year.
- ``duration``: ``P<n><unit>``; vague amounts give ``X``.
- ``century``, ``quarter``, ``half``: those periods.
- ``period``: "the quarter": the quarter under discussion, else the last completed one.
- ``year_period``: "the 1988 period": that year's quarter under discussion, else the year.
- ``time``: a clock time on the document date (or a day named just before); ``offset_min``
  moves it ("a quarter to 11").
- ``set``: a recurring time ("every week", "twice a year", "daily").
- ``weekend``, ``holiday``: "the weekend", named days ("Thanksgiving", "Pâques"; "the eve
  of" one with ``days``: -1).
- ``that``: "that year", "the same day": the last date mentioned, cut to the unit.
- ``week_of``: "the week of March 6", "the first week of April": an ISO week (with
  ``weekend``, its weekend: "the weekend of 12-13 March").
- ``week_of_year``: "for the week", "the week's": a week of the year told (``YYYY-WXX``).
- ``nth_of_month``: "the first Monday of September", "the last weekend of July".
- ``elapsed``: a time taken written as a clock reading ("2:14:04"): ``PT2H14M4S``.
- ``none``: not a timex; the rule only keeps shorter rules off these words.
- ``const``: a fixed value (``value`` in the rule, or the word's value: ``PRESENT_REF``).

A relative expression with no date to anchor it gets value None: unknown, never invented.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from typing import Callable, Optional

from . import dates as cal
from . import lexicon
from .lexicon import Lexicon
from .tense import CONDITIONAL, FUTURE_IN_PAST
from .values import DAY_VALUE, MONTH_VALUE, QUARTER_VALUE

NIGHT_ENDS = 12  # a morning clock time (before noon) told after a night is in the next day
SMALL_HOURS_END = 6  # a clock time before this, told after an evening one of the same day, is the next day's
EVENING_STARTS = 18  # a clock time from this hour on (to 23:59; 24:00 ends the day) is in the evening
LATE_IN_WEEK = 4  # from Thursday, "this weekend" is the one ahead even in a past clause
NEAREST_WEEKDAY = True  # a bare weekday with no tense cue: the nearest one
SAME_WEEKDAY_IS_TODAY = True  # a bare weekday that is the document's own weekday: that day
REPORTING_MONTHS = 3  # a year's results are reported in the first months of the next
YEAR_TURN_MONTH = 11  # from November, a future "beginning of the year" is the next one's
YEAR_END_PAST_MONTHS = 3  # a past "end of the year" said up to this month is last year's
YEAR_AHEAD_TURN_MONTH = 7  # from July, "the coming year" is the next one; before, the current one
HOLIDAY_NEAR = 31  # a named day this close to the DCT is the one meant, not one a year off
UNIT_LETTER = {"Y": ("", "Y"), "M": ("", "M"), "W": ("", "W"), "D": ("", "D"),
               "H": ("T", "H"), "MIN": ("T", "M"), "S": ("T", "S"), "Q": ("", "Q"),
               "WE": ("", "WE")}
SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
           "MIN": ("S", 60), "DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3),
           "HY": ("M", 6)}


@dataclass
class Context:
    """What a normalization may look at besides the match."""

    lex: Lexicon
    dct: Optional[date]
    find_tense: Callable[[], Optional[str]]  # tense of the clause around the match
    anchor: Optional[date]  # last explicit day-level date mentioned before, if any
    period: Optional[str] = None  # last quarter mentioned before ("1989-Q3"), if any
    last_value: Optional[str] = None  # value of the last date mentioned before, if any
    anchor_is_near: bool = False  # the anchor day was mentioned just before
    tense_within: Optional[Callable[[float], Optional[str]]] = None  # tense of a cue this near
    past_anchor: Optional[date] = None  # last day mentioned before, near, not after the DCT
    sentence_year: Optional[int] = None  # a year written out earlier in the same sentence
    anchor_is_night: bool = False  # the anchor day was told as a night ("la nuit du 15 au 16")
    year_in_view: Optional[int] = None  # a year written with a month just before ("June 9, 2020")
    days_told: Optional[dict] = None  # (month, day) -> year of every day told before
    speech_day: Optional[date] = None  # the day quoted words were said, when not the DCT
    told_near: Optional[str] = None  # the value of a date or time told just before ("at the time")
    told_in_sentence: Optional[str] = None  # the same, told earlier in its sentence (period_anchor rules)
    months_near: Optional[dict] = None  # month -> year of each month told just before ("in December … December's fall")
    in_quote: bool = False  # the match is inside a quotation (said on a day not always told)
    weekdays_told: Optional[dict] = None  # ISO weekday -> the day it named when told before
    clock_near: Optional[tuple[date, int]] = None  # day and hour of a clock time told just before
    anchor_in_sentence: bool = False  # the anchor day was told earlier in the match's sentence
    year_written: Optional[int] = None  # the last year written out earlier in the match's sentence
    habitual: bool = False  # the match's sentence tells of a clock time that recurs ("a curfew from …")
    long_past_before: bool = False  # the sentence before told a time ten years or more before the DCT
    _tense: Optional[str] = None
    _known: bool = False

    def _clause_tense(self) -> Optional[str]:
        if not self._known:
            self._tense, self._known = self.find_tense(), True
        return self._tense

    @property
    def tense(self) -> Optional[str]:
        """"past" | "future" | None for the clause around the match (found on first use);
        a future seen from the past ("was expected to", "would") counts as future."""
        tense = self._clause_tense()
        return "future" if tense in (FUTURE_IN_PAST, CONDITIONAL) else tense

    @property
    def future_in_past(self) -> bool:
        """Whether the clause's tense is a future seen from the past ("the storm was expected
        to pass Wednesday night", "prices would rise"): the time may have come by the
        document date."""
        return self._clause_tense() in (FUTURE_IN_PAST, CONDITIONAL)

    @property
    def conditional(self) -> bool:
        """Whether that future seen from the past is a conditional ("would"), which may never
        come: "prices would rise by 6% in the year to December" looks ahead."""
        return self._clause_tense() == CONDITIONAL


class Slots(dict):
    """slot name -> matched text (first filled group of that name)."""


def one_amount(lex: Lexicon, text: str | None) -> bool:
    """Whether number words tell one amount: a number ("twenty-five") or a range of
    neighbours ("three-four months", "two three months"); "two five-year sentences" are a
    count and an amount, not one."""
    if text is None or number(lex, text) is not None:
        return True
    parts = [p for p in re.split(r"[-\s]+", text.lower()) if p]
    values = [lex.value("num", p) for p in parts]
    if len(parts) != 2 or None in values:
        return True
    low, high = (float(v) for v in values)
    return not (low < 10 and high < 10 and high != low + 1)


def number(lex: Lexicon, text: str | None) -> Optional[float]:
    """Value of a numeral written in digits or number words ("12", "twenty-five", "dix-huit")."""
    if text is None:
        return None
    t = " ".join(text.lower().split())
    if re.fullmatch(r"\d+", t):
        return int(t)
    group = "," if lex.decimal_mark == "." else "."
    if re.fullmatch(rf"[1-9]\d{{0,2}}(?:{re.escape(group)}\d{{3}})+", t):
        return int(t.replace(group, ""))  # "15,000 years", "15.000 Jahre": groups of thousands
    if re.fullmatch(r"\d+[.,]\d+", t):
        return float(t.replace(",", "."))  # "40.333 days", "1,5 Jahre"
    scaled = re.fullmatch(r"(\d+(?:[.,]\d+)?)[-\s]+(\w+)", t)
    scale = float(lex.value("num", scaled.group(2)) or 0) if scaled else 0
    if scale >= 1000:  # "13.8 billion"
        head = number(lex, scaled.group(1))
        return head * scale if head is not None else None
    frac = re.fullmatch(r"(\d+)(?:\s+1/2|-1/2|\s*½)", t)
    if frac:
        return int(frac.group(1)) + 0.5
    whole = lex.value("num", t) or lex.value("num_alone", t)
    if whole is not None:
        return float(whole)
    head = next((w for w in _counts_longest_first(lex.lang) if t.startswith(w + " ")), None)
    if head is not None:  # "a couple hundred thousand": the count times the scale words
        scale = number(lex, t[len(head) + 1:])
        return float(lex.value("num_alone", head)) * scale if scale else None
    total, current = 0.0, 0.0
    for part in re.split(r"[-\s]+", t):
        if part in ("and", "et", "y", "und"):
            continue
        v = lex.value("num", part)
        if v is None:
            return None
        v = float(v)
        if v == 100 and current:
            current *= 100
        elif v >= 1000:
            total += (current or 1) * v  # "two thousand", "deux mille"
            current = 0.0
        elif v in (20,) and current and current < 10 and lex.value("num", "quatre") is not None:
            current *= v  # "quatre-vingt"
        elif v < 10 and 0 < current < 10:
            return None  # "three-four months", "cinq-six jours": a range, not a sum
        else:
            current += v
    total += current
    return total


@lru_cache(maxsize=None)
def _counts_longest_first(lang: str) -> tuple[str, ...]:
    """The language's count words said alone ("a couple", "half a"), longest first."""
    return tuple(sorted(lexicon.load(lang).words.get("num_alone", {}), key=len, reverse=True))


def _int(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def year_in_words(lex: Lexicon, text: str) -> Optional[int]:
    """A year said in words: "nineteen ninety-six" (1996), "nineteen oh five" (1905),
    "two thousand and three" (2003); None if the words make no year."""
    words = [w for w in re.split(r"[-\s]+", text.lower()) if w]
    if "thousand" in words:
        at = words.index("thousand")
        head, rest = number(lex, " ".join(words[:at])), words[at + 1:]
        tail = number(lex, " ".join(w for w in rest if w != "and")) if rest else 0
        return int(head * 1000 + tail) if head and tail is not None else None
    head = number(lex, words[0])
    rest = [w for w in words[1:] if w not in ("hundred", "and", "oh")]
    tail = number(lex, " ".join(rest)) if rest else 0
    if head is None or tail is None or not 10 <= head <= 99 or tail >= 100:
        return None
    return int(head * 100 + tail)


def _year(slots: Slots, ctx: Context) -> Optional[int]:
    if slots.get("rel_b"):  # "the first quarter of next year"
        rel = ctx.lex.value("rel", slots["rel_b"])
        return ctx.dct.year + int(rel) if ctx.dct and rel not in (None, "") else None
    if slots.get("year_words"):
        return year_in_words(ctx.lex, slots["year_words"])
    if slots.get("year") or slots.get("year_b"):
        return int(re.sub(r"\D", "", slots.get("year") or slots["year_b"]))
    if slots.get("year2"):
        yy = int(re.sub(r"\D", "", slots["year2"]))
        pivot = (ctx.dct.year % 100 + 10) if ctx.dct else 30
        century = (ctx.dct.year // 100 * 100) if ctx.dct else 2000
        return century + yy if yy <= pivot else century - 100 + yy
    return None


def _month(slots: Slots, ctx: Context) -> Optional[int]:
    if slots.get("month"):
        v = ctx.lex.value("month", slots["month"])
        return int(v) if v else None
    if slots.get("month_num"):
        return int(slots["month_num"])
    return None


def _day(slots: Slots, ctx: Context) -> Optional[int]:
    raw = slots.get("day") or slots.get("day_num")
    if not raw:
        return None
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group())
    v = ctx.lex.value("ordinal", raw)
    return int(v) if v else None


def _rel(slots: Slots, ctx: Context) -> Optional[int]:
    for key in ("rel", "rel_span"):
        if slots.get(key):
            v = ctx.lex.value("rel", slots[key])
            if v not in (None, ""):
                return int(v)
    return None


def _pod(slots: Slots, ctx: Context) -> Optional[str]:
    return ctx.lex.value("pod", slots["pod"]) if slots.get("pod") else None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def _tense(rule: dict, ctx: Context) -> Optional[str]:
    """The clause's tense, unless the rule says it ("Wednesday's ruling": past; "until June"
    ends a span, whatever the verb's: null); a rule's "default_tense" stands where the
    clause has none ("still down from the March high": a figure's month is past)."""
    if "tense" in rule:
        return rule["tense"]
    return ctx.tense or rule.get("default_tense")


def _weekday_year(weekday: int, year: int, month: int, day: int) -> int:
    """The year, of the one picked and the two beside it, in which ``month``/``day`` falls on
    the ``weekday`` told with it ("Friday, Dec. 6" in a November 2019 article is 2019's)."""
    for y in (year, year - 1, year + 1):
        if _valid(y, month, day) and date(y, month, day).isoweekday() == weekday:
            return y
    return year


def _reach(rule: dict) -> dict:
    """How far a rule's own tense may move a month from the nearest one: "since March" is
    past however long ago ("tense_reach" in days), a tense cue only nearby."""
    return {"reach": rule["tense_reach"]} if "tense_reach" in rule else {}


def _nearest_weekday(day: date, weekday: int) -> date:
    """The ``weekday`` (1 = Monday) nearest ``day``: that day itself, else the closer of the
    one before and the one after (the one before on a tie)."""
    before, after = cal.weekday_near(day, weekday, 0), cal.weekday_near(day, weekday, 1)
    return after if (after - day) < (day - before) else before


def do_date(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """A calendar date, month, season, decade or weekday from the slots it filled."""
    typ = rule["type"]
    year, month, day = _year(s, ctx), _month(s, ctx), _day(s, ctx)
    if year is None and rule.get("year_from") == "last" and ctx.last_value:
        year = int(ctx.last_value[:4])  # "that September", "that summer", "March 5 of that year"
    rel, pod = _rel(s, ctx), _pod(s, ctx)
    tail = f"T{pod}" if pod else ""
    if pod:
        typ = "TIME"
    decade = s.get("decade") or (ctx.lex.value("decade_word", s["decade_word"])
                                 if s.get("decade_word") else None)  # "the nineties"
    if decade:
        digits = re.sub(r"\D", "", decade)
        if len(digits) == 4:  # the 1800s: a century; the 2000s: this century's first decade
            return typ, digits[:2] if digits.endswith("00") and digits != "2000" else digits[:3]
        if ctx.dct is None:
            return typ, "19" + digits[0] if digits else None
        return typ, (str(ctx.dct.year // 100 - (1 if int(digits) > ctx.dct.year % 100 else 0))
                     + digits[0])
    if s.get("season"):
        season = ctx.lex.value("season", s["season"])
        if year is not None:
            return typ, f"{year:04d}-{season}"
        tense = _tense(rule, ctx)
        if ctx.dct is None or (rel is None and tense is None and rule.get("generic_season")):
            return typ, f"XXXX-{season}"  # "im Winter muss gespart werden": any winter
        now_season, now_year = cal.season_of(ctx.dct)
        here, there = cal.SEASON_ORDER.index(now_season), cal.SEASON_ORDER.index(season)
        y = now_year
        direction = rel if rel is not None else {"past": -1, "future": 1}.get(tense, 0)
        if rel is None and ctx.future_in_past and rule.get("tense") is None:
            direction = 0  # "decided to press charges in the summer", told in December: this year's
        if rel == 0 and there != here:
            y = ctx.dct.year  # "this spring" said in February: this calendar year's, not the winter's year
        elif there == here and rel in (-1, 1):
            y += rel  # "last fall" said in November: the fall of the year before
        elif there == here:  # the season we are in: in a past clause, the last one unless this
            # one is mostly over; in a future one, this one unless it is mostly over
            month = cal.season_month(ctx.dct)
            if direction < 0 and month == 0:
                y -= 1
            elif direction > 0 and month == 2:
                y += 1
        elif direction < 0 and there > here:
            y -= 1
        elif direction > 0 and there < here:
            y += 1
        return typ, f"{y:04d}-{season}"
    if month is not None:
        if day is not None:
            if year is None and rule.get("rel_applies") == "year" and rel is not None \
                    and ctx.dct is not None:
                year = ctx.dct.year + rel
            if year is None and rel is None and ctx.sentence_year is not None:
                year = ctx.sentence_year  # "In 2019 …, first on February 6": of that year
            if year is None:
                if ctx.dct is None:
                    return typ, f"XXXX-{month:02d}-{day:02d}{tail}"
                if rel in (-1, 1):  # "el pasado 15 de marzo": the direction is said
                    year = cal.year_for(month, day, ctx.dct, "past" if rel < 0 else "future",
                                        reach=366)
                elif ctx.anchor_is_near and ctx.anchor is not None and ctx.anchor.month == month \
                        and ctx.anchor.year != ctx.dct.year and _tense(rule, ctx) != "future":
                    year = ctx.anchor.year  # "on 7 March 2003 … On 10 March": the same month's
                elif (tense := _tense(rule, ctx)) is None and ctx.days_told and (month, day) in ctx.days_told:
                    year = ctx.days_told[month, day]  # "kicks off June 9th … June 9 – West Palm Beach"
                elif tense is None and ctx.year_in_view is not None \
                        and abs(ctx.year_in_view - ctx.dct.year) == 1:
                    year = ctx.year_in_view  # a list of dates after "June 9, 2020": that year's
                else:
                    year = cal.year_for(month, day, ctx.dct, tense, **_reach(rule))
            if not _valid(year, month, day):
                return None
            if s.get("weekday") and not _year(s, ctx):
                year = _weekday_year(int(ctx.lex.value("weekday", s["weekday"])), year, month, day)
            return typ, f"{year:04d}-{month:02d}-{day:02d}{tail}"
        if year is None and rule.get("rel_applies") == "year" and rel is not None:
            if ctx.dct is None:
                return typ, None
            year = ctx.dct.year + rel
        if year is None and rel is None and ctx.sentence_year is not None:
            year = ctx.sentence_year
        if year is None:
            if ctx.dct is None:
                return typ, f"XXXX-{month:02d}"
            if rel is None and ctx.months_near and month in ctx.months_near:
                year = ctx.months_near[month]  # "hit in December … December's share fall": that one
            elif rel == -1:
                # "last June" said in July is June a year before ("last month" says the other);
                # a language's rule says whether it reads so ("skip_previous_month")
                latest = ctx.dct.month - (1 if rule.get("skip_previous_month") else 0)
                year = ctx.dct.year - (1 if month >= latest else 0)
            elif rel == 1:
                year = ctx.dct.year + (1 if month <= ctx.dct.month else 0)
            elif rel == 0:
                year = ctx.dct.year
            elif ctx.future_in_past and not ctx.conditional and "tense" not in rule:
                # "agreed to suspend the requests at the beginning of December", told in
                # January: what was ahead then may be behind now, so the nearest December
                year = cal.year_for(month, None, ctx.dct, None, **_reach(rule))
            else:
                year = cal.year_for(month, None, ctx.dct, _tense(rule, ctx), **_reach(rule))
        return typ, f"{year:04d}-{month:02d}"
    if s.get("weekday"):
        wd = int(ctx.lex.value("weekday", s["weekday"]))
        if rule.get("nearest_to_anchor") and ctx.anchor is not None:  # "that Wednesday"
            return typ, _nearest_weekday(ctx.anchor, wd).isoformat() + tail
        if ctx.dct is None:
            return typ, None
        if rel is None and wd == ctx.dct.isoweekday() and SAME_WEEKDAY_IS_TODAY:
            return typ, ctx.dct.isoformat() + tail  # "Clinton Saturday vowed", dated a Saturday
        tense = _tense(rule, ctx)  # "Wednesday's ruling": a rule may say the tense
        if rel == 0 and tense in ("past", "future") and not ctx.future_in_past:
            # "This Wednesday [the minister] emphasized": this week's, the one gone by;
            # "ce mardi", said on a Tuesday, is that day
            d = cal.weekday_near(ctx.dct, wd, 0 if tense == "past" or wd == ctx.dct.isoweekday() else 1)
            return typ, d.isoformat() + tail
        if rel == 0 and tense is None and rule.get("this_weekday_ahead") and not ctx.future_in_past \
                and not ctx.in_quote:
            # "Iraq's future after this Sunday's elections", said on a Wednesday: the coming one
            return typ, cal.weekday_near(ctx.dct, wd, 0 if wd == ctx.dct.isoweekday() else 1).isoformat() + tail
        if rel is None and tense is None and ctx.weekdays_told and wd in ctx.weekdays_told:
            # "cases since last Thursday … the initial Thursday announcement": that Thursday
            return typ, ctx.weekdays_told[wd].isoformat() + tail
        if rel == 0 or (rel is None and NEAREST_WEEKDAY and (
                tense is None or ("tense" not in rule and ctx.future_in_past))):
            # "this Friday", "ce lundi", or no clue at all: the nearest one
            return typ, _nearest_weekday(ctx.dct, wd).isoformat() + tail
        direction = rel if rel is not None else (1 if tense == "future" else 0)
        base = ctx.anchor if rule.get("anchor") == "narrative" and ctx.anchor else ctx.dct
        d = cal.weekday_near(base, wd, direction)
        if rel and base == ctx.dct and abs((d - base).days) == 1 \
                and (s.get("rel") or "").lower() in rule.get("rel_skips_adjacent_day", ()):
            d += timedelta(days=7 * rel)  # "last Thursday" told on a Friday is not yesterday
        return typ, d.isoformat() + tail
    if year is not None:
        return typ, f"{year:04d}"
    return None


def do_dayrel(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"today", "yesterday", "tonight" (+ a part of the day) from the document date, or
    inside a quotation from the day the words were said. A word's value may give a third
    field, its offset in a future clause ("overnight": the night just gone, or the coming one)."""
    typ = rule["type"]
    if rule.get("present_after_long_past") and ctx.long_past_before:
        return typ, "PRESENT_REF"  # "… formed in 1960 … Today Amnesty has 1.8m members"
    raw = ctx.lex.value("dayrel", s["dayrel"]) if s.get("dayrel") else "0"
    parts = (raw or "0").split()
    offset = int(parts[0])
    if len(parts) > 2 and ctx.tense == "future":  # "overnight": last night, or tonight ahead
        offset = int(parts[2])
    pod = _pod(s, ctx) or (parts[1] if len(parts) > 1 else None)
    if pod:
        typ = "TIME"
    base = ctx.anchor if rule.get("anchor") == "narrative" else (ctx.speech_day or ctx.dct)
    if len(parts) > 2 and rule.get("night_of_day_told") and ctx.anchor_in_sentence and ctx.anchor \
            and ctx.dct and ctx.anchor < ctx.dct and ctx.tense == "past":
        # "After his arrest on Friday, he stayed in the station overnight": that day's night
        # (told on the document's day, "killed ten today in an overnight crash", the night
        # just gone stays)
        base, offset = ctx.anchor, int(parts[2])
    if base is None:
        return typ, None
    d = base + timedelta(days=offset)
    if pod == "MO" and rule.get("anchor") == "narrative" and base == ctx.anchor and ctx.anchor_is_night \
            and ctx.dct and base < ctx.dct:  # a night of the document's own date is often the one just gone
        d += timedelta(days=1)  # "la nuit du 10 au 11 mars … en début de matinée": the 11th
    return typ, d.isoformat() + (f"T{pod}" if pod else "")


def _unit(rule: dict, s: Slots, ctx: Context) -> Optional[str]:
    if rule.get("unit"):
        return rule["unit"]
    if s.get("unit"):
        return ctx.lex.value("unit", s["unit"])
    if s.get("plural"):
        return ctx.lex.value("plural", s["plural"])
    return None


def _amount(rule: dict, s: Slots, ctx: Context) -> Optional[float | str]:
    if "n" in rule:
        return rule["n"]
    if s.get("vague") or s.get("plural"):
        return "X"
    if s.get("num_b") and not rule.get("first_of_range"):
        return "X"  # "three to four weeks": no one amount
    if s.get("num"):
        n = number(ctx.lex, s["num"])
        return n if n is not None else "X"
    return 1


def do_shift(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """n units before or after the document date (or the narrative's last day)."""
    typ = rule["type"]
    unit = _unit(rule, s, ctx)
    n = _amount(rule, s, ctx)
    word = (s.get("unit") or "").lower()
    if not s.get("num") and "n" not in rule and ctx.lex.value("plural", word) and (
            rule.get("plural_vague") or (word.endswith("s") and ctx.lex.value("unit", word[:-1]))):
        n = "X"  # "past years", "in den letzten Jahren": no count, a vague reference
    if s.get("and_half") and n != "X":
        n = float(n) + 0.5  # "a year and a half ago"
    sign = rule.get("sign")
    if sign is None:
        sign = _rel(s, ctx)
    if sign is None or unit is None:
        return None
    base = ctx.dct
    # "narrative_past": told in a past clause, "the next month" follows the story's last date
    narrative = rule.get("anchor") == "narrative" or (
        rule.get("anchor") == "narrative_past" and ctx.tense == "past" and ctx.last_value is not None)
    if narrative and ctx.anchor is not None:
        base = ctx.anchor
    told = re.match(r"^(\d{4})(?:-(\d{2}))?", ctx.last_value or "")
    if narrative and told and unit in ("Y", "M", "DE", "CE") and \
            (unit != "M" or told.group(2)):  # "the year before", "A decade later": of the year just told
        base = date(int(told.group(1)), int(told.group(2) or 1), 1)
    if narrative and told and told.group(2) and len(ctx.last_value) == 7 and unit in ("W", "D") \
            and n != "X" and ctx.anchor in (None, ctx.dct) and float(n).is_integer() \
            and not s.get("pod"):
        # "In July 2004, Bat announced … The agency said a week later": no day to count
        # from, so the month it falls in, counting from the middle of the month told
        middle = date(int(told.group(1)), int(told.group(2)), 15)
        return typ, cal.fmt(cal.shift(middle, unit, int(sign * float(n))), "M")
    if narrative and unit == "Q" and ctx.period:  # "than in the previous quarter": the one reported on
        y, q = ctx.period.split("-Q")
        base = date(int(y), 3 * int(q) - 2, 1)
    if narrative and sign > 0 and n != "X" and not told \
            and unit in ("Y", "Q", "M", "W", "DE", "CE") and ctx.anchor in (None, ctx.dct):
        return typ, None  # "four years later" with no date told before: later than what?
    pod = _pod(s, ctx)
    if pod and base is not None and unit == "D" and n != "X":
        return "TIME", cal.shift(base, "D", int(sign * float(n))).isoformat() + f"T{pod}"
    if n == "X":  # "past years", "coming months", "in questi giorni" (these days)
        if unit in ("H", "MIN", "S") and typ == "DATE":
            typ = "TIME"  # "four–five hours ago", "a few minutes ago"
        return typ, "PAST_REF" if sign < 0 else ("FUTURE_REF" if sign > 0 else "PRESENT_REF")
    month = MONTH_VALUE.match(ctx.told_in_sentence or "") if rule.get("period_anchor") else None
    if month and unit == "Y" and n == 1:
        # "lending fell to £25bn in November, from £25.5bn a year earlier": that month
        return typ, f"{int(month.group(1)) + int(sign):04d}-{month.group(2)}"
    told_quarter = ctx.told_in_sentence if rule.get("period_anchor") else None
    if told_quarter and QUARTER_VALUE.match(told_quarter) and unit == "Y" and n == 1:
        # "expect first-quarter earnings to rise 1.4% from a year earlier": the quarter its
        # sentence named, though a quarter still under way is no period under report
        return typ, f"{int(told_quarter[:4]) + int(sign):04d}{told_quarter[4:]}"
    if rule.get("period_anchor") and unit == "Y" and n == 1 and ctx.period:
        # financial news: "net rose from $5 million a year earlier" compares the quarter
        # under discussion with the same quarter one year before
        y, q = ctx.period.split("-")
        return typ, f"{int(y) + int(sign):04d}-{q}"
    if base is None:
        return typ, None
    if rule.get("year_under_report") and sign == 0 and unit == "Y" and ctx.year_written is not None:
        return typ, f"{ctx.year_written:04d}"  # "… in 2005, finishing the year around $1.40"
    if rule.get("year_under_report") and sign == 0 and unit == "Y" and ctx.tense == "past":
        reported = _year_under_report(ctx)
        if reported is not None:
            return typ, f"{reported:04d}"
    if rule.get("year_ahead") and not narrative and base.month < YEAR_AHEAD_TURN_MONTH:
        return typ, f"{base.year:04d}"  # "the coming year", said in March: mostly this one
    if unit in ("H", "MIN", "S"):
        if sign == 0 and typ == "DATE":
            return typ, "PRESENT_REF"  # "in this hour of grief": now (the document gives no clock)
        return "TIME" if typ == "DATE" else typ, None
    n = float(n)
    years = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
    if years and n.is_integer() and not 0 < base.year + sign * int(n) * years < 10000:
        year = base.year + sign * int(n) * years  # "some 2,500 years ago": a year BC
        return typ, f"BC{1 - year:04d}" if year < 1 else "FUTURE_REF"
    finer = rule.get("granularity", {}).get(unit)
    if finer and n.is_integer():  # "il y a une semaine" is annotated as a day
        return typ, cal.fmt(cal.shift(base, unit, int(sign * n)), finer)
    if not n.is_integer():
        small, factor = SMALLER.get(unit, (unit, 1))
        unit_n = round(n * factor)
        return typ, cal.fmt(cal.shift(base, small, int(sign * unit_n)), small)
    if unit == "Y" and sign == 0 and s.get("mod") and base == ctx.dct and ctx.tense == "future" \
            and base.month >= YEAR_TURN_MONTH and ctx.lex.value("mod", s["mod"]) == "START":
        base = cal.shift(base, "Y", 1)  # "will take effect at the beginning of the year", said in December
    if rule.get("past_end_is_last") and unit == "Y" and sign == 0 and s.get("mod") and base == ctx.dct \
            and ctx.tense == "past" and base.month <= YEAR_END_PAST_MONTHS \
            and ctx.lex.value("mod", s["mod"]) == "END":
        base = cal.shift(base, "Y", -1)  # "at the end of the year I was exhausted", said in January
    # "a decade ago": a year; "last century", "the next decade" (no amount said): that one
    shown = "Y" if unit in ("DE", "CE") and sign * n and (s.get("num") or "n" in rule) else unit
    value = cal.fmt(cal.shift(base, unit, int(sign * n)), shown)
    # "the year-earlier first half": that half of the year before
    part = ctx.lex.value("year_part", s["year_part"]) if s.get("year_part") else None
    if part and s.get("ordinal") and re.fullmatch(r"\d{4}", value):
        k = int(ctx.lex.value("ordinal", s["ordinal"]) or 0)
        if 1 <= k <= (4 if part == "Q" else 2):
            value += f"-{part}{k}"
    return typ, value


def _year_under_report(ctx: Context) -> Optional[int]:
    """Early in a year, the year before when the story is about it: "BP put production for
    the year at 4 billion barrels", told in February after its fourth quarter or "2004"."""
    if ctx.dct is None or ctx.dct.month > REPORTING_MONTHS:
        return None
    told = ctx.period or ctx.last_value or ""
    if told[:4] == f"{ctx.dct.year - 1:04d}":
        return ctx.dct.year - 1
    return None


def duration_value(unit: str, n: float | str, half: bool = False) -> Optional[str]:
    """TIMEX3 duration value of ``n`` (a number or "X") units: P3Y, PT30M, PXM."""
    if n == "X" and unit in ("DE", "CE"):
        return f"PX{unit}"  # "decades", "many centuries": TIMEX3's own units
    if unit == "DE":
        unit, n = "Y", float(n) * 10
    elif unit == "CE":
        unit, n = "Y", float(n) * 100
    elif unit == "FN":
        unit, n = "W", (n if n == "X" else float(n) * 2)
    elif unit == "HY":  # a half-year ("semestre", "Halbjahr") has no TIMEX3 unit of its own
        unit, n = "M", (n if n == "X" else float(n) * 6)
    # a quarter stays a quarter ("the past two quarters": P2Q, "every quarter": P1Q), the
    # TIMEX3 unit TimeBank annotates (3 of 4) and HeidelTime writes
    whole_part = ""
    if n != "X":
        n = float(n) + (0.5 if half else 0)
        # a fraction goes down a unit where it comes out whole ("2.5 hours": PT2H30M);
        # "3.2 years" (38.4 months) stays P3.2Y
        if not n.is_integer() and unit in SMALLER and unit in UNIT_LETTER \
                and round((n - int(n)) * SMALLER[unit][1], 6).is_integer():
            if n > 1:  # "2 1/2 years": P2Y6M, "5 1/2 hours": PT5H30M
                t, letter = UNIT_LETTER[unit]
                whole_part = f"{int(n)}{letter}"
                n -= int(n)
                if t == "T":
                    whole_part = "T" + whole_part
            unit, factor = SMALLER[unit]
            n = n * factor
    if unit not in UNIT_LETTER:
        return None
    t, letter = UNIT_LETTER[unit]
    amount = "X" if n == "X" else _int(round(float(n), 3))
    if whole_part:
        t = "T" if t == "T" and not whole_part.startswith("T") else ""
        return f"P{whole_part}{t}{amount}{letter}"
    return f"P{t}{amount}{letter}"


def do_duration(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """A duration ``P<n><unit>``; vague amounts ("several", plurals) give ``X``."""
    unit = _unit(rule, s, ctx)
    if unit is None:
        return None
    n = _amount(rule, s, ctx)
    if isinstance(n, (int, float)) and 1000 <= n < 2100 and re.fullmatch(r"\d{4}", (s.get("num") or "").strip()):
        return None  # "1988 quarter": a year, not an amount (but "15,000 years", "8000 hours" are)
    if not s.get("num") and s.get("unit") and ctx.lex.value("plural", s["unit"]):
        n = "X"  # "the past months", "ces derniers jours"
    value = duration_value(unit, n, bool(s.get("and_half")))
    return (rule["type"], value) if value else None


def do_century(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"the 20th century" -> "19"; "the 5th century BC" -> "BC04"."""
    v = ctx.lex.value("ordinal", s.get("ordinal", ""))
    if not v or int(v) <= 0:
        return None
    era = "BC" if s.get("era") and ctx.lex.value("era", s["era"]) == "BC" else ""
    return rule["type"], f"{era}{int(v) - 1:02d}"


def do_quarter(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"the third quarter" -> YYYY-Q3, the year from the document date if not said; "the
    September quarter" (named by its last month) -> YYYY-Q3; "Q3" likewise."""
    v = ctx.lex.value("ordinal", s.get("ordinal", "")) \
        or ctx.lex.value("quarter_month", s.get("quarter_month", "")) \
        or ctx.lex.value("quarter_abbr", s.get("quarter_abbr", ""))
    year = _year(s, ctx)
    if v == "-1" and (year is not None or rule.get("last_is_fourth")):
        v = "4"  # "the last quarter of 2004", "the final quarter": the year's, not the one just ended
    elif v == "-1" and ctx.dct is not None:
        return rule["type"], cal.fmt(cal.shift(ctx.dct, "Q", -1), "Q")  # the one just ended
    if not v or not 1 <= int(v) <= 4:
        return None
    q = int(v)
    if year is None:
        if ctx.dct is None:
            return rule["type"], f"XXXX-Q{q}"
        now_q = (ctx.dct.month - 1) // 3 + 1
        rel = _rel(s, ctx)
        year = ctx.dct.year
        if rel == -1 or (rel is None and ctx.tense != "future" and q > now_q):
            year -= 1 if q >= now_q else 0
        elif rel == 1 and q <= now_q:
            year += 1
    return rule["type"], f"{year:04d}-Q{q}"


def do_half(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"the first half (of 2012)" -> YYYY-H1."""
    v = ctx.lex.value("ordinal", s.get("ordinal", "")) or "-1"  # "the last half of 1989"
    v = "2" if v == "-1" else v
    if v not in ("1", "2"):
        return None
    year = _year(s, ctx)
    if year is None and rule.get("year_under_report") and ctx.tense == "past":
        year = _year_under_report(ctx)  # "prices rose by only 2.8% in the second half of the year"
    year = year or (ctx.dct.year if ctx.dct else None)
    return rule["type"], (f"{year:04d}-H{v}" if year else f"XXXX-H{v}")


def clock(s: Slots, ctx: Context) -> Optional[str]:
    """"HH:MM" of the clock slots, or None if they make no valid time."""
    if s.get("clock"):
        return ctx.lex.value("clock", s["clock"])
    if not s.get("hour") and not s.get("num"):
        return None
    if s.get("hour"):
        h = int(s["hour"])
    else:  # "four in the morning"
        n = number(ctx.lex, s["num"])
        if n is None or not float(n).is_integer():
            return None
        h = int(n)
    m = int(s.get("minute") or 0)
    ampm = ctx.lex.value("ampm", s["ampm"]) if s.get("ampm") else None
    pod = ctx.lex.value("pod", s["pod"]) if s.get("pod") else None
    if ampm is None and pod and h <= 12:  # "four in the morning", "eight in the evening", "11 at night"
        ampm = "AM" if pod == "MO" or (pod == "NI" and h < 6) else "PM"
    if ampm:
        if not 1 <= h <= 12:
            return None
        if ampm == "PM" and h < 12:
            h += 12
        elif ampm == "AM" and h == 12:
            h = 0
    if h > 24 or m > 59 or (h == 24 and (m or s.get("second"))):
        return None
    return f"{h:02d}:{m:02d}" + (f":{int(s['second']):02d}" if s.get("second") else "")


def do_time(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """A clock time on the document date (or on a day named just before)."""
    hm = clock(s, ctx)
    if hm is None:
        return None
    if rule.get("offset_min"):  # "a quarter before 11 a.m.": 10:45
        h, m = map(int, hm.split(":"))
        total = h * 60 + m + int(rule["offset_min"])
        if not 0 <= total < 24 * 60:
            return None
        hm = f"{total // 60:02d}:{total % 60:02d}"
    if ctx.habitual:
        return rule["type"], f"XXXX-XX-XXT{hm}"  # "the curfew ran between 3 p.m. and 6 a.m.": any day
    near = rule.get("anchor") == "narrative" or (rule.get("anchor") == "near" and ctx.anchor_is_near)
    base = ctx.anchor if near and ctx.anchor else ctx.dct
    if near and base and ctx.dct and base > ctx.dct and ctx.tense == "past" and not ctx.anchor_in_sentence:
        # "…until his next court appearance on April 5. The first attack was at about 13:40":
        # a past event happened on the last day named that is not yet to come (but "the match
        # on 17 March has been brought forward from 2115 GMT" is on that day)
        base = ctx.past_anchor or ctx.dct
    if near and base and base == ctx.anchor and ctx.anchor_is_night and int(hm[:2]) < NIGHT_ENDS:
        base = base + timedelta(days=1)  # "Saturday night … at 2 a.m.": the small hours of Sunday
    elif near and base and base == ctx.anchor and ctx.clock_near is not None \
            and ctx.clock_near[0] == base and EVENING_STARTS <= ctx.clock_near[1] < 24 \
            and int(hm[:2]) < SMALL_HOURS_END:
        base = base + timedelta(days=1)  # "8:50 p.m. on Sunday … 10:40 p.m. … 12:40 a.m.": Monday's
    day = base.isoformat() if base else "XXXX-XX-XX"
    return rule["type"], f"{day}T{hm}"


def do_era_year(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """A year with its era named: before Christ "BC0753" ("753 BC"), else the year ("AD 79": 0079)."""
    era = ctx.lex.value("era", s["era"]) if s.get("era") else ctx.lex.value("era_before", s.get("era_before", ""))
    year = int(s["era_year"])
    return rule["type"], f"BC{year:04d}" if era == "BC" else f"{year:04d}"


def do_elapsed(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """A time taken written as a clock reading ("2:14:04" for a marathon): PT2H14M4S."""
    if s.get("num"):  # a race time "7:40.53": minutes, then seconds with hundredths
        h, m, sec = 0, int(s["hour"]), float(s["num"])
    else:
        h, m, sec = int(s["hour"]), int(s["minute"]), int(s.get("second") or 0)
    sec = int(sec) if float(sec).is_integer() else round(sec, 3)
    parts = "".join(f"{n}{u}" for n, u in ((h, "H"), (m, "M"), (sec, "S")) if n)
    return rule["type"], f"PT{parts or '0S'}"


def do_set(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """A recurring time: "every Monday", "each July", "every summer", "twice a year", "daily"."""
    if s.get("weekday"):
        pod = _pod(s, ctx)
        return rule["type"], f"XXXX-WXX-{ctx.lex.value('weekday', s['weekday'])}" + (
            f"T{pod}" if pod else "")
    if s.get("month"):
        return rule["type"], f"XXXX-{int(ctx.lex.value('month', s['month'])):02d}"
    if s.get("season"):  # "every summer"
        return rule["type"], f"XXXX-{ctx.lex.value('season', s['season'])}"
    if s.get("pod"):  # "every night"
        return rule["type"], f"XXXX-XX-XXT{_pod(s, ctx)}"
    if s.get("per"):
        return rule["type"], ctx.lex.value("per", s["per"])
    if s.get("set"):
        return rule["type"], ctx.lex.value("set", s["set"])
    unit = _unit(rule, s, ctx)
    if unit:
        # "every other year": the rule's n 2; "every few years": PXY
        n = "X" if s.get("vague") else number(ctx.lex, s["num"]) if s.get("num") else rule.get("n", 1)
        return rule["type"], duration_value(unit, n or 1)
    return None


def do_const(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """A fixed value: the rule's own, or the word's ("now" -> PRESENT_REF)."""
    if "value" in rule:
        return rule["type"], rule["value"]
    for category in ("ref", "duration_word"):
        if s.get(category):
            v = ctx.lex.value(category, s[category])
            return (rule["type"], v) if v else None
    return None


def do_none(rule: dict, s: Slots, ctx: Context) -> None:
    """A blocker: the words are not a timex ("six-year-old"), and no shorter match may
    claim them either."""
    return None


def do_period(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"the quarter": the one under discussion, else the last one completed; "the latest
    quarter" (rule ``completed``) is never one not yet over at the document date."""
    last_completed = cal.fmt(cal.shift(ctx.dct, "Q", -1), "Q") if ctx.dct else None
    if ctx.period and not (rule.get("completed") and last_completed and ctx.period > last_completed):
        return rule["type"], ctx.period
    return rule["type"], last_completed


def do_year_period(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"the 1988 period", "the 1988 quarter": in a report on a quarter, that quarter of the
    year named (earnings compared with "the 1988 period"); else the year. "the same month in
    2004" (rule unit "M") is the month told just before, in the year named."""
    year = _year(s, ctx)
    if year is None:
        return rule["type"], None
    month = MONTH_VALUE.match(ctx.told_near or "") if rule.get("unit") == "M" else None
    if month:
        return rule["type"], f"{year:04d}-{month.group(2)}"
    if ctx.period:
        return rule["type"], f"{year:04d}-{ctx.period.split('-')[1]}"
    return rule["type"], f"{year:04d}"


def do_weekend(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"the weekend": the coming one in a future clause, else the last one; "this weekend"
    (rule "unless_past") the coming one unless the clause is past early in the week
    ("formed this weekend", written on a Tuesday, is the weekend just gone); a rule's
    "tense" says it instead of the clause ("forced out of this weekend's championships")."""
    if ctx.dct is None:
        return rule["type"], None
    wd = ctx.dct.isoweekday()
    tense = _tense(rule, ctx)
    if rule.get("unless_past") and wd >= 6:
        d = ctx.dct  # "this weekend", said during one: that one
    elif tense == "future" or (rule.get("unless_past") and (tense != "past" or wd >= LATE_IN_WEEK)):
        # "has promised a hunt this weekend", said on a Friday: the one ahead
        # said on a Saturday, the weekend it is part of is still to come in part
        d = ctx.dct if wd < 7 else ctx.dct + timedelta(days=7)
    else:
        d = ctx.dct if wd >= 6 else ctx.dct - timedelta(days=7)
    return rule["type"], cal.fmt(d, "WE")


def _ordinal_in_month(probe: Slots, ctx: Context) -> Optional[int]:
    """The ordinal slot, taken out of ``probe``, as a count within a month: 1 to 5, or -1
    for "last"; None for anything else ("the 0th", "the ninth")."""
    v = ctx.lex.value("ordinal", probe.pop("ordinal", "") or "")
    k = int(v) if v and v.lstrip("-").isdigit() else None
    return k if k is not None and k != 0 and -1 <= k <= 5 else None


def _day_of(rule: dict, probe: Slots, ctx: Context) -> Optional[date]:
    """The calendar day the slots name, its year read as a bare date's is; None when they
    name no whole day."""
    got = do_date(rule, probe, ctx)
    if got is None or not re.match(r"\d{4}-\d{2}-\d{2}$", got[1] or ""):
        return None
    return date.fromisoformat(got[1])


def do_week_of(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"the week of March 6": the week holding that day (a rule's ``weekend``: its weekend,
    "the weekend of 12-13 March"); "the first (last) week of April":
    the week holding the month's 4th (its last day but three), as ISO weeks go."""
    probe = Slots(s)
    k = None
    if probe.get("ordinal"):
        k = _ordinal_in_month(probe, ctx)
        if k is None:
            return None
        probe["day"] = "1"
    d = _day_of(rule, probe, ctx)
    if d is None:
        return rule["type"], None
    if k is not None and k > 0:
        month = d.month
        d += timedelta(days=7 * (k - 1) + 3)
        if d.month != month:
            return None  # "the fifth week of February"
    elif k == -1:
        d = cal.add_months(d, 1) - timedelta(days=4)
    return rule["type"], cal.fmt(d, "WE" if rule.get("weekend") else "W")


def do_nth_of_month(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"the first Monday of September", "the last weekend of July": that weekday (a weekend
    by its Saturday) counted in the month, whose year is said or read as a month's is."""
    probe = Slots(s)
    k = _ordinal_in_month(probe, ctx)
    if k is None:
        return None
    weekday = probe.pop("weekday", None)
    iso = int(ctx.lex.value("weekday", weekday) or 0) if weekday else 6
    if not 1 <= iso <= 7:
        return None
    probe["day"] = "1"
    first = _day_of(rule, probe, ctx)
    if first is None:
        return rule["type"], None
    d = cal.nth_weekday(first.year, first.month, iso, k)
    if d is None:
        return None  # "the fifth Monday of February"
    return rule["type"], d.isoformat() if weekday else cal.fmt(d, "WE")


GRANULARITY = [("Y", 4), ("M", 7), ("D", 10)]


def do_that(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"that year", "the same day": the last date mentioned, cut to the unit. With
    ``coarser_unknown`` a last date coarser than the unit leaves the rest unknown ("in
    October … that same day": 1998-10-XX); a bare "that day" after one is often generic."""
    unit = _unit(rule, s, ctx)
    last = ctx.last_value or ""
    if unit == "Q":  # "that quarter": the one under discussion, or the one of the last date
        if ctx.period:
            return rule["type"], ctx.period
        m = re.match(r"^(\d{4})-(\d{2})", last)
        return rule["type"], cal.fmt(date(int(m.group(1)), int(m.group(2)), 1), "Q") if m else None
    if unit == "W":  # "released the same week": the week of the day told, or its month
        day = cal.parse_iso(last[:10]) if DAY_VALUE.match(last[:10]) else None
        if day is not None:
            return rule["type"], cal.fmt(day, "W")
        return (rule["type"], last[:7]) if MONTH_VALUE.match(last[:7]) and len(last) == 7 else None
    keep = dict(GRANULARITY).get(unit)
    if unit == "D" and ctx.past_anchor is not None and ctx.dct is not None and last[:10] > ctx.dct.isoformat() \
            and ctx.tense == "past":
        last = ctx.past_anchor.isoformat()  # "released later the same day" is no day still to come
    if keep is None or not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", last[:10]):
        return None
    if unit == "D" and len(last) == 4 and ctx.anchor is not None and ctx.anchor != ctx.dct:
        # "won on Tuesday … as in 2016 … suspended their campaigns the same day": a bare
        # year told since is no day; the day told before it is
        return rule["type"], ctx.anchor.isoformat()
    if len(last) < keep:
        if not rule.get("coarser_unknown"):
            return None
        last += "-XX-XX"[len(last) - 4:]
    return rule["type"], last[:keep]


def do_time_told(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"at the time": the date or time told just before, else the rule's value (a time in
    the past; a rule whose value is null, such as 'that date', is then no timex); a rule
    ``else_today`` takes the day told just before, else the document's day."""
    told = ctx.told_near  # a calendar value: the tagger keeps no other
    if rule.get("else_today"):  # "down 2.74% on the day": the day told just before, else today
        day = told.split("T")[0] if told else None
        if day and DAY_VALUE.match(day):
            return rule["type"], day
        return (rule["type"], ctx.dct.isoformat()) if ctx.dct else None
    if told and rule.get("day_only"):  # "by that date" after "5 p.m. on March 3": the day
        return rule["type"], told.split("T")[0]
    if told:
        return ("TIME" if "T" in told else rule["type"]), told
    value = rule.get("value", "PAST_REF")
    return (rule["type"], value) if value else None


def do_week_of_year(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """"For the week, the index dropped 3.8%": a week of the year told, which TimeBank leaves
    unknown ("1989-WXX")."""
    return (rule["type"], f"{ctx.anchor.year:04d}-WXX") if ctx.anchor is not None else None


def do_holiday(rule: dict, s: Slots, ctx: Context) -> Optional[tuple[str, str]]:
    """A named day ("Thanksgiving", "Pâques", or the rule's own "holiday_day": "New Year") in
    the year said, else the nearest one (the tense or "last"/"next" may pick the one before
    or after); a rule's "days" moves it ("the eve of": -1), its "unit" gives the week,
    weekend, month or year it falls in."""
    spec = rule.get("holiday_day") or ctx.lex.value("holiday", s.get("holiday", ""))
    if not spec:
        return None
    year = _year(s, ctx)
    if year is None:
        if ctx.dct is None:
            return rule["type"], (f"XXXX-{spec}" if re.fullmatch(r"\d\d-\d\d", spec) else None)
        rel = _rel(s, ctx)
        days = {y: cal.holiday(spec, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)}
        days = {y: d for y, d in days.items() if d is not None}
        near_day = min(days.values(), key=lambda d: abs((d - ctx.dct).days))
        direction = rel if rel else {"past": -1, "future": 1}.get(ctx.tense, 0)
        if direction < 0:
            days = {y: d for y, d in days.items() if d <= ctx.dct} or days
        elif direction > 0:
            days = {y: d for y, d in days.items() if d >= ctx.dct} or days
        year = min(days, key=lambda y: abs((days[y] - ctx.dct).days))
        if not rel and abs((days[year] - ctx.dct).days) > cal.TENSE_REACH \
                and abs((near_day - ctx.dct).days) <= HOLIDAY_NEAR:
            year = near_day.year  # "Election Day is quickly approaching and early voting has started"
    d = cal.holiday(spec, year)
    if d and rule.get("days"):
        d += timedelta(days=rule["days"])  # "the eve of Independence Day"
    if d and rule.get("unit") in ("Y", "M", "W"):
        # "in the New Year": the year it begins; "the Christmas period": its month; "Easter week"
        return rule["type"], cal.fmt(d, rule["unit"])
    if d and rule.get("unit") == "WE":  # "Labor Day weekend": the weekend next to the day
        return rule["type"], cal.fmt(d - timedelta(days=2) if d.isoweekday() == 1 else d, "WE")
    if d and s.get("pod"):  # "Christmas morning", "Bastille Day evening": a time
        return "TIME", f"{d.isoformat()}T{_pod(s, ctx)}"
    return (rule["type"], d.isoformat()) if d else None


ACTIONS = {"date": do_date, "dayrel": do_dayrel, "shift": do_shift, "duration": do_duration,
           "century": do_century, "quarter": do_quarter, "half": do_half, "time": do_time,
           "set": do_set, "const": do_const, "none": do_none, "holiday": do_holiday,
           "period": do_period, "year_period": do_year_period, "weekend": do_weekend, "that": do_that, "week_of": do_week_of,
           "nth_of_month": do_nth_of_month, "elapsed": do_elapsed, "week_of_year": do_week_of_year,
           "time_told": do_time_told, "era_year": do_era_year}


def normalize(rule: dict, slots: Slots, ctx: Context) -> Optional[tuple[str, Optional[str]]]:
    """(type, value) for a match of ``rule``, or None when the match is not a timex.
    A rule with ``needs_tense`` (a number of characters) only counts with a past or future
    cue that near ("died at the hospital in the morning"), not in a timeless clause
    ("penguins are most vocal in the morning"); one with ``unless_tense`` does not count in a
    clause of that tense ("soon" is no future in "he was soon released"); one with
    ``needs_day_told`` only after a day the story told ("arrived on Tuesday and another 400
    the day after"), not counting from the document date ("the day after polling")."""
    if rule.get("needs_day_told") and (ctx.anchor is None or ctx.anchor == ctx.dct):
        return None
    reach = rule.get("needs_tense")
    if reach and (ctx.tense_within is None or ctx.tense_within(reach) is None):
        return None
    if rule.get("unless_tense") and ctx.tense == rule["unless_tense"]:
        return None
    try:
        return ACTIONS[rule["do"]](rule, slots, ctx)
    except (OverflowError, ValueError):  # "vor 100000 Jahren": beyond the calendar
        return None
