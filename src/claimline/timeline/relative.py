"""Figures given relative to another year's level, resolved across documents.

"Troops were cut to half their 2019 level": when the document itself stated no 2019 level,
the claims stage keeps the claim without a value and records the year and the factor
(``claims.year_level``). The timeline gives it a value from the levels of that year the
same series holds from any document — only when they agree on one value; with none, or
with two that disagree, the claim stays unresolved and out of the timeline.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from claimline.claims import year_level
from claimline.model import Claim, whole


def resolve(claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` with every relative-to-a-year claim valued from its base, or left out."""
    claims = list(claims)
    out = []
    for c in claims:
        ref = year_level.parse_rule(c.rules) if c.value is None else None
        if ref is None:
            if c.value is not None:
                out.append(c)
            continue
        year, factor = ref
        bases = [b for b in claims if b.kind == "level" and b.value is not None and not b.derived
                 and b.measure == c.measure and (b.time or "").startswith(year)
                 and year_level.parse_rule(b.rules) is None]
        values = {b.value for b in bases}
        if len(values) != 1:
            continue
        (value,) = values
        first = min(bases, key=lambda b: (b.reported or "", b.doc, b.start))
        out.append(replace(c, value=round(value * factor, 6), approx=True,
                           rules=c.rules + [f"relative:base {whole(value)} in {year} from {first.doc}"]))
    return out
