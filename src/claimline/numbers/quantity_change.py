"""The change label of a figure (``= ~ up down > <``), one label only.

A move is named by a sign ('+0.2%') or by the verb just before the figure or before its
"by" or "to" ('rose 5%', 'increased by 5%', 'fell to 49.55'); a level reached after an
amount is "=" ('rose 18 sen to RM23.50'), and a particle is no move ('gave up', 'make up').
A move wins over a hedge ('up nearly 57%'), a hedge over no move ('averaged 7.3 points' is
``~``). ``result_level`` and ``gapped_by`` tell, for a figure after a move, where the move
ended ('... to fall to 7,425.81') and a move whose verb is left out ('Burlington by 2.6%')."""
from __future__ import annotations

import re
from typing import Optional

from .candidates import Cand
from .concept import words_before
from .quantity_rules import ARTICLES, UnitRules


def _sign_change(text: str, c: Cand) -> Optional[str]:
    """'+0.2%' is a rise, '-1.3%' a fall."""
    lead = text[c.start: c.start + 1]
    before = text[max(0, c.start - 1): c.start]
    if lead == "+" or before == "+":
        return "up"
    if lead in "-−" and c.unit == "%":
        return "down"
    return None


_QUAL_RULE_RE = re.compile(r"qual(?:-after)?:([^|+]+)")  # a range end's rule goes on after "+"


def _direction(before: list[str], r: UnitRules) -> Optional[str]:
    """The move a verb just before the figure names: 'rose 5%', 'increased by 5%', 'fell to
    49.55'. A level reached after an amount ('rose 18 sen to RM23.50') is a level, not a
    move, and a particle of a phrasal verb is no move ('gave up 517 yards', 'boils down to')."""
    if not before:
        return None
    last = before[-1]
    if last in r.up or last in r.down:
        if (len(before) > 1 and before[-2] in r.phrasal_verbs) or last in r.moves_by_only:
            return None  # 'raised $2 million' is money raised; 'raised by 5%' is a move
        return "up" if last in r.up else "down"
    if last in r.level and len(before) > 1:
        # "fell to 49.55": the figure straight after the verb carries its move; after an
        # amount ("rose 18 sen to RM23.50") the level is only where the move ended
        return _direction(before[:-1], r) if before[-2] in r.up or before[-2] in r.down else None
    if last not in r.by:
        return None
    for w in reversed(before[:-1][-4:]):
        if w in r.clause_joins:
            break  # "... and moved production by 3%": another verb's object
        if w in r.up:
            return "up"
        if w in r.down:
            return "down"
    return None


def change_of(text: str, c: Cand, r: UnitRules) -> str:
    """The change label of the figure ``c``: ``up``/``down`` for a move, ``>``/``<`` for a
    bound, ``~`` for a hedge or a typical value, ``=`` otherwise."""
    signed = _sign_change(text, c)
    if signed:
        return signed
    qual_phrase = ""
    m = _QUAL_RULE_RE.search(c.rule) if "qual" in c.rule else None
    if m:
        qual_phrase = m.group(1)
    before = words_before(text, c.start, 5)
    # drop the qualifier's own words ("up nearly 57%")
    if qual_phrase:
        k = len(qual_phrase.split())
        if before[-k:] == qual_phrase.split():
            before = before[:-k]
    elif before and before[-1] in r.sign_words:
        before = before[:-1]  # "dip down to minus-130": the sign is part of the figure
        if before and before[-1] in r.approx_bounds:
            return "~"  # "about minus 387 Fahrenheit": the hedge stands before the sign
    # a range moves too when its verb says so ("dropped by 1 to 1.5 degrees"); 'between 3
    # and 4' has no verb before it
    moved = _direction(before, r) if c.form != "range" or (before and before[-1] in r.by) else None
    if c.qualifier == "approx" and c.form != "vague":
        # one label: the move wins over the hedge, as for "up nearly 57%" ("rose about 1.5%")
        return moved or "~"
    if c.form == "range" and before and before[-1] == r.transition_from and c.qualifier != "exact":
        # "from up to 252 miles to 287 miles": a bound on the first end of a from/to span is
        # that end's, not the span's
        return moved or "="
    if c.qualifier in ("more-than", "at-least"):
        return ">"  # "lost more than 60%": the bound is the news
    # "the lead up to 3G" is a time before it, not a bound ("can run up to eight times" is one)
    lead_up = c.qualifier == "up-to" and len(before) > 1 and before[-1] in r.lead_up_nouns and before[-2] in ARTICLES
    if (c.qualifier in ("less-than", "up-to") and not lead_up) or (
            c.qualifier == "at-most" and qual_phrase not in r.approx_bounds):
        return "<"
    if moved:
        return moved
    if qual_phrase in r.approx_bounds or (before and before[-1] in r.average_verbs):
        return "~"  # "averaged 7.3 points": a typical value, not any one count
    return "="


def result_level(text: str, c: Cand, r: UnitRules) -> bool:
    """'... to fall to 7,425.81', '... falling to 7,425': a non-finite move verb and 'to' that
    give where the move just told ended."""
    before = words_before(text, c.start, 3)
    return len(before) >= 2 and before[-1] in r.level and (
        before[-2].endswith("ing") or (len(before) == 3 and before[0] in r.level))


def gapped_by(text: str, c: Cand, r: UnitRules) -> bool:
    """'Ross were down 2.3%, Burlington by 2.6%': a short clause of a subject and 'by' whose
    verb is left out ('followed by 3' has its own verb)."""
    clause = words_before(text, c.start, 4)
    return 2 <= len(clause) <= 3 and clause[-1] in r.by and not clause[-2].endswith(("ed", "ing"))
