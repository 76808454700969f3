"""Date arithmetic and TIMEX3 value formatting at a given granularity."""
from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

TENSE_REACH = 300  # the tense may pick an occurrence at most this many days away
SEASON_ORDER = ["SP", "SU", "FA", "WI"]  # WI holds Dec-Feb, named by the year of its December,
# so within one named year it comes last
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
                   6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}


def parse_iso(value: str | None) -> date | None:
    """The date at the start of an ISO string ("2012-07-09", "1998-02-06T22:19:00"), or None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months (day clipped to the month's length)."""
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (Y, M, W, D, Q, HY, DE, CE, WE, FN)."""
    if unit == "Y":
        return add_months(d, 12 * n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "HY":
        return add_months(d, 6 * n)
    if unit == "DE":
        return add_months(d, 120 * n)
    if unit == "CE":
        return add_months(d, 1200 * n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "FN":
        return d + timedelta(weeks=2 * n)
    return d + timedelta(days=n)


def fmt(d: date, unit: str) -> str:
    """TIMEX3 value of the ``unit``-long period holding ``d``."""
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "HY":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if unit in ("W", "FN"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "WE":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def weekday_near(dct: date, weekday: int, direction: int) -> date:
    """The ``weekday`` (1 = Monday) nearest ``dct``: the same day if it is that weekday and
    ``direction`` is 0, else the previous (-1) or next (+1) one."""
    diff = weekday - dct.isoweekday()
    if direction == 0:
        if diff == 0:
            return dct
        direction = -1
    if direction < 0:
        back = (-diff) % 7 or 7
        return dct - timedelta(days=back)
    ahead = diff % 7 or 7
    return dct + timedelta(days=ahead)


def year_for(month: int, day: int | None, dct: date, tense: str | None,
             reach: int = TENSE_REACH) -> int:
    """The year of a month (and day) said without one, by the news strategy: the
    occurrence nearest the document date, unless the tense of the clause points the
    other way and its occurrence is at most ``reach`` days off (a word such as "last"
    or "el pasado" says the direction outright and reaches a whole year)."""
    def at(y: int, d: int) -> date:
        return date(y, month, min(d, _cal.monthrange(y, month)[1]))

    options = [dct.year - 1, dct.year, dct.year + 1]
    best = min(options, key=lambda y: abs((at(y, day or 15) - dct).days))
    if tense == "past":
        fits = [y for y in options if at(y, day or 1) <= dct]
    elif tense == "future":
        fits = [y for y in options if at(y, day or 31) >= dct]
    else:
        return best
    edge = day or (31 if tense == "past" else 1)  # a month is as near as its nearest day
    pick = min(fits, key=lambda y: abs((at(y, edge) - dct).days))
    return pick if abs((at(pick, edge) - dct).days) <= reach else best


def season_month(dct: date) -> int:
    """Which month of its season ``dct`` falls in: 0 (the first), 1 or 2."""
    return dct.month % 3  # seasons begin in March, June, September and December


def season_of(dct: date) -> tuple[str, int]:
    """The season holding ``dct`` and the year it is named by."""
    s = SEASON_OF_MONTH[dct.month]
    return s, dct.year - 1 if dct.month in (1, 2) else dct.year


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month = (h + m - 7 * n + 114) // 31
    day = (h + m - 7 * n + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The ``n``-th ISO ``weekday`` of the month (1-5; -1: the last one), or None when the
    month has no such day ("the fifth Monday of February")."""
    if n == -1:
        last = date(year, month, _cal.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


def holiday(rule: str, year: int) -> date | None:
    """The date of a holiday in ``year`` from its rule in the word lists: "12-25" (fixed),
    "easter:-2" (days from Easter), "nth:11:4:4" (4th Thursday of November; "nth:11:4:4:1",
    the day after it), "last:5:1" (last Monday of May), "nth-after:11:2:1:2" (the Tuesday
    after the first Monday of November)."""
    kind, _, rest = rule.partition(":")
    try:
        if not rest:
            month, day = map(int, rule.split("-"))
            return date(year, month, day)
        args = [int(x) for x in rest.split(":")]
        if kind == "easter":
            return easter(year) + timedelta(days=args[0])
        if kind == "nth":
            month, wd, n, *shift = args
            return nth_weekday(year, month, wd, n) + timedelta(days=shift[0] if shift else 0)
        if kind == "last":
            month, wd = args
            return nth_weekday(year, month, wd, -1)
        if kind == "nth-after":
            month, wd, after_wd, n = args
            first = date(year, month, 1)
            base = first + timedelta(days=(after_wd - first.isoweekday()) % 7)
            return base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)
    except ValueError:
        return None
    return None
