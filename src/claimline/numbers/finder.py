"""``find_numbers``: every numeral of a text, in reading order, without overlaps."""
from __future__ import annotations

import re

from ..model import Number
from .candidates import (Cand, spot_digits, spot_fractions, spot_multipliers, spot_shapes, spot_vague,
                         spot_words)
from .context import apply_negatives, apply_qualifiers, apply_roles
from .lexicon import lexicon
from .ranges import pair_ranges

# Earlier spotters win overlaps: a phone number is never read as three quantities,
# "several thousand" is not "thousand", "a tenth" is not the ordinal "tenth".
_SPOTTERS = (spot_shapes, spot_vague, spot_fractions, spot_multipliers, spot_digits, spot_words)
_STEM_SPOTTERS = frozenset({spot_vague, spot_fractions, spot_multipliers})


def _select(text: str, lx) -> list[Cand]:
    taken = bytearray(len(text))
    chosen: list[Cand] = []
    no_stems = not lx.stems_found(text)  # then no vague amount, fraction or multiplier can match
    for spot in _SPOTTERS:
        if no_stems and spot in _STEM_SPOTTERS:
            continue
        found = spot(text, lx, taken) if spot is spot_words else spot(text, lx)
        if spot is spot_shapes:  # several patterns: put them in reading order, longest first
            found = sorted(found, key=lambda c: (c.start, c.start - c.end))
        for c in found:
            if c.end <= c.start or taken.find(1, c.start, c.end) != -1:
                continue
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _tidy(v):
    """``v`` without binary-float noise from scaling ("$2.18 trillion" is 2.18e12, not
    2180000000000.0002): at most 12 significant digits."""
    return float(f"{v:.12g}") if isinstance(v, float) else v


def _freeze(text: str, c: Cand) -> Number:
    value = _tidy(c.value)
    if c.form == "range" or c.form == "vague":
        low, high = _tidy(c.low), _tidy(c.high)
    else:
        low = high = None
    return Number(start=c.start, end=c.end, surface=text[c.start:c.end], value=value, low=low, high=high,
                  qualifier=c.qualifier, form=c.form, role=c.role, relative=c.relative, unit=c.unit,
                  rule=c.rule)


def _merge_fraction_of_scale(text: str, cands: list[Cand]) -> list[Cand]:
    """'half a million': the fraction times the scale number that follows it."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.form == "fraction" and c.form == "words" and c.scale != 1.0
                and text[prev.end: c.start].strip() == "" and c.end - prev.end < 20
                and c.value == c.scale):
            prev.end, prev.value, prev.form, prev.relative = c.end, prev.value * c.value, "words", False
            prev.unit = c.unit
            prev.rule += "+scale"
            continue
        out.append(c)
    return out


def _merge_scale_then_digits(text: str, cands: list[Cand], lx) -> list[Cand]:
    """Mexican '4 mil 755', '100 mil 104': the scale word is followed by the lower digits;
    '4 mil 315 millones', '13 mil 200 millones de euros': thousands of millions, one number."""
    words = lx.words("scale_then_digits")
    if not words:
        return cands
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.form == "digits" and c.plain and c.value is not None and c.value < 1000
                and text[prev.start: prev.end].lower().split()[-1] in words
                and re.fullmatch(r"[ \u00a0]", text[prev.end: c.start]) and prev.unit is None):
            prev.end, prev.value = c.end, prev.value + c.value
            prev.rule += "+digits"
            continue
        if (prev is not None and prev.form == "digits" and c.form == "digits" and c.scale > 1000
                and c.value is not None and c.value / c.scale < 1000 and prev.unit is None and prev.scale == 1000
                and text[prev.start: prev.end].lower().split()[-1] in words
                and re.fullmatch(r"[ \u00a0]", text[prev.end: c.start])):
            prev.end, prev.value, prev.scale, prev.unit = c.end, prev.value * c.scale + c.value, c.scale, c.unit
            prev.rule += "+scale-digits"
            continue
        out.append(c)
    return out


def find_candidates(text: str, lang: str) -> list[Cand]:
    """The mutable candidates behind ``find_numbers`` (for stages that need the scale)."""
    lx = lexicon(lang)
    cands = _merge_scale_then_digits(text, _merge_fraction_of_scale(text, _select(text, lx)), lx)
    apply_qualifiers(text, cands, lx)
    apply_negatives(text, cands, lx)
    apply_roles(text, cands, lx)
    return pair_ranges(text, cands, lx)


def find_numbers(text: str, lang: str) -> list[Number]:
    """Every numeral in ``text`` as ``model.Number`` records, in reading order, non-overlapping.

    ``lang`` picks ``resources/<lang>/numbers.json``; a language without one raises KeyError.
    Offsets are end-exclusive into ``text``. Numerals that are not figures (years, phone
    numbers, identifiers, times, date parts, ordinals, codes) come back with that ``role``.
    """
    if not text:
        return []
    return [_freeze(text, c) for c in find_candidates(text, lang)]
