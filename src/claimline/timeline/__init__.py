"""Timelines: the entries of one subject and measure, each with every claim behind it.

Identical figures (same subject, measure, kind, direction, value and time) from several
documents or languages merge into one entry listing every quote. Two levels of the same
subject and measure whose times overlap (compared at the coarser of the two
granularities) and whose values disagree beyond their hedges are flagged as conflicts;
both stay on the timeline.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional

from claimline.model import Claim, Entry
from claimline.resolve import canonical

APPROX_TOLERANCE = 0.10  # "about 5,000" agrees with anything within 10 %


def _key(c: Claim) -> tuple:
    return (c.kind, c.direction, c.value, c.low, c.high, c.time)


def series(claims: Iterable[Claim], subject: str, measure: Optional[str],
           aliases: Optional[dict[str, str]] = None) -> list[Claim]:
    """The claims of ``subject`` (any alias, case-insensitive) and ``measure`` (any if None)."""
    aliases = aliases or {}
    want = canonical(subject, aliases).casefold()
    out = []
    for c in claims:
        if measure and c.measure != measure:
            continue
        if canonical(c.subject, aliases).casefold() == want:
            out.append(c)
    return out


def build(claims: Iterable[Claim], subject: str, measure: Optional[str],
          aliases: Optional[dict[str, str]] = None) -> list[Entry]:
    """Merged, sorted, conflict-flagged entries for one subject and measure."""
    aliases = aliases or {}
    picked = series(claims, subject, measure, aliases)
    names = Counter(canonical(c.subject, aliases) for c in picked)
    name = names.most_common(1)[0][0] if names else canonical(subject, aliases)
    groups: dict[tuple, Entry] = {}
    for c in picked:
        key = (c.measure,) + _key(c)
        entry = groups.get(key)
        if entry is None:
            entry = Entry(subject=name, measure=c.measure, kind=c.kind, value=c.value, low=c.low,
                          high=c.high, approx=c.approx, direction=c.direction, time=c.time,
                          reported=c.reported, derived=c.derived)
            groups[key] = entry
        entry.claims.append(c)
        entry.approx = entry.approx or c.approx
        if c.reported and (entry.reported is None or c.reported < entry.reported):
            entry.reported = c.reported
    entries = sorted(groups.values(), key=_order)
    _flag_conflicts(entries)
    return entries


def _order(e: Entry) -> tuple:
    when = e.time or e.reported or ""
    return (e.time is not None or e.kind != "level", when, e.kind, e.value or 0)


def _overlap(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return False
    a0, b0 = a.split("/")[0], b.split("/")[0]
    n = min(len(a0), len(b0))
    return a0[:n] == b0[:n]


def _agree(a: Entry, b: Entry) -> bool:
    if a.value is None or b.value is None:
        return True
    tol = APPROX_TOLERANCE if (a.approx or b.approx) else 0.0
    lo_a = a.low if a.low is not None else a.value * (1 - tol)
    hi_a = a.high if a.high is not None else a.value * (1 + tol)
    lo_b = b.low if b.low is not None else b.value * (1 - tol)
    hi_b = b.high if b.high is not None else b.value * (1 + tol)
    return lo_a <= hi_b and lo_b <= hi_a


def _flag_conflicts(entries: list[Entry]) -> None:
    for i, a in enumerate(entries):
        for j in range(i + 1, len(entries)):
            b = entries[j]
            if a.kind != "level" or b.kind != "level" or a.derived or b.derived:
                continue
            if a.measure == b.measure and _overlap(a.time, b.time) and not _agree(a, b):
                a.conflicts.append(j)
                b.conflicts.append(i)


def subjects(claims: Iterable[Claim], aliases: Optional[dict[str, str]] = None) -> list[tuple[str, str, int]]:
    """(subject, measure, number of claims) for every series, largest first."""
    aliases = aliases or {}
    counts: dict[tuple[str, str], int] = {}
    for c in claims:
        key = (canonical(c.subject, aliases), c.measure)
        counts[key] = counts.get(key, 0) + 1
    return sorted(((s, m, n) for (s, m), n in counts.items()), key=lambda r: (-r[2], r[0], r[1]))
