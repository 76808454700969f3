"""Figures given relative to a year's level ("a tenth of its 1999 level").

The corpora in ../shared/corpora hold no sentence that gives a count relative to a
year's level (the few "2005 levels" there are percentages of emissions), so the phrase
tests below read the phrase after a figure only, and the timeline tests use records:
claims of the seed corpus with the rule that the claims stage records for such a figure.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from claimline import timeline
from claimline.claims import year_level
from claimline.claims.lexicon import lexicon


@pytest.mark.parametrize("lang, after, year", [
    ("en", " of its 1999 level.", "1999"),
    ("en", " the 2019 levels", "2019"),
    ("fr", " de son niveau de 1999", "1999"),
    ("de", " des Niveaus von 2019", "2019"),
    ("es", " de su nivel de 2019", "2019"),
    ("it", " del livello del 2019", "2019"),
])
def test_the_year_level_phrase_after_a_figure(lang, after, year):
    ref = year_level.reference(after, lexicon(lang))
    assert ref is not None and ref.year == year and ref.end == len(after.rstrip("."))


@pytest.mark.parametrize("lang, after", [
    ("en", " of that number"), ("en", " of the 2019 budget"), ("fr", " de ce nombre"),
    ("en", " of 2019"),
])
def test_other_phrases_are_not_a_year_level(lang, after):
    assert year_level.reference(after, lexicon(lang)) is None


def _kfor(seed_claims, value):
    claims, _ = seed_claims
    return next(c for c in claims if c.subject == "KFOR" and c.measure == "troops" and c.value == value)


def test_a_year_level_from_another_document_gives_the_value(seed_claims):
    # seed 001: "At its height, KFOR reached 50,000 troops." dated 1999 here (a record),
    # and a later document's "a tenth of its 1999 level" with no 1999 figure of its own
    height = replace(_kfor(seed_claims, 50000), time="1999")
    later = replace(_kfor(seed_claims, 4700), doc="later", value=None, time="2012",
                    rules=[year_level.rule("1999", 0.1)])
    entries = timeline.build([height, later], "KFOR", "troops")
    [tenth] = [e for e in entries if e.time == "2012"]
    assert tenth.value == 5000 and tenth.approx and not tenth.derived
    assert any(r.startswith("relative:base 50000 in 1999 from ") for r in tenth.claims[0].rules)


def test_no_base_or_two_bases_leave_it_out(seed_claims):
    later = replace(_kfor(seed_claims, 4700), doc="later", value=None, time="2012",
                    rules=[year_level.rule("1999", 0.1)])
    assert [e.value for e in timeline.build([later], "KFOR", "troops")] == []
    a = replace(_kfor(seed_claims, 50000), time="1999")
    b = replace(a, doc="other", value=45000.0)
    values = {e.value for e in timeline.build([a, b, later], "KFOR", "troops")}
    assert values == {50000, 45000}  # the 1999 level is disputed: nothing is computed


def test_across_two_documents_end_to_end(tmp_path):
    # Constructed two-line documents (no corpus has such a sentence; see the module
    # docstring): the later one gives its figure only relative to the earlier one's year.
    import json

    from tests.conftest import cli

    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(json.dumps(d) for d in [
        {"id": "a", "text": "In 1999 KFOR had 50,000 troops.", "published": "2000-01-10"},
        {"id": "b", "text": "KFOR cut its troops to a tenth of their 1999 level.", "published": "2012-07-09"},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    cli("--db", db, "ingest", manifest)
    extracted = [json.loads(line) for line in cli("extract", "--manifest", manifest).output.splitlines()]
    [pending] = [c for c in extracted if c["doc"] == "b"]
    assert pending["value"] is None and pending["time"] == "2012-07-09"  # the 1999 names the base
    data = json.loads(cli("--db", db, "timeline", "KFOR", "--measure", "troops", "--format", "json").output)
    assert [(e["value"], e["time"], e["approx"]) for e in data["entries"]] == [
        (50000, "1999", False), (5000, "2012-07-09", True)]
    explained = cli("--db", db, "explain", "--doc", "b").output
    assert "0.1 × the 1999 level, to be found in other documents" in explained
    # within one document the base is found at once
    one = cli("explain", "In 1999 KFOR had 50,000 troops. Now KFOR has a tenth of its 1999 level.",
              "--date", "2012-07-09").output
    assert "~5,000 | level | time 2012-07-09" in one and "relative:level of 1999" in one


@pytest.mark.parametrize("text", ["has half that number", "has half its 1999 level", "half of that number"])
def test_a_bare_half_before_a_reference_is_a_relative_fraction(text):
    from claimline.numbers import find_numbers

    [half] = [n for n in find_numbers(text, "en") if n.form == "fraction"]
    assert (half.surface, half.value, half.relative) == ("half", 0.5, True)
