"""Derived entries: figures a document implies but does not state.

Two derivations, both within one document, never across documents:

- a transition ("cut from 14,000 to 10,000") states a level before and a level (or
  target) after; the change between them is derived: -4,000, dated like the level after;
- a change ("sent 700 more troops") after a level the same document states for an
  earlier time ("KFOR had 4,000 troops") implies the level after the change: 4,700,
  dated like the change; a change with a modality (planned, possible) implies a target.

Money is only derived from a transition: a sum after a sum in one document is most often
another budget line, not the first one changed.

A derived entry has ``derived=True``, quotes the claims it was computed from, and is never
shown or counted as observed.
"""
from __future__ import annotations

from typing import Iterable, Optional

from claimline.model import Claim, Entry
from claimline.resolve.conflicts import same_time

FROM_RULE = "transition:from"
TO_RULE = "transition:to"


def _entry(subject: str, c: Claim, kind: str, value: float, direction: Optional[str],
           time: Optional[str], approx: bool, sources: list[Claim]) -> Entry:
    reported = min((s.reported for s in sources if s.reported), default=None)
    return Entry(subject=subject, measure=c.measure, kind=kind, value=value, approx=approx,
                 direction=direction, time=time, reported=reported, derived=True,
                 claims=list(sources))


CURRENCY_RULE = "measure:currency:"


def is_money(c: Claim) -> bool:
    """Whether the claim's measure is a currency (the claims stage records the rule)."""
    return any(r.startswith(CURRENCY_RULE) for r in c.rules)


def _plain(c: Claim) -> bool:
    """A figure exact enough to compute with: one value, no bound, not itself derived."""
    return (c.value is not None and c.bound is None and not c.derived
            and (c.low is None or c.low == c.high))


def transition_changes(claims: Iterable[Claim], subject: str) -> list[Entry]:
    """The change each transition ("from A to B") implies: B − A, dated like B."""
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        if FROM_RULE in c.rules or TO_RULE in c.rules:
            by_doc.setdefault(c.doc, []).append(c)
    out = []
    for items in by_doc.values():
        items.sort(key=lambda c: c.start)
        for before, after in zip(items, items[1:]):
            if FROM_RULE not in before.rules or TO_RULE not in after.rules:
                continue
            if before.measure != after.measure or not (_plain(before) and _plain(after)):
                continue
            delta = after.value - before.value
            if delta == 0:
                continue
            out.append(_entry(subject, after, "change", abs(delta), "+" if delta > 0 else "-",
                              after.time, before.approx or after.approx, [before, after]))
    return out


def _earlier(a: Optional[str], b: Optional[str]) -> bool:
    """Whether time ``a`` is wholly before time ``b`` (known, calendar, not overlapping)."""
    if not a or not b or same_time(a, b):
        return False
    end_a, start_b = a.split("/")[-1], b.split("/")[0]
    n = min(len(end_a), len(start_b))
    return end_a[:n] < start_b[:n]


def levels_from_changes(claims: Iterable[Claim], subject: str) -> list[Entry]:
    """The level each change implies when its document states the level it started from.

    The base is the nearest level stated before the change in the same document, for the
    same measure, at a time wholly before the change's: a level and a change of the same
    day are too often two readings of one sentence ("two jobs … worked two jobs") to add.
    """
    claims = list(claims)
    out = []
    for c in claims:
        if c.kind != "change" or c.direction not in ("+", "-") or not _plain(c) or not c.time:
            continue
        if FROM_RULE in c.rules or TO_RULE in c.rules or is_money(c):
            continue
        bases = [b for b in claims
                 if b.doc == c.doc and b.kind == "level" and b.measure == c.measure
                 and _plain(b) and b.end <= c.start and _earlier(b.time, c.time)
                 and TO_RULE not in b.rules and FROM_RULE not in b.rules]
        if not bases:
            continue
        base = max(bases, key=lambda b: b.start)
        value = base.value + c.value if c.direction == "+" else base.value - c.value
        if value < 0:
            continue
        # a change that may or will happen ("may cause 32,000 more deaths by August 4")
        # implies a projected level: a target with the change's modality, not a level
        kind = "target" if c.modality else "level"
        out.append(_entry(subject, c, kind, value, None, c.time, base.approx or c.approx,
                          [base, c]))
    return out
