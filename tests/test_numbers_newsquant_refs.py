"""English number roles on NewsQuant and BBC News sentences, checked by reference.

NewsQuant carries no licence, so no sentence is quoted here: each case names the sentence
by the id the shared scorer's manifest gives it and the first 12 hex digits of the
sentence's SHA-1, then the character offset where a numeral starts and the role
``find_numbers`` must give it. Each was checked by hand against the sentence. The cases
are the rules of the fix they came with: a model's or an index's number, a code, a score,
an address, a postcode, a shirt number and a bare 'half' before 'the'. The BBC News set
(not openly licensed either) is named the same way: archive member, line, SHA-1 prefix.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimline.numbers import find_numbers
from tests.conftest import sha12, bbc_line

CASES = [
    ("nq-0189", "fc208a4d74ab", 25, "identifier"),  # a model word after the number
    ("nq-0557", "6f28704f6211", 45, "identifier"),
    ("nq-0564", "334fba1f0f24", 57, "identifier"),  # an index's number before a model word
    ("nq-0246", "aa6940517c8f", 7, "identifier"),  # an index name written in lower case
    ("nq-0247", "70b395ded544", 47, "identifier"),
    ("nq-0063", "19df6eb61e16", 91, "identifier"),  # a model number without its brand
    ("nq-0477", "0b6debca83e7", 46, "code"),  # a code with a blank before its hyphen
    ("nq-0202", "bfeecfbbafdd", 47, "score"),  # a score right after a team's name
    ("nq-0202", "bfeecfbbafdd", 49, "score"),
    ("nq-0214", "5547a479e534", 96, "identifier"),  # the dashed part of a standard's number
    ("nq-0409", "a294465d4623", 22, "identifier"),  # a house number before an ordinal street
    ("nq-0537", "40bc3fbb32d2", 31, "identifier"),  # a span of house numbers
    ("nq-0507", "1bd5fd24d7a0", 7, "identifier"),  # a postal code
    ("nq-0506", "eff5aeed2e10", 41, "identifier"),  # a shirt number in brackets after a name
    ("nq-0289", "bec5f97d7387", 62, "code"),  # a postcode's second half
    ("nq-0378", "7614b84bd4c1", 0, "quantity"),  # 'half' before 'the' and a plural noun
]


@pytest.fixture(scope="module")
def sentences(shared, tmp_path_factory) -> dict:
    manifest = tmp_path_factory.mktemp("nq") / "nq.jsonl"
    subprocess.run([sys.executable, str(shared / "eval" / "score_newsquant.py"), "manifest", "--out",
                    str(manifest)], check=True, capture_output=True)
    rows = (json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines())
    return {r["id"]: r["text"] for r in rows}


@pytest.mark.parametrize("doc,sha,start,role", CASES)
def test_role_by_reference(sentences, doc, sha, start, role):
    text = sentences[doc]
    assert sha12(text) == sha, "the sentence changed"
    got = {n.start: n for n in find_numbers(text, "en")}
    assert start in got, sorted(got)
    assert got[start].role == role, got[start]


BBC_CASES = [
    ("bbc/business/130.txt", 10, "d1454a77316f", 133, "identifier"),  # a model word after the number
    ("bbc/sport/294.txt", 0, "058dd4e37b8b", 13, "score"),  # a dash pair between two names
    ("bbc/sport/436.txt", 4, "94e2b2c5d705", 88, "score"),  # the smaller first, after a score cue
    ("bbc/sport/459.txt", 4, "a1a1033b396d", 649, "score"),  # one of a row of set scores
    ("bbc/politics/128.txt", 16, "54ad1f861e47", 188, "year"),  # a year's last digit after a slash
    ("bbc/entertainment/154.txt", 6, "09a5dd4d4ed6", 196, "time"),  # a 24-hour clock before 'local time'
]

BBC_VALUES = [
    ("bbc/sport/058.txt", 10, "9a7c90c91d70", 10, 800),  # "m" after a men's race is metres
    ("bbc/sport/045.txt", 6, "a8fca08a6b96", 608, 100),  # "m" before 'champion' is metres
]


def _numeral_at(member, line, sha, start):
    """The numeral ``find_numbers`` reads at ``start`` of a BBC line named by reference."""
    got = {n.start: n for n in find_numbers(bbc_line(member, line, sha), "en")}
    assert start in got, sorted(got)
    return got[start]


@pytest.mark.parametrize("member,line,sha,start,role", BBC_CASES)
def test_bbc_role_by_reference(member, line, sha, start, role):
    n = _numeral_at(member, line, sha, start)
    assert n.role == role, n


@pytest.mark.parametrize("member,line,sha,start,value", BBC_VALUES)
def test_bbc_value_by_reference(member, line, sha, start, value):
    n = _numeral_at(member, line, sha, start)
    assert n.value == value, n
