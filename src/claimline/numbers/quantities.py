"""Quantities in the row format that ``shared/eval/score_newsquant.py`` reads.

A row is ``{"doc", "value", "low", "high", "unit", "change", "concept"}``: the numeral's
value (ranges, vague amounts and from->to transitions give ``low``/``high``), its unit
(``%``, a currency name, a measurement unit or the counted noun), ``change`` (one of
``= ~ up down > <``) and ``concept``, the noun phrase the figure is about.

Only numerals whose role is ``quantity`` become rows: years, phone numbers, identifiers,
times, date parts, ordinals and codes never do; multipliers ("triple") are factors, not
quantities, and are left out too.

The counted noun is the noun phrase after the figure, in its plain form (``lemmas`` in
``units.json``): adjectives before a plural ("1,100 public housing properties", "five new
deaths"; a comparative such as "more" is dropped), names and a model number before it
("460 Kia and Hyundai vehicles", "63,000 Model 3 sedans"), a possessor without its
clitic ("two of Khan's victims"), "one of the largest events in Canada" with the frame a
superlative holds in, and "1/16 of a US pint" in pints. A figure said again ("82 pounds
(37 kg)", ", or 0.6%") keeps the move and the concept of the first saying, not its hedge.
Also read: a share of a whole in NewsQuant's naming ("a quarter of the city's population" ->
``% city population``, "one in five European workers" -> 0.2 ``% european workers``), a part
of a whole ("12 of the state's 41 pledged delegates" -> delegates, the 41 kept), a unit said
once for two figures ("12 or 11 years old", "a 7- or 8-inch touchscreen", "16369.03 up 58.06
points"), two joined adjectives ("digital and physical sales") and an age a person "was" or
"will be" with no noun after it ("He was 101").

Change: a move is named by the verb just before the figure or before its "by" or "to"
("rose 5%", "increased by 5%", "dropped by 1 to 1.5 degrees", "fell to 49.55"); a level
reached after an amount is "=" ("rose 18 sen to RM23.50"), and so is a from/to pair, whose
move is in the pair; a particle is no move ("gave up", "make up"); one label only, so a move
wins over a hedge ("up nearly 57%", "rose about 1.5%") and a hedge over no move ("averaged
7.3 points" is ``~``). "from A ... to B" pairs even with a time or a year between.

What it cannot do: tell an "-ing" adjective from a noun beyond a short list ("rushing yards"
vs "lightning strikes"), know an age without a cue ("at 35 or above"), or read units it has
no symbol for.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .candidates import Cand
from .concept import clear_memos, concept as concept_of, subject, words_before
from .finder import find_candidates
from .lexicon import Lexicon, lexicon, phrase_trie

_WORD_RE = re.compile(r"[^\W\d_][\w'’&.-]*|\d[\w.,]*")


class _UnitRules:
    """Unit, change and concept knowledge of one language, from ``units.json``."""

    def __init__(self, lx: Lexicon):
        u = lx.units
        self.currency_names = u.get("currency_names", {})
        sym = {k.lower(): v for k, v in u.get("symbols", {}).items()}
        exact = set(u.get("case_sensitive_symbols", []))
        self.symbols = sym
        self.exact_symbols = {k: v for k, v in u.get("symbols", {}).items() if k in exact}
        loose = [k for k in u.get("symbols", {}) if k not in exact]
        self.symbol_re = re.compile(
            r"[\s\u00a0\u202f-]?(?P<s>(?i:" + phrase_trie(loose) + r")|" + phrase_trie(exact, fold_case=False)
            + r")(?![\w])")
        self.stop = {w.lower() for w in u.get("stop_after", [])}
        self.up = {w.lower() for w in u.get("change_up", [])}
        self.down = {w.lower() for w in u.get("change_down", [])}
        self.by = {w.lower() for w in u.get("change_by", [])}
        self.level = {w.lower() for w in u.get("change_level", [])}
        self.lead_up_nouns = {w.lower() for w in u.get("lead_up_nouns", [])}
        self.phrasal_verbs = {w.lower() for w in u.get("phrasal_verbs", [])}
        self.clause_joins = {w.lower() for w in u.get("clause_joins", [])}
        self.per = {w.lower() for w in u.get("per_words", [])}
        self.of_units = {w.lower() for w in u.get("of_units", [])}
        self.inherit = bool(u.get("inherit_units"))
        self.per_nouns = {w.lower() for w in u.get("per_nouns", [])}
        self.approx_bounds = {w.lower() for w in u.get("approx_bounds", [])}
        self.link_words = {w.lower() for w in u.get("change_link_words", [])}
        self.of_words = {w.lower() for w in u.get("of_words", ["of"])}
        self.adjectives = {w.lower() for w in u.get("adjectives", [])}
        self.adj_suffixes = tuple(u.get("adjective_suffixes", []))
        self.age_after_name = bool(u.get("age_after_name"))
        self.age_words = {w.lower() for w in u.get("age_words", [])}
        self.quantifiers = {w.lower() for w in u.get("quantifiers", [])}  # "half of all people"
        self.not_rate_after = {w.lower() for w in u.get("not_rate_after", [])}
        self.moves_by_only = {w.lower() for w in u.get("moves_by_only", [])}
        self.sign_words = {w.lower() for w in u.get("sign_words", [])}
        self.adjective_joiners = {w.lower() for w in u.get("adjective_joiners", [])}
        scales = lx.data.get("scales", {})
        ordinal = tuple(lx.data.get("ordinal_suffixes", []))
        self.cardinal_words = frozenset(w for w in lx.words("number_words")
                                        if w in scales or not (ordinal and w.endswith(ordinal)))
        self.superlative_words = {w.lower() for w in u.get("superlative_words", [])}
        self.age_verbs = {w.lower() for w in u.get("age_verbs", [])}
        self.age_subjects = {w.lower() for w in u.get("age_subjects", [])}
        self.modals = {w.lower() for w in u.get("modals", [])}
        chain = u.get("transition_chain", [])
        self.chain_gap_re = (re.compile(r"\s+(?:" + "|".join(map(re.escape, chain)) + r")\s+") if chain
                             else re.compile(r"(?!)"))
        self.average_verbs = {w.lower() for w in u.get("average_verbs", [])}
        self.transition_from = u.get("transition_from", "")
        self.transition_to = u.get("transition_to", "")
        self.percent_rate = u.get("percent_rate_name", "%")  # the name of % in a rate
        links = u.get("ratio_links", [])
        self.ratio_gap_re = re.compile(r"\s+(?:" + "|".join(re.escape(g).replace("\\ ", "\\s+") for g in links)
                                       + r")\s+") if links else None
        self.plural_lemmas = {v.lower() for k, v in u.get("lemmas", {}).items() if k.lower() != v.lower()}
        self.ing_nouns = {w.lower() for w in u.get("ing_nouns", [])}  # "lightning", not a verb's -ing
        self.lemmas = {k.lower(): v for k, v in u.get("lemmas", {}).items()}
        gaps = u.get("inherit_gaps", ["or", "to", "and", "-"])
        self.inherit_gap_re = re.compile(r"\s+(?:" + "|".join(re.escape(g).replace("\\ ", "\\s+") for g in gaps) + r")\s+")
        self.concept_links = {w.lower() for w in u.get("concept_links", [])}
        self.lead_words = frozenset(w.lower() for w in u.get("lead_words", []))
        self.concept_stop = frozenset({w.lower() for w in u.get("concept_stop", [])} | self.stop)
        self.concept_openers = self.of_words | self.concept_links  # "a fine of ...": skip "of"
        self.indefinite = {w.lower() for w in u.get("indefinite_articles", [])}
        self.comparatives = {w.lower() for w in u.get("comparative_words", [])}
        self.name_joiners = {w.lower() for w in u.get("name_joiners", [])}
        self.frame_words = self.of_words | {w.lower() for w in u.get("frame_words", [])}


_rules: dict[str, _UnitRules] = {}


def _rules_for(lx: Lexicon) -> _UnitRules:
    r = _rules.get(lx.lang)
    if r is None:
        r = _rules[lx.lang] = _UnitRules(lx)
    return r


_GAP_BREAK_RE = re.compile(r"[.;:!?()\"“”]")


def _words_after(text: str, end: int, n: int = 6) -> tuple:
    """Up to ``n`` (at most 6) words after ``end``, stopping at clause punctuation."""
    return _six_words_after(text, end)[:n]


@lru_cache(maxsize=512)
def _six_words_after(text: str, end: int, n: int = 6) -> tuple:
    out = []
    prev_end = end
    for m in _WORD_RE.finditer(text, end, min(len(text), end + 80)):
        if m.start() - prev_end > 1 or (m.start() > prev_end and text[prev_end] != " "):  # a lone blank never breaks
            gap = text[prev_end: m.start()]
            if _GAP_BREAK_RE.search(gap) and not (gap.strip() == "." and not out):
                break
        out.append(m)
        prev_end = m.end()
        if len(out) >= n:
            break
    return tuple(out)


def _words_before(text: str, start: int, n: int = 6) -> list[str]:
    return words_before(text, start, n)


_DETERMINERS = {"the", "his", "her", "my", "our", "their", "its", "your", "these", "those"}
_ARTICLES = _DETERMINERS | {"a", "an"}
_POSSESSIVES = _DETERMINERS - {"these", "those"}


_POSSESSIVE_RE = re.compile(r"['’]s$")  # "Johnson's deputies": the possessive clitic is no part of a unit


def _one_of(text: str, c: Cand, r: _UnitRules) -> Optional[tuple[str, int]]:
    """'one of the students', 'one of my local stores': the noun phrase after 'of'."""
    if c.value != 1 or c.form != "words":
        return None
    ws = tuple(_WORD_RE.finditer(text, c.end, min(len(text), c.end + 100)))[:8]
    possessor = ws[1].group() if len(ws) >= 2 and _POSSESSIVE_RE.search(ws[1].group()) else None
    if len(ws) < 3 or ws[0].group().lower() not in r.of_words or (
            ws[1].group().lower() not in _DETERMINERS and not possessor):
        return None
    phrase = [_POSSESSIVE_RE.sub("", possessor)] if possessor else []  # "one of Airbnb's earliest investments"
    start_len = len(phrase)
    end = c.end
    superlative = False
    for w in ws[2:]:
        t = w.group().rstrip(".,")
        if t.lower() in r.superlative_words and len(phrase) == start_len:
            superlative = True  # "one of the most gifted and unpredictable attackers"
            continue
        if t.lower() in r.name_joiners and len(phrase) > start_len:
            continue
        if _is_figure(t, r):
            return None  # "one of the three Israeli deputy prime ministers": the three is a figure of its own
        if t.lower() in r.stop or not t[:1].isalpha():
            break
        phrase.append(t)
        end = w.end()
        if t.lower().endswith("s") and not t.lower().endswith("ss"):
            break  # the plural head noun ends the phrase
    if len(phrase) == start_len:
        return None
    # "one of the oldest ballparks in America", "... in the world", "... in his life": the
    # place or frame a superlative holds in is part of what is counted
    superlative = superlative or any(w.lower().endswith("st") and w.lower() in r.lemmas for w in phrase)
    tail = _words_after(text, end, 5) if superlative else ()
    if len(tail) >= 2 and tail[0].group().lower() in r.frame_words:
        rest = tail[1:]
        if rest[0].group().lower() in _DETERMINERS:
            rest = rest[1:]
        frame = []
        for w in rest[:3]:
            t = w.group().rstrip(".,")
            if not t[:1].isalpha() or t.lower() in r.stop or (frame and not t[:1].isupper()):
                break
            frame.append(t)
            end = w.end()
            if not t[:1].isupper():
                break  # one common noun ("life", "world")
        phrase += frame
    # "one of the best speakers": the noun phrase's words in their plain form, as for units
    return " ".join(r.lemmas.get(w.lower(), w.lower()) for w in phrase), end


def _fraction_of_one(text: str, c: Cand, r: _UnitRules) -> tuple[Optional[str], int]:
    """'1/16 of a US pint', 'a third of a mile': a share of one unit is in that unit.
    ('a third of the population' is a share of a whole, with no unit.)"""
    ws = _words_after(text, c.end, 5)
    if len(ws) < 3 or ws[0].group().lower() not in r.of_words or ws[1].group().lower() not in r.indefinite:
        return None, c.end
    for w in ws[2:]:
        t = w.group().rstrip(".,")
        if not t[:1].isalpha() or t.lower() in r.stop:
            break
        if t[:1].isupper():
            continue  # "a US pint": the name is a kind of the unit
        return r.lemmas.get(t.lower(), t.lower()), w.end()
    return None, c.end


def _fraction_of_whole(text: str, c: Cand, r: _UnitRules) -> tuple[Optional[str], int]:
    """'a quarter of the city's population', 'two-thirds of the votes': a share of a whole,
    in NewsQuant's naming a percentage of it ('% city population'). The whole is the noun
    phrase after 'of': names and modifiers up to its head noun."""
    ws = _words_after(text, c.end, 6)
    if len(ws) < 2 or ws[0].group().lower() not in r.of_words:
        return None, c.end
    rest = ws[1:]
    if rest[0].group().lower() in _POSSESSIVES or rest[0].group().lower() in r.quantifiers:
        rest = rest[1:]  # not 'those': 'a third of those screened' names no whole
    phrase: list[str] = []
    end = c.end
    head = False
    for w in rest[:4]:
        t = w.group().rstrip(".,")
        low = t.lower()
        if not t[:1].isalpha() or low in r.stop:
            break
        modifier = t[:1].isupper() or _POSSESSIVE_RE.search(t) or low in r.adjectives or (
            len(low) > 4 and (low.endswith(("ed", "ing")) or low.endswith(r.adj_suffixes)))
        phrase.append(_POSSESSIVE_RE.sub("", t))
        end = w.end()
        if not modifier or w.end() < len(text) and text[w.end()] in ".,;:":
            head = True  # the head noun ends the phrase
            break
    if not head and (not phrase or phrase[-1][:1].islower() or not phrase[-1].endswith("s")):
        return None, c.end  # 'the combined 4.3M ...': no noun of its own ('of Germans' is one)
    return "% " + " ".join(r.lemmas.get(w.lower(), w.lower()) for w in phrase), end


_PAREN_RE = re.compile(r"[ \u00a0]*\([^()]{0,40}\)")
_HYPHEN_PER_RE = re.compile(r"(?:a|per)-([^\W\d_]+)$", re.I)


def _per(text: str, end: int, unit: str, r: _UnitRules) -> tuple[str, int]:
    """'$3,500 a month', '$10 per gram', '9 billion shekels ($2.4 billion) a year': a rate unit."""
    paren = _PAREN_RE.match(text, end)
    ws = _words_after(text, paren.end() if paren else end, 4)
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


def _age(text: str, c: Cand, r: _UnitRules) -> Optional[str]:
    """'Maddon, 66, has...', 'aged 35': an age."""
    if c.form != "digits" or not c.plain or c.value is None or not 0 < c.value < 120:
        return None
    if r.age_after_name and _NAME_COMMA_RE.search(text[max(0, c.start - 30): c.start]) and \
            text[c.end: c.end + 1] == ",":
        return "year of age"
    before = _words_before(text, c.start, 3)
    if before and (before[-1] in r.age_words or " ".join(before[-2:]) in r.age_words):
        return "year of age"
    # "Maria who was 10.", "He will be 35 by the end of the year": a person is a bare number
    if len(before) >= 2 and before[-1] in r.age_verbs and (before[-2] in r.age_subjects or (
            len(before) >= 3 and before[-2] in r.modals and before[-3] in r.age_subjects)):
        nxt = _words_after(text, c.end, 1)
        if not nxt or text[c.end: c.end + 1] in ",;" or nxt[0].group().lower().rstrip(".,") in r.stop:
            return "year of age"
    return None


def _unit(text: str, c: Cand, r: _UnitRules) -> tuple[Optional[str], int]:
    """The unit and the offset just past it."""
    if c.unit == "%":
        unit, end = _per(text, c.end, "%", r)
        return unit.replace("% per ", r.percent_rate + " per ", 1), end  # "percentage per year"
    if c.unit:
        return _per(text, c.end, r.currency_names.get(c.unit, c.unit), r)
    m = r.symbol_re.match(text, c.end)
    if m:
        canon = r.exact_symbols.get(m.group("s")) or r.symbols.get(m.group("s").lower())
        if canon:
            m2 = r.symbol_re.match(text, m.end() + 1) if text[m.end(): m.end() + 1] == "/" else None
            if m2:  # "kV/cm"
                canon2 = r.exact_symbols.get(m2.group("s")) or r.symbols.get(m2.group("s").lower())
                if canon2:
                    return f"{canon} per {canon2}", m2.end()
            return _per(text, m.end(), canon, r)
    one_of = _one_of(text, c, r)
    if one_of:
        return one_of
    if c.form == "fraction":
        share = _fraction_of_one(text, c, r)
        if share[0]:
            return share
        share = _fraction_of_whole(text, c, r)
        if share[0]:
            return share
    age = _age(text, c, r)
    if age:
        return age, c.end
    words = _words_after(text, c.end, 4)
    if not words:
        return None, c.end
    # "tens of thousands of dollars": skip "of"
    if words[0].group().lower() in r.of_words and len(words) > 1:
        words = words[1:]
        first = words[0].group()
        owner_then_figure = _POSSESSIVE_RE.search(first) and len(words) > 1 and _is_figure(words[1].group(), r)
        if first.lower() in _POSSESSIVES or _is_figure(first, r) or owner_then_figure:
            # "35m of its Echo devices", "39 of the state's 40 delegates", "one of UKIP's two
            # London Assembly members": the whole's noun, read without taking it (the 40 is a
            # figure of its own)
            head = _head_noun(_words_after(text, words[0].end(), 6), r, skip_figures=True)
            if head is None:
                return None, c.end
            return ("% " + head[0] if c.form == "fraction" else head[0]), c.end
    w0 = words[0].group().rstrip(".,")
    if len(words) >= 3 and (_MEASURE_TOKEN_RE.fullmatch(w0) or (
            w0.endswith("ly") and len(w0) > 4 and _is_modifier(words[1].group(), r))):
        measure = w0[:1].isdigit()
        head = _head_noun(_words_after(text, words[0 if measure else 1].end(), 4), r)
        if head:  # "eight million 250ml bottles", "20 decently sized coal-fired power plants"
            unit, end = _per(text, head[1], head[0], r)
            return unit, c.end if measure else end  # the 250ml is a figure of its own
    if w0.lower() in r.stop and w0.lower() in r.adjectives and len(words) >= 2:
        # "five new seasons", "eight more picks": an adjective that is also a stop word
        # still stands before the counted noun; a comparative is no part of it
        w1 = words[1].group().rstrip(".,")
        if w1.isalpha() and w1.islower() and w1.lower() not in r.stop and w1.endswith("s") and not w1.endswith("ss"):
            unit = w1 if w0.lower() in r.comparatives else f"{w0} {w1}"
            unit = " ".join(r.lemmas.get(w.lower(), w) for w in unit.split())
            return _per(text, words[1].end(), unit.lower(), r)
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
    named = _named_noun(text, words[0], r) if w0[:1].isupper() else None
    if named:
        return _per(text, named[1], named[0], r)
    both = _coordinated(_words_after(text, c.end, 6), r)
    if both:
        return _per(text, both[1], both[0], r)
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
        before = _words_before(text, c.start, 2)
        if len(before) == 2 and before[0] in _DETERMINERS and before[1] in r.adjectives:
            unit = f"{before[1]} {unit}"  # "the previous two sessions", "the top three seeds"
    unit = " ".join(r.lemmas.get(w.lower(), w) for w in unit.split())
    unit, end = _per(text, end, unit.strip(".-"), r)
    return unit.lower(), end


def _coordinated(ws, r: _UnitRules) -> Optional[tuple[str, int]]:
    """'4.3M digital and physical sales', '2.7m combined digital and physical sales': two
    adjectives joined before a plural noun; a participle before them is dropped, as in
    '517 rushing yards'."""
    words = [w.group().rstrip(".,") for w in ws]
    i = 1 if words and len(words[0]) > 4 and words[0].endswith("ed") else 0
    if len(words) < i + 4 or words[i + 1].lower() not in r.adjective_joiners:
        return None
    a, b, noun = words[i], words[i + 2], words[i + 3]
    if not all(w.isalpha() and w.islower() and w not in r.stop for w in (a, b, noun)):
        return None
    if not (_is_modifier(a, r) and _is_modifier(b, r)) or not noun.endswith("s") or noun.endswith("ss"):
        return None
    return f"{a} {b} {r.lemmas.get(noun, noun)}", ws[i + 3].end()


_MEASURE_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?[^\W\d_]{1,3}")  # "250ml", "5kW": a measure that modifies a noun


def _is_figure(word: str, r: _UnitRules) -> bool:
    """A cardinal numeral: '40', 'eight', 'eighty-one' (not 'first', 'twentieth')."""
    if word[:1].isdigit():
        return True
    parts = word.lower().split("-")
    return all(p in r.cardinal_words for p in parts)


def _is_modifier(word: str, r: _UnitRules) -> bool:
    """An adjective or participle before a noun: 'sized', 'coal-fired', 'different', 'public'."""
    low = word.lower().rstrip(".,")
    return low in r.adjectives or (len(low) > 4 and (low.endswith(("ed", "en")) or low.endswith(r.adj_suffixes)))


def _head_noun(words, r: _UnitRules, skip_figures: bool = False) -> Optional[tuple[str, int]]:
    """The plural noun that ends a short noun phrase (up to three words), with the lowercase
    modifiers before it; None when no lowercase plural ends it ('Echo devices' -> 'devices',
    'coal-fired power plants'). A possessor ('the state's') and, with ``skip_figures``, a
    figure ('the state's 40 delegates') stand before the phrase."""
    phrase: list[str] = []
    for w in words[:6]:
        t = w.group().rstrip(".,")
        if _POSSESSIVE_RE.search(t):
            phrase = []  # "the island nation's": the possessor, not the head
            continue
        if skip_figures and (_is_figure(t, r) or (t.endswith("ly") and len(t) > 4)):
            continue  # "the state's 40 delegates", "the nation's roughly 200,000 residents"
        if not t[:1].isalpha() or t.lower() in r.stop or len(phrase) >= 3:
            return None
        if t[:1].isupper():
            if phrase:
                return None
            continue  # a name before the noun ("Echo devices") is a kind of it
        phrase.append(t)
        if t.endswith("s") and not t.endswith("ss"):
            return " ".join(r.lemmas.get(x, x) for x in phrase).lower(), w.end()
        if w.end() < len(w.string) and w.string[w.end()] in ".,;:":
            return None
    return None


def _named_noun(text: str, first, r: _UnitRules) -> Optional[tuple[str, int]]:
    """'460 Kia and Hyundai vehicles', '63,000 Model 3 sedans': names (and a model number)
    before the counted noun belong to it. None when no lowercase plural follows them."""
    names: list[str] = []
    mods: list[str] = []  # "three Israeli deputy prime ministers": lowercase words before the noun
    prev_end = first.start()
    for w in _words_after(text, first.start(), 6):
        t = w.group().rstrip(".,")
        if names and not text[prev_end: w.start()].isspace():
            return None  # "Six des Français, membres": a comma ends the names
        prev_end = w.end()
        model = t.isdigit() and names and names[-1][:1].isupper() and not names[-1].endswith(("'s", "’s"))
        if not mods and (t[:1].isupper() or model or t.lower() in r.name_joiners):
            names.append(t)
            if len(names) > 4:
                return None
            continue
        if len(names) > 1 and names[-1].lower() in r.name_joiners:
            return None
        if not (t.isalpha() and t.islower() and t not in r.stop):
            return None
        if t.endswith("s") and not t.endswith("ss"):
            words = [_POSSESSIVE_RE.sub("", n) for n in names] + [r.lemmas.get(m, m) for m in mods + [t]]
            return " ".join(words).lower(), w.end()
        if len(mods) >= 2:
            return None
        mods.append(t)
    return None


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


def _direction(before: list[str], r: _UnitRules) -> Optional[str]:
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


def _change(text: str, c: Cand, r: _UnitRules) -> str:
    signed = _sign_change(text, c)
    if signed:
        return signed
    qual_phrase = ""
    m = _QUAL_RULE_RE.search(c.rule) if "qual" in c.rule else None
    if m:
        qual_phrase = m.group(1)
    before = _words_before(text, c.start, 5)
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
    lead_up = c.qualifier == "up-to" and len(before) > 1 and before[-1] in r.lead_up_nouns and before[-2] in _ARTICLES
    if (c.qualifier in ("less-than", "up-to") and not lead_up) or (
            c.qualifier == "at-most" and qual_phrase not in r.approx_bounds):
        return "<"
    if moved:
        return moved
    if qual_phrase in r.approx_bounds or (before and before[-1] in r.average_verbs):
        return "~"  # "averaged 7.3 points": a typical value, not any one count
    return "="


def _concept(text: str, c: Cand, unit_end: int, r: _UnitRules, subj: Optional[list] = None) -> Optional[str]:
    after = []
    paren = _PAREN_RE.match(text, unit_end)  # "8 miles (13 kilometers) of new tunnels"
    ws = _words_after(text, paren.end() if paren else unit_end, 5)
    if ws and ws[0].group().lower() in r.concept_openers:
        ws = ws[1:]
        while ws and ws[0].group().lower() in _ARTICLES:
            ws = ws[1:]
    for w in ws[:4]:
        t = w.group().strip(".,")
        if t[:1].isdigit() and not after and w is not ws[-1]:
            continue  # "for an 8.5 kW system": a measure that modifies the noun
        if t.lower() in r.concept_stop or not t[:1].isalpha() or len(after) >= 3:
            break
        after.append(t)
    return concept_of(text, c.start, after, r.concept_stop, r.lead_words, sentence_subject=subj)


def _counted_noun(unit: Optional[str], r: _UnitRules) -> bool:
    if not unit or unit == "%" or unit.startswith(("% ", r.percent_rate + " per ")):
        return False
    if unit in r.symbols.values() or unit in r.currency_names.values():
        return False
    return not any(unit.startswith(n + " per") for n in r.currency_names.values())


def _inherited_unit(rows: list[dict], text: str, c: Cand, cands: list[Cand], i: int, r: _UnitRules):
    """A bare figure takes the unit of a figure beside it: 'lowest is 74.07' after '84.75 cents';
    '8 or $9' takes the dollar of the next one."""
    nxt = cands[i + 1] if i + 1 < len(cands) else None
    if nxt is not None and nxt.role == "quantity" and r.inherit_gap_re.fullmatch(text[c.end: nxt.start]):
        unit = _unit(text, nxt, r)[0]  # '8 or $9', '16369.03 up 58.06 points'
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


def _restates(text: str, prev_end: int, start: int, r: _UnitRules) -> bool:
    """Is the figure at ``start`` the previous one said again (a conversion or an 'or')?"""
    gap = text[prev_end:start].strip().lower()
    if gap in ("(", "/", "[") or gap.rstrip("(").strip() == "":
        return bool(gap)
    words = gap.strip(",").split()
    return len(words) == 1 and words[0] in r.link_words


_HYPHEN_WORD_RE = re.compile(r"-([^\W\d_]+(?:-[^\W\d_]+)*)")
_WORD_OR_MONEY_NEXT_RE = re.compile(r"[-\w]*\s+(?:[^\W\d_$€£]|[$€£])")


def _compound_modifier(text: str, c: Cand, r: _UnitRules) -> bool:
    """'a five-year award', 'a four-door car': the numeral is part of an adjective."""
    m = _HYPHEN_WORD_RE.match(text, c.end)
    if not m or c.form not in ("digits", "words") or c.unit:
        return False
    word = m.group(1).lower()
    first = word.split("-")[0]
    if any(w in r.symbols for w in (word, "-" + word, first, first.rstrip("s"), "-" + first)):
        return False
    return _WORD_OR_MONEY_NEXT_RE.match(text, m.end(), m.end() + 30) is not None


def _loose_transition(text: str, cands: list[Cand], i: int, r: _UnitRules) -> Optional[int]:
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


def _one_in(text: str, cands: list[Cand], i: int, r: _UnitRules) -> Optional[tuple[str, int]]:
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
    unit, end = _unit(text, d, r)
    if not unit or unit.startswith("%") or unit in r.symbols.values() or unit.rstrip("s") in r.per_nouns:
        return None
    head = unit.split()[-1]
    if not (head.endswith("s") and not head.endswith("ss")) and head not in r.plural_lemmas:
        return None  # "one in 10 recognised Charles Kennedy": no noun of a whole
    return "% " + unit, end


def _result_level(text: str, c: Cand, r: _UnitRules) -> bool:
    """'... to fall to 7,425.81', '... falling to 7,425': a non-finite move verb and 'to' that
    give where the move just told ended."""
    before = words_before(text, c.start, 3)
    return len(before) >= 2 and before[-1] in r.level and (
        before[-2].endswith("ing") or (len(before) == 3 and before[0] in r.level))


def _gapped_by(text: str, c: Cand, r: _UnitRules) -> bool:
    """'Ross were down 2.3%, Burlington by 2.6%': a short clause of a subject and 'by' whose
    verb is left out ('followed by 3' has its own verb)."""
    clause = words_before(text, c.start, 4)
    return 2 <= len(clause) <= 3 and clause[-1] in r.by and not clause[-2].endswith(("ed", "ing"))


def _suspended_unit(text: str, cands: list[Cand], i: int, r: _UnitRules) -> Optional[str]:
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
            return _unit(text, cands[j], r)[0]
    return None


def _rows_for(doc_id: str, text: str, lang: str) -> list[dict]:
    lx = lexicon(lang)
    r = _rules_for(lx)
    rows = []
    _six_words_after.cache_clear()  # memos for this text only
    clear_memos()
    cands = find_candidates(text, lang)
    subj = subject(text, r.concept_stop, r.lead_words) if cands else []
    consumed = 0  # end of the last unit read: "1200 parts per million" holds no second number
    i = 0
    while i < len(cands):
        c = cands[i]
        if c.role != "quantity" or c.form == "multiplier" or c.value is None or c.start < consumed:
            i += 1
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        pair = None
        if nxt is not None and "transition-from" in c.rule and "transition-to" in nxt.rule:
            pair = (c, nxt)
        elif nxt is not None and "transition-to" in c.rule and "transition-from" in nxt.rule:
            pair = (nxt, c)
        else:
            j = _loose_transition(text, cands, i, r)
            if j is not None:  # "from $36,040 at 10.45pm last night to $34,935": times between
                nxt = cands[j]
                pair = (c, nxt)
                i = j - 1  # the step below moves past the pair
        if pair:
            unit, uend = _unit(text, nxt, r)
            if unit is None:
                unit, _ = _unit(text, c, r)
            # the move is in the pair itself ("fell from $2,415 to $2,315"); only a hedge is added
            change = "~" if _change(text, c, r) == "~" else "="
            concept = _concept(text, c, uend, r, subj)
            rows.append({"doc": doc_id, "value": None, "low": pair[0].value, "high": pair[1].value, "unit": unit,
                         "change": change, "concept": concept})
            consumed = max(consumed, uend)
            i += 2
            # "rises from $160 to $180 to $200": each step is a move of its own
            while i < len(cands) and cands[i].role == "quantity" and cands[i].value is not None and \
                    cands[i].form not in ("range", "vague") and cands[i - 1].form not in ("range", "vague") and \
                    r.chain_gap_re.fullmatch(text[cands[i - 1].end: cands[i].start]):
                step_unit, uend = _unit(text, cands[i], r)
                rows.append({"doc": doc_id, "value": None, "low": cands[i - 1].value, "high": cands[i].value,
                             "unit": step_unit or unit, "change": change, "concept": concept})
                consumed = max(consumed, uend)
                i += 1
            continue
        ratio = _one_in(text, cands, i, r)
        if ratio:  # "One out of three Germans": a share, 1/3 of Germans
            unit, uend = ratio
            rows.append({"doc": doc_id, "value": 1.0 / cands[i + 1].value, "low": None, "high": None,
                         "unit": unit, "change": _change(text, c, r), "concept": None})
            consumed = max(consumed, uend)
            i += 2
            continue
        if _compound_modifier(text, c, r):
            i += 1
            continue
        unit = _suspended_unit(text, cands, i, r) if text[c.end: c.end + 1] == "-" else None
        uend = c.end
        if unit is None:
            unit, uend = _unit(text, c, r)
        row = {"doc": doc_id, "value": c.value, "low": None, "high": None, "unit": unit,
               "change": _change(text, c, r), "concept": _concept(text, c, uend, r, subj)}
        if c.form == "words" and _counted_noun(row["unit"], r):
            row["concept"] = None  # "two sides", "one man": the noun is all it is about
        if row["unit"] is None and r.inherit and c.form in ("digits", "words") and not c.relative:
            last = words_before(text, c.start, 1)
            if last and last[0] in r.by and rows and rows[-1]["unit"] and rows[-1]["change"] in ("up", "down") \
                    and row["change"] in ("up", "down"):
                row["unit"] = rows[-1]["unit"]  # "increased by 2 percent but NSADAQ decrease by 1": one unit, said once
            else:
                row["unit"] = _inherited_unit(rows, text, c, cands, i, r)
            if row["unit"]:
                row["unit"], _ = _per(text, c.end, row["unit"], r)  # "an average of 20 per week"
        if rows and _restates(text, consumed, c.start, r):
            # "lost 190 points, or 0.6%"; "100 km (60 miles)": the same figure said again,
            # about the same thing
            if row["change"] == "=" and rows[-1]["change"] != "~":
                row["change"] = rows[-1]["change"]  # a hedge is on the first saying, the move on both
            if rows[-1]["concept"]:
                row["concept"] = rows[-1]["concept"]
        if row["change"] == "=" and rows and rows[-1]["change"] in ("up", "down") and _gapped_by(text, c, r):
            row["change"] = rows[-1]["change"]
        elif row["change"] in ("up", "down") and rows and rows[-1]["change"] == row["change"] \
                and _result_level(text, c, r):
            row["change"] = "="  # "lost 162.31 points, or 2.14%, to fall to 7,425.81": where the move ended
        consumed = max(consumed, uend)
        if c.form in ("range", "vague") and c.low is not None and c.high is not None and c.low != c.high:
            row["value"], row["low"], row["high"] = None, c.low, c.high
        rows.append(row)
        i += 1
    return rows


def quantities_for_text(doc_id: str, text: str, lang: str = "en") -> list[dict]:
    """Every quantity of ``text`` as a NewsQuant scorer row (see the module docstring)."""
    if not text:
        return []
    return _rows_for(doc_id, text, lang)


def run_manifest(manifest_path, out_path) -> int:
    """Read a JSONL manifest (``{"id", "text" | "path", "lang"?}`` per line), write every
    quantity row as JSONL to ``out_path`` (``"-"`` = stdout); return the row count.

    A broken line, an unreadable file or a document the reader fails on is reported on
    stderr as ``file:line: reason`` and skipped; the rest of the batch still runs.
    """
    import sys

    manifest_path = Path(manifest_path)
    base = manifest_path.parent
    out = sys.stdout if str(out_path) == "-" else open(out_path, "w", encoding="utf-8")
    n = 0
    try:
        with open(manifest_path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    if not isinstance(rec, dict):
                        raise ValueError("not a JSON object")
                    text = rec.get("text")
                    if text is None:
                        p = (base / rec["path"]).resolve()
                        text = p.read_text(encoding="utf-8", errors="replace")
                    doc = str(rec.get("id") or f"{manifest_path.name}:{lineno}")
                    lang = rec.get("lang") or "en"
                    rows = quantities_for_text(doc, text, lang)
                except Exception as e:  # one broken document never stops a batch
                    print(f"{manifest_path}:{lineno}: {type(e).__name__}: {e}", file=sys.stderr)
                    continue
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
    finally:
        if out is not sys.stdout:
            out.close()
    return n
