"""Per-language number knowledge, read from ``resources/<lang>/numbers.json`` and
``resources/<lang>/units.json``, with every regular expression compiled once.

Adding a language means adding those two files; nothing here names a language.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SPACES = " \u00a0\u202f\u2009"


def phrase_alternation(phrases) -> str:
    """A regex alternation of ``phrases``, longest first; inner spaces match any run of blanks."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        if not p:
            continue
        parts.append(r"\s+".join(re.escape(w) for w in p.split(" ")))
    return "|".join(parts) if parts else r"(?!x)x"


def phrase_trie(phrases, fold_case: bool = True) -> str:
    """The same language as ``phrase_alternation`` written as a character trie, so the regex
    engine tests one branch per letter instead of every phrase in turn. Longer phrases are
    still preferred (each node tries its children before ending). With ``fold_case`` the
    phrases are lowercased first: use it only in IGNORECASE patterns."""
    trie: dict = {}
    for p in set(phrases):
        if not p:
            continue
        node = trie
        for ch in (p.lower() if fold_case else p):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return r"(?!x)x"

    def emit(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            head = r"\s+" if ch == " " else re.escape(ch)
            branches.append(head + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + "|".join(branches) + ")?"
        return body

    return "(?:" + emit(trie) + ")"


def first_chars(phrases, digits: bool = False) -> str:
    """A lookahead on the first characters of ``phrases`` (both cases): a regex that starts
    with a long alternation then skips most positions at once."""
    chars = {p[0] for p in phrases if p}
    chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    body = "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if digits else "")
    return "(?=[" + body + "])" if body else ""


def first_chars_exact(phrases, digits: bool = False) -> str:
    """Like ``first_chars`` but case-sensitive even inside an IGNORECASE pattern: currency
    codes are written in capitals, so lowercase letters need not start a numeral."""
    chars = {p[0] for p in phrases if p}
    body = "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if digits else "")
    return "(?-i:(?=[" + body + "]))" if body else ""


@dataclass
class Lexicon:
    """Everything the number finder needs to know about one language."""

    lang: str
    data: dict
    units: dict
    decimal_marks: set = field(default_factory=set)
    group_marks: set = field(default_factory=set)
    ambiguous_marks: set = field(default_factory=set)
    scales: dict = field(default_factory=dict)
    currency_before: dict = field(default_factory=dict)
    currency_after: dict = field(default_factory=dict)
    percent: set = field(default_factory=set)
    months: dict = field(default_factory=dict)
    # compiled patterns
    numeral_re: re.Pattern = None
    words_re: re.Pattern = None
    vague_re: re.Pattern = None
    fraction_re: re.Pattern = None
    fraction_num_re: re.Pattern = None
    multiplier_re: re.Pattern = None
    qualifier_before_re: re.Pattern = None
    qualifier_after_re: re.Pattern = None
    month_re: re.Pattern = None
    month_after_re: re.Pattern = None
    month_before_re: re.Pattern = None
    phone_cue_re: re.Pattern = None
    unit_noun_re: re.Pattern = None
    unit_after_re: re.Pattern = None
    negative_re: re.Pattern = None
    time_word_re: re.Pattern = None
    time_prep_re: re.Pattern = None
    _built: dict = field(default_factory=dict)  # the tables and word sets above, built on first use

    def table(self, key: str, source: str = "data") -> dict:
        """``data[key]`` (or ``units[key]``) with lowercased keys, built once."""
        try:
            return self._built[(source, key, "t")]
        except KeyError:
            raw = getattr(self, source).get(key, {})
            got = self._built[(source, key, "t")] = {k.lower(): v for k, v in raw.items()} if isinstance(raw, dict) else {}
            return got

    def words(self, key: str, source: str = "data") -> frozenset:
        """The lowercased words of list or dict ``data[key]`` (or ``units[key]``), built once."""
        try:
            return self._built[(source, key, "w")]
        except KeyError:
            got = self._built[(source, key, "w")] = frozenset(w.lower() for w in getattr(self, source).get(key, []))
            return got

    def heads(self, key: str) -> tuple:
        """Lowercase stems that any phrase of ``data[key]`` contains (a cheap pre-test:
        a text holding none of them cannot match the phrase pattern)."""
        cache = self.__dict__.setdefault("_tables", {})
        ck = ("data", key, "h")
        if ck not in cache:
            stems = set()
            for phrase in self.data.get(key, {}):
                w = max(phrase.lower().split(), key=len)
                stems.add(w[:5] if len(w) > 5 else w)
            # a stem that contains another is redundant
            cache[ck] = tuple(sorted(x for x in stems if not any(y != x and y in x for y in stems)))
        return cache[ck]

    def stems_found(self, text: str) -> frozenset:
        """Which ``heads`` of the vague, fraction and multiplier phrases occur in ``text``,
        found in one pass over the lowercased text (the last text's answer is kept, since
        three spotters ask in turn)."""
        last = self._built.get("stems_last")
        if last is not None and last[0] is text:
            return last[1]
        rx = self._built.get("stems_re")
        if rx is None:
            heads = set(self.heads("vague")) | set(self.heads("fraction_denominators")) | set(self.heads("multipliers"))
            rx = self._built["stems_re"] = re.compile(phrase_trie(heads, fold_case=False))
        found = frozenset(rx.findall(text.lower()))
        self._built["stems_last"] = (text, found)
        return found

    def upper_words(self, key: str) -> frozenset:
        """The alphabetic entries of ``data[key]``, uppercased, built once."""
        cache = self.__dict__.setdefault("_tables", {})
        ck = ("data", key, "u")
        if ck not in cache:
            cache[ck] = frozenset(k.upper() for k in self.data.get(key, []) if k.isalpha())
        return cache[ck]

    def scale_of(self, word: str, money: bool) -> float | None:
        """The multiplier a scale word or abbreviation stands for, or None."""
        parts = word.lower().split()
        if len(parts) > 1:  # "hundred million"
            total = 1.0
            for p in parts:
                f = self.scale_of(p, money)
                if f is None:
                    return None
                total *= f
            return total
        w = word.lower()
        d = self.data
        if w in d.get("scales", {}):
            return float(d["scales"][w])
        if w in self.table("scale_abbrev"):
            return float(self.table("scale_abbrev")[w])
        if money:
            m = self.table("scale_abbrev_money")
            if w in m:
                return float(m[w])
        return None


def _digits_core(lx: Lexicon) -> str:
    seps = lx.group_marks | lx.ambiguous_marks
    group = "[" + "".join(re.escape(c) for c in sorted(seps)) + "]" if seps else None
    decs = lx.decimal_marks | lx.ambiguous_marks
    dec = "[" + "".join(re.escape(c) for c in sorted(decs)) + "]"
    alts = []
    if lx.data.get("indian_grouping"):
        alts.append(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)")
    if group:
        alts.append(r"\d{1,3}(?:" + group + r"\d{3})+(?:" + dec + r"\d+)?(?![\d])")
    alts.append(r"\d+(?:" + dec + r"\d+)?")
    if lx.data.get("leading_decimal"):
        alts.append(r"(?<![\d.,])\.\d+")
    return "(?:" + "|".join(alts) + ")"


def _compile(lx: Lexicon) -> None:
    d = lx.data
    I = re.IGNORECASE
    cur_b = phrase_trie(lx.currency_before)
    cur_a = phrase_trie(lx.currency_after)
    pct = phrase_trie(lx.percent)
    scale_words = phrase_trie(d.get("scales", {}))
    abbr = phrase_trie(list(d.get("scale_abbrev", {})) + list(d.get("scale_abbrev_money", {})))
    ords = phrase_trie(d.get("ordinal_suffixes", []))
    lx.numeral_re = re.compile(
        first_chars_exact(list(lx.currency_before) + ["-", "−", "."], digits=True) +
        r"(?<![\w%])(?<!\d[.,])"  # "80%-20%": no minus after a percent sign
        r"(?:(?P<cur>" + cur_b + r")[" + SPACES + r"]?)?"
        r"(?P<sign>[-−](?=\d))?"
        r"(?P<num>" + _digits_core(lx) + r")"
        r"(?:(?P<ord>" + ords + r")(?![\w]))?"
        r"(?:[" + SPACES + r"]?(?P<abbr>" + abbr + r")(?![\w])|[" + SPACES + r"]+(?P<scale>(?:" + scale_words + r")(?:[" + SPACES + r"]+(?:" + scale_words + r"))*)(?![\w]))?"
        r"(?:[" + SPACES + r"]?(?P<unit>(?:" + pct + r")(?![\w])|(?:" + cur_a + r")(?:(?<![\w])|(?![\w-]))))?",
        I,
    )
    neg = d.get("negative_words", [])
    lx.negative_re = re.compile(r"(?<![\w])(?:" + phrase_trie(neg) + r")[\s\u00a0-]?$", I) if neg else None
    lx.unit_after_re = re.compile(
        r"[" + SPACES + r"]?(?P<unit>" + pct + "|" + cur_a + r")(?:(?<![\w])|(?![\w-]))", I)
    morph = phrase_trie(d.get("number_words", []))
    if d.get("compound_words"):
        inner = phrase_trie(d.get("compound_joiners", []))
        word = "(?:" + morph + ")+(?:(?:" + inner + ")(?:" + morph + ")+)*"
    else:
        word = "(?:" + morph + ")"
    joins = phrase_trie(d.get("number_joiners", []))
    lx.words_re = re.compile(
        first_chars(d.get("number_words", [])) + r"(?<![\w])" + word + r"(?:(?:\s*-\s*|\s+(?:" + joins + r")\s+|\s+)" + word + r")*(?![\w])", I
    )
    lx.vague_re = re.compile(first_chars(d.get("vague", {})) + r"(?<![\w])(?:" + phrase_trie(d.get("vague", {})) + r")(?![\w])", I)
    nums = phrase_trie(list(d.get("fraction_articles", {})) + [w for w in d.get("number_words", [])])
    links = "|".join(re.escape(x) if x != " " else r"\s+" for x in d.get("fraction_links", [" "]))
    dens = d.get("fraction_denominators", {})
    lx.fraction_re = re.compile(first_chars(dens) + r"(?<![\w])(?P<den>" + phrase_trie(dens) + r")(?![\w-])", I)
    lx.fraction_num_re = re.compile(r"(?<![\w-])(?P<num>" + nums + r"|\d+)(?:" + links + r")$", I)
    lx.multiplier_re = re.compile(first_chars(d.get("multipliers", {})) + r"(?<![\w])(?:" + phrase_trie(d.get("multipliers", {})) + r")(?![\w-])", I)
    lx.qualifier_before_re = re.compile(
        r"(?:^|[^\w])(?P<q>" + phrase_trie(d.get("qualifiers_before", {})) + r")[\s" + SPACES + r"]*$", I
    )
    lx.qualifier_after_re = re.compile(
        r"^[\s" + SPACES + r"]*(?P<q>" + phrase_trie(d.get("qualifiers_after", {})) + r")(?![\w])", I
    )
    months = phrase_trie(lx.months)
    links = phrase_trie(d.get("date_links", []))
    lx.month_after_re = re.compile(
        r"^\.?(?:[\s-]*(?:" + links + r")\s*\d{1,2}(?:" + ords + r")?)?"  # "du 11 au 12 avril", "20 et 27 novembre"
        r"(?:\s*(?:of|de|del|di)\b)?[\s-]*(?P<m>" + months + r")(?![\w])\.?", I)
    tw = phrase_trie(d.get("time_words", []))
    glued = phrase_trie(d.get("time_glued", []))
    lx.time_word_re = re.compile(r"(?:(?P<g>" + glued + r")(?:\d{2})?(?![\w])|[" + SPACES + r"]?(?:" + tw + r")(?![\w]))", I)
    lx.time_prep_re = re.compile(r"(?<![\w])(?:" + phrase_trie(d.get("time_preps", [])) + r")[\s" + SPACES + r"]+$", I)
    lx.month_before_re = re.compile(r"(?<![\w])(?P<m>" + months + r")\.?,?\s*$", I)
    lx.phone_cue_re = re.compile(r"(?<![\w])(?:" + phrase_trie(d.get("phone_cues", [])) + r")\s*[.:]?\s*$", I)
    nouns = list(lx.units.get("nouns", {}))
    lx.unit_noun_re = re.compile(r"^\s+(?:\w+\s+)?(?P<n>" + phrase_trie(nouns) + r")(?![\w])", I)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """Load and compile the number lexicon for ``lang`` (cached); KeyError if it has none."""
    path = RESOURCES / lang / "numbers.json"
    if not path.is_file():
        raise KeyError(f"{path}: no number resources for language {lang!r}")
    data = json.loads(path.read_text(encoding="utf-8"))
    upath = RESOURCES / lang / "units.json"
    units = json.loads(upath.read_text(encoding="utf-8")) if upath.is_file() else {}
    lx = Lexicon(lang=lang, data=data, units=units)
    lx.decimal_marks = set(data.get("decimal_marks", []))
    lx.group_marks = set(data.get("group_marks", []))
    lx.ambiguous_marks = set(data.get("ambiguous_marks", []))
    lx.currency_before = dict(data.get("currency_before", {}))
    lx.currency_after = dict(data.get("currency_after", {}))
    lx.percent = set(data.get("percent", []))
    lx.months = {k.lower(): v for k, v in data.get("months", {}).items()}
    _compile(lx)
    return lx


def available_languages() -> list[str]:
    """Languages that have a ``numbers.json``."""
    return sorted(p.parent.name for p in RESOURCES.glob("*/numbers.json"))
