"""What a figure is about, for quantity rows: the sentence's subject, the words just before
the figure in its clause, the noun phrase after it ('a fine of ...', '... in gains') and
the names of its clause."""
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
    _names.cache_clear()


def words_before(text: str, start: int, n: int) -> list[str]:
    """Up to ``n`` (at most 10) lowercased words before ``start``, inside its clause."""
    return list(_ten_words_before(text, start)[-n:])


def _last_clause_cut(text: str, start: int) -> int:
    """Where the clause that ends at ``start`` begins (the offset of its mark), or -1."""
    lo = max(0, start - 80)
    last = -1
    for m in _CLAUSE_SPLIT_RE.finditer(text, lo, start):
        last = m.start()
    return last


@lru_cache(maxsize=256)
def _ten_words_before(text: str, start: int) -> tuple:
    seg = _CLAUSE_SPLIT_RE.split(text[max(0, start - 80): start])[-1]
    return tuple([w.lower() for w in WORD_RE.findall(seg)[-10:]])


def subject(text: str, stop: frozenset, lead_words: frozenset) -> list[str]:
    """The first content words of the sentence (its subject, most of the time), and after a
    setting that opens it ("In the Southern Hemisphere, the service ..."), those after its comma too."""
    return list(_subject(text, stop, lead_words))


@lru_cache(maxsize=1024)
def _subject(text: str, stop: frozenset, lead_words: frozenset) -> tuple:
    endpos = min(len(text), 160)
    lead = _LEAD_SKIP_RE.match(text, 0, endpos).end()
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
    first = _FIRST_WORD_RE.match(text, lead, endpos)
    if first and first.group(1).lower() in lead_words:
        comma = text.find(", ", lead, min(endpos, lead + 40))
        if comma > 0:  # "In the Southern Hemisphere, the service ...": the subject follows the setting
            out.extend(w for w in _subject(text[comma + 2:], stop, lead_words) if w not in out)
    return tuple(out)


_FIRST_WORD_RE = re.compile(r"([^\W\d_]+)")
_NAME_RE = re.compile(r"[A-Z](?<!\w[A-Z])[\w&'’.-]*")  # a capitalized word (tested on its first letter)
_CLAUSE_CUT_RE = re.compile(r"[;:!?()]|,\s|\.\s|\s(?:while|whereas|but|and)\s")


@lru_cache(maxsize=64)
def _clauses(text: str) -> tuple:
    """(start, end) of each clause of ``text``; computed once per text."""
    out = []
    pos = 0
    for m in _CLAUSE_CUT_RE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return tuple(out)


@lru_cache(maxsize=64)
def _names(text: str, a: int, b: int) -> tuple:
    return tuple(_NAME_RE.findall(text, a, b))


def clause_names(text: str, start: int, stop: set) -> list[str]:
    """Capitalized words (names) of the clause that holds the figure at ``start``."""
    for a, b in _clauses(text):
        if a <= start < b or (start >= b and start < b + 3):
            return [w for w in _names(text, a, b) if w.lower() not in stop]
    return []


def concept(text: str, start: int, after_words: list[str], stop: set, lead_words: set,
            n_before: int = 8, sentence_subject: Optional[list[str]] = None) -> Optional[str]:
    """The concept string of a figure at ``start`` whose unit is followed by ``after_words``.

    ``sentence_subject`` may be given when several figures share the sentence."""
    if sentence_subject is None:
        sentence_subject = subject(text, stop, lead_words)
    toks: list[str] = []
    seen: set = set()
    # The clause's own first words (after ', while ...') were tried too: they cost a third
    # of the row time and agreed with NewsQuant's concept once in 971 figures.
    before = words_before(text, start, n_before)
    if sum(1 for w in before if w not in stop and w[:1].isalpha()) < 2:
        # "Tesla shares have been on a tear, up nearly 57%": a clause with no noun of its
        # own is about the one before it
        cut = _last_clause_cut(text, start)
        if cut > 0:
            before = words_before(text, cut, n_before) + before
    for w in sentence_subject + before + after_words + clause_names(text, start, stop):
        low = w.lower()
        if low not in stop and w[:1].isalpha() and low not in seen:
            seen.add(low)
            toks.append(w)
    return " ".join(toks) if toks else None
