"""The timex stage's public API on the seed documents: document-date inference, tagging
without a document date, and the TimeML / manifest writers the scorer reads."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimline.timex import DCT_MIN_CONFIDENCE, infer_dct, run_manifest, tag, write_tml
from claimline.timex.tml import write_spans
from tests.conftest import EXAMPLES, bbc_line

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip(f"seed {name} not found")
    return path.read_text(encoding="utf-8")


def test_dateline_gives_a_confident_date():
    text = _seed("001_c35a5a3fca149466.txt")
    guess = infer_dct(text, "en")
    assert guess is not None and guess.value == "2012-07-09"
    assert guess.how == "dateline" and guess.confidence >= DCT_MIN_CONFIDENCE
    assert text[guess.start:guess.end] == guess.evidence
    assert "2012" in guess.evidence


def test_event_date_in_a_sentence_is_not_a_dateline():
    guess = infer_dct(_seed("002_a8a29d4b3606206f.txt"), "en")
    assert guess is None or guess.confidence < DCT_MIN_CONFIDENCE


def test_weak_inference_stays_below_the_threshold():
    text = _seed("004_4e4e82e7802da668.txt")
    guess = infer_dct(text, "en")
    assert guess is not None and guess.how == "inferred"
    assert guess.value == "2024-03-14"
    assert guess.confidence < DCT_MIN_CONFIDENCE
    assert text[guess.start:guess.end] == "March 14"


def test_no_document_date_means_relative_values_stay_unknown():
    text = _seed("004_4e4e82e7802da668.txt")
    got = {t.text: t.value for t in tag(text, "en", None)}
    assert got["today"] is None
    assert got["late May 2023"] == "2023-05"
    assert got["March 14"] == "XXXX-03-14"
    assert got["2023"] == "2023"


def test_offsets_are_end_exclusive_and_point_at_the_text():
    text = _seed("000_dcdaffea40f76c5c.txt")
    for lang in ("en", "fr"):
        for t in tag(text, lang, "2010-10-29"):
            assert text[t.start:t.end] == t.text


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        tag("on 3 March", "xx", None)


def test_manifest_to_timeml_round_trip(tmp_path):
    manifest = ROOT / "examples" / "kfor" / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip("example manifest not found")
    n = run_manifest(manifest, tmp_path / "out")
    ids = [json.loads(line)["id"] for line in manifest.read_text().splitlines() if line.strip()]
    assert n == len(ids)
    doc = (tmp_path / "out" / f"{ids[0]}.tml").read_text(encoding="utf-8")
    assert doc.count("<TEXT>") == 1 and "</TimeML>" in doc
    plain = re.sub(r"<[^>]+>", "", doc.split("<TEXT>")[1].split("</TEXT>")[0])
    assert "&lt;" not in doc.split("<TEXT>")[0]
    assert re.search(r'<TIMEX3 tid="t\d+" type="DURATION" value="PXM">the next few months</TIMEX3>', doc)
    assert re.search(r'type="DATE" value="2010-10-29">aujourd’hui</TIMEX3>', doc)
    assert len(plain) > 100


def test_writers_agree_with_the_shared_scorer(tmp_path):
    shared = ROOT.parent / "shared" / "eval"
    gold = shared / "timex" / "tbaq-cleaned" / "TimeBank"
    if not gold.is_dir():
        pytest.skip("shared eval data not found")
    picked = tmp_path / "gold"
    picked.mkdir()
    for name in ("wsj_0006.tml", "APW19980227.0468.tml"):
        (picked / name).symlink_to(gold / name)
    manifest = tmp_path / "m.jsonl"
    subprocess.run([sys.executable, str(shared / "timex/make_inputs.py"), "manifest", "--gold",
                    str(picked), "--out", str(manifest)], check=True, capture_output=True)
    docs = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    write_tml([(d["id"], d["text"], d["published"], "en") for d in docs], tmp_path / "tml")
    write_spans([(d["id"], d["text"], d["published"], "en") for d in docs], tmp_path / "s.jsonl")
    scores = []
    for system in (tmp_path / "tml", tmp_path / "s.jsonl"):
        out = subprocess.run([sys.executable, str(shared / "score_timex.py"), "--gold", str(picked),
                              "--system", str(system)], capture_output=True, text=True, check=True)
        summary = json.loads([l for l in out.stdout.splitlines() if l.startswith("{")][-1])
        assert not summary["failed_files"]
        scores.append(summary["counts"])
    assert scores[0] == scores[1]
    assert scores[0]["relaxed"] > 0


NEWS_ES = ROOT.parent / "shared" / "corpora" / "news-es" / "test.xlsx"


def _news_es_row(row_id: str) -> str:
    openpyxl = pytest.importorskip("openpyxl")
    if not NEWS_ES.is_file():
        pytest.skip("news-es not found")
    book = openpyxl.load_workbook(NEWS_ES, read_only=True)
    for row in book.active.iter_rows(values_only=True):
        if str(row[0]) == row_id:
            return str(row[5])
    pytest.skip(f"news-es row {row_id} not found")


def test_spanish_dateline_with_a_region_in_parentheses():
    text = _news_es_row("10")  # "Cúcuta (Norte de Santander), 19 de febrero de 2021. – En el marco ..."
    guess = infer_dct(text, "es")
    assert guess is not None and guess.how == "dateline"
    assert guess.value == "2021-02-19" and guess.confidence >= DCT_MIN_CONFIDENCE


@pytest.mark.parametrize("lang,line,value", [
    ("de", "Berlin, 3. März 2021 –", "2021-03-03"),
    ("de", "Berlin, 3. März 2021 (dpa) –", "2021-03-03"),
    ("es", "Madrid, 3 de marzo de 2021", "2021-03-03"),
    ("it", "Roma, 3 marzo 2021", "2021-03-03"),
])
def test_dateline_shapes(lang, line, value):
    # dateline shapes only (a place and a date), no quoted sentence
    guess = infer_dct(line + "\n", lang)
    assert guess is not None and guess.value == value and guess.confidence >= DCT_MIN_CONFIDENCE


def test_an_event_date_in_a_german_sentence_is_no_dateline():
    # wikinews-de 13406, first sentence
    text = ("Am Freitag, den 16. September 2005 protestierten Schülerinnen und Schüler des "
            "Alpen-Adria-Gymnasiums Völkermarkt gegen entwicklungspolitische Missstände in "
            "Ländern der dritten Welt auf ihre eigene Art und Weise:")
    guess = infer_dct(text, "de")
    assert guess is None or guess.confidence < DCT_MIN_CONFIDENCE


def test_write_tml_reports_a_document_it_cannot_write_and_writes_the_rest(tmp_path, capsys):
    out = tmp_path / "tml"
    out.mkdir()
    (out / "up").symlink_to(tmp_path)  # an id through this link would leave the output folder
    text = (EXAMPLES / "001_c35a5a3fca149466.txt").read_text(encoding="utf-8")  # "09 Jul. 2012"
    docs = [("up/escaped", text, "2012-07-09", "en"), ("kept", text, "2012-07-09", "en")]
    assert write_tml(docs, out) == 1
    assert 'value="2012-07-09">09 Jul. 2012</TIMEX3>' in (out / "kept.tml").read_text(encoding="utf-8")
    assert not (tmp_path / "escaped.tml").exists()
    [err] = capsys.readouterr().err.splitlines()
    assert err.startswith("up/escaped: ValueError:") and "leave the output folder" in err


def test_an_anchored_duration_is_one_date_but_timeml_tags_its_duration_and_anchor(tmp_path):
    """A reader's comment in the BBC archive (entertainment/253, quoted by reference: the corpus
    is not openly licensed) says "in 25 years from now". The claims read one point in time,
    2030 when said in 2005; TimeML tags the anchored duration and its anchor apart, as it
    tags "Eight trading days" and "Oct. 12" in TimeBank's "Eight trading days after Oct. 12"."""
    line = bbc_line("bbc/entertainment/253.txt", 102, "47f049657c90")
    point = [t for t in tag(line, "en", "2005-02-10") if t.start == 182]
    assert [(t.end, t.type, t.value) for t in point] == [(199, "DATE", "2030")]
    assert [(p.start, p.end, p.type, p.value) for p in point[0].parts] == [
        (182, 190, "DURATION", "P25Y"), (196, 199, "DATE", "PRESENT_REF")]
    write_spans([("c", line, "2005-02-10", "en")], tmp_path / "s.jsonl")
    spans = [json.loads(s) for s in (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(s["start"], s["type"], s["value"]) for s in spans if 182 <= s["start"] < 199] == [
        (182, "DURATION", "P25Y"), (196, "DATE", "PRESENT_REF")]
    write_tml([("c", line, "2005-02-10", "en")], tmp_path / "tml")
    doc = (tmp_path / "tml" / "c.tml").read_text(encoding="utf-8")
    assert re.search(r'type="DURATION" value="P25Y">25 years</TIMEX3> from <TIMEX3 tid="t\d+" '
                     r'type="DATE" value="PRESENT_REF">now</TIMEX3>', doc)
