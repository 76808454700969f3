"""Place names of every language under one name: "États-Unis", "Stati Uniti", "USA" and
"U.S." are the United States.

Each language's ``places.tsv`` maps a place as written to its canonical (English) name.
Read together they name a country the same way whatever language reported its figure, so
its series is one. A surface that two languages map to different places is left as
written: choosing one would put one place's figures under another's name.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Optional

from claimline.resources import languages, read_tsv


def _key(name: str) -> str:
    """Case and accents folded: news wires write "Etats-Unis" as often as "États-Unis"."""
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=None)
def _table() -> dict[str, str]:
    names: dict[str, str] = {}
    clash: set[str] = set()
    for lang in languages():
        for row in read_tsv(lang, "places.tsv"):
            if len(row) < 2 or not row[0] or not row[1]:
                continue
            key = _key(row[0])
            if names.get(key, row[1]) != row[1]:
                clash.add(key)
            names.setdefault(key, row[1])
    for key in clash:
        del names[key]
    return names


def place_name(name: str) -> Optional[str]:
    """The canonical name of the place ``name`` in any language, or None if it is none."""
    return _table().get(_key(name or ""))
