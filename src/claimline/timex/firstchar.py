"""Faster ``finditer`` for regular expressions that begin with a look-behind (not a stage).

Python's ``re`` skips ahead in C to a character that can begin a match only when the
pattern's first item consumes a character of a case-sensitive set. The timex rules begin
with ``(?<!\\w)``, the tense cues with ``\\b``, and both ignore case, so ``re`` tries them
at every position of a window. A *probe* for some patterns puts the characters that can
begin one of them in front, as such a set, and checks the patterns in a look-behind over
that one character, each only where that character can begin it:

    (?-i:[all first characters])(?<=GATE(?:(?-i:[first of P1])(?<=(?=P1)[\\s\\S])|…))

(the sets written as the ASCII characters they leave out: ``[^…]``).

Its matches are the one-character spans ``[p, p + 1)`` at which at least one pattern
matches, searched with the same ``endpos`` (so the same truncation applies). Running
``pattern.match`` at those positions, each pattern skipping the ones inside its previous
match, gives exactly the matches of ``pattern.finditer`` (:func:`matches`). Patterns that
can match the empty string, whose first characters are not known, or that refer to a
group (not allowed inside a look-behind) get no probe, and are searched as before.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

try:  # the parser of ``re`` (private, present in Python 3.11 to 3.13)
    from re import _parser
except ImportError:  # pragma: no cover - then no probes, every search as before
    _parser = None

_CATEGORY = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
             "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
# zero-width items, passed over when looking for the first character
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_TYPE_FLAGS = re.ASCII | re.LOCALE | re.UNICODE
FIRST_GROUP = "firstchar_"  # the probe's group marking the first of its patterns that matches


def _char(code: int) -> str:
    """One character as a regex escape, valid inside and outside a set."""
    return "\\U%08x" % code


def _set_text(items) -> Optional[str]:
    """A parsed character set (``[...]``) written back as regex text; None if unsupported."""
    parts = []
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            parts.insert(0, "^")
        elif name == "LITERAL":
            parts.append(_char(av))
        elif name == "RANGE":
            parts.append(_char(av[0]) + "-" + _char(av[1]))
        elif name == "CATEGORY" and str(av) in _CATEGORY:
            parts.append(_CATEGORY[str(av)])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _combine(flags: int, add: int, remove: int) -> int:
    if add & _TYPE_FLAGS:
        flags &= ~_TYPE_FLAGS
    return (flags | add) & ~remove


def _lead(items, flags: int) -> Optional[tuple[list[tuple[str, int]], bool]]:
    """The first characters of a parsed sequence, as (regex text of one character, flags)
    pairs one of which the first character matches, and whether the sequence can match
    empty; None when unknown. Zero-width items (anchors, look-arounds) are passed over."""
    firsts: list[tuple[str, int]] = []
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        got = _one(name, av, flags)
        if got is None:
            return None
        firsts += got[0]
        if not got[1]:
            return firsts, False
    return firsts, True


def _one(name: str, av, flags: int) -> Optional[tuple[list[tuple[str, int]], bool]]:
    if name == "LITERAL":
        return [(_char(av), flags)], False
    if name == "IN":
        text = _set_text(av)
        return ([(text, flags)], False) if text else None
    if name == "SUBPATTERN":
        _group, add, remove, sub = av
        return _lead(sub.data, _combine(flags, add, remove))
    if name == "ATOMIC_GROUP":
        return _lead(av.data, flags)
    if name == "BRANCH":
        firsts, empty = [], False
        for alt in av[1]:
            got = _lead(alt.data, flags)
            if got is None:
                return None
            firsts += got[0]
            empty = empty or got[1]
        return firsts, empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        if high == 0:
            return [], True
        got = _lead(sub.data, flags)
        return None if got is None else (got[0], got[1] or low == 0)
    return None  # any character, back-references, conditionals: unknown


@lru_cache(maxsize=None)
def _facts(pattern: str, flags: int) -> tuple[Optional[frozenset[str]], bool]:
    """What one reading of ``pattern`` tells: the ASCII characters a match can begin with
    (None when it can match the empty string or they are not known), and whether every
    match begins with ``\\b``."""
    if _parser is None or flags & re.VERBOSE:
        return None, False
    try:
        parsed = _parser.parse(pattern, flags)
        at_boundary = _at_boundary(parsed.data)
        lead = _lead(parsed.data, parsed.state.flags)
        if lead is None or lead[1] or parsed.getwidth()[0] == 0:
            return None, at_boundary
        tests = [re.compile(text, f) for text, f in set(lead[0])]
    except (re.error, AttributeError, TypeError, ValueError):  # parser internals differ
        return None, False
    return frozenset(chr(c) for c in range(128) if any(t.match(chr(c)) for t in tests)), at_boundary


def _first_ascii(pattern: str, flags: int) -> Optional[frozenset[str]]:
    """The ASCII characters a match of ``pattern`` can begin with; None when the pattern
    can match the empty string or its first characters are not known."""
    return _facts(pattern, flags)[0]


def min_width(pattern: str, flags: int = 0) -> int:
    """The fewest characters a match of ``pattern`` spans (0 when unknown); raises
    ``re.error`` when the pattern is not valid alone."""
    if _parser is None:
        return 0
    try:
        return _parser.parse(pattern, flags).getwidth()[0]
    except (AttributeError, TypeError, ValueError, IndexError):  # parser internals differ
        return 0


def char_class(ascii_chars: frozenset[str]) -> str:
    """A case-sensitive set of ``ascii_chars`` and every non-ASCII character, written as
    the ASCII characters it leaves out (a set spanning all of Unicode compiles slowly)."""
    left_out = [_char(c) for c in range(128) if chr(c) not in ascii_chars]
    return "[^" + "".join(left_out) + "]" if left_out else r"[\s\S]"


def first_chars(pattern: str, flags: int = 0) -> Optional[str]:
    """A case-sensitive character class (regex text) holding every character a match of
    ``pattern`` (compiled with ``flags``) can begin with: the ASCII ones that can, and all
    non-ASCII ones. None when the pattern can match the empty string or its first
    characters are not known."""
    found = _first_ascii(pattern, flags)
    return None if found is None else char_class(found)


def _at_boundary(items) -> bool:
    """Whether every match of a parsed sequence asserts ``\\b`` where it begins (passing
    over look-arounds and other anchors, which test the same position)."""
    for op, av in items:
        name = str(op)
        if name == "AT" and str(av) == "AT_BOUNDARY":
            return True
        if name in _ZERO_WIDTH:
            continue
        if name == "SUBPATTERN":
            _group, add, remove, sub = av
            return not (add | remove) & _TYPE_FLAGS and _at_boundary(sub.data)
        if name == "BRANCH":
            return all(_at_boundary(alt.data) for alt in av[1])
        return False
    return False


def begins_at_boundary(pattern: str, flags: int = 0) -> bool:
    """Whether every match of ``pattern`` begins where ``\\b`` holds (by its own ``\\b``)."""
    return _facts(pattern, flags)[1]


@lru_cache(maxsize=None)
def probe(patterns: tuple[str, ...], flags: int, gate: str = "") -> Optional[re.Pattern]:
    """One regex matching ``[p, p + 1)`` wherever one of ``patterns`` matches at ``p``,
    skipping in C to characters that can begin one; None when that cannot be built.
    ``gate``, a zero-width pattern every one of them begins with (such as ``(?<!\\w)``),
    is tested once before them. Each pattern is tried only where the character at ``p``
    can begin it (a case-sensitive set, which ``re`` tests without entering the branch),
    in order; an empty group named after the first that matches (``lastgroup``) ends it.
    Neighbours that begin with ``\\b`` are tried only after one test of it."""
    firsts = [_first_ascii(p, flags) for p in patterns]
    if not patterns or None in firsts:
        return None
    classes = [char_class(f) for f in firsts]
    runs: list[tuple[bool, list[str]]] = []
    for k, (c, p) in enumerate(zip(classes, patterns)):
        one = f"(?-i:{c})(?<=(?=(?:{p}))[\\s\\S])(?P<{FIRST_GROUP}{k}>)"
        bounded = begins_at_boundary(p, flags)
        if runs and runs[-1][0] == bounded:
            runs[-1][1].append(one)
        else:
            runs.append((bounded, [one]))
    each = "|".join(("\\b" if bounded else "") + "(?:" + "|".join(ones) + ")" for bounded, ones in runs)
    try:
        union = char_class(frozenset().union(*firsts))
        return re.compile(f"(?-i:{union})(?<=(?:{gate})(?:{each}))", flags)
    except (re.error, RecursionError, OverflowError):
        return None


def alternatives(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """The top-level alternatives of ``pattern`` as texts ("a|b(?:c|d)" gives "a" and
    "b(?:c|d)"), so that a probe tries each only where its own first character stands;
    the pattern alone when it has one, or when it cannot be split for certain."""
    parts, cur, depth, in_set, escaped = [], [], 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_set:
            in_set = not (ch == "]" and cur and cur[-1] != "[" and cur[-2:] != ["[", "^"])
        elif ch == "[":
            in_set = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    parts.append("".join(cur))
    if len(parts) == 1 or _parser is None:
        return (pattern,)
    try:  # the split must be the parser's: as many branches at the top
        top = _parser.parse(pattern, flags).data
        for part in parts:
            _parser.parse(part, flags)
    except (re.error, RecursionError):
        return (pattern,)
    if len(top) != 1 or str(top[0][0]) != "BRANCH" or len(top[0][1][1]) != len(parts):
        return (pattern,)
    return tuple(parts)


def matches(found: re.Pattern, patterns: Sequence[re.Pattern], text: str, pos: int, endpos: int,
            owners: Optional[Sequence[int]] = None) -> Optional[list[list[re.Match]]]:
    """For each of ``patterns``, the matches ``pattern.finditer(text, pos, endpos)`` gives,
    read at the positions ``found`` (their :func:`probe`) reports: each search resumes where
    the pattern's previous match ended, as ``finditer`` does. None when there are none. The
    probe may be built from parts of the patterns instead (the alternatives of each, in
    order): ``owners`` then gives the pattern of each part."""
    hits = found.finditer(text, pos, endpos)
    hit = next(hits, None)
    if hit is None:  # most windows
        return None
    n = len(patterns)
    out: list[list[re.Match]] = [[] for _ in patterns]
    resume = [pos] * n
    skip = len(FIRST_GROUP)
    while hit is not None:
        at = hit.start()
        first = int(hit.lastgroup[skip:])
        if owners is not None:
            first = owners[first]
        for k in range(first, n):  # those before it do not match here
            if at >= resume[k]:
                m = patterns[k].match(text, at, endpos)
                if m is not None:
                    out[k].append(m)
                    resume[k] = m.end()
        hit = next(hits, None)
    return out
