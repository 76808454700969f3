"""Timelines: the entries of one subject and measure, each with every claim behind it.

Identical figures (same subject, measure, kind, direction, value, bound and time) from
several documents or languages merge into one entry listing every quote. Near-duplicate
documents (``resolve.dedup``) are one source: an entry quotes each duplicate group once
and lists the group's other documents in ``Entry.duplicates``. Changes implied by
transitions and levels implied by changes are added as derived entries
(``timeline.derive``). Two observed levels of the same subject and measure for the same
time whose values disagree beyond their hedges, reported by different sources, are
flagged as conflicts (``resolve.conflicts``); both stay on the timeline, neither replaces
the other. A figure given relative to a year's level ("half their 2019 level") takes its
value from the levels of that year in the series (``timeline.relative``). A generic
subject ("people", "civilians": ``resolve.generic``) is kept apart
per source: its entries never merge documents and never conflict across them.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional

from claimline.model import Claim, Entry
from claimline.resolve import Names, canonical
from claimline.resolve.conflicts import APPROX_TOLERANCE, disagree, same_time, value_range
from claimline.resolve.generic import is_generic
from claimline.resolve.names import is_place
from claimline.timeline import derive, relative

__all__ = ["APPROX_TOLERANCE", "build", "build_all", "series", "subjects"]


def _key(c: Claim) -> tuple:
    return (c.kind, c.direction, c.value, c.low, c.high, c.bound, c.time)


def series(claims: Iterable[Claim], subject: str, measure: Optional[str],
           aliases: Optional[dict[str, str]] = None) -> list[Claim]:
    """The claims of ``subject`` (any alias, case-insensitive) and ``measure`` (any if None)."""
    names = Names(aliases or {}).matches(subject)
    return [c for c in claims if not (measure and c.measure != measure) and names(c.subject)]


def build(claims: Iterable[Claim], subject: str, measure: Optional[str],
          aliases: Optional[dict[str, str]] = None,
          groups: Optional[dict[str, str]] = None) -> list[Entry]:
    """Merged, sorted, conflict-flagged entries for one subject and measure.

    ``groups`` maps a document id to its near-duplicate group (``Store.doc_groups``);
    documents missing from it are groups of their own.
    """
    aliases = aliases or {}
    picked = relative.resolve(series(claims, subject, measure, aliases))
    names = Counter(canonical(c.subject, aliases) for c in picked)
    name = names.most_common(1)[0][0] if names else canonical(subject, aliases)
    merged: dict[tuple, Entry] = {}
    generic = is_generic(name)
    for c in picked:
        key = (c.measure,) + _key(c)
        if generic or _event_bound(c):  # "people" of two stories are two subjects: never one entry
            key += ((groups or {}).get(c.doc, c.doc),)
        entry = merged.get(key)
        if entry is None:
            entry = Entry(subject=name, measure=c.measure, kind=c.kind, value=c.value, low=c.low,
                          high=c.high, approx=c.approx, direction=c.direction, time=c.time,
                          reported=c.reported, derived=c.derived, bound=c.bound)
            merged[key] = entry
        entry.claims.append(c)
        entry.approx = entry.approx or c.approx
        if c.reported and (entry.reported is None or c.reported < entry.reported):
            entry.reported = c.reported
    entries = list(merged.values())
    for e in entries:
        _one_quote_per_group(e, groups or {})
    entries += _derived(picked, name, entries)
    entries.sort(key=_order)
    if not generic:
        _flag_conflicts(entries, groups or {})
    return entries


def build_all(claims: Iterable[Claim], aliases: Optional[dict[str, str]] = None,
              groups: Optional[dict[str, str]] = None) -> list[list[Entry]]:
    """The entries of every series (subject and measure), one list per series, in the order
    of ``subjects``; each list is what ``build`` gives for that series."""
    aliases = aliases or {}
    name_of = Names(aliases)
    by_series: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        by_series.setdefault((name_of(c.subject), c.measure), []).append(c)
    order = sorted(by_series, key=lambda k: (-len(by_series[k]), k[0], k[1]))
    return [build(by_series[k], k[0], k[1], aliases, groups) for k in order]


def _one_quote_per_group(e: Entry, groups: dict[str, str]) -> None:
    """Keep the claims of one document per duplicate group; move the rest to duplicates.

    The document kept is the group member reported first (then the group's first
    document, then the smallest id), so the quote comes from the earliest printing.
    ``reported`` stays the earliest date of all.
    """
    by_group: dict[str, list[Claim]] = {}
    for c in e.claims:
        by_group.setdefault(groups.get(c.doc, c.doc), []).append(c)
    kept: list[Claim] = []
    for group, members in by_group.items():
        first = min(members, key=lambda c: (c.reported or "9999", c.doc != group, c.doc))
        kept += [c for c in members if c.doc == first.doc]
        e.duplicates += [c for c in members if c.doc != first.doc]
    kept_ids = {id(c) for c in kept}
    e.claims = [c for c in e.claims if id(c) in kept_ids]


def _derived(picked: list[Claim], name: str, observed: list[Entry]) -> list[Entry]:
    """Derived entries not already on the timeline, one per distinct figure."""
    kept = {id(c) for e in observed for c in e.claims}
    sources = [c for c in picked if id(c) in kept]  # reprints derive nothing new
    out: dict[tuple, Entry] = {}
    for e in derive.transition_changes(sources, name) + derive.levels_from_changes(sources, name):
        key = (e.measure, e.kind, e.direction, e.value, e.time)
        if key in out:
            out[key].claims += [c for c in e.claims if c not in out[key].claims]
        else:
            out[key] = e
    return list(out.values())


def _order(e: Entry) -> tuple:
    when = e.time or e.reported or ""
    return (e.time is not None or e.kind != "level", when, e.kind, e.derived, e.value or 0)


def _range(e: Entry):
    return value_range(e.value, e.low, e.high, e.approx, e.bound)


def _sources(e: Entry, groups: dict[str, str]) -> set[str]:
    return {groups.get(c.doc, c.doc) for c in e.claims}


#: Measures that gather unrelated groups under one word ("23,000 people" demonstrating and
#: "22,614 people" in hospital, both in France on one day): different figures there are
#: different things counted, not sources disagreeing.
OPEN_MEASURES = frozenset({"people"})


#: Casualty measures, and the subject rules that file victims under the place where they
#: were counted ("En France, 290 personnes tuées", "deux militaires français tués"): the
#: place names no event, so two stories' tolls of one day are two events, not one figure.
CASUALTY_MEASURES = frozenset({"deaths", "injured", "casualties"})
PLACE_RULES = frozenset({"subject:place", "subject:victims+place", "subject:victims+nationality"})


def _event_bound(c: Claim) -> bool:
    """A casualty count filed under a place, not under a named actor (a force, a police):
    kept apart per source ("290 personnes tuées" on the roads of France and "les trois
    bénévoles" drowned off its coast are France's deaths of two events)."""
    if c.measure not in CASUALTY_MEASURES:
        return False
    if any(r in PLACE_RULES for r in c.rules):
        return True
    return "subject:victims+clause-actor" in c.rules and is_place(c.subject)


def _comparable(e: Entry) -> bool:
    """Whether two values of this entry's measure can contradict each other.

    Not for open measures, unlisted nouns, or money: a currency names the unit, not what is
    counted, and one actor's fines, budgets and deficits of one year are different amounts;
    nor for casualties filed under a place (two events' tolls, ``_event_bound``).
    """
    if e.measure in OPEN_MEASURES:
        return False
    return not any("measure:generic-noun" in c.rules or derive.is_money(c) or _event_bound(c)
                   for c in e.claims)


def _flag_conflicts(entries: list[Entry], groups: dict[str, str]) -> None:
    """Mark observed levels of one measure for the same time whose values cannot both hold.

    A conflict is between sources: two figures that only one document (or one story and its
    reprints) gives are different things it counts ("2741 confirmed cases, 461 severe
    cases"), not a disagreement, so they are not flagged.
    """
    for i, a in enumerate(entries):
        for j in range(i + 1, len(entries)):
            b = entries[j]
            if a.kind != "level" or b.kind != "level" or a.derived or b.derived:
                continue
            if not (_comparable(a) and _comparable(b)):
                continue
            if a.measure != b.measure or not same_time(a.time, b.time):
                continue
            if len(_sources(a, groups) | _sources(b, groups)) < 2:
                continue
            if disagree(_range(a), _range(b)):
                a.conflicts.append(j)
                b.conflicts.append(i)


def subjects(claims: Iterable[Claim], aliases: Optional[dict[str, str]] = None) -> list[tuple[str, str, int]]:
    """(subject, measure, number of claims) for every series, largest first."""
    name_of = Names(aliases or {})
    counts: dict[tuple[str, str], int] = {}
    for c in claims:
        key = (name_of(c.subject), c.measure)
        counts[key] = counts.get(key, 0) + 1
    return sorted(((s, m, n) for (s, m), n in counts.items()), key=lambda r: (-r[2], r[0], r[1]))
