"""Shared fixtures: paths to the bundled example corpus and the neutral judges."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "kfor"
SHARED = Path(os.environ.get("CLAIMLINE_SHARED", ROOT.parent / "shared"))
FLOORS = ROOT / "accuracy_floors.json"


def floors() -> dict:
    """The accuracy floors recorded in the repo (one flat JSON object)."""
    return json.loads(FLOORS.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared workspace folder (gold sets, scorers, corpora); skip when absent."""
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"shared eval data not found at {SHARED}")
    return SHARED


def bbc_line(member: str, index: int, sha: str) -> str:
    """Line ``index`` of a BBC News archive member, quoted by reference (the corpus is not
    openly licensed): the test names the line and the first 12 hex digits of its SHA-1,
    and skips when the archive is absent."""
    import hashlib
    import tarfile

    path = SHARED / "corpora" / "bbc-news" / "bbc-fulltext.tar.gz"
    if not path.is_file():
        pytest.skip("BBC News archive not found")
    with tarfile.open(path) as tar:
        line = tar.extractfile(member).read().decode("utf-8").splitlines()[index]
    assert hashlib.sha1(line.encode("utf-8")).hexdigest()[:12] == sha, "the sentence changed"
    return line


def wikinews_it_fr_line(row_id: int, index: int, sha: str) -> str:
    """Line ``index`` of the ``wikinews-it-fr`` row ``row_id``, quoted by reference (the
    corpus states no licence), checked against the first 12 hex digits of its SHA-1."""
    import gzip
    import hashlib

    folder = SHARED / "corpora" / "wikinews-it-fr"
    for name in ("selected_multilingual_wikinews.jsonl.gz", "selected_multilingual_wikinews_test.jsonl.gz"):
        if not (folder / name).is_file():
            continue
        with gzip.open(folder / name, "rt", encoding="utf-8") as fh:
            for row in map(json.loads, fh):
                if row["id"] == row_id:
                    line = row["text"].splitlines()[index]
                    assert hashlib.sha1(line.encode("utf-8")).hexdigest()[:12] == sha, "the sentence changed"
                    return line
    pytest.skip(f"wikinews-it-fr row {row_id} not found")


@pytest.fixture(scope="session")
def seed_claims():
    """Claims of the bundled example corpus, read through its manifest."""
    from claimline import pipeline
    from claimline.ingest import read_manifest

    done, _ = pipeline.process_all(read_manifest(str(EXAMPLES / "manifest.jsonl")))
    return [c for p in done for c in p.claims], {p.doc.id: p for p in done}


def cli(*args, ok: bool = True):
    """Run the claimline CLI in-process; with ``ok``, assert it succeeded. Returns the result."""
    from click.testing import CliRunner

    from claimline.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, (result.output, result.exception)
    return result


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    """A store holding the multi-document timeline corpus (tests/fixtures/timelines)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    cli("--db", path, "ingest", ROOT / "tests" / "fixtures" / "timelines" / "manifest.jsonl")
    return path


RESOURCES = ROOT / "src" / "claimline" / "resources"


def resource_cases(name: str, sep: str = "-") -> list:
    """One pytest param per line of ``resources/<lang>/<name>``: (lang, parsed line), id lang-N."""
    out = []
    for path in sorted(RESOURCES.glob(f"*/{name}")):
        lang = path.parent.name
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append(pytest.param(lang, json.loads(line), id=f"{lang}{sep}{no}"))
    return out
