"""Compile a language's timex rules into regular expressions (once per language).

A rule pattern is a regular expression where ``{slot}`` stands for a word class of the
language's ``timex_words.tsv`` or for a number shape below, and a space stands for white
space (or nothing right after a hyphen, so "mid- March" and "mid-March" both match).
Every slot becomes a named group ``r<rule>_<n>_<slot>`` so a match can be read back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from . import firstchar, firstword, lexicon

# Number shapes every language shares; a language may override one under "shapes".
DEFAULT_SHAPES = {
    "year": r"(?:1[0-9]\d\d|20\d\d|21\d\d)",
    "year2": r"['’]?\d\d",
    "era_year": r"[1-9]\d{0,3}",  # a year with its era named ("753 BC", "AD 79")
    "day_suffix": r"",
    "day_num": r"(?:3[01]|[12]\d|0[1-9]|[1-9])",
    "month_num": r"(?:1[0-2]|0[1-9]|[1-9])",
    "hour": r"(?:2[0-4]|[01]?\d)",
    "minute": r"[0-5]\d",
    "second": r"[0-5]\d",
    "decade": r"(?:1[0-9]\d0|20\d0)['’]?s|['’]\d0['’]?s",
    "digits": r"\d+(?:[.,]\d+|(?:\s+|-)1/2|\s*½)?",
    # digits that can head a timex on their own: years, decades, dates and clock times
    "digit_head": r"\d{4}|['’]\d0s|\d[:/.]\d",
    "year_words": r"(?!)",  # a year in words ("nineteen ninety-six"): per language
    # what must follow a head word; "" lets a compound start with one ("Mittwochabend")
    "head_end": r"(?!\w)",
}

WORD_START = r"(?<!\w)"  # every rule and head word begins where no word character precedes
SLOT = re.compile(r"\{([a-z_0-9]+)\}")
# a slot may carry a suffix after the class name to be used twice in one pattern
ALIASES = {"num_b": "num", "year_b": "year", "rel_b": "rel"}


@dataclass
class Rule:
    """One compiled rule."""

    index: int
    name: str
    regex: re.Pattern
    spec: dict
    groups: dict[str, str]  # group name -> slot name
    heads: Optional[frozenset[str]] = None  # head classes every match holds one of
    num_groups: tuple[str, ...] = ()  # the groups that fill its 'num' slot


def _units(word: str) -> list[str]:
    """A word as regex atoms: characters escaped, a space as any white space."""
    atoms = []
    for part_no, part in enumerate(word.split()):
        if part_no:
            atoms.append(r"\s+")
        atoms.extend(re.escape(ch) for ch in part)
    if word.endswith("-"):
        atoms.append(r"\s*")
    return atoms


def _trie(node: dict) -> str:
    end = "" in node
    branches = [atom + _trie(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        body = f"(?:{body})?"
    return body


def _words(words: list[str]) -> str:
    """One regex for a list of words, factored by common prefixes (fast to reject)."""
    root: dict = {}
    for w in set(words):
        node = root
        for atom in _units(w):
            node = node.setdefault(atom, {})
        node[""] = {}
    if not root:
        return "(?!)"
    return "(?:" + _trie(root) + ")"


def _class_words(words: list[str], only_after: dict[str, str]) -> str:
    """``_words`` of a word class in which a word of ``only_after`` stands only right after
    the word it names ('following' is 'the following year', never 'following the war')."""
    free = [w for w in words if w not in only_after]
    bound = [rf"(?<=\b{re.escape(before)}\s){_words([w])}" for w, before in sorted(only_after.items())
             if w in words]
    return "(?:" + "|".join([_words(free)] + bound) + ")" if bound else _words(free)


def slot_regexes(lex: lexicon.Lexicon) -> dict[str, str]:
    """The regular expression of every slot name usable in ``lex``'s patterns."""
    shapes = dict(DEFAULT_SHAPES)
    shapes.update(lex.shapes)
    out = {name: _class_words(list(table), lex.only_after.get(name, {})) for name, table in lex.words.items()}
    for name in lex.exact_case:  # "BST" is a zone, "bst" no word of it ("1930 et al." is no time)
        out[name] = f"(?-i:{_words(lex.written.get(name, []))})"
    out.setdefault("num_alone", "(?!)")
    out.setdefault("and_half", "(?!)")
    for key in ("year", "year2", "day_num", "month_num", "hour", "minute", "second", "decade", "year_words"):
        out[key] = shapes[key]
    suffix = shapes["day_suffix"]
    day = r"(?:3[01]|[12]\d|0?[1-9])" + (f"(?:{suffix})?" if suffix else "")
    ordinal_days = [w for w, v in lex.words.get("ordinal", {}).items()
                    if v.lstrip("-").isdigit() and 0 < int(v) <= 31 and not w[0].isdigit()]
    out["day"] = f"(?:{day}|{_words(ordinal_days)})" if ordinal_days else day
    number_words = _words(list(lex.words.get("num", {})))
    joiner = shapes.get("num_joiner", r"-|\s+")
    alone = _words(list(lex.words.get("num_alone", {})))
    scales = [w for w, v in lex.words.get("num", {}).items() if float(v) >= 1000]
    # "13.8 billion": last, so that it costs a try only where the plain number fails
    scaled = rf"|\d+(?:[.,]\d+)?[- ]{_words(scales)}" if scales else ""
    # "a couple hundred thousand", "half a million": a word count times scale words
    hundreds = _words([w for w, v in lex.words.get("num", {}).items() if float(v) >= 100])
    out["num"] = (rf"(?:{shapes['digits']}|{alone}(?:(?:{joiner}){hundreds})*"
                  rf"|{number_words}(?:(?:{joiner}){number_words})*{scaled})")
    for key, shape in shapes.items():  # a language's own shapes ("now_qualified") are slots too
        out.setdefault(key, shape)
    out["rel_span"] = _class_words([w for w, v in lex.words.get("rel", {}).items() if v not in ("0", "")],
                                   lex.only_after.get("rel", {}))
    return out


def _expand(pattern: str, slots: dict[str, str], index: int) -> tuple[str, dict[str, str]]:
    groups: dict[str, str] = {}
    counter = [0]

    def repl(m: re.Match) -> str:
        name = m.group(1)
        base = ALIASES.get(name, name)
        if base not in slots:
            raise ValueError(f"unknown slot {{{name}}} in timex pattern {pattern!r}")
        counter[0] += 1
        group = f"r{index}_{counter[0]}_{name}"
        groups[group] = name
        return f"(?P<{group}>{slots[base]})"

    body = SLOT.sub(repl, pattern.replace(" ", "\x00"))
    body = body.replace("\x00", r"(?:\s+|(?<=-))")
    return body, groups


@lru_cache(maxsize=None)
def compiled(lang: str) -> list[Rule]:
    """All rules of ``lang``, compiled, in priority order."""
    lex = lexicon.load(lang)
    slots = slot_regexes(lex)
    rules = []
    for i, spec in enumerate(lex.rules):
        body, groups = _expand(spec["pattern"], slots, i)
        regex = re.compile(optional_as_branch(rf"{WORD_START}(?:{body})(?!\w)", re.IGNORECASE),
                           re.IGNORECASE)
        # a long rule names the head class to search near when the rarest one it holds
        # may lie more than AFTER characters before its end ("la nuit du … 14 juillet 2019")
        heads = frozenset(spec["search_near"]) if spec.get("search_near") else \
            _rule_heads(spec["pattern"], head_index(lang))
        rules.append(Rule(i, spec["name"], regex, spec, groups, heads,
                          tuple(g for g, slot in groups.items() if slot == "num")))
    return rules


def optional_as_branch(pattern: str, flags: int = 0) -> str:
    """``pattern`` with each optional group ``(?:X)?`` written ``(?:X|)``: the same matches
    found in the same order of trial (X first, then nothing), but ``re`` runs a branch
    faster than the repeat it sets up for ``?`` on a group. Left as they are: lazy and
    possessive ones, and those whose X can match the empty string (where a repeat stops
    early) or cannot be read alone (a reference to another group)."""
    if "(?#" in pattern:  # a comment may hold brackets
        return pattern
    starts: list[int] = []
    closes: list[int] = []
    i, n, in_set = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):  # a "]" first in a set is a character
                i += 1
            continue
        elif c == "(":
            starts.append(i)
        elif c == ")":
            if not starts:  # not a valid pattern: left to re to say so
                return pattern
            start = starts.pop()
            if pattern.startswith("(?:", start) and pattern.startswith("?", i + 1) \
                    and not pattern.startswith(("??", "?+"), i + 1) \
                    and _never_empty(pattern[start + 3:i], flags):
                closes.append(i)
        i += 1
    for i in reversed(closes):
        pattern = pattern[:i] + "|)" + pattern[i + 2:]
    return pattern


def _never_empty(pattern: str, flags: int) -> bool:
    try:
        return firstchar.min_width(pattern, flags) > 0
    except re.error:
        return False


# Word classes that can head a timex: every rule match holds one of them or a "digit_head"
# (class "head" lists the literal words some rules rely on, such as "lendemain").
# Words of the other classes ("last", "about", "a") only ever come with a head.
DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]\.\s?)+")  # "a.m.", "b.c.e.", "a. C."
HEAD_CLASSES = ("month", "weekday", "season", "pod", "unit", "plural", "dayrel", "ref", "set",
                "per", "clock", "times", "head", "holiday", "duration_word", "decade_word",
                "quarter_abbr", "era", "era_before")
DIGIT_SLOTS = ("year", "year2", "hour", "minute", "second", "day_num", "month_num", "decade")
# How often a word of each head class turns up in news: per 100,000 characters of
# TimeBank+AQUAINT, the development set (unseen classes count 1). A rule whose match holds
# several heads is searched near the rarest one only.
HEAD_FREQUENCY = {"quarter_abbr": 1, "decade_word": 1, "clock": 1, "season": 4, "times": 6,
                  "pod": 9, "dayrel": 26, "set": 26, "duration_word": 33, "plural": 45,
                  "head": 52, "weekday": 66, "month": 70, "ref": 72, "per": 91,
                  "holiday": 136, "unit": 168, "digit": 179}
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
BEFORE, AFTER = 45, 30  # characters a match may reach before / after its head word
WORD = re.compile(r"[^\W_]+")  # letters and digits: "q3" heads "Q3"
POSSESSIVE = re.compile(r"[^\W_]+['’]s(?!\w)")  # "year's": head regexes find it whole
GLUED_ENDING = re.compile(r"\{([a-z_0-9]+)\}([^\W\d_]+)")  # "{weekday}s": letters glued to a slot


@lru_cache(maxsize=None)
def head_index(lang: str) -> dict[str, frozenset[str]]:
    """Lower-case word -> the head classes of the phrases it is the longest word of (in its
    possessive form where the phrase writes one: "year's" for "new year's day"); a one-word
    phrase also with each ending a rule glues to its class ("{weekday}s": "sundays"), as head
    words are found whole."""
    lex = lexicon.load(lang)
    index: dict[str, set[str]] = {}
    endings: dict[str, set[str]] = {}
    for spec in lex.rules:
        for m in GLUED_ENDING.finditer(spec["pattern"]):
            endings.setdefault(ALIASES.get(m.group(1), m.group(1)), set()).add(m.group(2).lower())
    for name in HEAD_CLASSES:
        for phrase in lex.words.get(name, {}):
            low = phrase.lower()
            parts = WORD.findall(low)
            if parts:
                # "a.m.", "A.D.": letters with dots head at their last letter, not a word as
                # common as "a"
                head = parts[-1] if DOTTED_LETTERS.fullmatch(low) else max(parts, key=len)
                # "new year's day": "year's", far rarer than "year", is the word to look for
                owned = [w for w in POSSESSIVE.findall(low) if w[:-2] == head]
                index.setdefault(owned[0] if owned else head, set()).add(name)
            if len(parts) == 1 and parts[0] == low:
                for ending in endings.get(name, ()):
                    index.setdefault(parts[0] + ending, set()).add(name)
    for word in [w for w in index if POSSESSIVE.fullmatch(w)]:
        index[word] |= index.get(word[:-2], set())  # "year's" still heads what "year" does
    return {w: frozenset(c) for w, c in index.items()}


@lru_cache(maxsize=None)
def head_regex(lang: str) -> re.Pattern:
    """One prefix-factored regex for the (lower-case) head words of ``lang``."""
    shapes = dict(DEFAULT_SHAPES)
    shapes.update(lexicon.load(lang).shapes)
    return re.compile(WORD_START + _words(list(head_index(lang))) + shapes["head_end"])


@lru_cache(maxsize=None)
def digit_heads(lang: str) -> re.Pattern:
    """Digits that can head a timex by themselves (years, dates, clock times)."""
    shapes = dict(DEFAULT_SHAPES)
    shapes.update(lexicon.load(lang).shapes)
    return re.compile(shapes["digit_head"], re.IGNORECASE)


def _parse(pattern: str, i: int = 0) -> tuple[list[list], int]:
    """Alternatives (lists of items) of ``pattern`` from ``i`` to its closing parenthesis.
    An item is ("slot", name), ("text", literal) or ("group", alternatives, optional)."""
    alts: list[list] = [[]]
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            alts[-1].append(("text", " "))
            i += 2
        elif c == "[":
            j = pattern.index("]", i + 1)
            alts[-1].append(("text", " "))
            i = j + 1
        elif c == "{":
            j = pattern.index("}", i)
            alts[-1].append(("slot", pattern[i + 1:j]))
            i = j + 1
        elif c == "(":
            # a look-ahead's words follow the match at once, near its head words: they count
            # ("{num}(?= or {num_b} {unit} ago)"); the others may be absent or lie behind
            look = pattern.startswith(("(?!", "(?<=", "(?<!"), i)
            start = pattern.index(":", i) + 1 if pattern.startswith("(?:", i) else i + 1
            inner, i = _parse(pattern, start)
            optional = look or (i < len(pattern) and pattern[i] in "?*")
            alts[-1].append(("group", inner, optional))
        elif c == ")":
            return alts, i + 1
        elif c == "|":
            alts.append([])
            i += 1
        else:
            alts[-1].append(("text", c))
            i += 1
    return alts, i


def _breaks_word(item: tuple) -> bool:
    """Whether a slot or group always puts a non-letter between the text around it, so the
    words on either side stay apart ("year(?:-| |'s )end" holds "year", not "yearend")."""
    if item[0] == "slot":
        return True
    if item[0] != "group" or item[2]:
        return False
    return all(seq and seq[0][0] == "text" and not seq[0][1].isalnum() for seq in item[1])


def _required(alts: list[list], index: dict[str, frozenset[str]]) -> set[str]:
    """Head classes one of which every match of these alternatives holds (empty: unknown)."""
    return _required_at(alts, index)[1]


def _required_at(alts: list[list], index: dict[str, frozenset[str]],
                 at_start: bool = True) -> tuple[float, set[str]]:
    """(how often the heads turn up, the head classes) for these alternatives, which begin
    a word when ``at_start`` (a group after a glued item does not: "{weekday}(?:{pod})").

    Each branch is searched near the rarest head it surely holds (``HEAD_FREQUENCY``): a
    word of its own text, a slot of a head class that begins a word (not the second half
    of a compound such as "Sonntagmorgen"), or a group one of whose heads it holds. Digits
    head only as a last resort unless they are a year (the digit heads a language lists
    may not find a day or an hour alone); a branch with no sure head falls back to all
    the classes it mentions, as any of them may be the one that is there."""
    union: set[str] = set()
    total = 0.0
    for seq in alts:
        options: list[tuple[float, frozenset[str]]] = []
        mentioned: set[str] = set()
        # a slot is written "\x00": a word right after one may be the second half of a
        # compound ("{weekday}abend"), which the head words never find alone
        text = "".join(item[1] if item[0] == "text" else "\x00" if item[0] == "slot"
                       else (" " if _breaks_word(item) else "") for item in seq)
        for m in WORD.finditer(text.lower()):
            word = m.group()
            classes = set(index.get(word, ()))
            if text[m.start() - 1:m.start()] == "\x00" or (m.start() == 0 and not at_start):
                mentioned |= classes
                continue
            if text[m.end():m.end() + 1] in ("?", "*"):  # "quarters?": either word
                classes |= index.get(word[:-1], frozenset())
                if classes:
                    options.append((sum(HEAD_FREQUENCY.get(c, 100) for c in classes), frozenset(classes)))
            else:
                options.extend((HEAD_FREQUENCY.get(c, 100), frozenset({c})) for c in classes)
            mentioned |= classes
        for k, item in enumerate(seq):
            at_word_start = _starts_word(seq, k, at_start)
            if item[0] == "slot":
                base = ALIASES.get(item[1], item[1])
                head = base if base in HEAD_CLASSES else "digit" if base in DIGIT_SLOTS else \
                    "head" if base == "year_words" else None  # year words: first ones listed under "head"
                if head is None:
                    continue
                mentioned.add(head)
                if not at_word_start:
                    continue
                cost = HEAD_FREQUENCY.get(head, 100) if head != "digit" or base == "year" else 10 ** 6
                options.append((cost, frozenset({head})))
            elif item[0] == "group" and not item[2]:
                cost, inner = _required_at(item[1], index, at_word_start)
                mentioned |= inner
                if inner:
                    options.append((cost, frozenset(inner)))
        if options:
            cost, best = min(options, key=lambda o: (o[0], sorted(o[1])))
        elif mentioned:
            cost, best = 10 ** 6, frozenset(mentioned)
        else:
            return 0.0, set()
        union |= best
        total += cost
    return total, union


def _starts_word(seq: list, k: int, at_start: bool = True) -> bool:
    """Whether item ``k`` of a parsed sequence always begins a word: at the start of the
    match, after a separator, or after an optional group that ends with one and itself
    begins a word ("(?:{mod} )?{month}"); not after a group that may be absent between two
    words ("{weekday}(?:-| )?{pod}" also reads "Sonntagmorgen"). ``at_start``: whether the
    sequence itself begins a word."""
    if k == 0:
        return at_start
    prev = seq[k - 1]
    if prev[0] == "group" and not prev[2]:  # "(?:al |el )día": every branch ends with a break
        return _ends_with_break(prev)
    if prev[0] != "text":
        return False
    if prev[1] == "?" and k >= 2 and seq[k - 2][0] == "group" and seq[k - 2][2]:
        return _ends_with_break(seq[k - 2]) and _starts_word(seq, k - 2, at_start)
    return not prev[1].isalnum() and prev[1] not in "?*+}"


def _ends_with_break(group: tuple) -> bool:
    """Whether every branch of a parsed group ends with a separator ("(?:the |a )")."""
    ends = [alt[-1] for alt in group[1] if alt]
    return len(ends) == len(group[1]) and all(
        e[0] == "text" and not e[1].isalnum() and e[1] not in "?*+}" for e in ends)


def _rule_heads(pattern: str, index: dict[str, frozenset[str]]) -> Optional[frozenset[str]]:
    """Head classes a match of ``pattern`` always holds one of; None when not known."""
    heads = _required(_parse(pattern)[0], index)
    return frozenset(heads) if heads else None


def windows(lang: str, text: str) -> dict[Optional[frozenset[str]], list[tuple[int, int]]]:
    """For each set of head classes that rules of ``lang`` need, the merged (start, end)
    spans of ``text`` near a word of one of those classes; key None: the whole text.
    Sets whose classes occur alike in ``text`` share one list (not to be modified)."""
    index = head_index(lang)
    n = len(text)
    lowered = text.lower()
    if len(lowered) != n:  # a few characters change length when lowered
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    by_class: dict[str, list[tuple[int, int]]] = {}

    def hit(start: int, end: int, classes) -> None:
        lo, hi = max(0, start - BEFORE), min(n, end + AFTER)
        while hi < n and (text[hi].isalnum() or text[hi] == "_"):  # never cut a word
            hi += 1
        for c in classes:
            by_class.setdefault(c, []).append((lo, hi))

    for m in head_regex(lang).finditer(lowered):  # head words start with most letters: no probe
        hit(m.start(), m.end(), index[m.group()])
    for m in _all(digit_heads(lang), _digit_probe(lang), text):
        hit(m.start(), m.end(), ("digit",))
    out: dict[Optional[frozenset[str]], list[tuple[int, int]]] = {None: [(0, n)]}
    merged: dict[frozenset[str], list[tuple[int, int]]] = {}  # by the classes present
    for heads, present in _present_heads(lang, frozenset(by_class)):
        if present not in merged:
            merged[present] = _merge(sorted(w for c in present for w in by_class[c]))
        out[heads] = merged[present]
    return out


@lru_cache(maxsize=4096)
def _present_heads(lang: str, found: frozenset[str]) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """For each head-class set of ``lang``'s rules, the classes of it among ``found``.
    Texts of one kind find the same few sets of classes, so this is worked out once each."""
    return tuple((heads, heads & found) for heads in rule_head_sets(lang))


def _merge(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans joined where they overlap or lie at most 20 characters apart."""
    spans: list[tuple[int, int]] = []
    for lo, hi in found:
        if spans and lo <= spans[-1][1] + 20:
            if hi > spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _all(regex: re.Pattern, probe: Optional[re.Pattern], text: str) -> list[re.Match]:
    """``regex.finditer(text)``, through its probe when it has one."""
    if probe is None:
        return list(regex.finditer(text))
    found = firstchar.matches(probe, (regex,), text, 0, len(text))
    return found[0] if found else []


@lru_cache(maxsize=None)
def _digit_probe(lang: str) -> Optional[re.Pattern]:
    rx = digit_heads(lang)
    return firstchar.probe((rx.pattern,), rx.flags)


@lru_cache(maxsize=None)
def rule_head_sets(lang: str) -> tuple[frozenset[str], ...]:
    """The distinct head-class sets of ``lang``'s rules."""
    return tuple({r.heads for r in compiled(lang)} - {None})


@dataclass(frozen=True)
class RuleGroup:
    """Rules searched together over the same windows (those near ``heads``), one of three
    ways: ``finder`` and ``table`` (the words their matches begin with; ``scan`` searches
    all such groups in one pass, ``worded_search``), else ``probe`` (their first
    characters, ``firstchar.matches``), else each regex alone."""

    heads: Optional[frozenset[str]]
    rules: tuple[Rule, ...]
    probe: Optional[re.Pattern] = None
    finder: Optional[re.Pattern] = None
    table: Optional[dict[str, tuple[int, ...]]] = None
    regexes: tuple[re.Pattern, ...] = field(init=False)  # the rules' own, kept for the search
    alone: Optional[dict] = field(init=False)  # ``table`` as firstword.matches_in_windows reads it

    def __post_init__(self) -> None:
        object.__setattr__(self, "regexes", tuple(r.regex for r in self.rules))
        object.__setattr__(self, "alone", {w: ((0, ks),) for w, ks in self.table.items()}
                           if self.table is not None else None)

    def search(self, text: str, lo: int, hi: int) -> Optional[list[list[re.Match]]]:
        """For each rule, the matches of its regex's ``finditer`` over text[lo:hi]; None
        when there are none."""
        if self.finder is not None:
            got = firstword.matches_in_windows(self.finder, self.alone, [self.regexes], [[(lo, hi)]], text,
                                               [(lo, hi)])
            return [got.get((0, k), []) for k in range(len(self.regexes))] if got else None
        if self.probe is not None:
            return firstchar.matches(self.probe, self.regexes, text, lo, hi)
        return [list(rx.finditer(text, lo, hi)) for rx in self.regexes]


def _worded(heads: Optional[frozenset[str]], rules: list[Rule]) -> tuple[Optional[RuleGroup], list[Rule]]:
    """The group of those ``rules`` whose first words are known, with one regex finding
    those words (a trie; :data:`firstword.DIGIT` as any digit) and the rules to try at
    each (None when there are none), and the other rules."""
    table: dict[str, list[int]] = {}
    worded, rest = [], []
    for rule in rules:
        words = firstword.first_words(rule.regex.pattern, rule.regex.flags)
        if words is None:
            rest.append(rule)
            continue
        for w in words:
            table.setdefault(w, []).append(len(worded))
        worded.append(rule)
    if not worded:
        return None, rest
    letters = [w for w in table if w != firstword.DIGIT]
    finder = firstword.finder(letters, firstword.DIGIT in table, WORD_START, _words(letters))
    return RuleGroup(heads, tuple(worded), finder=finder, table={w: tuple(ks) for w, ks in table.items()}), rest


@lru_cache(maxsize=None)
def rule_groups(lang: str) -> tuple[RuleGroup, ...]:
    """``lang``'s rules by the head classes they need (so by the windows they search): per
    set, the rules whose first words are known (``firstword``), then those with a known
    first character and one probe for them all (``firstchar.probe``), then the others."""
    by_heads: dict[Optional[frozenset[str]], list[Rule]] = {}
    for rule in compiled(lang):
        by_heads.setdefault(rule.heads, []).append(rule)
    out = []
    for heads, rules in by_heads.items():
        group, rules = _worded(heads, rules)
        if group is not None:
            out.append(group)
        probed = tuple(r for r in rules if firstchar.first_chars(r.regex.pattern, r.regex.flags))
        found = None
        if probed:  # every rule regex begins with WORD_START: the probe tests it once
            found = firstchar.probe(tuple(r.regex.pattern for r in probed), probed[0].regex.flags,
                                    WORD_START)
        if found is None:
            probed = ()
        if probed:
            out.append(RuleGroup(heads, probed, probe=found))
        rest = tuple(r for r in rules if r not in probed)
        if rest:
            out.append(RuleGroup(heads, rest))
    return tuple(out)


@lru_cache(maxsize=None)
def worded_search(lang: str) -> Optional[tuple[re.Pattern, dict, tuple[RuleGroup, ...]]]:
    """One finder for the first words of every group of ``lang`` that has a ``finder``,
    and a table of the (group, rules) to try at each such word (``firstword.matches_in_windows``);
    None when no group has one."""
    worded = tuple(g for g in rule_groups(lang) if g.finder is not None)
    if not worded:
        return None
    table: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
    for k, group in enumerate(worded):
        for word, ks in group.table.items():
            table.setdefault(word, []).append((k, ks))
    letters = [w for w in table if w != firstword.DIGIT]
    finder = firstword.finder(letters, firstword.DIGIT in table, WORD_START, _words(letters))
    return finder, {w: tuple(v) for w, v in table.items()}, worded


def scan(lang: str, text: str):
    """Every (rule, match) of ``lang``'s rules in ``text``, looking only near head words;
    in rule order, then by position: each rule's matches are those of its regex's
    ``finditer`` over each window, found for the groups with a finder in one pass
    (``worded_search``), and per group for the others (``RuleGroup.search``)."""
    spans = windows(lang, text)
    rules = compiled(lang)
    found: dict[int, list[re.Match]] = {}  # by rule index, for the rules that match
    worded = worded_search(lang)
    if worded is not None:
        finder, table, groups = worded
        near = [spans[g.heads] for g in groups]
        distinct = {id(ws): ws for ws in near}.values()  # groups of like heads share a list
        got = firstword.matches_in_windows(finder, table, [g.regexes for g in groups], near, text,
                                           _merge(sorted(w for ws in distinct for w in ws)))
        for (g, k), ms in got.items():
            found[groups[g].rules[k].index] = ms
    for group in rule_groups(lang):
        if group.finder is not None:
            continue
        for lo, hi in spans[group.heads]:
            got = group.search(text, lo, hi)
            if got is None:
                continue
            for rule, ms in zip(group.rules, got):
                if ms:
                    found.setdefault(rule.index, []).extend(ms)
    for index in sorted(found):
        rule = rules[index]
        for m in found[index]:
            if m.end() > m.start() and (text.find("\n", m.start(), m.end()) < 0
                                        or not PARAGRAPH_BREAK.search(text, m.start(), m.end())):
                yield rule, m  # no expression runs over a blank line ("Tuesday, 1 March\n\n1945 …")


@lru_cache(maxsize=None)
def guard_regexes(lang: str) -> dict[str, dict]:
    """The compiled context checks ("guards") of ``lang``; a guard's ``reject_when`` is a
    list of checks, each a dict of prev/prev_not/next/next_not regexes, which may name
    slots as rule patterns do."""
    lex = lexicon.load(lang)
    slots = slot_regexes(lex)

    def with_slots(check: str) -> str:  # "{now_qualified}" as in rules; "{4}" stays a count
        return SLOT.sub(lambda m: f"(?:{slots[m.group(1)]})" if m.group(1) in slots else m.group(), check)

    def compiled_checks(g: dict) -> dict[str, re.Pattern]:
        return {k: re.compile(with_slots(v), re.IGNORECASE) for k, v in g.items()
                if isinstance(v, str) and not k.startswith("_")}  # "_doc" is prose

    out = {}
    for name, g in lex.guards.items():
        out[name] = compiled_checks(g)
        if "reject_when" in g:
            out[name]["reject_when"] = [compiled_checks(c) for c in g["reject_when"]]
    return out


@lru_cache(maxsize=None)
def tense_regexes(lang: str) -> dict[str, re.Pattern]:
    """One regex per tense ("past", "future") from ``lang``'s cue lists."""
    lex = lexicon.load(lang)
    return {k: re.compile("|".join(f"(?:{c})" for c in v), re.IGNORECASE)
            for k, v in lex.tense.items() if v and isinstance(v, list)}
