"""Victims counted in words are named as those counted in digits."""
from tests.test_claims_corpus import claims_of


def _owners(text: str, lang: str, date: str):
    return [(c.subject, c.measure, c.value) for c in claims_of(text, lang, date)]


def test_a_number_word_opening_the_sentence_is_no_part_of_the_victims_name():
    # Real sentences (English Wikinews, "World War II era plane crashes in Connecticut, US,
    # killing at least seven", 2019-10-03; news-fr-2 20613, 2019-11-26): "Fourteen people"
    # are "people" as "14 people" are, not a name "Fourteen people"
    text = ("Fourteen people were injured in the crash, including all on board the plane, and one airport "
            "worker on the ground, according to Commissioner James Rovella of the Connecticut Department of "
            "Emergency Services and Public Protection.")
    assert _owners(text, "en", "2019-10-03") == [("people", "injured", 14.0)]
    assert _owners("Seventeen soldiers were injured in Kabul.", "en", "2019-10-03") == \
        _owners("17 soldiers were injured in Kabul.", "en", "2019-10-03") == [("soldiers", "injured", 17.0)]
    # a name before the counted noun stays the victims' body
    assert _owners("Five NATO soldiers lost their lives in the attack.", "en", "2019-10-03") == \
        [("NATO soldiers", "deaths", 5.0)]


def test_soldiers_killed_after_a_relative_clause_are_deaths_not_a_force():
    # Constructed, shaped like a French Wikinews report the audit found (2012-06-28, not
    # openly licensed): the verb that kills comes after a relative clause on the soldiers,
    # past the usual reach; they were a troop level of 2 for France
    for text, lang in (("Two French soldiers who were taking part in Operation Harpie against illegal gold "
                        "mining in French Guiana were killed on Wednesday.", "en"),
                       ("Two French soldiers, who were taking part in an operation, were killed on Wednesday.", "en"),
                       ("Deux militaires français, qui participaient à une opération, ont été tués mercredi.", "fr")):
        [(subject, measure, value)] = _owners(text, lang, "2012-06-28")
        assert (measure, value) == ("deaths", 2.0), text
    # a comma that opens another clause, or another count, keeps its verb to itself
    assert _owners("NATO has 4,000 troops who patrol the north, where a civilian was killed.", "en",
                   "2012-06-28") == [("NATO", "troops", 4000.0)]
    assert ("NATO", "troops", 4000.0) in _owners(
        "NATO has 4,000 troops who patrol the north, where two civilians were killed.", "en", "2012-06-28")
