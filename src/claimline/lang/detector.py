"""The lingua detector, built once per set of languages, and single-text detection."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

#: Languages claimline always knows; a folder under ``resources/`` named after another
#: ISO 639-1 code lingua supports adds that language.
DEFAULT_LANGS = ("de", "en", "es", "fr", "it")
#: What :func:`detect` answers for text with no detectable language.
UNDETERMINED = "und"


@lru_cache(maxsize=1)
def resource_langs() -> tuple[str, ...]:
    """The languages to detect: the defaults plus every ``resources/<lang>`` folder."""
    root = resources.files("claimline") / "resources"
    found = {item.name for item in root.iterdir() if item.is_dir() and len(item.name) == 2}
    return tuple(sorted(set(DEFAULT_LANGS) | found))


def _to_lingua(code: str):
    from lingua import IsoCode639_1, Language

    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except (AttributeError, ValueError):
        raise ValueError(f"unknown language code {code!r}") from None


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...]):
    from lingua import LanguageDetectorBuilder

    languages = {_to_lingua(code) for code in codes}
    if len(languages) == 1:
        return None  # lingua needs two languages; one candidate needs no detector
    return LanguageDetectorBuilder.from_languages(*languages).build()


def candidates(langs: Optional[Iterable[str]]) -> tuple[str, ...]:
    """Normalize a list of candidate language codes (None means all known ones)."""
    if langs is None:
        return resource_langs()
    codes = tuple(sorted({code.lower() for code in langs}))
    if not codes:
        raise ValueError("no candidate languages given")
    for code in codes:
        _to_lingua(code)
    return codes


def best(text: str, codes: tuple[str, ...]) -> tuple[Optional[str], float]:
    """The most likely language of ``text`` among ``codes`` and its confidence,
    or ``(None, 0.0)`` when lingua cannot tell (no letters)."""
    detector = _detector(codes)
    if detector is None:
        return (codes[0], 1.0) if any(c.isalpha() for c in text) else (None, 0.0)
    values = detector.compute_language_confidence_values(text)
    if not values or values[0].value <= 0.0:
        return None, 0.0
    return values[0].language.iso_code_639_1.name.lower(), values[0].value


def detect(text: str, langs: Optional[list[str]] = None) -> str:
    """The ISO 639-1 code of the language of ``text`` (among ``langs``, default all
    claimline knows), or ``"und"`` when it has nothing to detect."""
    code, _ = best(text, candidates(langs))
    return code or UNDETERMINED
