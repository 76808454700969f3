"""National troops are a contingent only of a force or mission (whole documents).

Italian Wikinews articles from ../shared/corpora/wikinews-it-fr, which states no licence:
they are read from the corpus by id and checked by hash, never quoted here. Each names a
nationality's soldiers in a sentence with no actor of its own, after a document that named
a guerrilla, an agency or a state before ("FARC", "IRNA", "URSS"): the soldiers are their
country's, not a "contingent" of those. (Contingents of real missions: tests/test_trust.py
for KFOR, tests/test_timelines_corpus.py for Barkhane.)
"""
from __future__ import annotations

import gzip
import hashlib
import json
from functools import lru_cache

import pytest

from claimline import pipeline
from claimline.model import Document
from tests.conftest import SHARED

CORPUS = SHARED / "corpora" / "wikinews-it-fr"


@lru_cache(maxsize=1)
def _italian() -> dict[str, str]:
    out = {}
    for part in ("selected_multilingual_wikinews.jsonl.gz", "selected_multilingual_wikinews_test.jsonl.gz"):
        with gzip.open(CORPUS / part, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if doc["lang"] == "it":
                    out[str(doc["id"])] = doc["text"]
    return out


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared wikinews-it-fr corpus is absent")
@pytest.mark.parametrize("doc_id, sha1, expected", [
    ("111064", "9455d22a91ab", [("Georgia", 30)]),  # "30 soldati georgiani" after "URSS"
    ("60650", "eedbb58e4635", [("Iran", 7)]),  # "sette soldati iraniani" after "IRNA"
    ("109098", "9247fa79cf09", [("Colombia", 7), ("United States", 3)]),  # after "FARC"
    ("111199", "4adbf51e8a8b", [("Russia", 10000)]),  # "10.000 soldati russi"
])
def test_soldiers_of_a_nationality_are_their_country_s_outside_a_mission(doc_id, sha1, expected):
    text = _italian()[doc_id]
    assert hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] == sha1
    claims = pipeline.process(Document(id=doc_id, text=text, source="wikinews-it-fr")).claims
    troops = [(c.subject, c.value) for c in claims if c.measure == "troops"]
    assert troops == expected
    assert not [c for c in claims if "contingent of" in c.subject]


def test_which_bodies_take_national_contingents():
    from claimline.claims.lexicon import lexicon
    from claimline.claims.subject import takes_contingents

    en, fr = lexicon("en"), lexicon("fr")
    for name in ("KFOR", "EUFOR", "UNIFIL", "MINUSMA", "NATO", "UN", "Kosovo Force", "ISAF"):
        assert takes_contingents(name, "", en), name
    for name in ("FARC", "IRNA", "URSS", "Consiglio di Sicurezza", "Parlament"):
        assert not takes_contingents(name, "", en), name
    # a name the text calls a force or an operation (news-fr-2, 2018-12-22)
    assert takes_contingents("Barkhane", "au sein de la force Barkhane", fr)
    assert takes_contingents("Barkhane", "l'opération Barkhane", fr)
    assert not takes_contingents("Barkhane", "Barkhane", fr)
