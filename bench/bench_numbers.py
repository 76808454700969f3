"""Quantity extraction beside quantulum3, on the same NewsQuant sentences, in the same run.

Not a test. For each extractor: CPU seconds over all sentences (best of a few passes),
sentences per second, and the value / value+unit / value+change F1 of the neutral scorer
(``shared/eval/score_newsquant.py``). quantulum3 writes a range as one mean value, so it
is scored with ``--average-ranges``, as upstream did; claimline is scored as is.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("CLAIMLINE_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "eval" / "score_newsquant.py"


def _sentences(tmp: Path) -> list[dict]:
    manifest = tmp / "nq.jsonl"
    subprocess.run([sys.executable, str(SCORER), "manifest", "--out", str(manifest)], check=True,
                   capture_output=True)
    return [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]


def _time(fn, docs: list[dict], passes: int) -> tuple[float, list[dict]]:
    best, rows = float("inf"), []
    for _ in range(passes):
        t0 = time.process_time()
        rows = [r for d in docs for r in fn(d["id"], d["text"])]
        best = min(best, time.process_time() - t0)
    return best, rows


def _score(rows: list[dict], tmp: Path, name: str, average: bool) -> dict:
    path = tmp / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cmd = [sys.executable, str(SCORER), "score", "--system", str(path)] + (["--average-ranges"] if average else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
    return json.loads([line for line in out.splitlines() if line.startswith("{")][-1])


def _quantulum_rows():
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    def rows(doc: str, text: str) -> list[dict]:
        out = []
        for q in parser.parse(text):
            unit = None if q.unit.name == "dimensionless" else q.unit.name
            out.append({"doc": doc, "value": q.value, "low": None, "high": None, "unit": unit,
                        "change": "=", "concept": None})
        return out

    return rows


def main() -> int:
    if not SCORER.is_file():
        print(f"NewsQuant scorer not found at {SCORER}")
        return 1
    from claimline.numbers.quantities import quantities_for_text

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        docs = _sentences(tmp)
        ours = lambda doc, text: quantities_for_text(doc, text, "en")  # noqa: E731
        ours("warm-up", "about 5,000 troops")  # compile the lexicon once, outside the clock
        try:
            theirs = _quantulum_rows()
            theirs("warm-up", "about 5,000 troops")
        except ImportError:
            theirs = None
        results = []
        sec, rows = _time(ours, docs, passes=5)
        results.append(("claimline", sec, _score(rows, tmp, "claimline", average=False)))
        if theirs is not None:
            sec, rows = _time(theirs, docs, passes=3)
            results.append(("quantulum3", sec, _score(rows, tmp, "quantulum3", average=True)))
    n = len(docs)
    print(f"NewsQuant: {n} sentences, one core, CPU time (best of passes)")
    print(f"{'extractor':<12} {'CPU s':>8} {'sent/s':>9} {'value F1':>9} {'+unit':>7} {'+change':>8}")
    for name, sec, s in results:
        print(f"{name:<12} {sec:8.3f} {n / sec:9.0f} {s['value']['f1']:9.3f} {s['value+unit']['f1']:7.3f} "
              f"{s['value+change']['f1']:8.3f}")
    if len(results) == 2:
        ratio = results[1][1] / results[0][1]
        print(f"claimline is {ratio:.1f}x quantulum3's sentences/s")
    else:
        print("quantulum3 not installed (pip install -e '.[bench]'); no comparison")
    return 0


if __name__ == "__main__":
    sys.exit(main())
