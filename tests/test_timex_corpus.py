"""Walk every language's timex example and negative corpora (resources/<lang>/timex_*.jsonl).

An example line is ``{"text", "ref_date", "expect": [{"text", "type", "value"}], "source"}``:
the tagger must find exactly the expected expressions, in order, with their type and
value. A negative line ``{"text", "why", "source"}`` must yield no timex at all.
"""
import json
from pathlib import Path

import pytest

from claimline.timex import tag

RESOURCES = Path(__file__).resolve().parent.parent / "src" / "claimline" / "resources"


def _lines(name):
    out = []
    for path in sorted(RESOURCES.glob(f"*/{name}")):
        lang = path.parent.name
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append(pytest.param(lang, json.loads(line), id=f"{lang}:{no}"))
    return out


EXAMPLES = _lines("timex_examples.jsonl")
NEGATIVES = _lines("timex_negatives.jsonl")


def test_every_language_has_both_corpora():
    langs = {p.parent.name for p in RESOURCES.glob("*/timex_rules.json")}
    assert {"en", "fr"} <= langs
    for lang in langs:
        assert (RESOURCES / lang / "timex_examples.jsonl").is_file()
        assert (RESOURCES / lang / "timex_negatives.jsonl").is_file()


@pytest.mark.parametrize("lang,case", EXAMPLES)
def test_example(lang, case):
    got = tag(case["text"], lang, case.get("ref_date"))
    for t in got:
        assert case["text"][t.start:t.end] == t.text
    assert [(t.text, t.type, t.value) for t in got] == \
        [(e["text"], e["type"], e["value"]) for e in case["expect"]], case["source"]


@pytest.mark.parametrize("lang,case", NEGATIVES)
def test_negative(lang, case):
    got = tag(case["text"], lang, case.get("ref_date", "2012-07-09"))
    assert [(t.text, t.type, t.value) for t in got] == [], case["why"]
