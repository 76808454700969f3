"""Number readings on German and Italian news sentences that are checked by reference.

The German (wikinews-de, CC BY-NC-SA 4.0 as its repository states) and Italian
(wikinews-it-fr, no licence stated) corpora are not openly licensed, so these cases quote no
sentence: each points into ``../shared/corpora`` (corpus, document id, character offsets and
the first 12 hex digits of the sentence's SHA-1) and is skipped where the corpora are absent.
A case is either the readings ``find_numbers`` must return in order (value, low, high,
qualifier, form, role; optionally the first tag of each rule, for transitions) or, for a
negative, why no quantity may come from the sentence. Each was checked by hand.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import math
import tarfile
from functools import lru_cache

import pytest

from claimline.numbers import find_numbers
from tests.conftest import SHARED

CORPORA = SHARED / "corpora"

CASES = [
    ('de', 'wikinews-de', '24911', 167, 264, '990ae40c8174',
     [
         (2, None, None, 'exact', 'words', 'quantity'),
         (125, None, None, 'exact', 'digits', 'quantity'),
         (308, None, None, 'exact', 'digits', 'quantity'),
     ]),
    ('de', 'wikinews-de', '75792', 0, 149, 'f66052f28ba2',
     [
         (None, None, None, 'exact', 'digits', 'date'),
         (35, None, None, 'exact', 'digits', 'quantity'),
         (4, None, None, 'exact', 'words', 'quantity'),
     ]),
    ('de', 'wikinews-de', '40205', 947, 1049, '81e54660e428',
     [
         (2, None, None, 'exact', 'words', 'ordinal'),
         (2004, None, None, 'exact', 'digits', 'year'),
         (5500, None, None, 'exact', 'digits', 'quantity'),
     ]),
    ('de', 'wikinews-de', '64897', 181, 292, 'a20376187133',
     [
         (41, None, None, 'exact', 'digits', 'quantity'),
         (44, None, None, 'exact', 'digits', 'quantity'),
         (101, None, None, 'exact', 'digits', 'quantity'),
     ]),
    ('de', 'wikinews-de', '74342', 787, 835, 'd1ef0d63392f',
     [
         (450, None, None, 'exact', 'digits', 'quantity'),
     ]),
    ('de', 'wikinews-de', '31406', 913, 1066, 'ce8431ec1a71',
     [
         (2000, None, None, 'exact', 'digits', 'quantity'),
         (15000, None, None, 'approx', 'digits', 'quantity'),
     ],
     ['transition-from', 'transition-to']),
    ('de', 'wikinews-de', '79481', 794, 900, '0752407f261f',
     [
         (1000000, None, None, 'more-than', 'words', 'quantity'),
         (2015, None, None, 'exact', 'digits', 'year'),
     ]),
    ('de', 'wikinews-de', '13474', 891, 1065, '02bed31a5814',
     [
         (1000, None, None, 'more-than', 'words', 'quantity'),
         (2004, None, None, 'exact', 'digits', 'year'),
     ]),
    ('de', 'wikinews-de', '68437', 258, 333, 'c4378e2afa0c',
     [
         (1870, None, None, 'exact', 'digits', 'quantity'),
         (13, None, None, 'exact', 'digits', 'quantity'),
     ]),
    ('de', 'wikinews-de', '72501', 827, 1218, '0749c625da13',
     "'8 Uhr' is a clock time, not a number after a name"),
    ('de', 'wikinews-de', '75792', 2359, 2569, '4f6edcef3636',
     "'29.06' is a day and month (a date), not 29.06"),
    ('de', 'wikinews-de', '63989', 186, 399, '5f75e56eafc8',
     "'7.10.' is a day and month (a date)"),
    ('de', 'wikinews-de', '58969', 427, 445, '9ba5d7d7f9e2',
     "'am 25.' is a day whose month the sentence splitter cut off"),
    ('de', 'wikinews-de', '33857', 250, 281, 'bac9285a8939',
     "'am 1.' is a day whose month the sentence splitter cut off"),
    ('it', 'wikinews-it-fr', '60304', 730, 920, '58eaa68c8c17',
     [
         (25000000, None, None, 'exact', 'digits', 'quantity'),
         (1981, None, None, 'exact', 'digits', 'year'),
         (39500000, 33000000, 46000000, 'exact', 'range', 'quantity'),
         (0.5, None, None, 'exact', 'fraction', 'quantity'),
     ]),
    ('it', 'wikinews-it-fr', '155407', 632, 842, '02bd550b867e',
     [
         (2, None, None, 'exact', 'words', 'quantity'),
         (275, 250, 300, 'exact', 'range', 'quantity'),
     ]),
    ('it', 'wikinews-it-fr', '38244', 356, 475, 'd43b94ed8e46',
     [
         (164.5, 159, 170, 'exact', 'range', 'quantity'),
         (144.5, 139, 150, 'exact', 'range', 'quantity'),
     ]),
    ('it', 'wikinews-it-fr', '85401', 0, 234, 'b6079871c0c0',
     [
         (7500, 5000, 10000, 'exact', 'range', 'quantity'),
     ]),
    ('it', 'wikinews-it-fr', '191061', 1199, 1310, '10811061d2ec',
     [
         (70000, None, None, 'more-than', 'digits', 'quantity'),
         (30, 27, 33, 'approx', 'vague', 'quantity'),
     ]),
    ('it', 'wikinews-it-fr', '103440', 3930, 4275, 'a22a18af80bc',
     [
         (47000, None, None, 'exact', 'digits', 'quantity'),
         (55000, None, None, 'exact', 'digits', 'quantity'),
         (2500, None, None, 'exact', 'digits', 'quantity'),
     ],
     ['transition-from', 'transition-to', 'digits']),
    ('it', 'wikinews-it-fr', '101594', 981, 1115, '39ec056c5626',
     [
         (4, None, None, 'exact', 'words', 'quantity'),
         (164, None, None, 'exact', 'digits', 'quantity'),
         (42.6, None, None, 'exact', 'digits', 'quantity'),
         (148, None, None, 'exact', 'digits', 'quantity'),
         (37.64, None, None, 'exact', 'digits', 'quantity'),
     ]),
    ('it', 'wikinews-it-fr', '423635', 936, 1014, 'ec480d794b9f',
     [
         (11, None, None, 'exact', 'digits', 'quantity'),
     ]),
    ('it', 'wikinews-it-fr', '81439', 0, 188, 'f0d08691bcf6',
     [
         (1000, None, None, 'at-least', 'words', 'quantity'),
         (2007, None, None, 'exact', 'digits', 'year'),
     ]),
    ('it', 'wikinews-it-fr', '8363', 139, 305, 'e6ff13b44dcb',
     "'alle 18.05' is a clock time"),
    ('it', 'wikinews-it-fr', '5386', 32, 132, '77918fa22c8d',
     "'alle 21.37' is a clock time"),
    ('it', 'wikinews-it-fr', '553300', 469, 531, '7b0d39add803',
     "'fino al 2018' is a year"),
    ('it', 'wikinews-it-fr', '25715', 185, 308, '144ebd0e8bf8',
     "'20.50 ora locale', '18.50 UTC' are clock times"),
]


@lru_cache(maxsize=None)
def _corpus(name: str) -> dict:
    """Document id -> text, as the number corpora cite them."""
    out = {}
    if name == "wikinews-de":
        with tarfile.open(CORPORA / "wikinews-de" / "german-news-quotation-data.tar.gz") as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.endswith(".json"):
                    doc = json.load(tar.extractfile(member))
                    out[doc["documentName"].split(" - ", 1)[0]] = doc["originalText"]
        return out
    for part in ("selected_multilingual_wikinews.jsonl.gz", "selected_multilingual_wikinews_test.jsonl.gz"):
        with gzip.open(CORPORA / "wikinews-it-fr" / part, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if doc["lang"] == "it":
                    out[str(doc["id"])] = doc["text"]
    return out


def _sentence(corpus: str, doc: str, start: int, end: int, sha1: str) -> str:
    if not CORPORA.is_dir():
        pytest.skip("the shared corpora these cases point into are absent")
    text = _corpus(corpus)[doc][start:end]
    assert hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] == sha1, (corpus, doc)
    return text


def _same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6)
    return a == b


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in CASES])
def test_reference_case(case):
    lang, corpus, doc, start, end, sha1, want = case[:7]
    text = _sentence(corpus, doc, start, end, sha1)
    got = find_numbers(text, lang)
    if isinstance(want, str):  # a negative: why no quantity may come from it
        assert [n.surface for n in got if n.role == "quantity"] == [], want
        return
    rows = [(n.value, n.low, n.high, n.qualifier, n.form, n.role) for n in got]
    assert len(rows) == len(want), rows
    for g, w in zip(rows, want):
        assert all(_same(x, y) for x, y in zip(g, w)), (g, w)
    if len(case) > 7:  # the first tag of each rule: transitions
        assert [n.rule.split("|")[0] for n in got if n.role == "quantity"] == case[7]
