"""Accuracy gate for the timex stage: the neutral TempEval-3 scorer on the English test set
(te3-platinum) and on the test half of French TimeBank, above the recorded floors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimline.timex.tml import write_spans
from tests.conftest import floors

SPLIT = Path(__file__).resolve().parent.parent / "src" / "claimline" / "timex" / "fr_split.json"


def _score(shared: Path, gold: Path, tmp_path: Path, lang: str) -> dict:
    """Write the manifest of ``gold`` with the shared tool, tag it, score it."""
    manifest = tmp_path / "manifest.jsonl"
    subprocess.run([sys.executable, str(shared / "eval/timex/make_inputs.py"), "manifest",
                    "--gold", str(gold), "--out", str(manifest)], check=True, capture_output=True)
    docs = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    spans = tmp_path / "spans.jsonl"
    write_spans([(d["id"], d["text"], d["published"]) for d in docs], spans, lang=lang)
    scored = subprocess.run([sys.executable, str(shared / "eval/score_timex.py"), "--gold", str(gold),
                             "--system", str(spans)], capture_output=True, text=True, check=False)
    lines = [line for line in scored.stdout.splitlines() if line.startswith("{")]
    assert lines, scored.stdout + scored.stderr
    summary = json.loads(lines[-1])
    assert not summary["failed_files"], summary["failed_files"]
    return summary


def test_te3_platinum_above_floor(shared, tmp_path):
    summary = _score(shared, shared / "eval/timex/te3-platinum", tmp_path, "en")
    f = floors()
    assert summary["value"]["f1"] >= f["timex_te3_value_f1"], summary
    assert summary["strict"]["f1"] >= f["timex_te3_strict_f1"], summary
    assert summary["relaxed"]["f1"] >= f["timex_te3_relaxed_f1"], summary


def test_french_timebank_test_split_above_floor(shared, tmp_path):
    data = shared / "eval/timex/fr-timebank-1.1/Data"
    if not data.is_dir():
        pytest.skip("French TimeBank not found")
    gold = tmp_path / "fr-test"
    gold.mkdir()
    for name in json.loads(SPLIT.read_text(encoding="utf-8"))["test"]:
        (gold / f"{name}.tml").symlink_to(data / f"{name}.tml")
    summary = _score(shared, gold, tmp_path, "fr")
    assert summary["files"] == 58
    assert summary["value"]["f1"] >= floors()["timex_fr_test_value_f1"], summary


@pytest.mark.parametrize("folder, key", [
    ("timex-wikinews-en", "timex_wikinews_dev"),
    ("timex-wikinews-en-2", "timex_wikinews2_dev"),
    ("timex-wikinews-en-3", "timex_wikinews3_dev"),
    ("timex-wikinews-en-4", "timex_wikinews4_dev"),
    ("timex-wikinews-en-5", "timex_wikinews5_dev"),
    ("timex-wikinews-en-6", "timex_wikinews6_dev"),
    ("timex-wikinews-en-7", "timex_wikinews7_dev"),
    ("timex-wikinews-en-8", "timex_wikinews8_dev"),
    ("timex-wikinews-en-9", "timex_wikinews9_dev"),
    ("timex-wikinews-en-10", "timex_wikinews10_dev"),
])
def test_wikinews_dev_sets_above_floor(shared, tmp_path, folder, key):
    """The ten hand-annotated Wikinews-en TimeML sets (tests/fixtures/timex-wikinews-en*,
    36, 36, seven times 30 and 14 long disjoint articles, modern news like te3's, annotated independently
    of the tagger) are development sets: tuned on, so their floors guard against regressions
    rather than measure generalisation."""
    gold = Path(__file__).resolve().parent / "fixtures" / folder
    summary = _score(shared, gold, tmp_path, "en")
    f = floors()
    assert summary["files"] == len(list(gold.glob("*.tml")))
    for measure in ("value", "strict", "relaxed"):
        assert summary[measure]["f1"] >= f[f"{key}_{measure}_f1"], (measure, summary)
