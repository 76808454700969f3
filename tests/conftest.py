"""Shared fixtures: paths to the bundled example corpus and the neutral judges."""
from __future__ import annotations

import json
import os
from functools import lru_cache
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


def sha12(line: str) -> str:
    """The first 12 hex digits of the SHA-1 of ``line``: how a test names a sentence of a
    corpus that is not openly licensed, quoting it by reference."""
    import hashlib

    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=None)
def _bbc_archive() -> dict:
    """Every member of the BBC News archive as text, read once per test run."""
    import tarfile

    path = SHARED / "corpora" / "bbc-news" / "bbc-fulltext.tar.gz"
    if not path.is_file():
        return {}
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read().decode("utf-8", "replace")
                for m in tar.getmembers() if m.isfile()}


def bbc_line(member: str, index: int, sha: str) -> str:
    """Line ``index`` of a BBC News archive member, quoted by reference (the corpus is not
    openly licensed); skips when the archive is absent."""
    archive = _bbc_archive()
    if member not in archive:
        pytest.skip(f"BBC News archive or its member {member} not found")
    line = archive[member].splitlines()[index]
    assert sha12(line) == sha, "the sentence changed"
    return line


@lru_cache(maxsize=None)
def _wikinews_it_fr() -> dict:
    """The ``wikinews-it-fr`` rows' texts by id (the Italian, French and English rows share
    one id space only loosely, so an id may name several), read once per test run."""
    import gzip

    folder = SHARED / "corpora" / "wikinews-it-fr"
    texts: dict = {}
    for name in ("selected_multilingual_wikinews.jsonl.gz", "selected_multilingual_wikinews_test.jsonl.gz"):
        if (folder / name).is_file():
            with gzip.open(folder / name, "rt", encoding="utf-8") as fh:
                for row in map(json.loads, fh):
                    texts.setdefault(row["id"], []).append(row["text"])
    return texts


def wikinews_it_fr_line(row_id: int, index: int, sha: str) -> str:
    """Line ``index`` of the ``wikinews-it-fr`` row ``row_id`` whose SHA-1 prefix is ``sha``
    (quoted by reference: the corpus states no licence); skips when the corpus is absent."""
    texts = _wikinews_it_fr().get(row_id)
    if texts is None:
        pytest.skip(f"wikinews-it-fr row {row_id} not found")
    lines = [t.splitlines()[index] for t in texts if index < len(t.splitlines())]
    found = [line for line in lines if sha12(line) == sha]
    assert found, "the sentence changed"
    return found[0]


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
