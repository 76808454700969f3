"""The web server answers from the store: timeline JSON, questions, the report page."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from claimline.cli import main
from claimline.serve import create_app
from tests.conftest import EXAMPLES, cli


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("serve") / "kfor.duckdb"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(EXAMPLES / "manifest.jsonl")])
    assert result.exit_code == 0, result.output
    return TestClient(create_app(str(db)))


def test_timeline_endpoint_matches_the_cli_contract(client):
    data = client.get("/api/timeline", params={"subject": "Kosovo Force", "measure": "troops"}).json()
    assert data["subject"] == "KFOR" and len(data["entries"]) == 6
    assert {"kind", "value", "quotes", "conflicts", "derived"} <= set(data["entries"][0])


def test_ask_endpoint(client):
    data = client.get("/api/ask", params={"q": "How many KFOR troops in 2011?"}).json()
    assert data["found"] is False and data["time"] == "2011"
    assert data["text"].startswith("No figure for KFOR troops in 2011.")
    assert len(data["entries"]) == 2


def test_report_page_and_subjects(client):
    page = client.get("/")
    assert page.status_code == 200 and "4,700" in page.text
    subjects = client.get("/api/subjects").json()
    assert {"subject": "KFOR", "measure": "troops", "claims": 7} in subjects


def test_oversized_question_is_refused(client):
    assert client.get("/api/ask", params={"q": "x" * 5000}).status_code == 422


def test_missing_store_is_a_clear_error(tmp_path):
    client = TestClient(create_app(str(tmp_path / "none.duckdb")))
    response = client.get("/api/subjects")
    assert response.status_code == 503 and "none.duckdb" in response.json()["detail"]


def test_timeline_endpoint_quotes_a_reprinted_story_once_like_the_cli(corpus_db):
    # repost-samoa-measles reprints wn-samoa-measles: one source, as `timeline --format json` says
    client = TestClient(create_app(str(corpus_db)))
    api = client.get("/api/timeline", params={"subject": "Ministry", "measure": "individuals"}).json()
    shown = json.loads(cli("--db", corpus_db, "timeline", "Ministry", "--measure", "individuals",
                           "--format", "json").output)
    assert api == shown
    assert [[q["doc"] for q in e["quotes"]] for e in api["entries"]] == [["wn-samoa-measles"]]


def test_a_bad_as_of_is_the_caller_error(client):
    response = client.get("/api/timeline", params={"subject": "KFOR", "as_of": "last tuesday"})
    assert response.status_code == 422 and "last tuesday" in response.json()["detail"]
    assert client.get("/api/timeline", params={"subject": "KFOR", "as_of": "2999"}).json()["entries"]
