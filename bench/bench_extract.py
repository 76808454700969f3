"""Extraction throughput: the whole claimline pipeline on English news, one core.

Not a test. Prints MB/s (CPU time of this one process), docs/s, peak RSS, per-stage CPU
time, and, on HTML pages, claimline's reading + extraction beside trafilatura's text
extraction alone (the peer library claimline uses for HTML), measured in the same run.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import bbc, html_pages, wikinews_en  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_text(name: str, docs: list[dict]) -> dict:
    """Run every stage on ``docs``; CPU seconds per stage and in total."""
    from claimline import claims, clean, lang, timex
    from claimline.model import Document
    from claimline.pipeline import process

    stage = {"clean": 0.0, "lang": 0.0, "timex": 0.0, "numbers+claims": 0.0}
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    n_claims = 0
    t0 = time.process_time()
    for d in docs[:5]:  # first use loads the language models and compiles the rules
        process(Document(id=d["id"], source=d["id"], text=d["text"], published=d["published"]))
    warmup = time.process_time() - t0
    t0 = time.process_time()
    for d in docs:
        doc = Document(id=d["id"], source=d["id"], text=d["text"], published=d["published"],
                       published_how="manifest" if d["published"] else "unknown")
        n_claims += len(process(doc).claims)
    total = time.process_time() - t0
    for d in docs:  # a second pass, stage by stage, for the breakdown
        t = time.process_time(); c = clean.clean(d["text"]); stage["clean"] += time.process_time() - t
        t = time.process_time(); secs = lang.sections(c.text); stage["lang"] += time.process_time() - t
        t = time.process_time(); timex.tag(c.text, "en", d["published"]); stage["timex"] += time.process_time() - t
        doc = Document(id=d["id"], source=d["id"], text=d["text"], published=d["published"])
        t = time.process_time()
        claims.extract(doc, c, secs, d["published"], timexes=lambda *a: [])
        stage["numbers+claims"] += time.process_time() - t
    return {"corpus": name, "docs": len(docs), "mb": size / 1e6, "cpu_s": total, "warmup_s": warmup,
            "mb_s": size / 1e6 / total, "docs_s": len(docs) / total, "claims": n_claims, "stages": stage}


def run_html(limit: int) -> dict:
    """claimline's HTML reading + extraction vs trafilatura.extract alone, same pages."""
    import trafilatura

    from claimline.ingest.decode import decode_html
    from claimline.ingest.html import extract_page
    from claimline.model import Document
    from claimline.pipeline import process

    pages = html_pages(limit)
    size = sum(len(b) for _, b in pages)
    t = time.process_time()
    for _, raw in pages:
        trafilatura.extract(raw.decode("utf-8", "replace"))
    peer = time.process_time() - t
    t = time.process_time()
    n_claims = 0
    for name, raw in pages:
        try:
            page = extract_page(decode_html(raw))
        except Exception:
            continue
        doc = Document(id=name, source=name, text=page.text, published=page.published,
                       published_how="html-meta" if page.published else "unknown")
        n_claims += len(process(doc).claims)
    ours = time.process_time() - t
    return {"pages": len(pages), "mb": size / 1e6, "trafilatura_s": peer, "claimline_s": ours,
            "ratio": ours / peer if peer else float("nan"), "claims": n_claims}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=int, default=300, help="BBC documents (local throughput only)")
    ap.add_argument("--html", type=int, default=40, help="HTML pages for the trafilatura comparison")
    args = ap.parse_args(argv)
    rows = [run_text("wikinews-en (CC BY 2.5)", wikinews_en())]
    if args.bbc:
        rows.append(run_text(f"bbc-news ({args.bbc} docs)", bbc(args.bbc)))
    print("== claimline extraction, one core (CPU time of this process) ==")
    print(f"{'corpus':30} {'docs':>5} {'MB':>6} {'MB/s':>7} {'docs/s':>7} {'claims':>7} {'warm-up':>8}  stages (CPU s)")
    for r in rows:
        stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items())
        print(f"{r['corpus']:30} {r['docs']:5d} {r['mb']:6.2f} {r['mb_s']:7.3f} {r['docs_s']:7.1f} "
              f"{r['claims']:7d} {r['warmup_s']:7.2f}s  {stages}")
    print("(MB/s and docs/s after a 5-document warm-up that loads the models and compiles the rules)")
    if args.html:
        h = run_html(args.html)
        print(f"\n== HTML pages ({h['pages']} pages, {h['mb']:.1f} MB of HTML) ==")
        print(f"trafilatura.extract alone: {h['trafilatura_s']:.2f} s CPU; claimline read + every stage: "
              f"{h['claimline_s']:.2f} s CPU ({h['claims']} claims); time ratio claimline/trafilatura "
              f"{h['ratio']:.2f} (the rest of the pipeline costs {max(h['ratio'] - 1, 0):.2f}× the HTML step)")
    print(f"\npeak RSS: {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
