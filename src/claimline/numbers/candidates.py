"""Spotting numerals: digits, number words, vague amounts, fractions, multipliers, and the
script-level shapes (times, dates, phone numbers, codes) that are numerals but not figures.

Each spotter yields ``Cand`` records; ``finder.find_numbers`` resolves overlaps and context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from text_to_num import find_numbers as t2n_find

from .digits import parse_digits
from .lexicon import SPACES, Lexicon, phrase_alternation, phrase_trie


@dataclass(slots=True)
class Cand:
    """A numeral being built; turned into a ``model.Number`` at the end."""

    start: int
    end: int
    value: Optional[float]
    form: str = "digits"
    role: str = "quantity"
    low: Optional[float] = None
    high: Optional[float] = None
    qualifier: str = "exact"
    relative: bool = False
    unit: Optional[str] = None
    rule: str = ""
    scale: float = 1.0  # the scale word's multiplier, for spreading it over ranges
    plain: bool = False  # bare digits, no separator, sign, unit, scale or suffix


# --- script-level shapes (not language knowledge) ---------------------------------------
TIME_RE = re.compile(
    r"(?<![\w.:,])(?:[01]?\d|2[0-3])(?::|h(?=\d{2}))[0-5]\d(?::[0-5]\d)?(?![\d:])"
    r"|(?<![\w.:,])(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?![\w])",
    re.IGNORECASE,
)
DATE_RE = re.compile(
    r"(?<![\w./-])(?:\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?![\w]|[./-]\d)"
)
PHONE_RE = re.compile(r"(?<![\w+])(?:\+|00)?\d{1,4}(?:[ .\-/]\(?\d{1,4}\)?){3,}(?![\w])")
PLUS_PHONE_RE = re.compile(r"(?<![\w])\+\d{1,3}[\d \-./()]{6,}\d(?![\w])")
#: a national number in three groups opening on a trunk zero ("0800 555 0199", "020 7946
#: 0000", "01 42 76 40 40" has more groups and is PHONE_RE's): no count starts with 0
ZERO_PHONE_RE = re.compile(r"(?<![\w+.,])(?<!\d[ \-.\u00a0\u202f])0[1-9]\d{0,3}(?:[ \-.]\d{3,4}){2}(?![\w])")
CODE_RE = re.compile(
    r"(?<![\w])(?:[A-Z][A-Za-z]*|[a-z]{3,})-\d{1,3}(?:[A-Za-z]\w*)?(?![\w])"  # B-1110, F-16, covid-19
    r"|(?<![\w])[A-Z][A-Za-z]*-\d+(?:[A-Za-z]\w*)?(?![\w])"
    r"|(?<![\w])[A-Z]{2,}\.\d+(?![\w.])"  # ID.3
    r"|(?<![\w])[A-Za-z]+\d+[A-Za-z\d]*(?:-[A-Za-z\d]+)*(?![\w])"  # MH370, G20, A320, CO2, K2-18b
)


SPACED_H_TIME_RE = re.compile(r"(?<![\w.,])(?:[01]?\d|2[0-3]) h [0-5]\d(?![\w])")
DOTTED_CODE_RE = re.compile(r"(?<![\w.])[A-Z]{1,2}\.\d+(?:\.\d+)*(?![\w]|\.\d)")
SLASH_FRACTION_RE = re.compile(r"(?<![\w/.,$])(\d{1,3})[/⁄](\d{1,3})(?![\w/]|[.,]\d)")
SCIENTIFIC_RE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?[×x]\s?10\s?(?:\^|\*\*)?\s?([−-]?\d{1,3})(?![\w.])")
REF_MARK_RE = re.compile(r"\[\d{1,3}\]")
SCORE_RE = re.compile(r"(?<![\w:.,])\d{1,3}:\d{1,3}(?![\d:])")
CLOCK_ZONE_RE = re.compile(r"(?<![\w.,:])(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|EDT|EST|CET|CEST|BST)\b")


# Cheap tests that let a text skip a shape's full pattern. They start at a digit, which
# the regex engine finds fast; a letter-first test would be tried at every letter.
_HAS_LETTER_DIGIT = re.compile(r"\d(?<=[A-Za-z]\d)|\d(?<=[A-Za-z][-.]\d)")
_HAS_DATE = re.compile(r"\d[./-]\d{1,2}[./-]\d")
_HAS_PHONE = re.compile(r"\d[ .\-/]\(?\d{1,4}\)?[ .\-/]\(?\d{1,4}\)?[ .\-/]\(?\d")
_HAS_CLOCK = re.compile(r"\d(?:[:hH]\d|\s?[apAP]\.?[mM])")
_HAS_ZONE = re.compile(r"GMT|UTC|EDT|EST|CET|BST")
_HAS_SCIENTIFIC = re.compile(r"\d\s?[×x]\s?10")
# One pass that says whether any shape test can hold: a digit next to a letter, two
# separators in a row of digits (phone, date), a clock mark, or a sign a shape starts with.
_ANY_SHAPE = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z][-.]\d)|[ .\-/]\(?\d{1,4}\)?[ .\-/]\(?\d"
                        r"|[:hH]\d|\s?[apAP×xGUEBC])|[+/⁄\[]")


# Day and month without a year ("am Mittwoch (26.06)", "le 24/04"), for languages that write
# dates day first: the month has two digits (or a full stop follows it: "am 1.4."); a dot
# date is read only where "." is not the decimal mark (data ``numeric_day_month``).
DAY_MONTH_RES = {
    ".": re.compile(r"(?<![\w.,:/$€£+\-])(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]|[1-9](?=\.(?!\d)))(?![\d]|[.,/]\d)"),
    "/": re.compile(r"(?<![\w.,:/$€£+\-])(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])(?![\d/]|[.,]\d)"),
}
ZONES = frozenset({"UTC", "GMT", "CET", "CEST", "EET", "EEST", "BST", "EDT", "EST", "CDT", "CST", "PDT", "PST"})
_HAS_DAY_MONTH = re.compile(r"\d[./]\d")
_WORD_AFTER_RE = re.compile(r"[" + SPACES + r"]?([^\W\d_]+|[%°€$£])")


def _day_month(text: str, lx: Lexicon) -> Iterator[Cand]:
    """Numeric day.month / day/month dates with no year, unless a unit or a clock cue says otherwise."""
    seps = lx.data.get("numeric_day_month")
    if not seps or not _HAS_DAY_MONTH.search(text):
        return
    clock_before = lx.words("time_before_hm")
    for sep in seps:
        for m in DAY_MONTH_RES[sep].finditer(text):
            w = _WORD_AFTER_RE.match(text, m.end())
            if w and (_unit_word(w.group(1), lx) or w.group(1) in ZONES):
                continue  # "17.76 %", "10.05 Uhr", "20.03 UTC": a measure or a time
            prev = text[max(0, m.start() - 20): m.start()].split()
            if prev and prev[-1].lstrip("([\"“«'‘").lower() in clock_before:
                continue  # "alle 12.05": a clock time
            yield Cand(m.start(), m.end(), None, role="date", rule="date-day-month")


def slash_range_before_unit(text: str, end: int, lx: Lexicon) -> bool:
    """Does a unit word follow a slash pair where the language writes ranges so (``slash_ranges``)?"""
    if not lx.data.get("slash_ranges"):
        return False
    w = _WORD_AFTER_RE.match(text, end)
    return bool(w) and _unit_word(w.group(1), lx)


def _unit_word(word: str, lx: Lexicon) -> bool:
    low = word.lower()
    return (low in lx.words("percent") or low in lx.table("scales") or low in lx.words("time_words")
            or _lookup(lx.currency_after, word) is not None or low in lx.table("symbols", "units")
            or low in lx.table("nouns", "units") or word in "%°€$£")


def _is_thousands_grouping(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def spot_shapes(text: str, lx: Lexicon) -> Iterator[Cand]:
    """Phone numbers, times of day, numeric dates and alphanumeric codes."""
    yield from _day_month(text, lx)
    if lx.data.get("spaced_h_times") and " h " in text:
        for m in SPACED_H_TIME_RE.finditer(text):  # fr "vers 1 h 40", "à 12 h 10 GMT"
            yield Cand(m.start(), m.end(), None, role="time", rule="time-spaced-h")
    if lx.data.get("clock_words_after"):
        yield from _clock_before_word(text, lx)
    if "/" in text and lx.data.get("set_phrases"):
        yield from _set_phrases(text, lx)
    if " -" in text and lx.data.get("spaced_dash_codes"):
        yield from _spaced_dash_codes(text, lx)
    if not _ANY_SHAPE.search(text):
        return
    if "+" in text:
        for m in PLUS_PHONE_RE.finditer(text):
            yield Cand(m.start(), m.end(), None, role="phone", rule="phone-plus")
    for m in ZERO_PHONE_RE.finditer(text):
        yield Cand(m.start(), m.end(), None, role="phone", rule="phone-trunk-zero")
    for m in (PHONE_RE.finditer(text) if _HAS_PHONE.search(text) else ()):
        groups = re.findall(r"\d+", m.group())
        before = text[max(0, m.start() - 25): m.start()]
        cued = lx.phone_cue_re.search(before) is not None
        if cued or not _is_thousands_grouping(groups):
            if len("".join(groups)) >= (6 if cued else 8):
                yield Cand(m.start(), m.end(), None, role="phone", rule="phone-cue" if cued else "phone-groups")
    for m in (SCIENTIFIC_RE.finditer(text) if _HAS_SCIENTIFIC.search(text) else ()):
        value = float(m.group(1)) * 10 ** int(m.group(2).replace("−", "-"))
        yield Cand(m.start(), m.end(), value, rule="scientific")
    for m in (SLASH_FRACTION_RE.finditer(text) if ("/" in text or "⁄" in text) else ()):
        num, den = int(m.group(1)), int(m.group(2))
        if num >= 10 and slash_range_before_unit(text, m.end(), lx):
            continue  # fr "vers 60/70 km/h", "des patients de 75/80 ans": a range, paired later
        if 0 < num < den:
            yield Cand(m.start(), m.end(), num / den, form="fraction", rule="fraction-slash")
    for m in (CLOCK_ZONE_RE.finditer(text) if _HAS_ZONE.search(text) else ()):
        yield Cand(m.start(), m.end(), None, role="time", rule="time-zone")
    for m in (TIME_RE.finditer(text) if _HAS_CLOCK.search(text) else ()):
        yield Cand(m.start(), m.end(), None, role="time", rule="time-of-day")
    for m in (REF_MARK_RE.finditer(text) if "[" in text else ()):  # "[3]": a reference marker
        yield Cand(m.start(), m.end(), None, role="code", rule="reference-mark")
    for m in (SCORE_RE.finditer(text) if ":" in text else ()):  # after times: "2:6" is a score, "10:14" a time
        yield Cand(m.start(), m.end(), None, role="score", rule="score-colon")
    for m in (DATE_RE.finditer(text) if _HAS_DATE.search(text) else ()):
        yield Cand(m.start(), m.end(), None, role="date", rule="date-numeric")
    cur_prefixes = lx.upper_words("currency_before")
    ambiguous = lx.upper_words("ambiguous_currency_codes")
    if lx.data.get("dotted_codes") and _HAS_LETTER_DIGIT.search(text):
        for m in DOTTED_CODE_RE.finditer(text):  # variants "B.1.1.7", "P.1"
            yield Cand(m.start(), m.end(), None, role="code", rule="code-dotted")
    for m in (CODE_RE.finditer(text) if _HAS_LETTER_DIGIT.search(text) else ()):
        prefix = re.match(r"[A-Za-z]*", m.group()).group()
        if text[m.start() - 1: m.start()] == "$":
            continue  # $US160: money, not a code
        if "-" in m.group() and m.group().split("-")[0].lower() in lx.words("code_prefix_block"):
            continue  # "sub-7", "minus-5", "now-18": a prefix, not a code
        if prefix.upper() in cur_prefixes:
            if prefix.upper() not in ambiguous or re.match(r"[.,]\d|(?:m|bn|k)\b", text[m.end():]) \
                    or re.fullmatch(r"[A-Za-z]+\d{3,}", m.group()) or re.fullmatch(r"[A-Za-z]+\d+(?:m|bn|k)", m.group()):
                continue  # RM79, PS2.7m: money; "PS5" stays a code
        yield Cand(m.start(), m.end(), None, role="code", rule="code-alnum")


def _set_phrases(text: str, lx: Lexicon) -> Iterator[Cand]:
    """Numerals that are words of their own ('24/7' for always, '9/11' for the attacks):
    ``set_phrases``, read as codes, never as a fraction or two counts."""
    rx = lx._built.get("set_phrase_re")
    if rx is None:
        rx = lx._built["set_phrase_re"] = re.compile(
            r"(?<![\w/.,])(?:" + "|".join(map(re.escape, lx.data["set_phrases"])) + r")(?![\w/]|[.,]\d)")
    for m in rx.finditer(text):
        yield Cand(m.start(), m.end(), None, role="code", rule="set-phrase")


def _clock_before_word(text: str, lx: Lexicon) -> Iterator[Cand]:
    """'at about 0200 local time': four digits of a 24-hour clock before a ``clock_words_after``
    phrase are a time of day."""
    firsts = lx._built.get("clock_word_firsts")
    if firsts is None:
        heads = {p.split()[0] for p in lx.data["clock_words_after"]}
        firsts = lx._built["clock_word_firsts"] = tuple(heads | {h.capitalize() for h in heads} | {h.upper() for h in heads})
    if not any(f in text for f in firsts):
        return
    rx = lx._built.get("clock_word_re")
    if rx is None:
        rx = lx._built["clock_word_re"] = re.compile(
            r"(?<![\w.,:])(?:[01]\d|2[0-3])[0-5]\d[ \u00a0](?:" + phrase_trie(lx.data["clock_words_after"])
            + r")(?![\w]|\s+zones?\b)", re.I)
    for m in rx.finditer(text):
        yield Cand(m.start(), m.end(), None, role="time", rule="time-clock-word")


def _spaced_dash_codes(text: str, lx: Lexicon) -> Iterator[Cand]:
    """'COVID -19': a code written with a blank before its hyphen, for the names listed in
    ``spaced_dash_codes`` (a minus sign elsewhere keeps its sign)."""
    rx = lx._built.get("spaced_dash_code_re")
    if rx is None:
        names = lx.data["spaced_dash_codes"]
        rx = lx._built["spaced_dash_code_re"] = re.compile(
            r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r") -\d{1,3}(?![\w]|[.,]\d)")
    for m in rx.finditer(text):
        yield Cand(m.start(), m.end(), None, role="code", rule="code-spaced-dash")


def spot_digits(text: str, lx: Lexicon) -> Iterator[Cand]:
    """Digit numerals with their currency, sign, ordinal suffix, scale word and % / currency."""
    local_signs = lx.table("local_currency_signs")
    for m in lx.numeral_re.finditer(text):
        num, cur, unit_s, scale_s, abbr, sign, ord_s = m.group("num", "cur", "unit", "scale", "abbr", "sign", "ord")
        try:
            value = parse_digits(num, lx)
        except ValueError:
            continue
        start, end = m.start(), m.end()
        unit = None
        if cur:
            unit = _lookup(lx.currency_before, cur)
            if cur in local_signs:
                unit = _local_sign_unit(text, lx) or unit
        if unit_s:
            if _lookup_set(lx.percent, unit_s):
                unit = "%"
            elif unit_s.lower() in lx.words("ambiguous_currency_after") and not scale_s and not cur:
                end = m.start("unit")  # "208 pounds" is a weight; "681 million pounds" is money
                while end > start and text[end - 1] in SPACES:
                    end -= 1
                unit_s = None
            else:
                unit = _lookup(lx.currency_after, unit_s) or unit
        scale = 1.0
        sc = scale_s or abbr
        if sc:
            s = lx.scale_of(sc, money=bool(unit and unit != "%"))
            if s is None and _noun_follows(text, m.end(), lx) and not _distance_event_before(text, start, lx):
                # "1.2m tons"; not "the men's 800m went": a race
                s = lx.scale_of(sc, money=True)
            if s is None:  # a money-only abbreviation ("m") without money: metres, say
                end = m.end("num") if not ord_s else m.end("ord")
                unit = _lookup(lx.currency_before, cur) if cur else None
            else:
                scale = s
        if sign:
            value = -value
        role = "ordinal" if ord_s else "quantity"
        plain = (
            not cur and not unit_s and not sc and not sign and not ord_s and num.isdigit()
        )
        yield Cand(start, end, value * scale, role=role, unit=unit, scale=scale, plain=plain,
                   rule="digits" + ("+scale" if scale != 1 else ""))


def _local_sign_unit(text: str, lx: Lexicon) -> Optional[str]:
    """es '$2.3 billones' in a text that speaks of pesos: '$' is the peso sign there, read as
    the one peso the text names ('pesos colombianos': COP) or the generic PESO; None when
    the text names no peso (then '$' stays the dollar). Data: ``local_currency_signs``."""
    last = lx._built.get("local_sign_last")
    if last is not None and last[0] is text:
        return last[1]
    rx = lx._built.get("local_sign_re")
    if rx is None:
        words = [k for k, v in lx.currency_after.items() if v in set(lx.table("local_currency_signs").values())
                 or v in lx.data.get("local_currency_units", [])]
        rx = lx._built["local_sign_re"] = re.compile(r"(?<![\w])(?:" + phrase_alternation(words) + r")(?![\w])", re.I)
    codes = {_lookup(lx.currency_after, m.group()) for m in rx.finditer(text)}
    generic = next(iter(lx.table("local_currency_signs").values()), None)
    named = codes - {generic}
    got = (named.pop() if len(named) == 1 else generic) if codes else None
    lx._built["local_sign_last"] = (text, got)
    return got


def _distance_event_before(text: str, start: int, lx: Lexicon) -> bool:
    """A word that names a race's runners just before the figure ("the men's 800m", "women's
    5000m"): the 'm' is metres. Data: ``distance_cues_before``."""
    cues = lx.words("distance_cues_before")
    if not cues:
        return False
    words = text[max(0, start - 20): start].split()
    return bool(words) and words[-1].lower() in cues


_NEXT_ALPHA_RE = re.compile(r"[" + SPACES + r"]+([^\W\d_]+)")


def _noun_follows(text: str, end: int, lx: Lexicon) -> bool:
    block = lx.data.get("scale_abbrev_noun_block")
    if not block:
        return False
    m = _NEXT_ALPHA_RE.match(text, end)
    return bool(m) and m.group(1).islower() and m.group(1) not in block


_SPACE_RUN_RE = re.compile(r"\s+")
_NORMALIZED: dict = {}


def _normalized(table) -> dict:
    """``table`` keyed by lowercase, single-spaced surface (built once per table)."""
    got = _NORMALIZED.get(id(table))
    if got is None or got[0] is not table:
        items = table.items() if isinstance(table, dict) else ((k, True) for k in table)
        got = _NORMALIZED[id(table)] = (table, {_SPACE_RUN_RE.sub(" ", k.lower()): v for k, v in items})
    return got[1]


def _lookup(table: dict, surface: str) -> Optional[str]:
    if surface in table:
        return table[surface]
    return _normalized(table).get(_SPACE_RUN_RE.sub(" ", surface.lower()))


def _lookup_set(items: set, surface: str) -> bool:
    return _SPACE_RUN_RE.sub(" ", surface.lower()) in _normalized(items)


def spot_vague(text: str, lx: Lexicon) -> Iterator[Cand]:
    """Vague amounts ("dozens", "des milliers", "several thousand") as ranges."""
    table = lx.table("vague")
    numwords = lx.words("number_words")
    found = lx.stems_found(text)
    if not any(h in found for h in lx.heads("vague")):
        return
    for m in lx.vague_re.finditer(text):
        before = text[max(0, m.start() - 20): m.start()]
        if re.search(r"\d[" + SPACES + r"]*$", before):
            continue  # "2 Millionen": a scale word, not a vague amount
        prev = re.search(r"(\w+)[" + SPACES + r"]+$", before)
        if prev and (prev.group(1).lower() in numwords or lx.words_re.fullmatch(prev.group(1))):
            continue
        key = re.sub(r"\s+", " ", m.group().lower())
        low, high, rep = table[key]
        end, unit = m.end(), None
        link = _vague_unit_link(lx).match(text, end) if lx.data.get("vague_unit_links") else None
        if link is not None:
            mu = lx.unit_after_re.match(text, link.end())
            if mu and not _lookup_set(lx.percent, mu.group("unit")):
                end, unit = mu.end(), _lookup(lx.currency_after, mu.group("unit"))
        yield Cand(m.start(), end, float(rep), form="vague", low=float(low), high=float(high),
                   qualifier="approx", unit=unit, rule="vague")


@lru_cache(maxsize=None)
def _vague_link_rx(links: tuple) -> re.Pattern:
    # an empty link is a currency right after the amount (de "Milliarden Euro"); an elided
    # one is glued to it (fr "d'euros")
    alts = "|".join("" if not w else re.escape(w) + ("" if w.endswith(("'", "’")) else r"[" + SPACES + r"]+")
                    for w in sorted(links, key=len, reverse=True))
    return re.compile(r"[" + SPACES + r"]+(?:" + alts + r")", re.IGNORECASE)


def _vague_unit_link(lx: Lexicon) -> re.Pattern:
    """The words that join a vague amount to its currency ("billions of dollars", "des
    millions d'euros"): the language's ``vague_unit_links``."""
    return _vague_link_rx(tuple(lx.data["vague_unit_links"]))


_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![^\W\d_])[a-z]+[ \u00a0]+$")


def spot_fractions(text: str, lx: Lexicon) -> Iterator[Cand]:
    """Fractions ("a tenth", "two-thirds", "la moitié"): value is the factor, relative."""
    dens = lx.table("fraction_denominators")
    arts = lx.table("fraction_articles")
    standalone = lx.words("fraction_standalone")
    found = lx.stems_found(text)
    if not any(h in found for h in lx.heads("fraction_denominators")):
        return
    lower_nouns = not lx.data.get("nouns_capitalized")
    for m in lx.fraction_re.finditer(text):
        den = m.group("den").lower()
        if lower_nouns and m.group("den")[:1].isupper() and _LOWER_WORD_BEFORE_RE.search(text, max(0, m.start() - 12),
                                                                                   m.start("den")):
            continue  # "a Fourth of July": a capitalized denominator after a lower-case word is a name
        mn = lx.fraction_num_re.search(text, max(0, m.start() - 30), m.start())
        start = mn.start() if mn else m.start()
        num_s = mn.group("num") if mn else None
        if num_s is None:
            if den not in standalone or text[m.start() - 1: m.start()] == "-":
                continue
            nexts = lx.words("fraction_standalone_next")
            if nexts and text[m.end(): m.end() + 12].split()[:1] not in ([w] for w in nexts):
                continue  # en "half of them", not "this half" or "half-staff"
            numerator = 1.0
        else:
            n = num_s.lower()
            if n in arts:
                numerator = float(arts[n])
            elif n.isdigit():
                numerator = float(n)
            else:
                numerator = _words_value(n, lx)
                if numerator is None or numerator >= dens[den]:
                    continue
        yield Cand(start, m.end(), numerator / dens[den], form="fraction", relative=True, rule="fraction")


def spot_multipliers(text: str, lx: Lexicon) -> Iterator[Cand]:
    """Multiplier verbs and adjectives ("triple", "halve", "verdoppeln")."""
    table = lx.table("multipliers")
    found = lx.stems_found(text)
    if not any(h in found for h in lx.heads("multipliers")):
        return
    for m in lx.multiplier_re.finditer(text):
        yield Cand(m.start(), m.end(), float(table[m.group().lower()]), form="multiplier", relative=True,
                   rule="multiplier")


_WORDS_AFTER_RE = re.compile(r"[" + SPACES + r"]+(?:(?:de|di|d'|d’)[" + SPACES + r"]*)?([^\W\d_]+)", re.I)


def _counted_noun_after(text: str, end: int, lx: Lexicon) -> bool:
    """Is the next word (after an optional de/di) a counted noun of ``units.json``?"""
    m = _WORDS_AFTER_RE.match(text, end)
    return bool(m) and m.group(1).lower() in lx.table("nouns", "units")


class _Tok:
    __slots__ = ("t", "s", "e")

    def __init__(self, t: str, s: int, e: int):
        self.t, self.s, self.e = t, s, e

    def text(self) -> str:
        return self.t

    def nt_separated(self, previous) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


_TOKEN_RE = re.compile(r"\w+|[^\w\s]|\s+")


def _words_value(s: str, lx: Lexicon) -> Optional[float]:
    toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(s)]
    occ = t2n_find(toks, lx.data.get("text2num_lang", lx.lang), threshold=0)
    if len(occ) == 1 and occ[0].start == 0 and occ[0].end == len(toks) and not occ[0].is_ordinal:
        return float(occ[0].value)
    return None


def spot_words(text: str, lx: Lexicon, taken: Optional[bytearray] = None) -> Iterator[Cand]:
    """Number words, read by text2num ("seven hundred", "cinq mille", "three").

    ``taken`` marks characters that earlier spotters already read: a run of words wholly
    inside them ("million" in "5 million") is not read again."""
    not_alone = lx.words("not_alone")
    articles = lx.words("scale_articles")
    scales = lx.words("scales")
    t2n_lang = lx.data.get("text2num_lang", lx.lang)
    pronouns = lx.words("pronoun_words")
    ordinal_words = lx.words("ordinal_words")
    scale_values = lx.table("scales")
    pronoun_prev = lx.words("pronoun_prev")
    alone_after = lx.words("not_alone_unless_after")
    for m in lx.words_re.finditer(text):
        base = m.start()
        if taken is not None and taken.find(0, base, m.end()) == -1:
            continue
        toks = [_Tok(t.group(), base + t.start(), base + t.end()) for t in _TOKEN_RE.finditer(m.group())]
        try:
            occs = t2n_find(toks, t2n_lang, threshold=0)
        except Exception:  # text2num refuses some runs; a run it cannot read is no number
            continue
        for o in occs:
            s, e = toks[o.start].s, toks[o.end - 1].e
            surface = text[s:e]
            low = surface.lower()
            if low in not_alone:
                before = text[max(0, s - 12): s].split()
                if low not in scales or not ((before and (before[-1].lower() in alone_after
                                                          or before[-1].lower() in articles))
                                             or (_counted_noun_after(text, e, lx) and text[s - 1: s] != "/" and not
                                                 (before and before[-1].lower() in lx.words("per_words", "units")))):
                    continue  # fr "par million", "des millions": no number; "le milliard d'euros",
                    # es "más de mil personas", de "über tausend Menschen" are one
            if low in pronouns:
                prev = re.search(r"(\w+)\W*$", text[max(0, s - 20):s])
                if surface[:1].isupper() and prev and not re.search(r"[.!?:]\s*$", text[max(0, s - 3):s]):
                    continue  # "BBC One", "Apple One": a name
                if prev and prev.group(1).lower() in pronoun_prev:
                    continue  # "each one", "the same one": a pronoun
            first = low.split()[0].split("-")[0]
            if first in scales:
                prev = re.search(r"(?<![\w])(\w+)\s+$", text[max(0, s - 8):s])
                if prev and prev.group(1).lower() in articles:
                    s = s - len(prev.group(0))
            unit = None
            if not o.is_ordinal:
                mu = lx.unit_after_re.match(text, e)
                if mu:
                    u = mu.group("unit")
                    unit = "%" if _lookup_set(lx.percent, u) else _lookup(lx.currency_after, u)
                    e = mu.end()
            last = low.split()[-1] if low.split() else ""
            is_ord = o.is_ordinal or low in ordinal_words
            yield Cand(s, e, float(o.value), form="words", role="ordinal" if is_ord else "quantity",
                       unit=unit, scale=float(scale_values.get(last, 1.0)), rule="words")
