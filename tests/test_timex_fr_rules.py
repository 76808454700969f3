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


def test_the_month_of_and_the_year_keep_their_words():
    # Phrase-level check (constructed phrases): French TimeBank tags 'mois de juin' after
    # 'du' and 'l'année 2001'; 'au' stays out, as a preposition; 'la fin du mois de
    # juillet' is one date.
    from tests.timex_phrases import _pairs
    assert _pairs("à partir du mois de juin", "fr", "2010-06-15") == [("mois de juin", "2010-06")]
    assert _pairs("Au mois de mai 2019, il pleuvait.", "fr", "2020-01-15") == [("mois de mai 2019", "2019-05")]
    assert _pairs("Dès l'année 2001, il travaille.", "fr", "2010-06-15") == [("l'année 2001", "2001")]
    assert _pairs("Il part à la fin du mois de juillet.", "fr", "2019-06-01") == [("la fin du mois de juillet", "2019-07")]
