"""What the words around a numeral say about it: qualifiers (about / more than / jusqu'à)
and roles (year, date part, identifier, ordinal) that keep it from being counted."""
from __future__ import annotations

import re

from .candidates import ZONES, Cand
from .lexicon import Lexicon, phrase_trie

_PREV_WORD_RE = re.compile(r"(?P<w>[#№]|[\w'’°º.\-]+)[\s\u00a0\u202f]*$")
_NEXT_WORD_RE = re.compile(r"^[\s\u00a0\u202f]+(?P<w>[^\W\d_][\w'’-]*)")
_QUALIFIABLE = {"quantity"}


_OPENERS = "([{\"“«'‘"


def _phrase_before(text: str, start: int, table: dict, max_words: int, last_words: frozenset = None) -> str:
    """The longest phrase of ``table`` that ends right before ``start`` (blanks allowed).

    ``last_words``, the last words of the phrases, lets most figures stop at one look."""
    tokens = text[max(0, start - 40): start].lower().split()[-max_words:]
    if last_words is not None and tokens and tokens[-1] not in last_words \
            and tokens[-1].lstrip(_OPENERS) not in last_words:
        return ""
    for k in range(len(tokens), 0, -1):
        words = tokens[-k:]
        words[0] = words[0].lstrip(_OPENERS)
        key = " ".join(words)
        if key in table:
            return key
    return ""


def apply_qualifiers(text: str, cands: list[Cand], lx: Lexicon) -> None:
    """Set ``qualifier`` from the words just before (or after) each quantity."""
    before = lx.table("qualifiers_before")
    after = lx.table("qualifiers_after")
    max_words = lx.__dict__.get("_qual_words")
    if max_words is None:
        max_words = lx.__dict__["_qual_words"] = max((len(k.split()) for k in before), default=0)
    last_words = lx._built.get("qualifier_last_words")
    if last_words is None:
        last_words = lx._built["qualifier_last_words"] = frozenset(k.split()[-1] for k in before if k.split())
    exact_vague = lx.data.get("qualify_exact_vague")
    after_re = lx._built.get("qualifier_after_at")
    if after_re is None:  # the same pattern, tried only where the figure ends
        after_re = lx._built["qualifier_after_at"] = re.compile(lx.qualifier_after_re.pattern.lstrip("^"), re.I)
    for c in cands:
        if c.role not in _QUALIFIABLE or (c.form == "vague" and (c.low != c.high or not exact_vague)):
            continue  # "dozens" is approximate already; "más de medio millón" takes its bound
        q = _phrase_before(text, c.start, before, max_words, last_words) if max_words else ""
        if q:
            c.qualifier = before[q]
            c.rule += "|qual:" + q
            continue
        m = after_re.match(text, c.end, c.end + 20)
        if m:
            c.qualifier = after[re.sub(r"\s+", " ", m.group("q").lower())]
            c.rule += "|qual-after:" + m.group("q").lower()


def apply_negatives(text: str, cands: list[Cand], lx: Lexicon) -> None:
    """'minus 233 Celsius', 'minus-5 yards': a negative number."""
    rx = lx.negative_re
    if rx is None:
        return
    for c in cands:
        if c.role == "quantity" and c.qualifier == "exact" and c.value is not None and c.value > 0 and rx.search(text[max(0, c.start - 8): c.start]):
            c.value = -c.value
            c.rule += "|negative"


_ORD_DOT_RE = re.compile(r"\.[ \u00a0]+(?P<w>[^\W\d_]+)")


def _ordinal_dot(text: str, c: Cand, lx: Lexicon) -> bool:
    """German '3. Oktober', 'der 2. Weltkrieg': a dot right after the digits that is no full stop."""
    m = _ORD_DOT_RE.match(text, c.end)
    if not m:
        return False
    w = m.group("w")
    if w.lower() in lx.months:
        return True
    if w[:1].islower():
        return True
    prev = _prev_word(text, c.start)
    return prev in {"der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "seinem", "ihrem"}


_DAY_ARTICLES = frozenset({"am", "vom", "zum", "dem", "den"})


def _cut_day(text: str, c: Cand, lx: Lexicon) -> bool:
    """German 'am 25.' at the very end of a text: a day whose month the splitter cut off
    (only after the articles that open a date, and only with nothing but blanks after)."""
    return text[c.end: c.end + 1] == "." and not text[c.end + 1:].strip() and _prev_word(text, c.start) in _DAY_ARTICLES


_WORD_OPENERS = "([{\"“«'‘:;,"


_GLUED_RE = re.compile(r"[^\W\d_]+(?![\w])|[A-Z]{2}\d{1,2}(?![\w])")  # "3D", "49ers"; postcode "9AB8"
_YEAR_SPAN_RE = re.compile(r"\s?[-–/]\s?\d{2,4}")
_NON_BLANK_RE = re.compile(r"\S+")
_SHORT_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d[-–/]$")  # "2014-" before "15"
_CLOCK_SURFACE_RE = re.compile(r"\d{1,2}[.:,]\d{2}")
_HOUR_MINUTE_RE = re.compile(r"(?:[01]?\d|2[0-3])[.:,][0-5]\d")


def _known_glued(word: str, lx: Lexicon) -> bool:
    """Letters glued to digits that still make a measure: a unit symbol, a decade, an hour."""
    low = word.lower()
    symbols = lx.table("symbols", "units")
    wrong_case = (lx.data.get("glued_symbols_case_sensitive") and word != low
                  and low in lx.units.get("case_sensitive_symbols", ()) and word not in lx.units["case_sensitive_symbols"])
    if not wrong_case and (low in symbols or word in symbols or any(k.startswith(low + " ") for k in symbols)):
        return True  # "6kW", "3923sq m"; not "5G", which is no five grams
    extra = lx.words("decade_suffixes") | lx.words("time_glued") | lx.words("ordinal_suffixes")
    return low in extra or low in lx.table("scale_abbrev") or low in lx.table("scale_abbrev_money")


def _prev_word(text: str, start: int) -> str:
    """The lowercased word just before ``start`` (leading brackets and quotes stripped)."""
    parts = text[max(0, start - 30): start].split()
    if not parts:
        return ""
    w = parts[-1]
    if w[-1:] in ":;,)\"”»":
        return ""
    return w.lstrip(_WORD_OPENERS).lower()


def _prev_surface(text: str, start: int) -> str:
    parts = text[max(0, start - 20): start].split()
    return parts[-1].lstrip(_WORD_OPENERS) if parts else ""


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD_RE.search(text[end: end + 40])
    return m.group("w") if m else ""


def _month_year(text: str, start: int, lx: Lexicon) -> bool:
    """Is the word before ``start`` a month name ('May 29', 'June 1999', 'Jul. 2012')?"""
    w = _prev_surface(text, start).rstrip(".,")
    return w.lower() in lx.months and _month_ok(w, lx)


def _month_before(text: str, start: int, lx: Lexicon) -> bool:
    return bool(lx.data.get("day_after_month")) and _month_year(text, start, lx)


def _month_after(text: str, end: int, lx: Lexicon) -> bool:
    m = lx.month_after_re.search(text[end: end + 20])
    if not m:
        return False
    return _month_ok(m.group("m"), lx)


def _month_ok(surface: str, lx: Lexicon) -> bool:
    """Month names that are also common words ("may", "march") count only capitalized."""
    caps = lx.words("capitalized_months_only")
    if surface.lower() in caps and not surface[:1].isupper():
        return False
    return True


def apply_roles(text: str, cands: list[Cand], lx: Lexicon) -> None:
    """Mark identifiers, date parts and years among the quantities."""
    id_nouns = lx.words("identifier_nouns")
    signs = lx.words("number_signs")
    year_before = lx.words("year_before")
    day_nouns = lx.words("day_nouns")
    elision = lx.data.get("elision")
    for c in cands:
        if c.role not in ("quantity", "ordinal") or c.form not in ("digits", "words"):
            continue
        if c.form == "digits" and not c.plain and c.role == "quantity" and text[c.start - 1: c.start] not in ("#", "№") \
                and not _CLOCK_SURFACE_RE.fullmatch(text, c.start, c.end):
            continue  # "5,000", "$5 million", "2.5%": only plain digits can be a year, date, code or name
        prev = _prev_word(text, c.start)
        if elision and ("'" in prev or "’" in prev):
            prev = re.split(r"['’]", prev)[-1] or prev  # fr "l'article 61", it "l'articolo 5"
        v = c.value
        if c.form == "digits" and c.plain and prev in day_nouns and v is not None and 1 <= v <= 31:
            c.role, c.rule = "date", c.rule + "|day-noun"  # es "el próximo día 17", "hasta el día 25"
            continue
        if c.form == "digits" and (prev in id_nouns or prev in signs or prev.rstrip(".") in id_nouns):
            if c.plain or c.role == "ordinal":
                c.role, c.rule = "identifier", c.rule + "|id:" + prev
                continue
        if c.form == "digits" and text[c.start - 1: c.start] in ("#", "№"):
            c.role, c.rule = "identifier", c.rule + "|id:#"
            continue
        is_int = v is not None and float(v).is_integer()
        surface = text[c.start: c.end]
        glued = _GLUED_RE.match(text, c.end)
        if glued and c.plain and not _known_glued(glued.group(), lx):
            c.end = glued.end()
            c.role, c.rule = "code", c.rule + "|glued-letters"  # "49ers", "3D"
            continue
        if lx.data.get("ordinal_dot") and c.plain and _ordinal_dot(text, c, lx):
            if is_int and 1 <= v <= 31 and _month_after(text, c.end, lx):
                c.role, c.rule = "date", c.rule + "|date-part"
            else:
                c.role, c.rule = "ordinal", c.rule + "|ordinal-dot"
            continue
        if lx.data.get("ordinal_dot") and c.plain and is_int and 1 <= v <= 31 and _cut_day(text, c, lx):
            c.role, c.rule = "date", c.rule + "|date-cut"  # "Jackson war am 25." + (next line) "Juni ..."
            continue
        if c.plain and (len(surface) == 2 or (len(surface) == 1 and text[c.start - 1: c.start] == "/")) \
                and _SHORT_YEAR_BEFORE_RE.search(text[max(0, c.start - 5): c.start]):  # "2003/4" too
            c.role, c.rule = "year", c.rule + "|year-short"  # 2014-15
            continue
        if is_int and 1 <= v <= 31 and (c.plain or c.role == "ordinal") and len(surface.rstrip(".")) <= 4:
            if _month_after(text, c.end, lx) or _month_before(text, c.start, lx):
                c.role, c.rule = "date", c.rule + "|date-part"
                continue
        if (((c.plain or c.form == "words") and is_int and 0 <= v <= 24) or
                _CLOCK_SURFACE_RE.fullmatch(surface)) and _clock_hour(text, c, lx):
            c.role, c.rule = "time", c.rule + "|clock-hour"
            continue
        if ((c.plain and is_int and 0 <= v <= 24) or _HOUR_MINUTE_RE.fullmatch(surface)) \
                and (prev in lx.words("time_before")
                     or (c.unit is None and _HOUR_MINUTE_RE.fullmatch(surface) and surface[-3] not in lx.decimal_marks
                         and (prev in lx.words("time_before_hm") or _zone_after(text, c.end, lx)))):
            # it "alle 13.30", "(18.50 UTC)", "(15.45 ora italiana)"; de "um 0,51 Prozent" is no time
            c.role, c.rule = "time", c.rule + "|clock-after-word"
            continue
        if c.plain and len(surface) == 2 and text[c.start - 1: c.start] in ("'", "’") and \
                not text[c.start - 2: c.start - 1].isalnum():
            c.role, c.rule = "year", c.rule + "|year-apostrophe"  # "'76"
            continue
        dec = _decade_suffix(text, c, lx)
        if dec and is_int and v % 10 == 0 and (v < 100 or 1000 <= v <= 2100):
            c.end += dec  # "the 1980s", "the early 80s"
            c.role, c.rule = "year", c.rule + "|decade"
            continue
        if c.plain and is_int and len(surface) == 4 and c.qualifier == "exact":
            if _is_year(text, c, v, prev, year_before, lx):
                c.role, c.rule = "year", c.rule + "|year"
                continue
        if c.plain and is_int and len(surface) == 4 and c.qualifier in lx.words("year_after_qualifiers") \
                and _qualified_year(text, c, v, lx):
            c.role, c.qualifier, c.rule = "year", "exact", c.rule + "|year-after-qualifier"  # "hasta 2024"
            continue
        if c.form == "digits" and c.plain and is_int and v < 100 and lx.data.get("bracketed_name_labels") \
                and _bracketed_after_name(text, c):
            c.role, c.rule = "identifier", c.rule + "|name-bracket"  # a player's shirt number
            continue
        if c.form == "digits" and c.plain and (_index_name(prev, v, lx) or _name_after(text, c, lx)):
            c.role, c.rule = "identifier", c.rule + "|model-number"  # "the sp 500", "787 Dreamliner"
            continue
        if c.form == "digits" and c.plain and _street_number(text, c, lx):
            c.role, c.rule = "identifier", c.rule + "|street-number"
            continue
        if c.form == "digits" and c.plain and lx.data.get("capitalized_noun_makes_name") and _titled_noun_after(text, c, lx):
            c.role, c.rule = "identifier", c.rule + "|title-number"  # fr "rapporte 20 Minutes", "le 13 Heures"
            continue
        if c.form == "digits" and c.plain and _after_name(text, c, lx):
            c.role, c.rule = "identifier", c.rule + "|name-number"
            continue
        if c.form == "words" and surface[:1].isupper() and surface.isalpha() and not _title_case_count(text, c, lx) \
                and _after_name(text, c, lx):
            c.role, c.rule = "identifier", c.rule + "|name-number"  # "Marine One", "the Kick Six win"
            continue
        if c.form == "words" and surface[:1].isupper() and surface.isalpha() and _name_in_prose(text, c):
            c.role, c.rule = "identifier", c.rule + "|name-in-prose"  # "the 2005 RBS Six Nations"
            continue
        if (c.plain or c.form == "words") and is_int and c.unit is None and prev in lx.words("rank_before"):
            c.role, c.rule = "ordinal", c.rule + "|rank"  # "the world's top five spammers", "a top 10 hit"
            continue
    _join_dashed_identifiers(text, cands)


def _join_dashed_identifiers(text: str, cands: list[Cand]) -> None:
    """Two plain numbers joined by a bare hyphen, one of them a house number or a name's
    number, make one identifier: 'ISO 3888-2', 'Boeing 737-800', '16-18 Industrial Avenue'."""
    for a, b in zip(cands, cands[1:]):
        if b.start != a.end + 1 or text[a.end] not in "-–" or not (a.plain and b.plain):
            continue
        ids = ("|name-number", "|street-number", "|dashed-part")  # "Hotline 0501-150-4411": on along the chain
        if a.role == "identifier" and a.rule.endswith(ids) and b.role == "quantity":
            b.role, b.rule = "identifier", b.rule + "|dashed-part"
        elif b.role == "identifier" and b.rule.endswith("|street-number") and a.role == "quantity":
            a.role, a.rule = "identifier", a.rule + "|dashed-part"


_SMALL_DASH_PAIR_RE = re.compile(r"[-–]\d{1,3}(?!\d|[.,]\d)")
_NAME_BEFORE_RE = re.compile(r"(?<![\w&])([A-Z][\w&]*|[a-z]+[A-Z][\w]*)[ \u00a0]$")


def _after_name(text: str, c: Cand, lx: Lexicon) -> bool:
    if c.start < 2 or text[c.start - 1] not in " \u00a0" or not (text[c.start - 2].isalpha() or text[c.start - 2] == "&"):
        return False
    return _after_name_full(text, c, lx)


def _after_name_full(text: str, c: Cand, lx: Lexicon) -> bool:
    """'iPhone 11', 'S&P 500', 'Planet 9', 'Part 3': a number that goes with the name before it.

    Not when a counted noun follows ("Tesla 3,000 cars" has separators, so only plain
    digits get here) or the capitalized word is a month, a qualifier or a function word.
    """
    m = _NAME_BEFORE_RE.search(text[max(0, c.start - 30): c.start])
    if not m:
        return False
    if text[c.end: c.end + 1].isalpha():
        return False  # "Tylenol 500mg": a glued unit makes it a measure
    word = m.group(1)
    start = max(0, c.start - 30) + m.start(1)
    if re.search(r"(?:^|[.!?\"“«]\s*)$", text[max(0, start - 3): start]) and word[1:].islower() \
            and not word.isupper():
        return False  # a capitalized first word ("Appena 5 anni fa") is no name; "HR 6819" still is
    if word.lower() in lx.months or word.lower() in lx.words("name_number_block"):
        return False
    if word.isupper() and word.lower() in lx.words("currency_before"):
        return False
    if _count_link_after(text, c.end, lx):
        return False  # "Kanadas 125 der 308 Sitze", "pro Monat 100 bis 150": one count of a pair
    if c.value is not None and c.value < 200 and _SMALL_DASH_PAIR_RE.match(text, c.end):
        return False  # "beat Charlton 2-1": a score (or a range) for the pairing to read
    nxt = _next_word(text, c.end)
    if nxt and lx.data.get("nouns_capitalized") and nxt[:1].isupper() and not nxt.isupper() \
            and text[c.start] != "0" and text[c.end: c.end + 1] in (" ", "\u00a0"):
        return False  # German capitalizes every noun: "Thailand 5500 Menschen"; "Schalke 04" stays a name
    # "Tesla 3000 cars": a plural or known counted noun after it makes it a count again
    if nxt and nxt.lower() in lx.table("symbols", "units"):
        return False  # "MacBook Pro 16 inch", "550 megawatt"
    ticker = len(word) == 1 or "&" in word or "/" in word  # "S&P 500", "S P 500", "S&P/ASX 200"
    if nxt and nxt.islower() and not ticker:
        stop = lx.words("stop_after", "units")
        # after a capitals code ("HR 6819 contains") an -s word is as likely a verb: known nouns only
        plural = len(nxt) > 3 and nxt.endswith(_plural_endings(lx)) and not nxt.endswith("ss") and nxt not in stop \
            and not (word.isupper() and word.lower() not in stop) \
            and not (c.value == 1 and "plural_endings" in lx.data)  # it "Formula 1 esistenti": one takes no plural
        if plural or nxt in lx.words("nouns", "units"):
            return False
    return True


_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-zà-ÿß]{4,}(?![\w'’-])")
_CLAUSE_START_RE = re.compile(r"(?:^|[.!?:;\n\"“«(]\s*)$")


def _name_in_prose(text: str, c: Cand) -> bool:
    """A number word written with a capital inside a sentence, before another capitalized
    word, is part of a name ('the RBS Six Nations', 'the Big Four'): not the first word of a
    sentence, and not in a title-case headline (a lower-case word of 4+ letters comes before
    it on its line)."""
    if _CLAUSE_START_RE.search(text[max(0, c.start - 3): c.start]):
        return False
    nxt = _next_word(text, c.end)
    if not nxt[:1].isupper():
        return False
    line = text[text.rfind("\n", 0, c.start) + 1: c.start]
    return _LOWER_WORD_RE.search(line) is not None


def _title_case_count(text: str, c: Cand, lx: Lexicon) -> bool:
    """A headline in title case: 'Fire Kills Six People' counts people (a plural or counted
    noun after the number word, whatever its case)."""
    nxt = _next_word(text, c.end).lower()
    return (len(nxt) > 3 and nxt.endswith(_plural_endings(lx)) and not nxt.endswith("ss")
            and nxt not in lx.words("stop_after", "units")) or nxt in lx.words("nouns", "units")


_TITLED_RE = re.compile(r" ([A-ZÀ-Ý][a-zà-ÿ]+)(?![\w-])")


def _titled_noun_after(text: str, c: Cand, lx: Lexicon) -> bool:
    """A counted noun written with a capital after the figure, in a language that writes nouns
    in lower case, names a title: fr '20 Minutes' (a newspaper), 'le 13 Heures' (a newscast)."""
    m = _TITLED_RE.match(text, c.end)
    return bool(m) and m.group(1).lower() in lx.table("nouns", "units")


def _zone_after(text: str, end: int, lx: Lexicon) -> bool:
    """A time zone or a ``time_after_hm`` word ("ora", "locali") right after the figure."""
    w = _NEXT_WORD_RE.match(text[end: end + 20])
    return bool(w) and (w.group("w") in ZONES or w.group("w").lower() in lx.words("time_after_hm"))


def _plural_endings(lx: Lexicon) -> tuple:
    """How the language's plural nouns end ("s"; it "i": "148 seggi"), from ``plural_endings``."""
    got = lx._built.get("plural_endings")
    if got is None:
        got = lx._built["plural_endings"] = tuple(lx.data.get("plural_endings", ["s"]))
    return got


def _count_link_after(text: str, end: int, lx: Lexicon) -> bool:
    """Is the numeral followed by a partitive or range word and another numeral ("125 der 308")?"""
    rx = lx._built.get("count_link_after_re")
    if rx is None:
        words = lx.data.get("count_links_after", [])
        rx = lx._built["count_link_after_re"] = re.compile(
            r"[\s\u00a0\u202f]+(?:" + phrase_trie(words) + r")[\s\u00a0\u202f]+\d", re.I) if words else False
    return bool(rx) and rx.match(text, end) is not None


_NAME_BRACKET_RE = re.compile(r"(?<=[\w,] )[A-Z][a-z]+ \($")  # not a sentence's first word
_BRACKET_VERB_RE = re.compile(r"\) [a-z]+")


def _bracketed_after_name(text: str, c: Cand) -> bool:
    """'quarterback Dak Prescott (4) celebrates': a small number alone in brackets between a
    name and a lower-case word labels the name (a shirt number); no noun says what it counts."""
    return _BRACKET_VERB_RE.match(text, c.end) is not None and \
        _NAME_BRACKET_RE.search(text[max(0, c.start - 30): c.start]) is not None


def _index_name(prev: str, v: float, lx: Lexicon) -> bool:
    """'the sp 500', 'Nasdaq 100', 'FTSE 250': a stock index's own number (``index_names``
    lists each index with the sizes it is named by), written in any case."""
    sizes = lx.data.get("index_names", {}).get(prev.rstrip(".,"))
    return bool(sizes) and v in sizes


def _name_after(text: str, c: Cand, lx: Lexicon) -> bool:
    """A model or code noun right after the figure makes it a name: '737 Max', '787
    Dreamliner', 'Nasdaq 100 e-minis' (``model_words_after``, case kept), 'the 90049 ZIP Code'
    (``identifier_nouns_after``, singular only: '10 ZIP codes' is a count)."""
    rx = lx._built.get("name_after_re")
    if rx is None:
        models = lx.data.get("model_words_after", [])
        ids = lx.data.get("identifier_nouns_after", [])
        parts = ([r"(?:" + "|".join(map(re.escape, models)) + r")"] if models else []) + \
            ([r"(?i:" + phrase_trie(ids) + r")"] if ids else [])
        rx = lx._built["name_after_re"] = re.compile(
            r"[ \u00a0](?:" + "|".join(parts) + r")(?![\w-])") if parts else False
    return bool(rx) and rx.match(text, c.end) is not None


def _street_number(text: str, c: Cand, lx: Lexicon) -> bool:
    """'49 Zorro Ranch Road', '12 rue de Rivoli': a house number."""
    streets = lx.words("street_words")
    if not streets or text[c.end: c.end + 1] != " ":
        return False
    words = _NON_BLANK_RE.findall(text, c.end, c.end + 60)[:4]
    if lx.data.get("street_words_adjacent"):
        return bool(words) and words[0].lower().strip(",") in streets
    for i, w in enumerate(words):
        bare = w.lower().rstrip(",")
        if bare in streets and (i > 0 or (w[:1].isupper() and len(words) > 1 and words[1][:1].isupper())):
            return True  # "49 Zorro Ranch Road"; first only before a name: "22 Ave Foch"
        if not w[:1].isupper() and not _STREET_ORDINAL_RE.fullmatch(w):
            return False  # "9 E 71st St" goes on over the ordinal
    return False


_STREET_ORDINAL_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _clock_hour(text: str, c: Cand, lx: Lexicon) -> bool:
    """'à 8 heures', 'vers 5 heures', '10h', 'um 8 Uhr': an hour of the day, not a duration."""
    m = lx.time_word_re.match(text, c.end)
    if not m:
        return False
    if m.group("g") or _HOUR_MINUTE_RE.fullmatch(text, c.start, c.end) or lx.data.get("time_words_alone"):
        return True  # "10h", "21.28 Uhr"; de "Uhr" names only a clock time ("Samstag 8 Uhr")
    return lx.time_prep_re.search(text[max(0, c.start - 25): c.start]) is not None


def _decade_suffix(text: str, c: Cand, lx: Lexicon) -> int:
    if not c.plain:
        return 0
    sufs = lx._built.get("decade_suffixes_by_length")
    if sufs is None:
        sufs = lx._built["decade_suffixes_by_length"] = sorted(lx.data.get("decade_suffixes", []), key=len, reverse=True)
    for suf in sufs:
        if text.startswith(suf, c.end) and not text[c.end + len(suf): c.end + len(suf) + 1].isalnum():
            return len(suf)
    return 0


def _to_a_count(text: str, end: int, lx: Lexicon) -> bool:
    """Is the figure followed by a range or transition word and a figure no year can be
    ('auf rund 15.000', 'a 5 000')? Only where ``year_not_before_count`` is set."""
    rx = lx._built.get("to_a_count_re")
    if rx is None:
        d = lx.data
        words = [b for _, b in d.get("transitions", [])]  # not "et"/"und": "en 2017 et 1.000 de plus"
        words += [w for w in d.get("range_links", []) if w[:1].isalpha()]
        rx = lx._built["to_a_count_re"] = re.compile(
            r"[\s\u00a0]+(?:" + phrase_trie(words) + r")[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+)?"
            r"(?:\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d{5,})(?!\d)", re.I) \
            if words and d.get("year_not_before_count") else False
    return bool(rx) and rx.match(text, end, end + 60) is not None


def _qualified_year(text: str, c: Cand, v: float, lx: Lexicon) -> bool:
    """'hasta 2024', 'fino al 2018', 'jusqu'à 2015': a bound word before a year, when no
    counted noun follows ('hasta 2000 personas', de 'bis zu 2000 Teilnehmer' stay counts)."""
    if not 1900 <= v <= 2100:
        return False
    if lx.data.get("nouns_capitalized") and _next_word(text, c.end)[:1].isupper():
        return False
    return _is_year(text, c, v, "", frozenset(), lx)


def _is_year(text: str, c: Cand, v: float, prev: str, year_before: set, lx: Lexicon) -> bool:
    if not 1000 <= v <= 2200:
        return False
    cued = prev in year_before or _month_year(text, c.start, lx)
    if cued and v < 1500 and prev not in lx.words("year_strong_before") and not _month_year(text, c.start, lx):
        return False  # "from 1000 to 2000 hires": an early year needs a strong cue ("in", "A.D.")
    if cued:
        return True
    if v > 2100:
        return False
    if v < 1800:
        return False
    nxt = text[c.end: c.end + 3]
    if _YEAR_SPAN_RE.match(nxt):  # 2012-2013, 2012/13
        return True
    if lx.unit_noun_re.search(text[c.end: c.end + 40]):
        return False
    if _to_a_count(text, c.end, lx):
        return False  # de "von derzeit 2000 auf rund 15.000 Soldaten": the level before a change
    nxt = _next_word(text, c.end)
    stop = lx.words("stop_after", "units")
    if nxt.islower() and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in stop:
        return False  # "2000 hires": a count of a plural noun
    return True
