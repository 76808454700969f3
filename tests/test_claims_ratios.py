"""A numeral that is the denominator of a proportion ("one in three homes") is no count."""
import hashlib
import tarfile

import pytest

from tests.test_claims_corpus import claims_of


def test_one_in_three_homes_is_a_proportion_not_three_homes(shared):
    # BBC News archive, politics/101 (2005), quoted by reference: the corpus is not openly
    # licensed. "… claimed that one in three homes were still likely to face council tax
    # rises" was a level of 3 homes owned by the Liberal Democrats.
    path = shared / "corpora" / "bbc-news" / "bbc-fulltext.tar.gz"
    if not path.is_file():
        pytest.skip("BBC News archive not found")
    with tarfile.open(path) as tar:
        line = tar.extractfile("bbc/politics/101.txt").read().decode("utf-8").splitlines()[6]
    assert hashlib.sha1(line.encode("utf-8")).hexdigest()[:12] == "74675f111515", "the sentence changed"
    at = line.index("one in three homes")
    got = claims_of(line, "en", "2005-02-01")
    assert not [c for c in got if at <= c.start <= at + len("one in three homes")], got
    # the words around it are still read: "one in three" needs the numeral before "in"
    wider = line.replace("one in three homes", "three homes")
    assert [c.value for c in claims_of(wider, "en", "2005-02-01") if c.measure == "homes"] == [3.0]
