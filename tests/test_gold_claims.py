"""Accuracy gate: the neutral claims scorer on the shared seed gold set, above the floors."""
from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from tests.conftest import floors


def test_seed_claims_score_above_floor(shared, tmp_path):
    from claimline.cli import main

    out = tmp_path / "claims.jsonl"
    result = CliRunner().invoke(main, ["extract", "--manifest", str(shared / "eval/seeds/docs.jsonl"),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    scored = subprocess.run(
        [sys.executable, str(shared / "eval/score_claims.py"), "--gold", str(shared / "eval/seeds/gold.jsonl"),
         "--system", str(out)], capture_output=True, text=True, check=False)
    summary = json.loads(scored.stdout.strip().splitlines()[-2])
    f = floors()
    assert summary["figure"]["f1"] >= f["claims_seeds_figure_f1"], summary
    assert summary["strict"]["f1"] >= f["claims_seeds_strict_f1"], summary
