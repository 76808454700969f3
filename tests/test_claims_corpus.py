"""Every language's claims corpora, as tests.

``resources/<lang>/claims_examples.jsonl``: real sentences and every claim the claims stage
must make of them (value, measure, kind, direction, and, where given, subject, time and
approx); a line marked ``"partial": true`` may yield more claims than it lists.
``resources/<lang>/claims_negatives.jsonl``: real sentences from which no claim may come.
Each text is read as one section of its line's language (no detection: one sentence is too
short for it), dated by the line's ``date`` as a manifest date would be.
Adding a language's files adds its cases here; nothing in this file names a sentence.
"""
import math

import pytest

from claimline import claims
from claimline.clean import clean
from claimline.model import Document, Section

from tests.conftest import resource_cases
REQUIRED = ("value", "measure", "kind", "direction")
OPTIONAL = ("subject", "time", "approx")




EXAMPLES = resource_cases("claims_examples.jsonl")
NEGATIVES = resource_cases("claims_negatives.jsonl")


def claims_of(text, lang, date=None):
    """The claims the real stage makes of ``text`` read as one ``lang`` section."""
    doc = Document(id="corpus", source="corpus", text=text, published=date,
                   published_how="manifest" if date else "unknown")
    ct = clean(text)
    return claims.extract(doc, ct, [Section(lang, 0, len(ct.text))], date)


def _row(c):
    return {"value": c.value, "measure": c.measure, "kind": c.kind, "direction": c.direction,
            "subject": c.subject, "time": c.time, "approx": c.approx}


def _matches(got, want):
    for f in REQUIRED + OPTIONAL:
        if f not in want and f not in REQUIRED:
            continue
        a, b = got[f], want.get(f)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
            if not math.isclose(a, b, rel_tol=1e-9):
                return False
        elif a != b:
            return False
    return True


def test_every_language_has_forty_real_sentences():
    langs = {p.values[0] for p in EXAMPLES}
    assert {"en", "fr", "de", "es", "it"} <= langs
    for lang in langs:
        cases = [p.values[1] for p in EXAMPLES if p.values[0] == lang]
        negs = [p.values[1] for p in NEGATIVES if p.values[0] == lang]
        assert len(cases) >= 40, lang
        assert len(negs) >= 10, lang
        assert all(c.get("source") for c in cases + negs), lang


@pytest.mark.parametrize("lang,case", EXAMPLES)
def test_example(lang, case):
    got = [_row(c) for c in claims_of(case["text"], lang, case.get("date"))]
    left = list(got)
    for want in case["expect"]:
        hit = next((g for g in left if _matches(g, want)), None)
        assert hit is not None, ("missing", want, got)
        left.remove(hit)
    if not case.get("partial"):
        assert left == [], ("unexpected", left)


@pytest.mark.parametrize("lang,case", NEGATIVES)
def test_negative(lang, case):
    got = [_row(c) for c in claims_of(case["text"], lang, case.get("date"))]
    assert got == [], (case["why"], got)
