"""What a figure is about, for quantity rows: the sentence's subject, the words just before
the figure in its clause, and the noun phrase after it ('a fine of ...', '... in gains')."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

WORD_RE = re.compile(r"[^\W\d_][\w'’&.-]*|\d[\w.,]*")
_CLAUSE_SPLIT_RE = re.compile(r"[;:!?()\"“”]|\.\s|,\s")
_LEAD_SKIP_RE = re.compile(  # used with match(): anchored where it starts
    r"(?:(?:[\W\d_]+|\w+ly\b,?|according to [^,]+,|in \d{4},?|on \w+day,?)\s*){0,3}", re.I)


def clear_memos() -> None:
    """Forget the per-sentence memos (call once per new text)."""
    _ten_words_before.cache_clear()
    _subject.cache_clear()
    _clauses.cache_clear()
    _marks.cache_clear()
    _clause_head.cache_clear()


def words_before(text: str, start: int, n: int) -> list[str]:
    """Up to ``n`` (at most 10) lowercased words before ``start``, inside its clause."""
    return list(_ten_words_before(text, start)[-n:])


@lru_cache(maxsize=256)
def _ten_words_before(text: str, start: int) -> tuple:
    seg = _CLAUSE_SPLIT_RE.split(text[max(0, start - 80): start])[-1]
    return tuple(w.lower() for w in WORD_RE.findall(seg)[-10:])


def subject(text: str, stop: frozenset, lead_words: frozenset) -> list[str]:
    """The first content words of the sentence (its subject, most of the time)."""
    return list(_subject(text, stop, lead_words))


@lru_cache(maxsize=1024)
def _subject(text: str, stop: frozenset, lead_words: frozenset, pos: int = 0, endpos: int = -1) -> tuple:
    # the words of text[pos:endpos], read in place rather than from a slice
    endpos = min(len(text) if endpos < 0 else endpos, pos + 160)
    lead = _LEAD_SKIP_RE.match(text, pos, endpos).end()
    out: list[str] = []
    for w in WORD_RE.findall(text, lead, min(endpos, lead + 100))[:8]:
        bare = w.strip(".,")
        low = bare.lower()
        if not out and low in lead_words:
            continue
        if low in stop or not bare[:1].isalpha():
            if out:
                break
            continue
        out.append(bare)
        if len(out) >= 4:
            break
    return tuple(out)


# Clause marks, found once per text: a mark's trailing space is looked at, never consumed,
# so two marks that share a space ("x, and y") are both seen.
_MARK_RE = re.compile(r"[,;:](?= )|\(| (?=(?:while|whereas|and|but|which|after|as) )", re.I)


@lru_cache(maxsize=64)
def _marks(text: str) -> tuple:
    """(mark start, clause start after it) of every clause mark of ``text``, in order."""
    out = []
    for m in _MARK_RE.finditer(text):
        a = m.start()
        ch = text[a]
        if ch == "(":
            out.append((a, a + 1))
        elif ch == " ":
            out.append((a, text.index(" ", a + 1) + 1))
        else:
            out.append((a, a + 2))
    return tuple(out)


def clause_head(text: str, start: int, stop: frozenset, lead_words: frozenset) -> list[str]:
    """The first content words of the clause holding the figure ('while the S&P 500 gained ...').

    The clause starts after the last of ', ', '; ', ': ', '(', ' while ', ' whereas ',
    ' and ', ' but ', ' which ', ' after ', ' as ' that ends before ``start``, looking
    back 160 characters at most."""
    return list(_clause_head(text, start, stop, lead_words))


@lru_cache(maxsize=256)
def _clause_head(text: str, start: int, stop: frozenset, lead_words: frozenset) -> tuple:
    lo = max(0, start - 160)
    cut = -1
    for a, b in _marks(text):
        if a >= start:
            break
        if a >= lo and cut < b <= start:
            cut = b
    if cut < 0:
        return () if start > 160 else _subject(text, stop, lead_words, 0, start)
    return _subject(text, stop, lead_words, cut, start)


_NAME_RE = re.compile(r"[A-Z](?<!\w[A-Z])[\w&'’.-]*")  # a capitalized word (tested on its first letter)
_CLAUSE_CUT_RE = re.compile(r"[;:!?()]|,\s|\.\s|\s(?:while|whereas|but|and)\s")


@lru_cache(maxsize=64)
def _clauses(text: str) -> tuple:
    """(start, end, names) of each clause of ``text``; computed once per text."""
    out = []
    pos = 0
    for m in _CLAUSE_CUT_RE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return tuple((a, b, tuple(_NAME_RE.findall(text, a, b))) for a, b in out)


def clause_names(text: str, start: int, stop: set) -> list[str]:
    """Capitalized words (names) of the clause that holds the figure at ``start``."""
    for a, b, names in _clauses(text):
        if a <= start < b or (start >= b and start < b + 3):
            return [w for w in names if w.lower() not in stop]
    return []


def concept(text: str, start: int, after_words: list[str], stop: set, lead_words: set,
            n_before: int = 8, sentence_subject: Optional[list[str]] = None) -> Optional[str]:
    """The concept string of a figure at ``start`` whose unit is followed by ``after_words``.

    ``sentence_subject`` may be given when several figures share the sentence."""
    if sentence_subject is None:
        sentence_subject = subject(text, stop, lead_words)
    toks: list[str] = []
    seen: set = set()
    parts = sentence_subject + clause_head(text, start, stop, lead_words)
    for w in parts + words_before(text, start, n_before) + after_words + clause_names(text, start, stop):
        low = w.lower()
        if low not in stop and w[:1].isalpha() and low not in seen:
            seen.add(low)
            toks.append(w)
    return " ".join(toks) if toks else None
