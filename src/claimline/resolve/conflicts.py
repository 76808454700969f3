"""Conflicts: two reports of the same level, for the same time, that cannot both be true.

Times are compared at the coarser granularity of the two: "2012" and "2012-07-09" are the
same time, "2012-06" and "2012-07" are not. An interval ``A/B`` covers every period from A
to B; a point and an interval are the same time when the point falls inside it, two
intervals when one lies inside the other. Times that are not calendar dates (seasons,
durations, "PRESENT_REF") are never compared.

Values are compared through the range each report allows: an exact figure is itself, a
hedged one ("about 5,000") anything within ``APPROX_TOLERANCE``, a range or vague amount
its bounds, and a bounded one ("at least 5,000", "fewer than 100") the half-line its bound
leaves open. Two reports conflict only when their ranges do not meet.
"""
from __future__ import annotations

import math
import re
from typing import Optional

APPROX_TOLERANCE = 0.10  # "about 5,000" agrees with anything within 10 %

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _granularity(point: str) -> Optional[int]:
    """Length of the ISO prefix of a calendar point: 4, 7 or 10; None if not a date."""
    return len(point) if _DATE.match(point) else None


def _parts(time: str) -> Optional[tuple[str, str]]:
    start, _, end = time.partition("/")
    end = end or start
    if _granularity(start) is None or _granularity(end) is None:
        return None
    return start, end


def same_time(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two ISO times (points or ``A/B`` intervals) name the same time.

    Compared at the coarser granularity of the two; unknown or non-calendar times never
    match anything.
    """
    if not a or not b:
        return False
    pa, pb = _parts(a), _parts(b)
    if pa is None or pb is None:
        return False
    n = min(len(x) for x in pa + pb)
    a0, a1 = pa[0][:n], pa[1][:n]
    b0, b1 = pb[0][:n], pb[1][:n]
    inside_a = a0 <= b0 and b1 <= a1
    inside_b = b0 <= a0 and a1 <= b1
    return inside_a or inside_b


def value_range(value: Optional[float], low: Optional[float] = None, high: Optional[float] = None,
                approx: bool = False, bound: Optional[str] = None) -> Optional[tuple[float, float]]:
    """The closed range of values a report allows, or None when it gives no figure."""
    if value is None and low is None and high is None:
        return None
    tol = APPROX_TOLERANCE if approx else 0.0
    if low is not None and high is not None:
        lo, hi = low, high
    else:
        v = value if value is not None else (low if low is not None else high)
        lo, hi = v, v
    lo, hi = lo * (1 - tol), hi * (1 + tol)
    if bound in ("at-least", "more-than"):
        hi = math.inf
        if bound == "more-than":
            lo = math.nextafter(lo, math.inf)  # "more than 5,000" excludes 5,000
    elif bound in ("at-most", "less-than", "up-to"):
        lo = 0.0
        if bound == "less-than":
            hi = math.nextafter(hi, -math.inf)
    return lo, hi


def disagree(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Whether two value ranges have no value in common (an unknown range agrees)."""
    if a is None or b is None:
        return False
    return a[1] < b[0] or b[1] < a[0]
