"""The claims stage finds each sentence's numerals and dates by position, not by a walk over
the whole document (a long document would take quadratic time); the result must be the walk's."""
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.claims import _Spans


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


_spans = st.lists(st.tuples(st.integers(0, 500), st.integers(1, 40)).map(lambda p: _Span(p[0], p[0] + p[1])),
                  max_size=40)


@given(_spans, st.integers(0, 560), st.integers(0, 120))
@settings(max_examples=300, deadline=None)
def test_spans_inside_and_overlapping_are_the_walks(items, lo, width):
    hi = lo + width
    at = _Spans(items)
    assert at.inside(lo, hi) == [x for x in items if lo <= x.start and x.end <= hi]
    assert at.overlapping(lo, hi) == [x for x in items if x.start < hi and x.end > lo]


def test_spans_through_a_key_keep_the_pairs():
    pairs = [(_Span(30, 35), "b"), (_Span(3, 9), "a"), (_Span(31, 33), "c")]
    assert _Spans(pairs, lambda p: p[0]).inside(30, 40) == [pairs[0], pairs[2]]
