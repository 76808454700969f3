"""The words a regular expression's matches can begin with, and a search that tries each
pattern only where such a word stands (not a stage).

A rule such as "the (?:next|following) {unit}" can only match where the word "the" stands.
Trying every rule at every word of a window costs one failed attempt per rule and word;
reading the words rules can begin with from their parsed patterns lets one regex (a trie
of all those words) find the places worth trying, and a table names the rules to try
there. A word is a run of letters and digits (``[^\\W_]+``); every word that begins with a
digit is the one key :data:`DIGIT`.

:func:`first_words` is exact or says it does not know: a pattern whose first word is
built by an open-ended class or repeat ("\\w+", "[a-z]+"), or whose match can begin with
a character that is not a letter or digit, gets None and is searched as before.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from . import firstchar

try:  # the parser of ``re`` (private, present in Python 3.11 to 3.13)
    from re import _parser
except ImportError:  # pragma: no cover - then no first words, every search as before
    _parser = None

DIGIT = "#"  # the key of every word that begins with a digit
_WORD_CHAR = re.compile(r"[^\W_]")
_DIGIT_CHAR = re.compile(r"\d")  # as the finder's digit group reads one
_MAX_WORDS = 5000  # more first words than this: not worth a table
_MAX_RANGE = 64  # a character range wider than this is open-ended


class _Unknown(Exception):
    """The first words of a pattern cannot be listed."""


def _chars_of_set(items) -> tuple[list[str], bool]:
    """The characters a parsed set (``[...]``) matches, and whether it matches any digit
    (``\\d``); raises _Unknown for negated sets, word classes and wide ranges."""
    chars: list[str] = []
    digits = False
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(av))
        elif name == "RANGE":
            if av[1] - av[0] > _MAX_RANGE:
                raise _Unknown
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            digits = True
        elif name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars.append(" ")  # stands for every space: none is a word character
        else:  # NEGATE, \w, \S, \D, \W: too many characters, some of them letters
            raise _Unknown
    return chars, digits


def _extend(opens: set[str], chars: list[str], digits: bool, done: set[str]) -> set[str]:
    """The open words after one character that is one of ``chars`` (or a digit): each word
    grows by a letter or digit, and ends before anything else."""
    grown: set[str] = set()
    for word in opens:
        if digits:
            if word:
                raise _Unknown  # "q\d": any digit inside a word
            done.add(DIGIT)
        for ch in chars:
            if _WORD_CHAR.match(ch):
                if len(ch.lower()) != 1:
                    raise _Unknown  # "İ" lower-cased is two characters: no key to look up
                if not word and _DIGIT_CHAR.match(ch):
                    done.add(DIGIT)
                else:
                    grown.add(word + ch.lower())
            elif word:
                done.add(word)
            else:
                raise _Unknown  # a match may begin with a sign, a quote, a space
    if len(grown) + len(done) > _MAX_WORDS:
        raise _Unknown
    return grown


def _walk(items, opens: set[str], done: set[str]) -> set[str]:
    """The words still open after a parsed sequence, given those open before it; words
    that end inside it go to ``done``."""
    for op, av in items:
        if not opens:
            return opens
        name = str(op)
        if name == "LITERAL":
            opens = _extend(opens, [chr(av)], False, done)
        elif name == "IN":
            chars, digits = _chars_of_set(av)
            opens = _extend(opens, chars, digits, done)
        elif name == "AT":
            if str(av) == "AT_BOUNDARY":  # after a letter: the word ends here
                done.update(w for w in opens if w)
                opens = {w for w in opens if not w}
            elif str(av) != "AT_NON_BOUNDARY":
                raise _Unknown  # ^, $, \A, \Z
        elif name == "ASSERT_NOT" and av[0] == 1 and _is_word_class(av[1]):
            done.update(w for w in opens if w)  # "(?!\w)": the word ends here
            opens = {w for w in opens if not w}
        elif name == "ASSERT" and av[0] == -1 and _literal(av[1]) is not None:
            behind = _literal(av[1]).lower()  # "(?<=-)" after "the": that way cannot be taken
            opens = {w for w in opens if len(w) < len(behind) or w.endswith(behind)}
        elif name in ("ASSERT", "ASSERT_NOT"):
            continue  # zero width: what follows is the same word
        elif name == "SUBPATTERN":
            opens = _walk(av[3].data, opens, done)
        elif name == "ATOMIC_GROUP":
            opens = _walk(av.data, opens, done)
        elif name == "BRANCH":
            out: set[str] = set()
            for alt in av[1]:
                out |= _walk(alt.data, set(opens), done)
            opens = out
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = av
            if high == 0:
                continue
            once = _walk(sub.data, set(opens), done)
            if high > 1 and once - opens:
                raise _Unknown  # a repeat that grows a word: open-ended
            opens = once if low else once | opens
        else:  # any character, a reference to a group, a conditional
            raise _Unknown
    return opens


def _items(sub) -> list:
    """The items of a parsed sequence (a look-around holds one as a SubPattern or a list)."""
    return list(sub.data) if hasattr(sub, "data") else list(sub)


def _literal(sub) -> Optional[str]:
    """The text of a parsed sequence made of literal characters only, else None."""
    data = _items(sub)
    if not data or any(str(op) != "LITERAL" for op, _av in data):
        return None
    return "".join(chr(av) for _op, av in data)


def _is_word_class(sub) -> bool:
    """Whether a parsed sequence is ``\\w`` alone."""
    data = _items(sub)
    return (len(data) == 1 and str(data[0][0]) == "IN" and len(data[0][1]) == 1
            and str(data[0][1][0][0]) == "CATEGORY" and str(data[0][1][0][1]) == "CATEGORY_WORD")


@lru_cache(maxsize=None)
def first_words(pattern: str, flags: int = 0) -> Optional[frozenset[str]]:
    """The words every match of ``pattern`` can begin with, whole (the match's first word
    ends where the pattern ends it: a space, a hyphen, ``\\b``, ``(?!\\w)``): lower-cased,
    even where the pattern minds case (a superset), and :data:`DIGIT` for any word that
    begins with a digit. None when they cannot be listed."""
    if _parser is None or flags & re.VERBOSE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        done: set[str] = set()
        left = _walk(parsed.data, {""}, done)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError, RecursionError):
        return None
    if left:  # the match can end inside its first word, which may go on in the text
        return None
    return frozenset(done)


def finder(words: list[str], digit: bool, gate: str, trie: str) -> re.Pattern:
    """One regex finding, where ``gate`` holds, a word of ``words`` (lower-case letters and
    digits; ``trie`` is their alternation) or, when ``digit``, any word that begins with a
    digit: its group 1 holds the digit, group 2 the word. It consumes the word's first
    character, so ``re`` skips in C to the characters that can begin one."""
    ascii_first = {c for w in words for c in (w[0], w[0].upper()) if c.isascii()}
    if digit:
        ascii_first |= set("0123456789")
    first = firstchar.char_class(frozenset(ascii_first))
    digit_part = r"(\d)" if digit else "((?!))"
    return re.compile(rf"(?-i:{first})(?<={gate}(?={digit_part}|({trie})(?![^\W_]))[\s\S])",
                      re.IGNORECASE)


def matches_in_windows(finder: re.Pattern, table: dict[str, tuple[tuple[int, tuple[int, ...]], ...]],
                       patterns: Sequence[Sequence[re.Pattern]], windows: Sequence[Sequence[tuple[int, int]]],
                       text: str, spans: Sequence[tuple[int, int]]) -> dict[tuple[int, int], list[re.Match]]:
    """Under (g, k), for each pattern ``k`` of each group ``g`` of ``patterns`` that
    matches, the matches ``patterns[g][k].finditer(text, lo, hi)`` gives over each (lo, hi)
    of ``windows[g]`` (sorted and apart), found in one pass of ``finder`` (see
    :func:`finder`) over ``spans``, sorted spans that hold every window: at each word it
    reports, ``table`` lists the groups to try and their patterns (under the word
    lower-cased, or :data:`DIGIT`); each is tried in the window of its group that holds the
    word, if one does. A word not in the table tries every pattern. One pass instead of one
    per group: the groups' windows overlap, and most words begin patterns of several
    groups. A group's bookkeeping is made when a word first reaches it, so a text with
    few words to try costs little."""
    n = len(patterns)
    found: dict[tuple[int, int], list[re.Match]] = {}
    resume: list[Optional[list[int]]] = [None] * n  # per group, where each pattern may match next
    at_window = [0] * n
    every = None
    for lo, hi in spans:
        for hit in finder.finditer(text, lo, hi):
            at = hit.start()
            todo = table.get(DIGIT if hit.group(1) is not None else hit.group(2).lower())
            if todo is None:
                if every is None:
                    every = tuple((g, tuple(range(len(group)))) for g, group in enumerate(patterns))
                todo = every
            for g, ks in todo:
                spans_g, w = windows[g], at_window[g]
                last = len(spans_g)
                while w < last and spans_g[w][1] <= at:
                    w += 1
                at_window[g] = w
                if w == last or spans_g[w][0] > at:
                    continue  # not near a head word of this group
                end = spans_g[w][1]
                again = resume[g]
                if again is None:
                    again = resume[g] = [0] * len(patterns[g])
                pats = patterns[g]
                for k in ks:
                    if at >= again[k]:
                        m = pats[k].match(text, at, end)
                        if m is not None:
                            found.setdefault((g, k), []).append(m)
                            again[k] = m.end()
    return found
