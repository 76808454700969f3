"""A story printed twice is one source, on untouched real text.

French Wikinews (../shared/corpora/wikinews-it-fr, no licence stated: read by id and
checked by hash, never quoted) holds the article on the Peshawar explosion under two page
ids, word for word. Ingested as two documents, its death toll is one entry quoting one of
them, with the other listed as a reprint, never as a second confirmation.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json

import pytest

from tests.conftest import SHARED, cli

CORPUS = SHARED / "corpora" / "wikinews-it-fr"
COPIES = {"142557": "3cadf0285f62", "142725": "3cadf0285f62"}


def _articles() -> dict[str, str]:
    out = {}
    with gzip.open(CORPUS / "selected_multilingual_wikinews.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["lang"] == "fr" and str(doc["id"]) in COPIES:
                out[str(doc["id"])] = doc["title"] + "\n\n" + doc["text"]
    return out


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared wikinews-it-fr corpus is absent")
def test_the_same_article_under_two_ids_is_one_source(tmp_path):
    texts = _articles()
    assert {k: hashlib.sha1(v.encode("utf-8")).hexdigest()[:12] for k, v in texts.items()} == COPIES
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("".join(json.dumps({"id": f"fr-{k}", "text": v}) + "\n" for k, v in sorted(texts.items())),
                        encoding="utf-8")
    db = tmp_path / "d.duckdb"
    cli("--db", db, "ingest", manifest)
    data = json.loads(cli("--db", db, "timeline", "Pakistan", "--measure", "deaths", "--format", "json").output)
    [entry] = [e for e in data["entries"] if e["value"] == 80]
    assert [q["doc"] for q in entry["quotes"]] == ["fr-142557"] and entry["conflicts"] == []
    rows = list(csv.DictReader(io.StringIO(cli("--db", db, "timeline", "Pakistan", "--measure", "deaths",
                                                "--format", "csv").output)))
    [row] = [r for r in rows if float(r["value"]) == 80]
    assert row["duplicate_docs"] == "fr-142725"
