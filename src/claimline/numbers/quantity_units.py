"""The unit of a figure: a symbol's or a currency's ('5%', '$3', '12 km', 'kV/cm'), a rate
('$3,500 a month', '£24 a-year'), an age ('Maddon, 66,', 'He was 101') or the counted noun
after it in its plain form ('five new deaths', '517 rushing yards', 'barrels of oil'); the
noun phrases it reads are in ``quantity_nouns``."""
from __future__ import annotations

import re
from typing import Optional

from .candidates import Cand
from .concept import words_before
from .quantity_nouns import (coordinated, fraction_of_one, fraction_of_whole, head_noun, is_figure,
                             is_modifier, named_noun, one_of)
from .quantity_rules import DETERMINERS, PAREN_RE, POSSESSIVE_RE, POSSESSIVES, UnitRules, words_after


_HYPHEN_PER_RE = re.compile(r"(?:a|per)-([^\W\d_]+)$", re.I)
_MEASURE_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?[^\W\d_]{1,3}")  # "250ml", "5kW": a measure that modifies a noun


def per_unit(text: str, end: int, unit: str, r: UnitRules) -> tuple[str, int]:
    """'$3,500 a month', '$10 per gram', '9 billion shekels ($2.4 billion) a year': a rate unit."""
    paren = PAREN_RE.match(text, end)
    ws = words_after(text, paren.end() if paren else end, 4)
    if len(ws) >= 3 and ws[0].group().lower() != "per" and ws[2].group().lower().rstrip(".,") in r.not_rate_after:
        return unit, end  # '210,643 contracts a week earlier': a time back, not a rate
    if ws:
        hp = _HYPHEN_PER_RE.match(ws[0].group().rstrip(".,"))
        if hp and hp.group(1).lower() in r.per_nouns:  # "£24 a-year"
            return f"{unit} per {hp.group(1).lower()}", end if paren else ws[0].end()
    if len(ws) >= 2 and ws[0].group().lower() in r.per:
        noun = ws[1].group().lower().rstrip(".,")
        if noun in ("square", "cubic", "sq") and len(ws) >= 3:
            noun = noun + " " + ws[2].group().lower().rstrip(".,")
            noun = r.symbols.get(noun, noun)  # "per sq m" -> "per square metre"
            if ws[0].group().lower() == "per":
                return f"{unit} per {noun}", end if paren else ws[2].end()
        noun = r.symbols.get(noun, noun)
        if ws[0].group().lower() == "per" or noun in r.per_nouns or noun.rstrip("s") in r.per_nouns:
            return f"{unit} per {noun}", end if paren else ws[1].end()
    return unit, end


_NAME_COMMA_RE = re.compile(r"[A-Z][\w.'’-]*,[ \u00a0]$")


def _age(text: str, c: Cand, r: UnitRules) -> Optional[str]:
    """'Maddon, 66, has...', 'aged 35': an age."""
    if c.form != "digits" or not c.plain or c.value is None or not 0 < c.value < 120:
        return None
    if r.age_after_name and _NAME_COMMA_RE.search(text[max(0, c.start - 30): c.start]) and \
            text[c.end: c.end + 1] == ",":
        return "year of age"
    before = words_before(text, c.start, 3)
    if before and (before[-1] in r.age_words or " ".join(before[-2:]) in r.age_words):
        return "year of age"
    # "Maria who was 10.", "He will be 35 by the end of the year": a person is a bare number
    if len(before) >= 2 and before[-1] in r.age_verbs and (before[-2] in r.age_subjects or (
            len(before) >= 3 and before[-2] in r.modals and before[-3] in r.age_subjects)):
        nxt = words_after(text, c.end, 1)
        if not nxt or text[c.end: c.end + 1] in ",;" or nxt[0].group().lower().rstrip(".,") in r.stop:
            return "year of age"
    return None


def unit_of(text: str, c: Cand, r: UnitRules) -> tuple[Optional[str], int]:
    """The unit and the offset just past it."""
    if c.unit == "%":
        unit, end = per_unit(text, c.end, "%", r)
        return unit.replace("% per ", r.percent_rate + " per ", 1), end  # "percentage per year"
    if c.unit:
        return per_unit(text, c.end, r.currency_names.get(c.unit, c.unit), r)
    m = r.symbol_re.match(text, c.end)
    if m:
        canon = r.exact_symbols.get(m.group("s")) or r.symbols.get(m.group("s").lower())
        if canon:
            m2 = r.symbol_re.match(text, m.end() + 1) if text[m.end(): m.end() + 1] == "/" else None
            if m2:  # "kV/cm"
                canon2 = r.exact_symbols.get(m2.group("s")) or r.symbols.get(m2.group("s").lower())
                if canon2:
                    return f"{canon} per {canon2}", m2.end()
            return per_unit(text, m.end(), canon, r)
    of_phrase = one_of(text, c, r)
    if of_phrase:
        return of_phrase
    if c.form == "fraction":
        share = fraction_of_one(text, c, r)
        if share[0]:
            return share
        share = fraction_of_whole(text, c, r)
        if share[0]:
            return share
    age = _age(text, c, r)
    if age:
        return age, c.end
    words = words_after(text, c.end, 4)
    if not words:
        return None, c.end
    # "tens of thousands of dollars": skip "of"
    if words[0].group().lower() in r.of_words and len(words) > 1:
        words = words[1:]
        first = words[0].group()
        owner_then_figure = POSSESSIVE_RE.search(first) and len(words) > 1 and is_figure(words[1].group(), r)
        if first.lower() in POSSESSIVES or is_figure(first, r) or owner_then_figure:
            # "35m of its Echo devices", "39 of the state's 40 delegates", "one of UKIP's two
            # London Assembly members": the whole's noun, read without taking it (the 40 is a
            # figure of its own)
            head = head_noun(words_after(text, words[0].end(), 6), r, skip_figures=True)
            if head is None:
                return None, c.end
            return ("% " + head[0] if c.form == "fraction" else head[0]), c.end
    w0 = words[0].group().rstrip(".,")
    if len(words) >= 3 and (_MEASURE_TOKEN_RE.fullmatch(w0) or (
            w0.endswith("ly") and len(w0) > 4 and is_modifier(words[1].group(), r))):
        measure = w0[:1].isdigit()
        head = head_noun(words_after(text, words[0 if measure else 1].end(), 4), r)
        if head:  # "eight million 250ml bottles", "20 decently sized coal-fired power plants"
            unit, end = per_unit(text, head[1], head[0], r)
            return unit, c.end if measure else end  # the 250ml is a figure of its own
    if w0.lower() in r.stop and w0.lower() in r.adjectives and len(words) >= 2:
        # "five new seasons", "eight more picks": an adjective that is also a stop word
        # still stands before the counted noun; a comparative is no part of it
        w1 = words[1].group().rstrip(".,")
        if w1.isalpha() and w1.islower() and w1.lower() not in r.stop and w1.endswith("s") and not w1.endswith("ss"):
            unit = w1 if w0.lower() in r.comparatives else f"{w0} {w1}"
            unit = " ".join(r.lemmas.get(w.lower(), w) for w in unit.split())
            return per_unit(text, words[1].end(), unit.lower(), r)
    if w0.lower() in r.stop or not w0[0].isalpha() or (w0.endswith("ly") and len(w0) > 4):
        return None, c.end
    if "-a-" in w0 or "-per-" in w0:  # "52,000 barrel-a-day"
        a, _, b = re.split(r"-(a|per)-", w0, maxsplit=1)
        return f"{a} per {b}".lower(), words[0].end()
    if len(words) >= 2 and words[1].group().lower() in ("than",):
        return None, c.end  # "40k cheaper than"
    if w0.lower().endswith("ing") and w0.lower() not in r.ing_nouns and not (
            len(words) >= 2 and words[1].group().rstrip(".,").endswith("s")):
        return None, c.end  # "around 73 raising the prospect"
    named = named_noun(text, words[0], r) if w0[:1].isupper() else None
    if named:
        return per_unit(text, named[1], named[0], r)
    both = coordinated(words_after(text, c.end, 6), r)
    if both:
        return per_unit(text, both[1], both[0], r)
    unit = w0
    end = words[0].end()
    if len(words) >= 2:
        w1 = words[1].group().rstrip(".,")
        plural = w1.endswith("s") and not w1.endswith("ss")
        if w1.isalpha() and w1.lower() not in r.stop and w1.islower():
            low0 = w0.lower()
            if ((low0.endswith("ing") and low0 not in r.ing_nouns) or (low0.endswith("ed") and len(low0) > 4)) \
                    and plural:
                unit, end = w1, words[1].end()  # "517 rushing yards", "400 charging stations"
            elif (low0 in r.adjectives or (len(low0) > 5 and low0.endswith(r.adj_suffixes))) and not (
                    c.value == 1 and c.form == "words" and plural):
                unit, end = f"{w0} {w1}", words[1].end()  # "four different bosses"
                if not plural and len(words) >= 3:  # "1,100 public housing properties"
                    w2 = words[2].group().rstrip(".,")
                    if w2.isalpha() and w2.islower() and w2.endswith("s") and not w2.endswith("ss") \
                            and w2 not in r.stop:
                        unit, end = f"{unit} {w2}", words[2].end()
            elif plural and not low0.endswith("s") and not (c.value == 1 and c.form == "words"):
                unit, end = f"{w0} {w1}", words[1].end()  # "lightning strikes"; not "one proposal asks"
    if unit.lower() in r.of_units and len(words) >= 3 and words[1].group().lower() in r.of_words:
        unit, end = f"{unit} of {words[2].group()}", words[2].end()  # "barrels of oil"
    if unit == w0 and w0.islower() and w0.endswith("s") and not w0.endswith("ss"):
        before = words_before(text, c.start, 2)
        if len(before) == 2 and before[0] in DETERMINERS and before[1] in r.adjectives:
            unit = f"{before[1]} {unit}"  # "the previous two sessions", "the top three seeds"
    unit = " ".join(r.lemmas.get(w.lower(), w) for w in unit.split())
    unit, end = per_unit(text, end, unit.strip(".-"), r)
    return unit.lower(), end
