"""Pairs of numerals that form one expression: ranges ("between 4,000 and 5,000",
"4,000-5,000", "de 4 000 à 5 000") and transitions ("from 14,000 to 10,000")."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidates import Cand, slash_range_before_unit
from .lexicon import Lexicon, lexicon, phrase_trie

_DASH_RE = re.compile(r"^[\s\u00a0\u202f]?[-–—][\s\u00a0\u202f]?$")
_PAIRABLE_ROLES = {"quantity", "year"}


def _words_re(words) -> re.Pattern:
    return re.compile(r"^[\s\u00a0\u202f]+(?:" + phrase_trie(words) + r")[\s\u00a0\u202f]+$", re.I)


def _before_re(words) -> re.Pattern:
    return re.compile(r"(?:^|[^\w])(?P<w>" + phrase_trie(words) + r")[\s\u00a0\u202f]+$", re.I)


def _hyphened_digit_words(gap: str, a: Cand, b: Cand) -> bool:
    """Whether two number words joined by a hyphen are a range: single digits, rising
    ("three-four hundred", "two-three days"); a sum would be one word ("seven")."""
    lead = b.value / b.scale if b.scale else b.value
    return (gap == "-" and a.form == b.form == "words" and a.scale == 1.0
            and float(a.value).is_integer() and float(lead).is_integer() and 1 <= a.value < lead <= 9)


class RangeRules:
    """The range and transition connectives of one language, compiled once."""

    def __init__(self, lx: Lexicon):
        d = lx.data
        self.between = [(_before_re([a]), _words_re([b])) for a, b in d.get("range_between", [])]
        self.links = _words_re([w for w in d.get("range_links", []) if w not in "-–—"])
        blockers = d.get("range_blockers_before", [])
        self.blocker_re = _before_re(blockers) if blockers else None
        verbs = d.get("range_blocker_verbs", [])
        self.verb_blocker_re = _before_re(verbs) if verbs else None
        range_from = d.get("range_from_cues", [])  # "prices ranging from £19 to £29"
        self.range_from_re = re.compile(r"(?:^|[^\w])(?:" + phrase_trie(range_from) + r")[\s\u00a0\u202f]+$", re.I) \
            if range_from else None
        self.unit_gap_re = re.compile(
            r"^[\s\u00a0\u202f]*(?P<u>[^\W\d_][\w/]*)[\s\u00a0\u202f]*(?P<l>"
            + phrase_trie([w for w in d.get("range_links", [])] + [b for _, b in d.get("range_between", [])]
                                 + [b for _, b in d.get("transitions", [])]
                                 + [b for _, b in d.get("transitions_reversed", [])])
            + r")[\s\u00a0\u202f]+$", re.I)
        self.transitions = [(_before_re([a]), _words_re([b])) for a, b in d.get("transitions", [])]
        ambiguous = _ambiguous_from(d)
        self.far_transitions = [(_before_re([a]), re.compile(
            r"^[\s\u00a0\u202f]+(?:(?!\.\s+(?-i:[A-Z]))[^;:!?]){1,30}?[\s\u00a0\u202f]+(?:" + phrase_trie([b]) + r")[\s\u00a0\u202f]+$", re.I))
            for a, b in d.get("transitions", []) if a.lower() not in ambiguous]
        self.reversed = [(_before_re([a]), _words_re([b])) for a, b in d.get("transitions_reversed", [])]
        cues = d.get("transition_cues", [])
        self.cue_re = re.compile(r"(?<![\w])(?:" + phrase_trie(cues) + r")(?![\w])", re.I) if cues else None
        # a transition word that is also the everyday range word ("de 4 000 à 5 000") needs a cue
        self.needs_cue = {a.lower() for a, _ in d.get("transitions", [])} & ambiguous
        self.gap_qualifiers = bool(d.get("transition_gap_qualifiers"))
        score_cues = d.get("score_cues", [])  # "la derrota ante el PSG (1-4)": a score even when A < B
        self.score_cue_re = re.compile(r"(?<![\w])(?:" + phrase_trie(score_cues) + r")(?![\w])", re.I) \
            if score_cues else None
        adverbs = d.get("transition_from_adverbs", [])
        self.from_adverbs = re.compile(r"(?<=\s)(?:" + phrase_trie(adverbs) + r")[\s\u00a0\u202f]+$", re.I) \
            if adverbs else None


def _ambiguous_from(d: dict) -> set:
    """The lower-cased words that open both a range and a transition ("de", "da")."""
    return {w.lower() for w in d.get("ambiguous_range_from", [])}


def _without_qualifier(gap: str, rule: str) -> str:
    """The gap without the second figure's qualifier phrase at its end ('auf rund' -> 'auf')."""
    phrase = rule.split("|qual:", 1)[1].split("|", 1)[0]
    core = gap.rstrip()
    if phrase and core.lower().endswith(phrase) and core[: len(core) - len(phrase)][-1:].isspace():
        return core[: len(core) - len(phrase)]
    return gap


def _without_adverb(head: str, rx) -> str:
    """``head`` without a time adverb between the 'from' word and the figure ('von derzeit')."""
    if rx is None:
        return head
    m = rx.search(head)
    return head[: m.start()] if m else head


def _rules_for(lx: Lexicon) -> RangeRules:
    """The ``RangeRules`` of ``lx``'s language, built on first use."""
    return _by_lang(lx.lang)


@lru_cache(maxsize=None)
def _by_lang(lang: str) -> RangeRules:
    return RangeRules(lexicon(lang))


def _spread(a: Cand, b: Cand) -> None:
    """'1.5 to 2 million', '5 to 10%': the second numeral's scale and unit cover the first."""
    if (b.scale != 1.0 and a.scale == 1.0 and a.value is not None and 0 <= a.value < 1000
            and a.value * b.scale <= b.value):
        a.value *= b.scale
        a.scale = b.scale
    if a.unit is None and b.unit is not None:
        a.unit = b.unit
    if b.unit is None and a.unit is not None:
        b.unit = a.unit


_HYPHEN_LINK_RE = re.compile(r"^(?:-[^\W\d_]+[- ]| [^\W\d_]+-)$")
_NEXT_PAIR_RE = re.compile(r"[ \u00a0]\d{1,2}[-–]\d{1,2}(?![\d.,%])")
_NAME_END_RE = re.compile(r"[A-Z][a-z]+ $")
_NAME_START_RE = re.compile(r" [A-Z][a-z]+")


def _score_shape(text: str, a: Cand, b: Cand, lx: Lexicon) -> bool:
    """A dash pair that reads as a score whichever end is larger: one of a row of set scores
    ('2-6 6-3 6-2'), or a pair between two names ('London Irish 19-33 Wasps'; not where every
    noun is capitalized, as in German)."""
    if _NEXT_PAIR_RE.match(text, b.end):
        return True
    return not lx.data.get("nouns_capitalized") and _NAME_START_RE.match(text, b.end) is not None \
        and _NAME_END_RE.search(text, max(0, a.start - 30), a.start) is not None


def pair_ranges(text: str, cands: list[Cand], lx: Lexicon) -> list[Cand]:
    """Merge ranges into one ``range`` candidate; tag transitions; return the new list."""
    rules = _rules_for(lx)
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (b is not None and a.role == "date" and b.role == "quantity" and b.plain and b.value is not None
                and a.value is not None and a.value < b.value <= 31 and _DASH_RE.match(text[a.end: b.start])):
            b.role, b.rule = "date", b.rule + "|date-pair"  # "Sept. 20-24"
        if (b is not None and a.role == "year" and b.role == "quantity" and b.plain and b.value is not None
                and 1000 <= b.value <= 2100 and b.value > a.value and len(text[b.start:b.end]) == 4):
            b.role, b.rule = "year", b.rule + "|year-pair"  # "between 1600 and 1900", "1999-2004"
        if (b is None or a.role not in _PAIRABLE_ROLES or b.role != a.role or a.form not in ("digits", "words")
                or b.form not in ("digits", "words") or a.value is None or b.value is None):
            out.append(a)
            i += 1
            continue
        gap = text[a.end: b.start]
        if len(gap) > 45:  # no range or transition spans that much text
            out.append(a)
            i += 1
            continue
        if _HYPHEN_LINK_RE.match(gap) and rules.links.match(" " + gap.strip(" -") + " "):
            gap = " " + gap.strip(" -") + " "  # "0-to-60-mph", "200,000 to-260,000"
        head = text[max(0, a.start - 30): a.start]
        # "252 miles to 287 miles", "15kHz and 17kHz": the unit is said twice
        mu = rules.unit_gap_re.match(gap)
        if mu and text[b.end: b.end + len(mu.group("u")) + 1].strip().lower().startswith(mu.group("u").lower()):
            gap = " " + mu.group("l") + " "
        if rules.gap_qualifiers and b.qualifier != "exact" and "|qual:" in b.rule:
            gap = _without_qualifier(gap, b.rule)  # de "von 2000 auf rund 15.000"
        from_head = _without_adverb(head, rules.from_adverbs)  # de "von derzeit 2000 auf ..."
        # "lost more than $2 to $43.25": the verb of a move stands before the first figure's qualifier
        move_head = _without_qualifier(head, a.rule) if "|qual:" in a.rule else head
        kind = None
        start = a.start
        for bre, gre in rules.transitions:
            mb = bre.search(from_head)
            if mb and gre.match(gap):
                word = mb.group("w").lower()
                if word in rules.needs_cue:
                    cue = rules.cue_re.search(text[max(0, a.start - 60): a.start]) if rules.cue_re else None
                    kind = "transition" if (cue or a.value > b.value) else "range"
                else:
                    kind = "transition"
                if rules.range_from_re is not None and rules.range_from_re.search(from_head[:mb.start("w")]):
                    kind = "range"  # "ranging from £19 to £29", "varying from 2 to 5"
                if kind == "range":
                    start = a.start - (len(head) - mb.start("w"))
                break
        if kind is None and len(gap) > 4 and a.unit == b.unit and (a.unit is not None or len(gap.split()) == 2):
            for bre, gre in rules.far_transitions:  # "from $75 U.S. per barrel to $45.88"
                if bre.search(head) and gre.match(gap):
                    kind = "transition"
                    break
        if kind is None and len(gap) > 25:
            out.append(a)
            i += 1
            continue
        if kind is None:
            for bre, gre in rules.reversed:  # "narrowed to 138,285 lots from 212,577 lots"
                if bre.search(head) and gre.match(gap):
                    kind = "transition-reversed"
                    break
        if kind is None:
            for bre, gre in rules.between:
                mb = bre.search(head)
                if mb and gre.match(gap):
                    kind = "range"
                    start = a.start - (len(head) - mb.start("w"))
                    break
        if kind is None and gap == "/" and a.unit and a.unit == b.unit and a.unit != "%" and a.value < b.value:
            kind = "range"  # "$7/$9"
        if (kind is None and gap == "/" and a.plain and b.plain and 10 <= a.value < b.value
                and slash_range_before_unit(text, b.end, lx)):
            kind = "range"  # fr "vers 60/70 km/h"
        if kind is None and (_DASH_RE.match(gap) or rules.links.match(gap)):
            if _DASH_RE.match(gap) and a.form != "digits":
                kind = "range" if _hyphened_digit_words(gap, a, b) else None
            elif _DASH_RE.match(gap) and a.plain and b.plain and b.value < 200 and a.value < 200 and a.unit is None \
                    and (a.value >= b.value or _score_shape(text, a, b, lx) or (
                        rules.score_cue_re is not None and rules.score_cue_re.search(text, max(0, a.start - 40), a.start))):
                # "beat Charlton 2-1", "tied at 89-89": a score, not a range
                a.role, b.role = "score", "score"
                a.rule += "|score"
                b.rule += "|score"
                kind = None
            elif a.value >= b.value:
                kind = None  # "362 to 176": a tally, not a range (a fall is a transition)
            elif a.unit is not None and a.unit != b.unit:
                kind = None  # "rose 6.5% to 164p", "dropped 7% to $2.3 billion"
            elif (rules.blocker_re is not None and rules.blocker_re.search(move_head)
                  and (a.unit is not None or a.scale != 1.0 or (b.scale != 1.0 and a.value >= 1000))):
                # "increased by $43.6 billion to $419.2 billion", "by 296,000 to 28.52 million" (the
                # first end is too big to take the scale: an amount, then the level it led to)
                kind = None
            elif (rules.verb_blocker_re is not None and rules.verb_blocker_re.search(move_head)
                  and b.value >= 3 * a.value and (a.unit == b.unit or a.unit is None)):
                kind = None  # "crude rose $1.64 to $47.10": the move, then the level it led to
            else:
                kind = "range"
        if kind is None:
            out.append(a)
            i += 1
            continue
        _spread(a, b)
        if kind in ("transition", "transition-reversed"):
            # "from A to B" (A before, B after); reversed: "to B from A" as written
            first, second = ("to", "from") if kind == "transition-reversed" else ("from", "to")
            a.rule = f"transition-{first}|" + a.rule
            b.rule = f"transition-{second}|" + b.rule
            out.extend([a, b])
            i += 2
            continue
        lo, hi = a.value, b.value
        r = Cand(start, b.end, (lo + hi) / 2, form="range", role=a.role, low=lo, high=hi,
                 qualifier=a.qualifier, unit=a.unit or b.unit, rule="range:" + a.rule + "+" + b.rule)
        out.append(r)
        i += 2
    return out
