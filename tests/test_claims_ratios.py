"""A numeral that is the denominator of a proportion ("one in three homes") is no count."""
from tests.conftest import bbc_line
from tests.test_claims_corpus import claims_of


def test_one_in_three_homes_is_a_proportion_not_three_homes():
    # BBC News archive, politics/101 (2005), quoted by reference: the corpus is not openly
    # licensed. "… claimed that one in three homes were still likely to face council tax
    # rises" was a level of 3 homes owned by the Liberal Democrats.
    line = bbc_line("bbc/politics/101.txt", 6, "74675f111515")
    at = line.index("one in three homes")
    got = claims_of(line, "en", "2005-02-01")
    assert not [c for c in got if at <= c.fig_start < at + len("one in three homes")], got
    # the words around it are still read: "one in three" needs the numeral before "in"
    wider = line.replace("one in three homes", "three homes")
    assert [c.value for c in claims_of(wider, "en", "2005-02-01") if c.measure == "homes"] == [3.0]
