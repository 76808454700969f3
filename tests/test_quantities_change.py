"""The change label of quantity rows (``= ~ up down > <``) on real English news.

Sentences are quoted from English Wikinews (shared/corpora/wikinews-en, CC BY 2.5). The
NewsQuant sentences themselves carry no licence (shared/eval/quantities/SOURCES.md: for
internal evaluation only, not to be redistributed), so none is quoted here.
"""
from __future__ import annotations

from claimline.numbers.quantities import quantities_for_text


def _changes(text: str) -> dict:
    return {r["value"]: r["change"] for r in quantities_for_text("wn", text, "en")}


def test_a_move_by_an_amount_is_a_move():
    t = ('The study reports "For each 10 percentage-point increase in household gun ownership, '
         'the youth suicide rate increased by 26.9 percent".')
    assert _changes(t)[26.9] == "up"


def test_the_figure_straight_after_the_verb_carries_the_move():
    # 'rose to 58', 'increased to 167': the only figure of the move carries it (after an
    # amount, as in 'rose 18 sen to RM23.50', the level is '=')
    assert _changes("On Thursday officials reported the number of cases in the outbreak rose to 58.") == {58.0: "up"}
    t = "Meanwhile, the total reported casualties increased to 167 from a previous 93 injured people."
    assert _changes(t)[167.0] == "up"
    assert _changes("Al Jazeera reported on Thursday, coverage had risen to 55 percent.") == {55.0: "up"}


def test_a_phrasal_verb_particle_is_no_move():
    # 'make up 16%' is a share, not a rise of 16%
    t = ("Women, who make up 16% of the U.S. military enlisted and 18% of officers as of 2016, "
         "according to nonprofit CNA, have been serving official combat roles since 2015.")
    assert _changes(t) == {16.0: "=", 18.0: "="}


def test_upwards_of_is_a_lower_bound():
    t = ("In the United States alone, particulate matter is indirectly responsible for reportedly "
         "upwards of 100,000 deaths annually.")
    assert _changes(t) == {100000.0: ">"}


def test_the_move_wins_over_the_hedge():
    # one label per figure: 'down by about 1.5%' is a fall (as 'up nearly 57%' is a rise)
    t = "Voter turnout was down by about 1.5% of the electorate from the 2017 election cycle, with this time about 67.3%."
    assert _changes(t) == {1.5: "down", 67.3: "~"}


def test_a_hedge_on_a_range_reads_as_on_one_figure():
    # 'almost 60 to 70%' is hedged like 'almost 60%', not bounded
    rows = quantities_for_text("wn", "So almost 60 to 70% of the community members got it.", "en")
    assert [(r["low"], r["high"], r["change"]) for r in rows] == [(60.0, 70.0, "~")]
