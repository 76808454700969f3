"""Second passes over the tagged expressions, in the order the tagger runs them: a clock
time's a.m./p.m. carried on from the half of the day told, a clock time joined to its day,
a conversion in brackets dated like the time it converts, midnight written as the start of
a day, the bare day of a range ("April 24 and 25", "du 27 au 29 mars") dated like the day
it goes with, the two digits ending a range of years ("1990–91"), a quarter named by the
day it ends, units told one after another made one duration, and words of approximation
taken into an extent."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from ..model import Timex
from . import dates as cal
from . import lexicon
from .grammar import PARAGRAPH_BREAK
from .tense import clause_tense
from .values import CLOCK_VALUE, DAY_VALUE, MONTH_VALUE, POD_VALUE, QUARTER_VALUE, YEAR_VALUE, quarter_ended_by


_OPEN_BRACKET = re.compile(r"\s*\(")


@lru_cache(maxsize=None)
def _combine_regex(lang: str, key: str) -> Optional[re.Pattern]:
    """The language's ``combine`` entry ``key`` (one regex: "clock_suffix", "approx_before",
    "period_end_links", "date_moved"…), compiled, or None."""
    rx = lexicon.load(lang).combine.get(key)
    return re.compile(rx, re.IGNORECASE) if rx else None


@lru_cache(maxsize=None)
def _joiners(lang: str, key: str = "joiners") -> list[re.Pattern]:
    return [re.compile(j + r"\Z", re.IGNORECASE) for j in lexicon.load(lang).combine.get(key, [])]


def join_clock_and_day(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """Join a clock time and an adjacent day ("4 a.m. Thursday", "mardi à 10 h"); where the
    language keeps them apart, the clock time takes the day named right after it
    ("day_after_clock": "vers 0 h 40, jeudi", "4 p.m. on April 13") or right before it
    ("clock_after_day": "Thursday at 11 a.m.")."""
    joiners = _joiners(lang)
    out: list[Timex] = []
    for t in tags:
        if out:
            a = out[-1]
            gap = _gap_after(lang, text, a, t.start)
            if "\n" in gap and PARAGRAPH_BREAK.search(gap):  # a heading's date, then "1945 GMT"
                out.append(t)
                continue
            if len(gap) <= 6 and any(j.match(gap) for j in joiners) and not _hedged(lang, t):
                on_part = _clock_on_part(a, t) or _clock_on_named_day(lang, a, t)
                if on_part is not None:
                    # "about 8:10 am this morning", "4:53 a.m. Thursday morning": two
                    # expressions (the Wikinews sets), the clock time on the part's day
                    out[-1] = replace(a, value=on_part)
                    out.append(t)
                    continue
                merged = _merge(a, t)
                if merged is not None:
                    out[-1] = Timex(a.start, t.end, text[a.start:t.end], merged[0], merged[1],
                                    a.anchor or t.anchor, a.rule + "+" + t.rule)
                    continue
            if len(gap) <= 6 and any(j.match(gap) for j in _joiners(lang, "day_after_clock")):
                dm = DAY_VALUE.match(t.value or "") or POD_VALUE.match(t.value or "")
                # "Vers 0 h 40, jeudi", "4 p.m. on April 13"; "2am local time (0100 UTC) on Friday",
                # "on Saturday morning": the clock time in brackets and the one it converts both
                # take the day
                k = len(out) - 1
                while dm and k >= 0 and out[k].type == "TIME" and CLOCK_VALUE.match(out[k].value or ""):
                    c = out[k]
                    out[k] = Timex(c.start, c.end, c.text, c.type, t.value[:10] + CLOCK_VALUE.match(c.value).group(1),
                                   c.anchor, c.rule)
                    before = _gap_after(lang, text, out[k - 1], c.start) if k else ""
                    if k == 0 or not (_OPEN_BRACKET.fullmatch(before)
                                      or any(j.match(before) for j in _joiners(lang, "day_continuation"))):
                        break  # "04.30 and 05.00 GMT on Friday": both are Friday's
                    k -= 1
            if len(gap) <= 4 and any(j.match(gap) for j in _joiners(lang, "clock_after_day")):
                cm, dm = CLOCK_VALUE.match(t.value or ""), DAY_VALUE.match(a.value or "")
                if t.type == "TIME" and cm and a.type == "DATE" and dm:  # "on Thursday at 11 a.m."
                    t = replace(t, value=a.value + cm.group(1))
        out.append(t)
    return out


@lru_cache(maxsize=None)
def _clock_rules(lang: str) -> frozenset:
    return frozenset(r["name"] for r in lexicon.load(lang).rules if r.get("do") == "time")


def _bare_clock(lang: str, t: Timex) -> bool:
    """Whether ``t`` is a clock time alone, found by a clock rule and joined to no day."""
    return t.type == "TIME" and t.rule in _clock_rules(lang) and CLOCK_VALUE.match(t.value or "") is not None


LATEST_ZONE = 10  # hours: a converted time at most this far on is later, else earlier


def _minutes(value: str) -> Optional[int]:
    h, m = int(value[11:13]), int(value[14:16])
    return h * 60 + m if h < 24 else None


_YEAR_SPAN_AFTER = re.compile(r"\s*(?:onwards?\b|[-–/]\s*\d|(?:to|until|and)\s+\d{4}\b)")  # "from 1950 onwards"


def military_clocks_after_a_day(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """'live on Wednesday 19 January, from 1930 on BBC One': four digits that read as a
    24-hour clock, right after a day and the language's ``year_shaped_clock_after_day``
    words ("at", "from"), are that day's time, not a year (the year rule took them alone)."""
    joint = _combine_regex(lang, "year_shaped_clock_after_day")
    if joint is None:
        return tags
    out = list(tags)
    for i in range(1, len(out)):
        day, t = out[i - 1], out[i]
        m = re.fullmatch(r"([01]\d|2[0-3])([0-5]\d)", t.text)
        if not m or t.type != "DATE" or t.value != t.text or day.type != "DATE" \
                or not DAY_VALUE.match(day.value or "") or not joint.fullmatch(text, day.end, t.start) \
                or _YEAR_SPAN_AFTER.match(text, t.end):
            continue
        out[i] = replace(t, type="TIME", value=f"{day.value}T{m.group(1)}:{m.group(2)}",
                         rule="year-shaped-clock")
    return out


def bracketed_conversions(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """A bare clock time in brackets right after another converts it to another zone
    ("10:05 p.m. ET (0205 UTC)", "6:00am SGT (8:00pm UTC, 9:00am AEST)"): it is on that
    time's day, or on the next or the day before where the conversion crosses midnight.
    Zones lie from 10 hours behind UTC (Hawaii) to 14 ahead (Kiribati): a time up to 10
    hours on is read as later ("22:05" -> "02:05" the next day), else as earlier ("13:40"
    in New Zealand -> "00:40" UTC the same day)."""
    out = list(tags)
    for i, a in enumerate(out):
        if a.type != "TIME" or not CLOCK_VALUE.match(a.value or "") or not DAY_VALUE.match(a.value[:10]):
            continue
        opened = _OPEN_BRACKET.match(text, _gap_start(lang, text, a, len(text)))
        if not opened:
            continue
        close = text.find(")", opened.end(), opened.end() + 80)
        base = _minutes(a.value)
        if close < 0 or base is None:
            continue
        day = date.fromisoformat(a.value[:10])
        for j in range(i + 1, len(out)):
            b = out[j]
            if b.start >= close:
                break
            if not _bare_clock(lang, b):
                continue
            mins = _minutes(b.value)
            if mins is None:
                continue
            later = (mins - base) % 1440 <= LATEST_ZONE * 60
            shift = (1 if mins < base else 0) if later else (-1 if mins > base else 0)
            out[j] = replace(b, value=(day + timedelta(days=shift)).isoformat() + b.value[10:])
    return out


_BRACKETED_YEAR = re.compile(r"[ \u00a0]?\[[ \u00a0]?(?:in[ \u00a0])?")  # "October [2018]", "last year [in 2018]"
_DATED_VALUE = re.compile(r"(\d{4}|XXXX)((?:-(?:\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI)(?:-\d\d)?)?)")


def bracketed_years(text: str, tags: list[Timex]) -> list[Timex]:
    """A year an editor puts in square brackets right after a date in quoted or transcribed
    words ("from October [2018] to March [2019]", "until March this year [2019]", "started it
    last year [in 2018]") is that date's year, whatever the words said ("this year" in an
    interview held the year before publication)."""
    out = list(tags)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        m = _DATED_VALUE.fullmatch(a.value or "")
        if m is None or a.type != "DATE" or b.type != "DATE" or not YEAR_VALUE.match(b.value or "") \
                or not _BRACKETED_YEAR.fullmatch(text, a.end, b.start) or text[b.end:b.end + 1] != "]":
            continue
        value = b.value + m.group(2)
        if DAY_VALUE.match(value) and cal.parse_iso(value) is None:
            continue  # "February 29 [2019]": no such day
        out[i] = replace(a, value=value)
    return out


@lru_cache(maxsize=None)
def _meridiem_words(lang: str) -> Optional[re.Pattern]:
    words = lexicon.load(lang).words.get("ampm", {})
    if not words:
        return None
    alts = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_.])(?:{alts})(?![\w])", re.IGNORECASE)  # "9:00am" too


MERIDIEM_REACH = 1000  # characters a clock time's a.m./p.m. (or part of day) carries on


def bare_clock_meridiem(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """A clock reading written without a.m./p.m. ("started at 6:45") in a language that
    writes them takes the half of the day last told nearby: a clock time's own a.m./p.m.
    ("injected at 12:20 am … pronounced dead at 12:35" is 00:35; "opens at 9:30 a.m. and
    closes at 4:00" runs on to 16:00) or a part of the day ("on Monday evening … at 6:45"
    is 18:45; after a night, hours before 6 stay a.m.). Readings with a leading zero
    ("06:45") are 24-hour ones and stay."""
    words = _meridiem_words(lang)
    if words is None:
        return tags
    out: list[Timex] = []
    half: Optional[tuple[str, int, int]] = None  # "AM" | "PM" | "NI", where told, its hour
    for t in tags:
        pod = POD_VALUE.match(t.value or "")
        clock = t.type == "TIME" and CLOCK_VALUE.match(t.value or "")
        if pod:
            part = (t.value or "")[-2:]
            half = ("AM" if part == "MO" else "NI" if part == "NI" else "PM", t.end, 0)
        elif clock and words.search(t.text):
            h = int(t.value[11:13])
            half = ("PM" if h >= 12 else "AM", t.end, h)
        elif _bare_clock(lang, t) and half is not None and t.start - half[1] <= MERIDIEM_REACH \
                and re.fullmatch(r"[1-9]\d?[:.]\d\d", t.text):  # no zone: "11:50 UTC" is a 24-hour reading
            kind, _, before = half
            h = int(t.value[11:13])
            if kind == "AM" and h < before and h != 12:
                kind = "PM"  # time runs on: "from 9:30 a.m. to 4:00"
            if h == 12 and kind == "AM":
                h = 0
            elif h < 12 and (kind == "PM" or (kind == "NI" and h >= 6)):
                h += 12
            t = replace(t, value=f"{t.value[:11]}{h:02d}{t.value[13:]}")
            half = (kind if kind == "NI" else "PM" if h >= 12 else "AM", t.end, h)
        out.append(t)
    return out


@lru_cache(maxsize=None)
def _after_midnight(lang: str) -> Optional[re.Pattern]:
    rx = lexicon.load(lang).combine.get("after_midnight")
    return re.compile(rx + r"\Z", re.IGNORECASE) if rx else None


def midnight_days(lang: str, text: str, tags: list[Timex], ref: Optional[date] = None) -> list[Timex]:
    """A bare "midnight" (24:00 of its day) is written as 00:00 of the day it begins. It is
    the midnight that begins its day, 00:00 of that day, after the language's
    ``after_midnight`` words ("shortly after midnight … in a rare Sunday session"), before a
    day it takes ("at midnight on 1 January", the ``day_after_clock`` links), and on the
    document's day in a past clause ("stores opened at midnight", told that day); else, and
    after the language's ``midnight_deadline`` words ("concluded by midnight on Monday"),
    the one that ends it ("still burning as of midnight" after Monday's fire). Midnight with a
    day named ("midnight Friday") stays the end of that day, as TimeBank writes it."""
    after = _after_midnight(lang)
    deadline = _combine_regex(lang, "midnight_deadline")
    on_day = _joiners(lang, "day_after_clock")
    out = []
    for i, t in enumerate(tags):
        if _bare_clock(lang, t) and t.value.endswith("T24:00") \
                and DAY_VALUE.match(t.value[:10]):
            day = date.fromisoformat(t.value[:10])
            nxt = tags[i + 1] if i + 1 < len(tags) else None
            ends = deadline is not None and deadline.search(text, max(0, t.start - 30), t.start) is not None
            begins = (after is not None and after.search(text, max(0, t.start - 30), t.start) is not None) \
                or (not ends and nxt is not None and (nxt.value or "")[:10] == t.value[:10]
                    and any(j.match(text, t.end, nxt.start) for j in on_day)) \
                or (not ends and day == ref and clause_tense(lang, text, t.start, t.end) == "past")
            if not begins:
                day += timedelta(days=1)
            t = replace(t, value=day.isoformat() + "T00:00")
        out.append(t)
    return out


def small_hours_of_day(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """"the early hours of 25 October", "the early hours of Monday morning": the start of that
    day's morning, one TIME with the words before it (the Wikinews sets tag "the early hours
    of this morning" whole); the language's ``small_hours_of`` pattern, matched right before
    a day or a day's part, names those words."""
    rx = _combine_regex(lang, "small_hours_of")
    if rx is None:
        return tags
    out: list[Timex] = []
    for t in tags:
        if DAY_VALUE.match((t.value or "")[:10]) and t.value[10:] in ("", "TMO"):
            t = _with_words_before(text, out, t, rx.search(text, max(0, t.start - 30), t.start),
                                   "TIME", t.value[:10] + "TMO")
        out.append(t)
    return out


def _with_words_before(text: str, out: list[Timex], t: Timex, m: Optional[re.Match],
                       typ: Optional[str] = None, value: Optional[str] = None) -> Timex:
    """``t`` with the words ``m`` found right before it in its extent (and ``typ``, ``value``
    when given), unless there are none or they overlap the last tag kept in ``out``."""
    if m is None or (out and out[-1].end > m.start()):
        return t
    return Timex(m.start(), t.end, text[m.start():t.end], typ or t.type,
                 t.value if value is None else value, t.anchor, t.rule)


def with_approximation(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """A date or time said approximately, or as a bound, takes the words that say so into
    its extent ("around 14:00", "roughly 1948": TimeBank's "around Nov. 1"; "until at least
    2008", as the Wikinews sets tag "at least midday tomorrow"); the language's
    ``approx_before`` pattern, matched right before the expression, names those words, and
    ``approx_before_clock`` those only a clock time takes ("about 8:10 am", as the Wikinews
    sets tag it, where "about three years" keeps it out as TimeBank does)."""
    rx = _combine_regex(lang, "approx_before")
    if rx is None:
        return tags
    clock_rx = _combine_regex(lang, "approx_before_clock")
    out: list[Timex] = []
    for t in tags:
        if t.type in ("DATE", "TIME"):
            m = rx.search(text, max(0, t.start - 20), t.start)
            if m is None and clock_rx is not None and t.type == "TIME" and CLOCK_VALUE.match(t.value or ""):
                m = clock_rx.search(text, max(0, t.start - 20), t.start)
            t = _with_words_before(text, out, t, m)
        out.append(t)
    return out


def _hedged(lang: str, t: Timex) -> bool:
    """Whether ``t`` opens with a hedge ("around 2:25 p.m."): a day before it stays its own
    expression ("Monday" + "around 2:25 p.m.", not one tag with the hedge inside)."""
    digit = re.search(r"\d", t.text)
    if digit is None or digit.start() == 0:
        return False
    prefix = t.text[:digit.start()]
    return any(rx is not None and rx.search(prefix) is not None
               for rx in (_combine_regex(lang, "approx_before"), _combine_regex(lang, "approx_before_clock")))


def _gap_after(lang: str, text: str, a: Timex, end: int) -> str:
    """The text between ``a`` and ``end``, less the words a clock time may carry outside
    its extent ("2am local time (0100 UTC) on Friday": the gap to the bracket is " (")."""
    return text[_gap_start(lang, text, a, end):end]


def _gap_start(lang: str, text: str, a: Timex, end: int) -> int:
    """Where the gap after ``a`` begins: past the words a clock time carries outside its
    extent ("local time")."""
    suffix = _combine_regex(lang, "clock_suffix")
    if suffix is not None and a.type == "TIME":
        m = suffix.match(text, a.end, end)
        if m:
            return m.end()
    return a.end


def _clock_on_part(clock: Timex, part: Timex) -> Optional[str]:
    """The value of clock time ``clock`` on the day of part of a day ``part`` ("11.30pm" and
    "Wednesday night": that Wednesday at 23:30), or None when they are not those two."""
    cm = CLOCK_VALUE.match(clock.value or "") if clock.type == "TIME" else None
    pm = POD_VALUE.match(part.value or "") if cm else None
    return pm.group(1) + cm.group(1) if pm else None


def _clock_on_named_day(lang: str, clock: Timex, day: Timex) -> Optional[str]:
    """The value of clock time ``clock``, a reading in digits, on the day ``day`` names with a
    word of the language's ``dayrel`` class ("8.10am today", "1922 UTC yesterday"), where the
    language's ``clock_apart_from_dayrel`` keeps the two apart (the Wikinews sets and the
    local rounds tag them as two, but "noon today" as one); else None."""
    lex = lexicon.load(lang)
    if not lex.combine.get("clock_apart_from_dayrel") or not any(c.isdigit() for c in clock.text) \
            or lex.value("dayrel", day.text.lower()) is None:
        return None
    merged = _merge(clock, day)
    return merged[1] if merged is not None else None


def _merge(a: Timex, b: Timex) -> Optional[tuple[str, Optional[str]]]:
    for clock, day in ((a, b), (b, a)):
        on_part = _clock_on_part(clock, day)
        if on_part is not None:  # "Wednesday night 11.30pm"
            return "TIME", on_part
        cm = CLOCK_VALUE.match(clock.value or "")
        if clock.type == "TIME" and cm and day.type == "DATE" and day.value is not None \
                and DAY_VALUE.match(day.value):
            return "TIME", day.value + cm.group(1)
        if clock.type == "TIME" and cm and day.type == "DATE" and day.value is None:
            return "TIME", None
    return None


_DURATION_PARTS = ("Y", "M", "W", "D", "TH", "TM", "TS")  # the order ISO 8601 writes them in
_DURATION = re.compile(r"P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?"
                       r"(?:(?P<D>\d+(?:\.\d+)?)D)?(?:T(?:(?P<TH>\d+(?:\.\d+)?)H)?"
                       r"(?:(?P<TM>\d+(?:\.\d+)?)M)?(?:(?P<TS>\d+(?:\.\d+)?)S)?)?")


def _duration_parts(value: Optional[str]) -> Optional[list[tuple[int, str]]]:
    """(rank, amount) of each part of a counted duration value ("PT1H59M": H, M), or None."""
    m = _DURATION.fullmatch(value or "")
    if not m or value in ("P", "PT"):
        return None
    return [(k, m.group(p)) for k, p in enumerate(_DURATION_PARTS) if m.group(p) is not None]


def compound_durations(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """Spans told unit after unit with nothing between ("1 hour 59 minutes 40.2 seconds",
    a race time) or with one of the language's ``duration_links`` ("two years and nine
    days", "15 years, 8 months") are one duration, each unit smaller than the one before
    (PT1H59M40.2S, P2Y9D)."""
    links = _joiners(lang, "duration_links")
    out: list[Timex] = []
    for t in tags:
        prev = out[-1] if out else None
        gap = text[prev.end:t.start] if prev is not None else ""
        if prev is not None and prev.type == t.type == "DURATION" and t.start > prev.end \
                and (not gap.strip() or any(j.match(gap) for j in links)):
            a, b = _duration_parts(prev.value), _duration_parts(t.value)
            if a and b and a[-1][0] < b[0][0]:
                parts = dict(a + b)
                days = "".join(f"{parts[k]}{_DURATION_PARTS[k]}" for k in range(4) if k in parts)
                clock = "".join(f"{parts[k]}{_DURATION_PARTS[k][1]}" for k in range(4, 7) if k in parts)
                value = "P" + days + ("T" + clock if clock else "")
                out[-1] = Timex(prev.start, t.end, text[prev.start:t.end], "DURATION", value,
                                prev.anchor, prev.rule + "+" + t.rule)
                continue
        out.append(t)
    return out


def date_day_ranges(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """'April 24 and 25', 'from August 22 to 25': the bare day after a dated day is a date
    of the same month (the language's ``day_continuation`` links; not before a lower-case
    word, which would make the number a count: 'April 24 and 25 people'); so is the bare
    day before a day written first ('on 22 and 23 June', 'du 27 au 29 mars')."""
    links = lexicon.load(lang).combine.get("day_continuation")
    if not links:
        return tags
    rx = _day_continuation_re(lang)
    back = _day_before_re(lang)
    out: list[Timex] = []
    for i, t in enumerate(tags):
        bm = re.match(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$", t.value or "") if t.type == "DATE" else None
        if bm and t.text[:1].isdigit():  # "on 22 and 23 June", "from 10-12 June": the day before
            m = back.search(text, max(0, t.start - 12), t.start)
            if m and (not out or out[-1].end <= m.start("d")):
                day = int(m.group("d"))
                if 1 <= day < int(bm.group(3)):
                    out.append(Timex(m.start("d"), m.end("d"), m.group("d"), "DATE",
                                     f"{bm.group(1)}-{bm.group(2)}-{day:02d}", t.anchor, "day-continuation"))
        out.append(t)
        dm = re.match(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$", t.value or "") if t.type == "DATE" else None
        if not dm:
            continue
        m = rx.match(text, t.end)
        if not m or (i + 1 < len(tags) and tags[i + 1].start < m.end()):
            continue
        dashed = any(c in text[t.end:m.start("d")] for c in "-–—")
        if not dashed and _LOWER_WORD_AFTER.match(text, m.end()) and not _follower_re(lang).match(text, m.end()):
            continue  # "April 24 and 25 people": a count; "November 19-20 in Lisbon" is not
        day = int(m.group("d"))
        if not int(dm.group(3)) < day <= 31:
            continue
        year, end = dm.group(1), m.end("d")
        ym = _YEAR_AFTER.match(text, end)
        if ym and not re.search(r"\d{4}", t.text) and (i + 1 >= len(tags) or tags[i + 1].start >= ym.end()):
            year, end = ym.group(1), ym.end()  # "September 14 and 18, 2010": both in 2010
            out[-1] = replace(t, value=f"{year}-{dm.group(2)}-{dm.group(3)}")
        if year != "XXXX":
            try:
                date(int(year), int(dm.group(2)), day)
            except ValueError:
                continue
        out.append(Timex(m.start("d"), end, text[m.start("d"):end], "DATE",
                         f"{year}-{dm.group(2)}-{day:02d}", t.anchor, "day-continuation"))
    return _weekday_ranges(lang, text, _month_ranges(lang, text, out))


_YEAR_RANGE_END = re.compile(r"[-–](?P<y>\d\d?)(?![\d%]|[-–/.,:]\d)")


def year_range_ends(text: str, tags: list[Timex]) -> list[Timex]:
    """'1990–91', 'in 1919-33': the two digits after a year and a dash end a range of years
    and are a year of their own (the next one ending in them), as '1990–1991' gives two; so
    does one digit that is the next year's last ('the 2005-6 target').
    '2003/2004', a year running into the next written with a slash, is one date, its first
    year (as '2003/04'). Written the same way in every language."""
    out: list[Timex] = []
    skip = False
    for i, t in enumerate(tags):
        if skip:
            skip = False
            continue
        out.append(t)
        if t.type != "DATE" or not YEAR_VALUE.match(t.text) or t.value != t.text:
            continue
        nxt = tags[i + 1] if i + 1 < len(tags) else None
        if nxt is not None and nxt.start == t.end + 1 and text[t.end] == "/" and nxt.type == "DATE" \
                and nxt.value == nxt.text and nxt.text == f"{int(t.text) + 1:04d}":
            out[-1] = replace(t, end=nxt.end, text=text[t.start:nxt.end])
            skip = True
            continue
        m = _YEAR_RANGE_END.match(text, t.end)
        if not m or (nxt is not None and nxt.start < m.end()):
            continue
        first = int(t.value)
        if len(m.group("y")) == 1:  # "the 2005-6 target", "in 2000-1": the next year's last digit only
            if int(m.group("y")) != (first + 1) % 10:
                continue
            second = first + 1
        else:
            second = first - first % 100 + int(m.group("y"))
        if second <= first:
            second += 100  # "1999–00"
        out.append(Timex(m.start("y"), m.end("y"), m.group("y"), "DATE", f"{second:04d}", t.anchor,
                         "year-range-end"))
    return out


def quarters_by_their_end(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """'the quarter ended Sept. 30', 'the quarter ending March 31', 'the quarter ending in
    June': the quarter is the one that day or month ends (the language's
    ``period_end_links``), not the one under discussion; only where it ends a calendar
    quarter and no ordinal names a fiscal one ('its fourth quarter ended June 30'; a quarter
    ending July 31 is unknown)."""
    link = _combine_regex(lang, "period_end_links")
    if link is None:
        return tags
    lex = lexicon.load(lang)
    out = list(tags)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        quarter = quarter_ended_by(b.value or "")
        if a.type != "DATE" or not QUARTER_VALUE.match(a.value or "") or quarter is None \
                or not link.fullmatch(text, a.end, b.start):
            continue
        if not any(lex.value("ordinal", w) for w in re.split(r"[\s-]+", a.text.lower())):
            # "its fourth quarter ended June 30": a fiscal quarter, named by its ordinal
            out[i] = replace(a, value=f"{quarter[0]}-Q{quarter[1]}")
    return out


_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]")
_YEAR_AFTER = re.compile(r",?[ \u00a0]+(1\d{3}|20\d\d|21\d\d)(?![\d.,:]?\d)")


def _weekday_ranges(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """'Wednesday through Friday': the second weekday of a range (the language's
    ``range_links``) is the first such day after the first one (alone, a past clause made it
    last week's Friday). A list ('Friday and Thursday', ``list_links``) is in no order, but
    after a weekday still to come the next one is to come too ('will close on Monday and
    Tuesday', said on a Tuesday: next Tuesday, not today), and so is a later weekday after
    today's ('staged on Tuesday and Wednesday', said on a Tuesday: tomorrow)."""
    lex = lexicon.load(lang)
    if not lex.combine.get("range_links"):
        return tags
    rx = _link_re(lang, "range_links")
    listed = _link_re(lang, "list_links") if lex.combine.get("list_links") else None
    out = list(tags)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if lex.value("weekday", a.text.lower()) is None or lex.value("weekday", b.text.lower()) is None:
            continue
        am, bm = DAY_VALUE.match(a.value or ""), DAY_VALUE.match(b.value or "")
        if not am or not bm:
            continue
        first, second = date.fromisoformat(a.value[:10]), date.fromisoformat(b.value[:10])
        ref_day = date.fromisoformat(a.anchor) if DAY_VALUE.match(a.anchor or "") else None
        ahead = listed is not None and listed.fullmatch(text, a.end, b.start) is not None \
            and ref_day is not None and second <= ref_day \
            and (ref_day < first or (ref_day == first and second.isoweekday() > first.isoweekday()))
        if not ahead and not rx.fullmatch(text, a.end, b.start):
            continue
        if second <= first:
            second += timedelta(days=7 * ((first - second).days // 7 + 1))
            out[i + 1] = replace(b, value=second.isoformat())
    return out


def _month_ranges(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """Two months linked: 'May and June 2011', 'March-April 2012': a bare month linked to a
    month of a year named right after it is of that year; 'a free trial from early March
    to the end of April': the month ending a range (the language's ``range_links``), its
    year not written, is the first such month from the one beginning it (alone, the past
    clause around it made it last year's April), unless after the language's
    ``date_moved`` words ("the show moved from May to April" goes back)."""
    links = _link_re(lang)
    ranges = _link_re(lang, "range_links") if lexicon.load(lang).combine.get("range_links") else None
    moved = _combine_regex(lang, "date_moved")
    out = list(tags)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        am, bm = MONTH_VALUE.match(a.value or ""), MONTH_VALUE.match(b.value or "")
        if a.type != "DATE" or b.type != "DATE" or not am or not bm:
            continue
        if not re.search(r"\d", a.text) and re.search(r"\d{4}", b.text) \
                and links.fullmatch(text, a.end, b.start):
            if am.group(2) < bm.group(2):
                out[i] = replace(a, value=f"{bm.group(1)}-{am.group(2)}")
        elif ranges is not None and not re.search(r"\d", b.text) and b.value < a.value \
                and ranges.fullmatch(text, a.end, b.start) \
                and not (moved is not None and moved.search(text, max(0, a.start - 60), a.start)):
            year = int(am.group(1)) + (bm.group(2) < am.group(2))
            out[i + 1] = replace(b, value=f"{year}-{bm.group(2)}")
    return out


def _links(lang: str, key: str = "day_continuation") -> str:
    """The language's links under ``key`` (``day_continuation``, ``range_links``) as one
    regex alternation."""
    return "|".join(f"(?:{x})" for x in lexicon.load(lang).combine.get(key, []))


@lru_cache(maxsize=None)
def _link_re(lang: str, key: str = "day_continuation") -> re.Pattern:
    return re.compile(rf"(?:{_links(lang, key)})", re.IGNORECASE)


@lru_cache(maxsize=None)
def _follower_re(lang: str) -> re.Pattern:
    """The words that may follow a continued day and leave it a day ("4 and 5 respectively")."""
    words = lexicon.load(lang).combine.get("day_continuation_followers", {}).get("words", [])
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"[ \u00a0]+(?:{alternation})\b")


@lru_cache(maxsize=None)
def _day_before_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?<![\d.,:/-])(?P<d>[0-3]?\d)(?:{_links(lang)})\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _day_continuation_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?:{_links(lang)})(?P<d>[0-3]?\d)(?![\d.,:%]\d|\d|[-–/])", re.IGNORECASE)
