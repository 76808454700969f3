"""Resolve: one name per subject across documents and languages.

``canonical(subject, aliases)`` maps a subject as extracted to its canonical name: an alias
("Kosovo Force", "the Kosovo Force") becomes the acronym it stands for ("KFOR"), inside a
contingent name too ("US contingent of Kosovo Force" → "US contingent of KFOR"), so a
contingent stays a series of its own under its mission. A place or an international
organisation is named the same in every language ("États-Unis", "Stati Uniti", "U.S." →
"United States"; "OTAN" → "NATO"; ``resolve.names``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from claimline.model import Claim
from claimline.resolve.aliases import learn, letters_match
from claimline.resolve.names import known_name

__all__ = ["Names", "canonical", "learn", "letters_match", "resolve_claims"]


_GENERIC_HEAD = re.compile(r"^(?:op[ée]ration|force|mission)\s+(?=[A-Z])", re.I)


def canonical(subject: str, aliases: dict[str, str]) -> str:
    """The canonical name of ``subject`` under ``aliases`` (case-insensitive, article-free);
    a place or organisation not aliased takes its name from the tables of every language."""
    if not subject:
        return subject
    folded = {k.casefold(): v for k, v in aliases.items()}
    bare = re.sub(r"^(?:(?:the|la|le|les|die|der|el|il)\s+|l['’]\s*)", "", subject.strip(), flags=re.I)
    # "opération Barkhane", "la force Barkhane", "Operation Barkhane": the name is the subject
    bare = _GENERIC_HEAD.sub("", bare)
    hit = folded.get(subject.strip().casefold()) or folded.get(bare.casefold())
    hit = known_name(hit or bare) or hit  # "Organisation mondiale de la santé" → "OMS" → "WHO"
    if hit:
        return hit
    m = re.match(r"^(.*?)(\s*\bcontingent of\s+)(.+)$", bare)
    if m:  # "US contingent of Kosovo Force" → "United States contingent of KFOR"
        country = known_name(m.group(1)) or m.group(1)
        return country + m.group(2) + canonical(m.group(3), aliases)
    m = re.match(r"^(.+?)(\s+forces in\s+.+)$", bare)
    if m:
        return canonical(m.group(1), aliases) + m.group(2)
    return bare


class Names:
    """``canonical`` memoised per subject: a store has few subjects but many claims, and
    each ``canonical`` call folds every alias."""

    def __init__(self, aliases: dict[str, str]):
        self.aliases, self.seen = aliases, {}

    def __call__(self, subject: str) -> str:
        name = self.seen.get(subject)
        if name is None:
            name = self.seen[subject] = canonical(subject, self.aliases)
        return name

    def matches(self, subject: str):
        """A test of whether a claim's subject names ``subject`` (case-insensitive)."""
        want = canonical(subject, self.aliases).casefold()
        return lambda other: self(other).casefold() == want


def resolve_claims(claims: Iterable[Claim], aliases: dict[str, str]) -> list[Claim]:
    """Claims with canonical subjects (the surface form is kept in ``subject_surface``)."""
    out = []
    for c in claims:
        name = canonical(c.subject, aliases)
        out.append(c if name == c.subject else replace(c, subject=name, rules=c.rules + ["alias"]))
    return out
