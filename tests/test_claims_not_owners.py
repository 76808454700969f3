"""Words in capitals that name no actor, and figures that are no toll, on BBC lines quoted
by reference (the archive is not openly licensed)."""
from tests.conftest import bbc_line
from tests.test_claims_corpus import claims_of


def _owners(line: str) -> set:
    return {c.subject for c in claims_of(line, "en", "2005-02-01")}


def test_a_heading_in_capitals_is_no_acronym():
    # "CONTROVERSIES AND OTHER GAFFES Three people have refused Oscars": GAFFES owned the 3
    line = bbc_line("bbc/entertainment/314.txt", 18, "6ed35a410fb4")
    assert "GAFFES" not in _owners(line) and "CONTROVERSIES" not in _owners(line)


def test_a_common_noun_in_capitals_is_no_actor():
    # "a laptop PC that will go on sale for less than $100 (£53)": PC owned both sums
    assert "PC" not in _owners(bbc_line("bbc/tech/063.txt", 2, "04906a297d1c"))


def test_lives_saved_are_no_toll():
    # "suggested such a move could save 50 lives a year" was a change of +50 deaths
    got = claims_of(bbc_line("bbc/politics/115.txt", 6, "69300939eae8"), "en", "2005-02-01")
    assert not [c for c in got if c.measure == "deaths"], got


def test_a_section_of_undetermined_language_does_not_stop_the_claims_stage():
    # The language stage marks text it cannot place "und"; the claims stage must not fail on
    # it (the currency codes were looked up in number files "und" has not: KeyError, which
    # stopped `make bench` on an HTML page). Sentence from English Wikinews (2019-11-10, CC BY 2.5).
    got = claims_of("There are reportedly about 5000 U.S. troops now in the country.", "und", "2019-11-10")
    assert isinstance(got, list)
