"""Every language's number corpora, as tests.

``resources/<lang>/numbers_examples.jsonl``: real sentences and every numeral
``find_numbers`` must return (surface, value, low, high, qualifier, form, role), in order;
a row that also gives ``unit`` (a currency code, "%") is checked on it too.
``resources/<lang>/numbers_negatives.jsonl``: real sentences from which no quantity may come.
Adding a language's files adds its cases here; nothing in this file names a sentence.
"""
import math

import pytest

from claimline.numbers import find_numbers

from tests.conftest import resource_cases
FIELDS = ("surface", "value", "low", "high", "qualifier", "form", "role")




EXAMPLES = resource_cases("numbers_examples.jsonl")
NEGATIVES = resource_cases("numbers_negatives.jsonl")


def _same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    return a == b


def test_every_language_has_forty_real_sentences():
    langs = {p.values[0] for p in EXAMPLES}
    assert {"en", "fr", "de", "es", "it"} <= langs
    for lang in langs:
        cases = [p.values[1] for p in EXAMPLES if p.values[0] == lang]
        assert len(cases) >= 40, lang
        assert all(c.get("source") for c in cases), lang


@pytest.mark.parametrize("lang,case", EXAMPLES)
def test_example(lang, case):
    got = find_numbers(case["text"], lang)
    for n in got:
        assert case["text"][n.start:n.end] == n.surface
    got_rows = [{f: getattr(n, f) for f in FIELDS + ("unit",)} for n in got]
    want = case["expect"]
    assert len(got_rows) == len(want), (got_rows, want)
    for g, w in zip(got_rows, want):
        for f in FIELDS + (("unit",) if "unit" in w else ()):
            assert _same(g[f], w[f]), (f, g, w)


@pytest.mark.parametrize("lang,case", NEGATIVES)
def test_negative(lang, case):
    got = [n for n in find_numbers(case["text"], lang) if n.role == "quantity"]
    assert got == [], (case["why"], got)
