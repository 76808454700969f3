"""Measured subject accuracy of the claims stage, per language, on hand-labelled real sentences.

``tests/fixtures/subjects/<lang>.jsonl``: one real sentence per line with its source and,
for each figure in it, the subject a reader gives it (``subject``; ``null`` when the
sentence names nobody whose figure it is, e.g. victims of an accident) and other names
accepted for the same entity (``alt``). English, French and Spanish lines quote their
sentence (openly licensed corpora); German and Italian lines only point into the shared
corpus (``ref``: corpus, document, offsets, a hash of the sentence), which is not openly
licensed, and are skipped where that corpus is absent. See ``tests/fixtures/subjects/README.md``.

Each figure is scored as:

- ``correct``: the claim's subject is the gold entity or one of its names; for a gold
  ``null``, no claim or a generic subject (the victims' noun, all lower case);
- ``wrong``: the claim names another entity (a source, a recipient, a place the figure
  is not about, a mission for its national contingent): the worst error there is;
- ``missing``: no claim, or a generic subject, where the gold names an entity. A subject
  is generic as ``claimline.resolve.generic.is_generic`` decides ("people", "Police", "Deux
  soldats", a bare "Gobierno"): the timeline keeps it apart per story.

Run ``pytest -s tests/test_subjects_measured.py`` to print the table.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
import tarfile
from functools import lru_cache

import pytest

from claimline.claims.lexicon import lexicon
from claimline.resolve.generic import is_generic
from tests.conftest import ROOT, SHARED, floors
from tests.test_claims_corpus import claims_of

FIXTURES = ROOT / "tests" / "fixtures" / "subjects"
#: Sentences labelled without looking at what the stage makes of them, and never used to
#: tune it: the measure of how the rules do on text they were not written for.
HELDOUT = FIXTURES / "heldout"
#: Held out too, and blind: sentences counting soldiers, police and crews, where a
#: contingent, a mission and a country are easiest to confuse; too few per language for a
#: floor each, so they are scored together.
FORCES = FIXTURES / "heldout_forces"
LANGS = ("en", "fr", "de", "es", "it")
_ARTICLES = r"(?:the|l['’]|la|le|les|el|los|las|die|der|das|den|il|lo|gli|i)\s*"


@lru_cache(maxsize=None)
def _corpus(name: str) -> dict:
    """Document id → text of a shared corpus that fixtures only point into."""
    if name == "wikinews-de":
        path = SHARED / "corpora" / "wikinews-de" / "german-news-quotation-data.tar.gz"
        out = {}
        with tarfile.open(path) as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.endswith(".json"):
                    doc = json.load(tar.extractfile(member))
                    out[doc["documentName"].split(" - ", 1)[0]] = doc["originalText"]
        return out
    if name == "wikinews-it-fr":
        out = {}
        for part in ("selected_multilingual_wikinews.jsonl.gz", "selected_multilingual_wikinews_test.jsonl.gz"):
            with gzip.open(SHARED / "corpora" / "wikinews-it-fr" / part, "rt", encoding="utf-8") as fh:
                for line in fh:
                    doc = json.loads(line)
                    if doc["lang"] == "it":
                        out[str(doc["id"])] = doc["text"]
        return out
    raise KeyError(name)


def _text(row: dict) -> str:
    if "text" in row:
        return row["text"]
    ref = row["ref"]
    text = _corpus(ref["corpus"])[ref["doc"]][ref["start"]:ref["end"]]
    assert hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] == ref["sha1"], row["source"]
    return text


def _rows(lang: str, folder=FIXTURES) -> list[dict]:
    rows = [json.loads(line) for line in (folder / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if any("ref" in r for r in rows) and not (SHARED / "corpora").is_dir():
        pytest.skip(f"{lang}: the shared corpora its fixture points into are absent")
    return rows


def _norm(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip().casefold())
    return re.sub(rf"^{_ARTICLES}(?=\w)", "", name)


def _generic(subject: str, lang: str) -> bool:
    """No subject, or one that names no one in particular ("persone", "Menschen", "Police",
    "Deux soldats"): the timeline keeps such subjects apart per story, so they mix nothing."""
    if not subject or is_generic(subject):
        return True
    lex = lexicon(lang)
    nouns = lex.listed("person_nouns") | set(lex.measures)
    return all(w.casefold() in nouns for w in subject.split())


def judge(gold: dict, claim, lang: str = "en") -> str:
    """``correct``, ``wrong`` or ``missing`` for one labelled figure and its claim (or None)."""
    subject = claim.subject if claim is not None else ""
    names = {_norm(n) for n in [gold.get("subject")] + gold.get("alt", []) if n}
    if subject and _norm(subject) in names:
        return "correct"
    if _generic(subject, lang):
        return "correct" if gold.get("subject") is None else "missing"
    return "wrong"


def _claim_for(fig: dict, claims: list, used: set):
    for i, c in enumerate(claims):
        if i in used or c.value is None:
            continue
        if math.isclose(c.value, fig["value"], rel_tol=1e-6) and fig.get("measure", c.measure) == c.measure:
            used.add(i)
            return c
    return None


def measure(lang: str, folder=FIXTURES) -> dict:
    """Counts of correct / wrong / missing subjects over a language's fixture, with the errors."""
    out = {"correct": 0, "wrong": 0, "missing": 0, "errors": []}
    for row in _rows(lang, folder):
        text = _text(row)
        claims = claims_of(text, lang, row.get("date"))
        used: set = set()
        for fig in row["figures"]:
            claim = _claim_for(fig, claims, used)
            verdict = judge(fig, claim, lang)
            out[verdict] += 1
            if verdict != "correct":
                out["errors"].append((verdict, fig["value"], fig.get("subject"),
                                      claim.subject if claim else None, row["source"]))
    out["total"] = out["correct"] + out["wrong"] + out["missing"]
    out["accuracy"] = out["correct"] / out["total"]
    return out


def test_fixtures_are_real_and_labelled():
    for lang, folder, least in [(lang, f, n) for lang in LANGS for f, n in ((FIXTURES, 40), (HELDOUT, 15))]:
        rows = [json.loads(x) for x in (folder / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
        assert len(rows) >= least, (lang, folder)
        for r in rows:
            assert r.get("source") and r.get("figures"), r
            assert ("text" in r) != ("ref" in r), r
            if lang in ("de", "it"):
                assert "ref" in r, ("quote only openly licensed corpora", r["source"])


@pytest.mark.parametrize("lang", LANGS)
def test_subject_accuracy_held_out(lang):
    got = measure(lang, HELDOUT)
    print(f"\n{lang} held out: subject accuracy {got['accuracy']:.3f} ({got['correct']}/{got['total']}), "
          f"wrong entity {got['wrong']}, missing {got['missing']}")
    for verdict, value, gold, subject, source in got["errors"]:
        print(f"   {verdict:7} {value:g}: gold {gold!r}, got {subject!r}  [{source}]")
    floor = floors()
    assert got["accuracy"] >= floor.get(f"claims_subject_heldout_accuracy_{lang}", 0.0)
    assert 1 - got["wrong"] / got["total"] >= floor.get(f"claims_subject_heldout_not_wrong_{lang}", 0.0)


@pytest.mark.parametrize("lang", LANGS)
def test_subject_accuracy(lang):
    got = measure(lang)
    print(f"\n{lang}: subject accuracy {got['accuracy']:.3f} ({got['correct']}/{got['total']}), "
          f"wrong entity {got['wrong']}, missing {got['missing']}")
    for verdict, value, gold, subject, source in got["errors"]:
        print(f"   {verdict:7} {value:g}: gold {gold!r}, got {subject!r}  [{source}]")
    floor = floors()
    assert got["accuracy"] >= floor.get(f"claims_subject_accuracy_{lang}", 0.0)
    not_wrong = 1 - got["wrong"] / got["total"]
    assert not_wrong >= floor.get(f"claims_subject_not_wrong_{lang}", 0.0)


def test_subject_accuracy_on_forces_held_out():
    total = {"correct": 0, "wrong": 0, "missing": 0}
    for lang in LANGS:
        got = measure(lang, FORCES)
        print(f"\n{lang} forces held out: {got['correct']}/{got['total']} correct, wrong entity {got['wrong']}, "
              f"missing {got['missing']}")
        for verdict, value, gold, subject, source in got["errors"]:
            print(f"   {verdict:7} {value:g}: gold {gold!r}, got {subject!r}  [{source}]")
        for k in total:
            total[k] += got[k]
    n = sum(total.values())
    print(f"forces held out, all languages: accuracy {total['correct'] / n:.3f}, wrong entity {total['wrong']}/{n}")
    floor = floors()
    assert total["correct"] / n >= floor.get("claims_subject_forces_accuracy", 0.0)
    assert 1 - total["wrong"] / n >= floor.get("claims_subject_forces_not_wrong", 0.0)
