"""Shapes of TIMEX3 values the passes recognise (a day, a part of a day, a quarter, a month, a clock time)."""
from __future__ import annotations

import re

DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
POD_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T[A-Z]{2}$")
QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
MONTH_OR_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(T\d{2}:\d{2})$")
