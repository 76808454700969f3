"""Subject aliases learned from the text: acronyms and the long forms they abbreviate.

Patterns (all languages): "Kosovo Force (KFOR)", "the NATO-led Kosovo Force – KFOR –",
"KFOR (Kosovo Force)". An acronym and a long form are paired only when the acronym's letters
occur in order in the long form, the first letter starting its first word — the check of
Schwartz & Hearst (2003), written anew here. The acronym is the canonical name: it is the
same in every language ("la KFOR", "die KFOR").
"""
from __future__ import annotations

import re
from typing import Iterable

_CAP_RUN = r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+(?:(?:of|for|the|de|du|des|pour|la|le|del|di|der|für)\s+)?){0,6}[A-ZÀ-ÖØ-Þ][\w'’-]*)"
_ACR = r"([A-Z]{2,8})"
_PATTERNS = [
    re.compile(_CAP_RUN + r"\s*\(\s*" + _ACR + r"\s*\)"),  # Long Form (ACR)
    re.compile(_CAP_RUN + r"\s+[–—-]\s+" + _ACR + r"\b"),  # Long Form – ACR
    re.compile(_CAP_RUN + r",\s+" + _ACR + r","),  # Long Form, ACR,
]
_REVERSED = re.compile(r"\b" + _ACR + r"\s*\(\s*" + _CAP_RUN + r"\s*\)")


def letters_match(acronym: str, long_form: str) -> bool:
    """Whether ``acronym`` can abbreviate ``long_form`` (letters in order, first one initial)."""
    words = long_form.split()
    if not words:
        return False
    a = acronym.lower()
    lf = long_form.lower()
    if lf[0] != a[0]:
        return False
    # Walk backwards, as Schwartz & Hearst do, so trailing letters bind to the last words.
    i = len(lf) - 1
    for ch in reversed(a[1:]):
        while i > 0 and lf[i] != ch:
            i -= 1
        if i <= 0:
            return False
        i -= 1
    return True


def _trim(long_form: str, acronym: str) -> str:
    """Shortest tail of the candidate long form that still matches the acronym."""
    words = long_form.split()
    for k in range(len(words) - 1, -1, -1):
        cand = " ".join(words[k:])
        if cand[0].isupper() and letters_match(acronym, cand):
            return cand
    return ""


def learn(texts: Iterable[str]) -> dict[str, str]:
    """``{alias: canonical}`` pairs found in ``texts`` (long forms map to their acronym)."""
    out: dict[str, str] = {}
    for text in texts:
        for rx in _PATTERNS:
            for m in rx.finditer(text):
                long_form, acr = m.group(1), m.group(2)
                lf = _trim(re.sub(r"^[A-Z][\w]*-led\s+", "", long_form), acr)
                if lf and lf != acr and len(lf.split()) >= 2:
                    out.setdefault(lf, acr)
        for m in _REVERSED.finditer(text):
            acr, long_form = m.group(1), m.group(2)
            lf = _trim(long_form, acr)
            if lf and len(lf.split()) >= 2:
                out.setdefault(lf, acr)
    return out
