"""Parties named without an organisation word are actors; seats lost are a fall."""
from tests.test_claims_corpus import claims_of


def _claims(text: str):
    return [(c.subject, c.measure, c.value, c.kind, c.direction) for c in claims_of(text, "en", "2019-12-16")]


def test_a_party_named_without_party_owns_its_seats():
    # Constructed, shaped like the Wikinews report of the 2019 UK general election ("the
    # second largest party, Labour, lost 42"): "Labour" and "Liberal Democrats" are parties,
    # not a word and a person's name, and seats lost are a change down as seats gained are up
    assert _claims("Labour lost 42 seats.") == [("Labour", "seats", 42.0, "change", "-")]
    assert _claims("The Liberal Democrats won 11 seats.") == [("Liberal Democrats", "seats", 11.0, "level", None)]
    assert _claims("Republicans gained 10 seats in the House.") == [("Republicans", "seats", 10.0, "change", "+")]
    # a two-word capitalised name with no party in it is still a person, never a subject
    assert _claims("John Smith won 11 seats.") == []
