"""Shapes of TIMEX3 values the passes recognise (a day, a part of a day, a quarter, a month, a year, a clock time)."""
from __future__ import annotations

import re

DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
POD_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T[A-Z]{2}$")
QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
YEAR_VALUE = re.compile(r"^\d{4}$")
MONTH_OR_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
QUARTER_ENDS = {(3, 31): 1, (6, 30): 2, (9, 30): 3, (12, 31): 4}  # (month, day) -> the quarter it ends
CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(T\d{2}:\d{2})$")
