"""Loaders for the shared benchmark corpora (read-only, in ../shared/corpora)."""
from __future__ import annotations

import csv
import gzip
import json
import os
import tarfile
from pathlib import Path

SHARED = Path(os.environ.get("CLAIMLINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPORA = SHARED / "corpora"


def wikinews_en() -> list[dict]:
    """English Wikinews 2019–2021 (CC BY 2.5): ``{id, text, published}`` per article."""
    docs = []
    for name in ("wikinews_2019.csv.gz", "wikinews_2020.csv.gz"):
        with gzip.open(CORPORA / "wikinews-en" / name, "rt", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                docs.append({"id": f"{name[:13]}-{i:03d}", "text": row["title"] + "\n\n" + row["text"],
                             "published": row["date"]})
    return docs


def bbc(n_docs: int = 500) -> list[dict]:
    """A fixed subset of the BBC News set (local throughput only; not openly licensed)."""
    with tarfile.open(CORPORA / "bbc-news" / "bbc-fulltext.tar.gz") as tar:
        members = sorted((m for m in tar.getmembers() if m.name.endswith(".txt") and "README" not in m.name),
                         key=lambda m: m.name)
        picked = [members[i * len(members) // n_docs] for i in range(min(n_docs, len(members)))]
        return [{"id": m.name, "text": tar.extractfile(m).read().decode("utf-8", "replace"), "published": None}
                for m in picked]


def html_pages(limit: int = 60) -> list[tuple[str, bytes]]:
    """Raw HTML pages of the article-extraction benchmark (local use only)."""
    files = sorted((CORPORA / "article-extraction-benchmark" / "html").glob("*.html.gz"))[:limit]
    return [(f.name, gzip.decompress(f.read_bytes())) for f in files]


def news_fr(limit: int = 300) -> list[dict]:
    """French news (news-fr-2, CC BY-SA 4.0): ``{id, text, published}``."""
    out = []
    with tarfile.open(CORPORA / "news-fr-2" / "orangesum-test-parsed.tar.gz") as tar:
        for m in sorted((m for m in tar.getmembers() if m.name.endswith(".json")), key=lambda m: m.name)[:limit]:
            d = json.load(tar.extractfile(m))
            text = "\n\n".join(x for x in (d.get("title"), d.get("heading"), d.get("article")) if x)
            out.append({"id": m.name, "text": text, "published": (d.get("date") or "")[:10] or None})
    return out
