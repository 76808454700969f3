"""Transitions: "cut from 14,000 to 10,000 troops" states two levels, one before, one after.

The numbers stage marks the two numerals of a transition (rules ``transition-from`` and
``transition-to``). The claim read at the "to" numeral is the level after (or the target,
when the clause speaks of the future). This module adds the level before: same subject,
measure and quote, the "from" value, kind ``level``. Its time is the start of the clause's
interval when it names one ("between 2009 and 2011"), the document date when the change
is still to come ("will be cut from A to B": A holds now) or a present-time word stands
before it ("von derzeit 2000 auf rund 15.000"), else unknown: the sentence
says when the change happened, not since when the earlier level held. Both claims carry a rule
(``transition:from`` / ``transition:to``) so that the timeline can derive the change.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from claimline.claims.lexicon import lexicon

from claimline.model import Claim, Number

FROM_RULE = "transition:from"
TO_RULE = "transition:to"


def _before_time(after: Claim, start: Number) -> tuple[Optional[str], str]:
    if after.time and "/" in after.time:
        return after.time.split("/")[0], after.time_how
    if after.kind == "target" and after.reported:
        return after.reported, "document-date"  # "will be cut from A": A holds now
    if after.reported and _said_to_hold_now(after, start):
        return after.reported, "document-date"  # "von derzeit 2000 auf rund 15.000": A holds now
    return None, "unknown"


def _said_to_hold_now(after: Claim, start: Number) -> bool:
    """True when a present-time word stands right before the "from" figure ("from *currently* 2,000")."""
    lex = lexicon(after.lang)
    words = lex.alternation("present")
    return bool(words) and bool(re.search(rf"(?:{words})\s+{re.escape(start.surface)}", after.quote, re.I))


def add_levels_before(pairs: list[tuple[Number, Claim]], numbers: list[Number]) -> list[Claim]:
    """The claims of one sentence, with the level before each transition added or fixed.

    ``pairs`` are (numeral, claim read at it) in sentence order; ``numbers`` every numeral
    of the sentence. A "from" numeral that already gave a claim becomes that level.
    """
    by_number = {id(n): c for n, c in pairs}
    out: list[Claim] = []
    for n, claim in pairs:
        if "transition-to" not in n.rule:
            if id(n) not in _from_ids(pairs, numbers):
                out.append(claim)
            continue
        start = next((m for m in reversed(numbers)
                      if m.end <= n.start and "transition-from" in m.rule), None)
        if start is None or (start.value is None and start.low is None):
            out.append(claim)
            continue
        time, how = _before_time(claim, start)
        value = start.value if start.value is not None else start.low
        before = replace(
            by_number.get(id(start)) or claim, subject=claim.subject, measure=claim.measure,
            value=value, low=start.low, high=start.high, approx=start.approx,
            bound=start.qualifier if start.qualifier not in ("exact", "approx") else None,
            kind="level", direction=None, modality=None, time=time, time_how=how,
            quote=claim.quote, start=claim.start, end=claim.end,
            rules=[f"number:{start.rule}", FROM_RULE, f"time:{how}"] + [
                r for r in claim.rules if r.startswith("subject:")])
        out.append(before)
        out.append(replace(claim, rules=claim.rules + [TO_RULE]))
    return out


def _from_ids(pairs: list[tuple[Number, Claim]], numbers: list[Number]) -> set[int]:
    """Numerals that open a transition whose "to" numeral gave a claim."""
    ids = set()
    for n, _ in pairs:
        if "transition-to" in n.rule:
            start = next((m for m in reversed(numbers)
                          if m.end <= n.start and "transition-from" in m.rule), None)
            if start is not None:
                ids.add(id(start))
    return ids
