"""What a figure counts: the noun after the numeral, its canonical measure, and contingents.

"5,000 troops" → troops; "1,000 reserve forces" → troops (listed modifiers are skipped);
"1,600 US soldiers" → troops with the US as a contingent; "12 years" or "30 minutes" → not
a figure; "triple the number of patrols" → patrols; "quadruple its presence" → presence.
A noun that ``measures.tsv`` does not list is the measure itself, lower-cased, when it looks
like a plural count noun.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from claimline.claims.lexicon import Lexicon

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w'’-]+|[^\w\s]")


@dataclass(frozen=True)
class Counted:
    """The counted noun after a numeral."""

    measure: str  # canonical measure
    surface: str  # the words as written
    end: int  # offset just past the noun (relative to the text given)
    contingent: Optional[str] = None  # demonym before the noun ("US", "German")
    generic: bool = False  # not listed in measures.tsv


def _tokens(text: str, start: int, limit: int = 12):
    out = []
    for m in _TOKEN.finditer(text, start):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= limit:
            break
    return out


def after(text: str, pos: int, lex: Lexicon) -> Optional[Counted]:
    """The counted noun that follows position ``pos`` in ``text``, or None."""
    toks = _tokens(text, pos)
    skip = lex.listed("skip_between")
    nonfigure = lex.listed("nonfigure_nouns")
    contingent = None
    i = 0
    skipped = 0
    while i < len(toks):
        s, e, w = toks[i]
        low = w.lower().strip(".")
        if w in ("-",) and i == 0:
            i += 1
            continue
        if low in nonfigure or low.startswith(tuple(n for n in nonfigure if n.startswith("-"))):
            return None
        hit = _measure_at(toks, i, lex)
        if hit:
            n_words, canonical = hit
            end = toks[i + n_words - 1][1]
            surface = text[s:end]
            # French puts the nationality after the noun: "500 soldats français".
            if i + n_words < len(toks) and toks[i + n_words][2].lower() in lex.demonyms and not contingent:
                contingent = toks[i + n_words][2]
            return Counted(canonical, surface, end, contingent)
        if w in lex.demonyms or low in lex.demonyms or (w.isupper() and w in ("US", "U.S.", "UK")):
            contingent = w
            i += 1
            skipped += 1
            continue
        if low in skip and skipped < 3:
            i += 1
            skipped += 1
            continue
        if _plural_noun(w, lex):
            return Counted(low, w, e, contingent, generic=True)
        return None
    return None


def _measure_at(toks, i: int, lex: Lexicon):
    for n in (3, 2, 1):
        if i + n > len(toks):
            continue
        phrase = " ".join(t[2].lower() for t in toks[i:i + n])
        if phrase in lex.measures:
            return n, lex.measures[phrase]
    return None


def _plural_noun(word: str, lex: Lexicon) -> bool:
    """A lower-case word that looks like a plural count noun in ``lex``'s language."""
    if not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    if lex.lang == "de":
        return False  # German nouns are capitalised: a lower-case word is never the noun counted
    if word in lex.listed("function_words") or word in lex.listed("articles"):
        return False
    if lex.lang == "en":
        return word.endswith("s") and not word.endswith(("ss", "us", "ous", "is"))
    return word.endswith(("s", "x"))


def noun_object(text: str, pos: int, lex: Lexicon) -> Optional[Counted]:
    """The object of a multiplier: "the number of patrols", "its troops" → the noun counted
    (after an article, a measure of the language or a plural noun)."""
    rest = text[pos:pos + 80]
    for phrase in sorted(lex.listed("number_of"), key=len, reverse=True):
        m = re.match(rf"\s*(?:the\s+|le\s+|la\s+)?{re.escape(phrase)}\s+(?:its\s+|their\s+|ses\s+|leurs\s+)?([\w-]+(?:\s+[\w-]+)?)", rest, re.I)
        if m:
            hit = after(text, pos + m.start(1), lex)
            if hit:
                return hit
            word = m.group(1).split()[0].lower()
            return Counted(lex.measures.get(word, word), m.group(1).split()[0], pos + m.start(1) + len(word))
    articles = "|".join(re.escape(a) for a in sorted(lex.listed("articles"), key=len, reverse=True))
    m = re.match(rf"\s*(?:{articles})\s+([a-zà-ÿ-]{{3,}})", rest, re.I)
    if m:
        word = m.group(1).lower()
        if word not in lex.measures and not _plural_noun(word, lex):
            return None  # "double that figure", "triple the value": a multiple of no count named
        return Counted(lex.measures.get(word, word), m.group(1), pos + m.end(1))
    return None
