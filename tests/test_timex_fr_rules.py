"""French timex rules that no openly licensed corpus line shows.

Every phrase below is CONSTRUCTED for the test (written for it, not quoted from any
corpus); real examples of the other French rules are in resources/fr/timex_examples.jsonl.
"""

import pytest

from claimline.timex import tag


@pytest.mark.parametrize("phrase,expect", [
    # CONSTRUCTED: 'par semestre', 'par trimestre' recur every half-year / quarter; the
    # extent leaves out 'par', as the rule 'set-per' does for 'par an', 'par mois'
    ("Le pays pourra exporter du pétrole pour 2 milliards de dollars par semestre.",
     [("semestre", "SET", "P6M")]),
    ("La prime est versée par trimestre.", [("trimestre", "SET", "P3M")]),
])
def test_constructed_phrase(phrase, expect):
    got = tag(phrase, "fr", "2019-07-25")
    assert [(t.text, t.type, t.value) for t in got] == expect


@pytest.mark.parametrize("phrase,expect", [
    # CONSTRUCTED: in a range 'du vendredi au mardi' the second day is the first Tuesday
    # after that Friday; a list ('vendredi et mardi') is no range and each day stands alone
    ("Le festival aura lieu du vendredi au mardi.",
     [("vendredi", "DATE", "2020-05-29"), ("mardi", "DATE", "2020-06-02")]),
    ("Le festival aura lieu vendredi et mardi.",
     [("vendredi", "DATE", "2020-05-29"), ("mardi", "DATE", "2020-05-26")]),
])
def test_constructed_weekday_range(phrase, expect):
    got = tag(phrase, "fr", "2020-05-25")
    assert [(t.text, t.type, t.value) for t in got] == expect
