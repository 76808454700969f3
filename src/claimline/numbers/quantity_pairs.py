"""Figures read together: a from/to move with words between ('from 21 mpg combined to 23'),
'one in five adults' as a share, a figure said again ('lost 190 points, or 0.6%'), and a
unit said once for two figures ('8 or $9', 'a 7- or 8-inch touchscreen')."""
from __future__ import annotations

from typing import Optional

from .candidates import Cand
from .concept import words_before
from .quantity_rules import UnitRules
from .quantity_units import unit_of


def inherited_unit(rows: list[dict], text: str, c: Cand, cands: list[Cand], i: int, r: UnitRules):
    """A bare figure takes the unit of a figure beside it: 'lowest is 74.07' after '84.75 cents';
    '8 or $9' takes the dollar of the next one."""
    nxt = cands[i + 1] if i + 1 < len(cands) else None
    if nxt is not None and nxt.role == "quantity" and r.inherit_gap_re.fullmatch(text[c.end: nxt.start]):
        unit = unit_of(text, nxt, r)[0]  # '8 or $9', '16369.03 up 58.06 points'
        # a unit it can trust: a symbol's, a currency's or a counted plural ('30 or 40 hours'); not
        # '230-to-197 and 229-to-198', the share of a fraction ('4 and two-fifths of schools') or
        # a word that merely follows ('46.45 - .02 outside')
        gap = text[c.end: nxt.start].split()
        known = nxt.unit or unit in r.symbols.values() or unit in r.currency_names.values() or (
            unit and unit.endswith("s") and not unit.endswith("ss")) or (gap and gap[0] in r.adjective_joiners)
        if unit and known and not any(ch.isdigit() for ch in unit) and not unit.startswith("% "):
            return unit
    for prev in reversed(rows):
        v = prev["value"] if prev["value"] is not None else prev["high"]
        percent = prev["unit"] == "%" or (prev["unit"] or "").startswith(("% ", r.percent_rate + " per "))
        if not prev["unit"] or percent or not v or not c.value:
            continue
        if 0.01 <= abs(c.value / v) <= 100:  # a figure of the same kind: '68400 people ... and 95800 who'
            return prev["unit"]
    return None


def restates(text: str, prev_end: int, start: int, r: UnitRules) -> bool:
    """Is the figure at ``start`` the previous one said again (a conversion or an 'or')?"""
    gap = text[prev_end:start].strip().lower()
    if gap in ("(", "/", "[") or gap.rstrip("(").strip() == "":
        return bool(gap)
    words = gap.strip(",").split()
    return len(words) == 1 and words[0] in r.link_words


def loose_transition(text: str, cands: list[Cand], i: int, r: UnitRules) -> Optional[int]:
    """The index of the 'to' figure of a 'from A ... to B' move whose words between hold no
    other quantity ('from 21 mpg combined to 23', 'from 20 miles per gallon in 2008 to 29 mpg'),
    or None."""
    c = cands[i]
    if c.form in ("range", "vague") or words_before(text, c.start, 1) != [r.transition_from]:
        return None
    for j in range(i + 1, min(len(cands), i + 4)):
        d = cands[j]
        if d.start - c.end > 60 or any(ch in text[c.end: d.start] for ch in ";:()"):
            return None
        if d.role != "quantity":
            continue  # a year, a time of day between the two ends
        if d.value is None or d.form in ("range", "vague") or words_before(text, d.start, 1) != [r.transition_to]:
            return None
        if c.unit and d.unit and c.unit != d.unit:
            return None
        return j
    return None


def one_in(text: str, cands: list[Cand], i: int, r: UnitRules) -> Optional[tuple[str, int]]:
    """'One out of three Germans', 'one in five adults': a share of a whole, in NewsQuant's
    naming '% <whole>', and the end of its noun; None for anything else ('29 out of 30
    charges' are counts, 'one in 10 years' a time)."""
    c = cands[i]
    if c.value != 1 or i + 1 >= len(cands) or not r.ratio_gap_re:
        return None
    d = cands[i + 1]
    if d.role != "quantity" or not d.value or d.value < 2 or d.value != int(d.value) or d.unit or \
            not r.ratio_gap_re.fullmatch(text[c.end: d.start]):
        return None
    unit, end = unit_of(text, d, r)
    if not unit or unit.startswith("%") or unit in r.symbols.values() or unit.rstrip("s") in r.per_nouns:
        return None
    head = unit.split()[-1]
    if not (head.endswith("s") and not head.endswith("ss")) and head not in r.plural_lemmas:
        return None  # "one in 10 recognised Charles Kennedy": no noun of a whole
    return "% " + unit, end


def suspended_unit(text: str, cands: list[Cand], i: int, r: UnitRules) -> Optional[str]:
    """'a 7- or 8-inch touchscreen', 'four-, five- and six-cylinder engines': a figure whose
    hyphen hangs takes the unit of the last figure of its series."""
    j = i
    while j + 1 < len(cands):
        gap = text[cands[j].end: cands[j + 1].start]
        rest = gap[1:].lstrip(",")
        if not gap.startswith("-") or not (rest.isspace() or r.inherit_gap_re.fullmatch(rest)):
            return None
        j += 1
        end = cands[j].end
        if text[end: end + 1] == "-" and text[end + 1: end + 2].isalpha():
            return unit_of(text, cands[j], r)[0]
    return None
