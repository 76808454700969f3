"""Where an entry's time goes on a date axis: the period an ISO prefix or interval covers.

An entry whose time is unknown, or is not a calendar period (``PRESENT_REF``, ``P3M``),
gets no span, so the report lists it as "date unknown" instead of inventing a date.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Optional

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
# Northern-hemisphere meteorological seasons: first month, number of months.
_SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "AU": (9, 3), "WI": (12, 3)}


def _month_end(year: int, month: int) -> date:
    first_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_next - timedelta(days=1)


def _months(year: int, first: int, count: int) -> tuple[date, date]:
    last = first + count - 1
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), _month_end(end_year, end_month)


def _single(value: str) -> Optional[tuple[date, date]]:
    value = value.strip()
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            return _months(int(m[1]), int(m[2]), 1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := _QUARTER.match(value):
            return _months(int(m[1]), 3 * int(m[2]) - 2, 3)
        if m := _HALF.match(value):
            return _months(int(m[1]), 6 * int(m[2]) - 5, 6)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _SEASON.match(value):
            return _months(int(m[1]), *_SEASONS[m[2]])
    except ValueError:
        return None
    return None


def span(time: Optional[str]) -> Optional[tuple[date, date]]:
    """First and last day (inclusive) of the period ``time`` names, or None.

    Accepts ISO prefixes (``2023``, ``2023-05``, ``2023-05-29``, timestamps), TIMEX3
    quarters, halves, weeks and seasons, and intervals ``A/B`` of those.
    """
    if not time:
        return None
    if "/" in time:
        left, _, right = time.partition("/")
        a, b = _single(left), _single(right)
        if a is None or b is None or b[1] < a[0]:
            return None
        return a[0], b[1]
    return _single(time)


def midpoint(first: date, last: date) -> datetime:
    """The middle of an inclusive day span, as a timestamp (noon for a single day)."""
    start = datetime(first.year, first.month, first.day)
    stop = datetime(last.year, last.month, last.day) + timedelta(days=1)
    return start + (stop - start) / 2
