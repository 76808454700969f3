"""Shapes of TIMEX3 values the passes recognise (a day, a part of a day, a quarter, a month, a year, a clock time)."""
from __future__ import annotations

import re
from typing import Optional

DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
POD_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T[A-Z]{2}$")
QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
YEAR_VALUE = re.compile(r"^\d{4}$")
MONTH_OR_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
QUARTER_ENDS = {(3, 31): 1, (6, 30): 2, (9, 30): 3, (12, 31): 4}  # (month, day) -> the quarter it ends
CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(T\d{2}:\d{2})$")


def quarter_ended_by(value: str) -> Optional[tuple[str, int]]:
    """The year and calendar quarter that the month or day ``value`` ends ("2004-12" and
    "2004-12-31" give ("2004", 4)); None for a value of another shape or a month or day
    that ends no quarter ("2004-11", "2004-12-30")."""
    m = MONTH_OR_DAY.match(value)
    if m is None:
        return None
    month = int(m.group(2))
    q = QUARTER_ENDS.get((month, int(m.group(3)))) if m.group(3) else (None if month % 3 else month // 3)
    return (m.group(1), q) if q else None
