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
