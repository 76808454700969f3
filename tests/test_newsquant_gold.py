"""Accuracy gate for quantities: the neutral NewsQuant scorer, above the recorded floors.

The shared scorer writes the manifest and scores our rows; nothing here reads the gold.
"""
from __future__ import annotations

import json
import subprocess
import sys

from claimline.numbers.quantities import run_manifest
from tests.conftest import floors


def test_newsquant_above_floor(shared, tmp_path):
    scorer = shared / "eval" / "score_newsquant.py"
    manifest = tmp_path / "nq.jsonl"
    subprocess.run([sys.executable, str(scorer), "manifest", "--out", str(manifest)],
                   check=True, capture_output=True)
    rows = tmp_path / "nq-quantities.jsonl"
    run_manifest(manifest, rows)
    scored = subprocess.run([sys.executable, str(scorer), "score", "--system", str(rows)],
                            capture_output=True, text=True, check=False)
    lines = [line for line in scored.stdout.splitlines() if line.startswith("{")]
    assert lines, scored.stdout + scored.stderr
    s = json.loads(lines[-1])
    f = floors()
    assert s["system_rows_bad_change"] == 0, s
    assert s["value"]["f1"] >= f["newsquant_value_f1"], s["value"]
    assert s["value+unit"]["f1"] >= f["newsquant_value_unit_f1"], s["value+unit"]
    assert s["value+change"]["f1"] >= f["newsquant_value_change_f1"], s["value+change"]
    assert s["value+concept_partial"]["f1"] >= f["newsquant_concept_partial_f1"], s["value+concept_partial"]
