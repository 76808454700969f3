"""Property tests: the clean text always maps back onto the original."""
from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.clean import clean
from claimline.clean.normalize import normalize_span

_SPACE = re.compile(r"\s+")

# Characters the cleaner treats specially, plus ordinary ones.
_TRICKY = list("aeiouAEIOUxyz.,;:?!'\"-–—•|_0123456789 \t\n\r") + [
    "\u00a0", "\u202f", "\u2007", "\u2009", "\u00ad", "\u200b", "\ufeff",
    "\u2018", "\u2019", "\u201c", "\u201d", "\u0301", "\u0327", "\u0308",
    "\u1100", "\u1161", "\u11a8", "\u0b47", "\u0b3e", "\u0344", "é", "Ç", "\u2028", "\x0c",
]
# Whole lines that the boilerplate rules and footer logic act on.
_LINES = [
    "Previous Article", "Next Article", "No time to read?", "Get a summary",
    "rewrite_title_placeholder", "End of mail", "Tel.: 32 2 707 50 41 – Fax: 32 2 707 50 57",
    "E-mail: press@hq.nato.int", "B-1110 Bruxelles Belgique", "www.nato.int",
    "Reset password", "NATO MULTIMEDIA ACCOUNT", "STATEMENT", "BY THE NATO SECRETARY GENERAL",
    "KFOR will \u00a0progressively reduce its presence to around 5,000 ",
    "troops in total.", "  • Last updated: 09 Jul. 2012 08:52", "well-", "progres\u00ad",
]

texts = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(_TRICKY), max_size=300),
    st.lists(st.one_of(st.sampled_from(_LINES), st.text(alphabet=st.sampled_from(_TRICKY),
                                                        max_size=40)),
             max_size=25).map("\n".join),
)


def _excise(original: str, start: int, end: int, removed) -> str:
    """The original span with the dropped lines cut out (a line break in their place)."""
    parts, pos = [], start
    for span in sorted(removed, key=lambda r: r.start):
        if span.end <= pos or span.start >= end:
            continue
        parts.append(original[pos:max(pos, span.start)])
        pos = max(pos, span.end)
    parts.append(original[pos:end])
    return "\n".join(parts)


def _same(original: str, result, start: int, end: int) -> bool:
    o_start, o_end = result.to_original(start, end)
    source, _, _ = normalize_span(_excise(original, o_start, o_end, result.removed))
    # compared up to canonical equivalence: a composed "é" is the original "e" + acute
    return unicodedata.normalize("NFD", _SPACE.sub("", source)) == unicodedata.normalize(
        "NFD", _SPACE.sub("", result.text[start:end]))


@settings(max_examples=400, deadline=None)
@given(texts, st.data())
def test_every_clean_span_maps_back(text, data):
    result = clean(text)
    assert len(result.offsets) == len(result.text) + 1
    assert all(a < b for a, b in zip(result.offsets, result.offsets[1:]))
    assert all(0 <= o <= len(text) for o in result.offsets)
    assert _same(text, result, 0, len(result.text))
    line_start = 0
    for line in result.text.split("\n"):
        assert _same(text, result, line_start, line_start + len(line))
        line_start += len(line) + 1
    if result.text:
        i = data.draw(st.integers(0, len(result.text) - 1))
        j = data.draw(st.integers(i + 1, len(result.text)))
        assert _same(text, result, i, j)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_cleaning_is_deterministic_and_removed_spans_are_ordered(text):
    first, second = clean(text), clean(text)
    assert (first.text, first.offsets, first.removed) == (second.text, second.offsets, second.removed)
    starts = [r.start for r in first.removed]
    assert starts == sorted(starts)
    assert all(0 <= r.start <= r.end <= len(text) and r.reason for r in first.removed)
    assert "\u00a0" not in first.text and "\u00ad" not in first.text and "  " not in first.text
