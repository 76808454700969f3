"""Figures given relative to a year's level: "a tenth of its 1999 level", "la moitié de son
niveau de 2019", "die Hälfte des Niveaus von 2019".

A relative fraction or multiplier followed by a phrase of ``year_level`` (claims.json; each
phrase holds ``{year}`` where the year stands) refers to the level its subject had in that
year. ``reference`` finds the phrase; ``base`` picks, among the levels the document stated
before, the one of that year. When the document states none, the claim keeps no value and
names the year and factor in its rules (``RULE``); the timeline resolves it against the
levels other documents give for that year (``timeline.relative``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from claimline.claims.lexicon import Lexicon

#: Rule prefix of a claim whose base level is still to be found: "relative-year:2019:0.5".
RULE = "relative-year"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class YearRef:
    """A year-level phrase right after a figure."""

    year: str
    phrase: str
    end: int  # offset just past the phrase, relative to the text given


@lru_cache(maxsize=None)
def _pattern(phrases: frozenset[str]) -> Optional[re.Pattern]:
    parts = []
    for p in sorted(phrases, key=len, reverse=True):
        if "{year}" not in p:
            continue
        before, after = p.split("{year}", 1)
        parts.append(re.escape(before).replace(r"\ ", r"\s+") + _YEAR.replace("year", f"year{len(parts)}")
                     + re.escape(after).replace(r"\ ", r"\s+"))
    if not parts:
        return None
    return re.compile(r"\s*(?:of\s+|de\s+|des\s+|del\s+|di\s+)?(?:" + "|".join(parts) + r")(?![\w])",
                      re.IGNORECASE)


def reference(right: str, lex: Lexicon) -> Optional[YearRef]:
    """The year-level phrase that opens ``right`` (the text after a relative figure)."""
    rx = _pattern(lex.listed("year_level"))
    m = rx.match(right) if rx else None
    if not m:
        return None
    year = next(v for k, v in m.groupdict().items() if v is not None)
    return YearRef(year, m.group(0).strip(), m.end())


def base(history: Sequence, year: str, subject: Optional[str] = None):
    """The last level stated for ``year`` in ``history`` (objects with ``value``, ``time``,
    ``subject``), preferring ``subject``'s own when it is known; None if there is none."""
    of_year = [f for f in history if f.value is not None and (f.time or "").startswith(year)]
    own = [f for f in of_year if subject and f.subject == subject]
    pick = own or of_year
    return pick[-1] if pick else None


def measure_before(left: str, lex: Lexicon) -> Optional[str]:
    """The listed measure noun nearest before the figure in ``left`` ("cut its *troops* to a
    tenth of their 1999 level"), for a figure whose base is in another document."""
    words = re.findall(r"[\w'’-]+", left.lower())
    for i in range(len(words) - 1, -1, -1):
        for n in (2, 1):
            hit = lex.measures.get(" ".join(words[max(0, i - n + 1):i + 1]))
            if hit:
                return hit
    return None


def rule(year: str, factor: float) -> str:
    """The rule that records a base still to be found."""
    return f"{RULE}:{year}:{factor:g}"


def parse_rule(rules: Sequence[str]) -> Optional[tuple[str, float]]:
    """(year, factor) from a claim's rules, or None."""
    for r in rules:
        if r.startswith(RULE + ":"):
            _, year, factor = r.split(":", 2)
            return year, float(factor)
    return None
