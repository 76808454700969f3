"""Walk every language's timex example and negative corpora (resources/<lang>/timex_*.jsonl).

An example line is ``{"text", "ref_date", "expect": [{"text", "type", "value"}], "source"}``:
the tagger must find exactly the expected expressions, in order, with their type and
value. A negative line ``{"text", "why", "source"}`` must yield no timex at all.
"""

import pytest

from claimline.timex import tag

from tests.conftest import RESOURCES, resource_cases




EXAMPLES = resource_cases("timex_examples.jsonl", ":")
NEGATIVES = resource_cases("timex_negatives.jsonl", ":")


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
