"""Measured kind, direction and time of the claims stage, per language, on hand-labelled real sentences.

``tests/fixtures/kinds/<lang>.jsonl``: one real sentence per line (English, French and
Spanish quoted; German and Italian only pointed at in the shared corpora, as in
``tests/fixtures/subjects/``) and, for each figure a reader finds in it, its ``value``
(optionally ``measure`` when two figures share a value), ``kind`` (level / target /
change), ``direction`` (``+`` / ``-`` / ``*`` for a change, else null) and, where the text
settles it, ``time``: the ISO prefix (or ``A/B`` interval) the figure holds at given the
document's date, or null when the text does not say. A figure without a ``time`` key
(the text leaves it to judgement) is not scored on time. See ``tests/fixtures/kinds/README.md``.

Kind, direction and time are scored over the figures the stage makes a claim of (which
figure becomes a claim is the subject and measure stages' business); how many it found is
printed beside them. Run ``pytest -s tests/test_kinds_measured.py`` to print the table.
"""
from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, floors
from tests.test_claims_corpus import claims_of
from tests.test_subjects_measured import _claim_for, _text

FIXTURES = ROOT / "tests" / "fixtures" / "kinds"
LANGS = ("en", "fr", "de", "es", "it")


def _rows(lang: str) -> list[dict]:
    from tests.test_subjects_measured import SHARED

    rows = [json.loads(line) for line in (FIXTURES / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if any("ref" in r for r in rows) and not (SHARED / "corpora").is_dir():
        pytest.skip(f"{lang}: the shared corpora its fixture points into are absent")
    return rows


def measure(lang: str) -> dict:
    """Found / kind / direction / time counts over a language's fixture, with the errors."""
    out = {"figures": 0, "found": 0, "kind": 0, "direction": 0, "timed": 0, "time": 0, "errors": []}
    for row in _rows(lang):
        claims = claims_of(_text(row), lang, row.get("date"))
        used: set = set()
        for fig in row["figures"]:
            out["figures"] += 1
            c = _claim_for(fig, claims, used)
            if c is None:
                continue
            out["found"] += 1
            ok_kind = c.kind == fig["kind"]
            ok_dir = c.direction == fig["direction"]
            out["kind"] += ok_kind
            out["direction"] += ok_dir
            if not (ok_kind and ok_dir):
                out["errors"].append(("kind", fig["value"], f"{fig['kind']}{fig['direction'] or ''}",
                                      f"{c.kind}{c.direction or ''}", row["source"]))
            if "time" in fig:
                out["timed"] += 1
                out["time"] += c.time == fig["time"]
                if c.time != fig["time"]:
                    out["errors"].append(("time", fig["value"], fig["time"], c.time, row["source"]))
    out["kind_accuracy"] = out["kind"] / max(out["found"], 1)
    out["direction_accuracy"] = out["direction"] / max(out["found"], 1)
    out["time_accuracy"] = out["time"] / max(out["timed"], 1)
    return out


def test_fixtures_are_real_and_labelled():
    for lang in LANGS:
        rows = [json.loads(x) for x in (FIXTURES / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
        assert len(rows) >= 28, lang
        for r in rows:
            assert r.get("source") and r.get("figures"), r
            assert ("text" in r) != ("ref" in r), r
            if lang in ("de", "it"):
                assert "ref" in r, ("quote only openly licensed corpora", r["source"])
            for f in r["figures"]:
                assert f["kind"] in ("level", "target", "change"), f
                assert (f["direction"] is not None) == (f["kind"] == "change"), f


@pytest.mark.parametrize("lang", LANGS)
def test_kind_and_time_accuracy(lang):
    got = measure(lang)
    print(f"\n{lang}: kind {got['kind_accuracy']:.3f}, direction {got['direction_accuracy']:.3f} "
          f"({got['kind']}/{got['direction']} of {got['found']} found of {got['figures']} figures), "
          f"time {got['time_accuracy']:.3f} ({got['time']}/{got['timed']})")
    for what, value, gold, have, source in got["errors"]:
        print(f"   {what:4} {value:g}: gold {gold!r}, got {have!r}  [{source}]")
    floor = floors()
    assert got["kind_accuracy"] >= floor.get(f"claims_kind_accuracy_{lang}", 0.0)
    assert got["direction_accuracy"] >= floor.get(f"claims_kind_direction_accuracy_{lang}", 0.0)
    assert got["time_accuracy"] >= floor.get(f"claims_time_accuracy_{lang}", 0.0)
