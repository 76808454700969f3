"""Names of places and international organisations under one name in every language.

Each language's ``places.tsv`` maps a place as written to its canonical (English) name,
and ``organisations.tsv`` an organisation to its English acronym. Read together they
name a subject the same way whatever language reported its figure, so its series is one:
"États-Unis", "Stati Uniti", "USA" and "U.S." are the United States; "OTAN" is NATO,
"ONU" the UN, "OMS" the WHO.

Acronyms match as written ("UN", not the French article "un"); other names match with
case and accents folded, since wires write "Etats-Unis" as often as "États-Unis". A name
that two files read as different subjects is left as written: choosing one would put one
subject's figures under another's name.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Optional

from claimline.resources import languages, read_tsv

FILES = ("places.tsv", "organisations.tsv")


def _fold(name: str) -> str:
    """Case and accents folded."""
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(name: str) -> str:
    name = name.strip()
    letters = name.replace(".", "")
    return name if letters.isalpha() and letters.isupper() else _fold(name)


@lru_cache(maxsize=None)
def _table() -> dict[str, str]:
    names: dict[str, str] = {}
    clash: set[str] = set()
    for lang in languages():
        for file in FILES:
            for row in read_tsv(lang, file):
                if len(row) < 2 or not row[0] or not row[1]:
                    continue
                key = _key(row[0])
                if names.get(key, row[1]) != row[1]:
                    clash.add(key)
                names.setdefault(key, row[1])
    for key in clash:
        del names[key]
    return names


@lru_cache(maxsize=None)
def _places() -> frozenset[str]:
    return frozenset(row[1] for lang in languages() for row in read_tsv(lang, "places.tsv")
                     if len(row) >= 2 and row[1])


def is_place(name: str) -> bool:
    """Whether ``name`` (in any language) is a place of the ``places.tsv`` files."""
    known = known_name(name)
    return bool(known) and known in _places()


def known_name(name: str) -> Optional[str]:
    """The canonical name of the place or organisation ``name`` in any language, else None."""
    return _table().get(_key(name or ""))
