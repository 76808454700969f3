"""The CLI contracts on the bundled example corpus: ingest, timeline, export, report, errors."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from claimline.cli import main
from tests.conftest import EXAMPLES, ROOT, cli

FIXTURE_HTML = ROOT / "tests" / "fixtures" / "ingest" / "phanfone.html"
ENTRY_FIELDS = {"kind", "value", "low", "high", "approx", "direction", "time", "reported", "derived",
                "conflicts", "quotes"}
QUOTE_FIELDS = {"doc", "quote", "start", "end", "lang"}
CLAIM_FIELDS = {"doc", "subject", "measure", "value", "approx", "kind", "direction", "time", "quote",
                "start", "end", "lang"}


def run(*args, ok=True):
    return cli(*args, ok=ok)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "kfor.duckdb"
    run("--db", path, "ingest", EXAMPLES / "manifest.jsonl")
    return path


def test_timeline_json_has_the_six_kfor_troop_entries(db):
    data = json.loads(run("--db", db, "timeline", "KFOR", "--measure", "troops", "--format", "json").output)
    assert data["subject"] == "KFOR" and data["measure"] == "troops"
    entries = data["entries"]
    for e in entries:
        assert set(e) == ENTRY_FIELDS
        for q in e["quotes"]:
            assert set(q) == QUOTE_FIELDS
    seen = {(e["kind"], e["value"], e["direction"], (e["time"] or "")[:4] or None) for e in entries}
    assert seen == {
        ("level", 50000, None, None),
        ("target", 5000, None, None),
        ("level", 5000, None, "2012"),
        ("change", 700, "+", "2023"),
        ("change", 1000, "+", "2023"),
        ("level", 4700, None, "2024"),
    }
    times = {e["value"]: e["time"] for e in entries if e["kind"] != "target"}
    assert times[5000] == "2012-07-09" and times[4700] == "2024-03-14"
    [target] = [e for e in entries if e["kind"] == "target"]
    assert target["reported"] == "2010-10-29"
    assert sorted(q["lang"] for q in target["quotes"]) == ["en", "fr"]


def test_aliases_name_one_subject(db):
    a = json.loads(run("--db", db, "timeline", "Kosovo Force", "--measure", "troops", "--format", "json").output)
    b = json.loads(run("--db", db, "timeline", "kfor", "--measure", "troops", "--format", "json").output)
    assert a["subject"] == b["subject"] == "KFOR"
    assert len(a["entries"]) == len(b["entries"]) == 6


def test_reingest_changes_nothing(db):
    out = run("--db", db, "ingest", EXAMPLES / "manifest.jsonl").output
    assert "ingested 0 new document(s), 5 unchanged" in out


def test_table_and_csv(db):
    table = run("--db", db, "timeline", "KFOR", "--measure", "troops").output
    assert "50,000" in table and "4,700" in table and "unknown" in table
    rows = list(csv.DictReader(io.StringIO(run("--db", db, "timeline", "KFOR", "--measure", "troops",
                                               "--format", "csv").output)))
    assert len(rows) == 6 and {r["kind"] for r in rows} == {"level", "target", "change"}


def test_export_formats(db, tmp_path):
    lines = run("--db", db, "export", "--format", "jsonl").output.strip().splitlines()
    assert len(lines) == 14 and all(CLAIM_FIELDS <= set(json.loads(line)) for line in lines)
    out = tmp_path / "claims.parquet"
    run("--db", db, "export", "--format", "parquet", "--out", out)
    assert pq.read_table(out).num_rows == 14
    assert run("--db", db, "export", "--format", "csv").output.count("\n") >= 15


def test_export_entries_are_the_timelines_of_the_last_ingest(db, tmp_path):
    rows = [json.loads(line) for line in
            run("--db", db, "export", "--what", "entries").output.strip().splitlines()]
    kfor = [{k: r[k] for k in ("kind", "value", "time", "quotes")} for r in rows
            if r["subject"] == "KFOR" and r["measure"] == "troops"]
    live = json.loads(run("--db", db, "timeline", "KFOR", "--measure", "troops", "--format", "json").output)
    assert kfor == [{k: e[k] for k in ("kind", "value", "time", "quotes")} for e in live["entries"]]
    assert [r["id"] for r in rows] == list(range(len(rows)))
    table = list(csv.DictReader(io.StringIO(run("--db", db, "export", "--what", "entries",
                                                "--format", "csv").output)))
    assert len(table) == len(rows) and json.loads(table[0]["quotes"]) == rows[0]["quotes"]
    out = tmp_path / "entries.parquet"
    said = run("--db", db, "export", "--what", "entries", "--format", "parquet", "--out", out).output
    assert pq.read_table(out).num_rows == len(rows) and f"wrote {len(rows)} entry(s)" in said
    # the same rows are in the store for SQL
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM entries").fetchone()[0] == len(rows)
        assert con.execute("SELECT count(DISTINCT entry) FROM entry_claims").fetchone()[0] == len(rows)
    finally:
        con.close()


def test_report_is_written(db, tmp_path):
    out = tmp_path / "r.html"
    run("--db", db, "report", "--out", out)
    html = out.read_text(encoding="utf-8")
    assert "4,700" in html or "4700" in html
    assert "<script src=\"http" not in html


def test_report_subject_filter_takes_any_alias(db, tmp_path):
    pages = {}
    for name in ("KFOR", "Kosovo Force"):
        out = tmp_path / f"{name}.html"
        said = run("--db", db, "report", "--out", out, "--subject", name).output
        assert said == f"wrote {out}: 4 series, 9 entries\n"
        pages[name] = out.read_text(encoding="utf-8")
    assert "the KFOR mission now has <mark>4,700 personnel</mark> in Kosovo" in pages["Kosovo Force"]


def test_extract_contract(tmp_path):
    out = tmp_path / "c.jsonl"
    run("extract", "--manifest", EXAMPLES / "manifest.jsonl", "--out", out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and all(set(r) == CLAIM_FIELDS for r in rows)


def test_quantities_without_out_prints_jsonl_to_stdout():
    rows = [json.loads(line) for line in
            run("quantities", "--manifest", EXAMPLES / "manifest.jsonl").output.splitlines()]
    assert rows and {r["doc"] for r in rows} <= {"000_dcdaffea40f76c5c", "001_c35a5a3fca149466",
                                                 "002_a8a29d4b3606206f", "003_863f684e0e38cbdc",
                                                 "004_4e4e82e7802da668"}
    assert any(r["value"] == 4700 and r["doc"] == "004_4e4e82e7802da668" for r in rows)


def test_control_characters_in_a_document_never_reach_the_terminal(tmp_path):
    manifest = tmp_path / "m.jsonl"
    text = "KFOR now has 4,700 troops in Kosovo \x1b]0;owned\x07\x1b[2J today."
    manifest.write_text(json.dumps({"id": "esc", "text": text, "published": "2024-03-14"}) + "\n")
    db = tmp_path / "esc.duckdb"
    run("--db", db, "ingest", manifest)
    outputs = [run("--db", db, "timeline", "KFOR", "--measure", "troops").output,
               run("--db", db, "ask", "How many KFOR troops in 2024?").output,
               run("--db", db, "explain", "--doc", "esc").output,
               run("explain", text).output]
    for out in outputs:
        assert "4,700" in out and "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;owned\\x07" in outputs[1]


def test_a_bad_as_of_is_a_usage_error(db):
    for command in (["timeline", "KFOR"], ["ask", "How many KFOR troops in 2012?"]):
        result = run("--db", db, *command, "--as-of", "2024-13", ok=False)
        assert result.exit_code == 2 and "--as-of" in result.output and "2024-13" in result.output


@pytest.mark.parametrize("command", [["export", "--format", "csv", "--out"], ["report", "--out"],
                                     ["extract", "--manifest", EXAMPLES / "manifest.jsonl", "--out"]])
def test_an_output_that_cannot_be_written_is_a_one_line_error(db, tmp_path, command):
    out = tmp_path / "missing-folder" / "out"
    result = run("--db", db, *command, out, ok=False)
    assert result.exit_code == 1 and not isinstance(result.exception, OSError)
    assert result.output.strip().splitlines() == [f"Error: {out}: cannot write (No such file or directory)"]


@pytest.mark.parametrize("command", [["timex", "--out"], ["quantities", "--out"]])
def test_a_missing_manifest_is_a_one_line_error(tmp_path, command):
    missing = tmp_path / "missing.jsonl"
    result = run(*command, tmp_path / "out", "--manifest", missing, ok=False)
    assert result.exit_code == 1 and not isinstance(result.exception, OSError)
    assert result.output.strip().splitlines() == [f"Error: {missing}: cannot open (No such file or directory)"]


def test_damaged_inputs_are_reported_and_the_rest_is_ingested(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(EXAMPLES / "004_4e4e82e7802da668.txt", folder / "good.txt")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x89PNG\x00")
    (folder / "empty.txt").write_text("")
    (folder / "latin1.txt").write_bytes("Les effectifs ont été réduits \xe0 5000 soldats.".encode("latin-1"))
    manifest = folder / "m.jsonl"
    manifest.write_text('{"id": "ok", "path": "good.txt", "published": "2024-03-14"}\n{broken json\n'
                        '{"id": "gone", "path": "missing.txt"}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    joined = "\n".join(errors)
    for name in ("binary.txt", "empty.txt", "m.jsonl:2", "missing.txt"):
        assert name in joined, (name, joined)
    data = json.loads(run("--db", db, "timeline", "KFOR", "--measure", "troops", "--format", "json").output)
    assert any(e["value"] == 4700 for e in data["entries"])


def test_a_date_added_to_the_manifest_later_updates_the_document(tmp_path):
    shutil.copy(EXAMPLES / "004_4e4e82e7802da668.txt", tmp_path / "doc.txt")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"id": "d", "path": "doc.txt"}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    run("--db", db, "ingest", manifest)
    undated = json.loads(run("--db", db, "timeline", "KFOR", "--measure", "troops", "--format", "json").output)
    assert [e["time"] for e in undated["entries"] if e["value"] == 4700] == [None]
    manifest.write_text('{"id": "d", "path": "doc.txt", "published": "2024-03-14"}\n', encoding="utf-8")
    assert "1 new document(s)" in run("--db", db, "ingest", manifest).output
    dated = json.loads(run("--db", db, "timeline", "KFOR", "--measure", "troops", "--format", "json").output)
    assert [e["time"] for e in dated["entries"] if e["value"] == 4700] == ["2024-03-14"]


def test_parallel_extract_gives_the_same_claims(tmp_path):
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    run("extract", "--manifest", EXAMPLES / "manifest.jsonl", "--out", one)
    run("extract", "--manifest", EXAMPLES / "manifest.jsonl", "--out", two, "--workers", "2")
    assert one.read_text() == two.read_text()


def test_a_document_the_store_refuses_is_an_error_and_the_rest_is_stored(tmp_path, monkeypatch):
    from claimline.store import Store

    real_add = Store.add_document

    def refuse_one(self, doc, *args, **kwargs):
        if doc.id == "003_863f684e0e38cbdc":
            raise ValueError("simulated write failure")
        return real_add(self, doc, *args, **kwargs)

    monkeypatch.setattr(Store, "add_document", refuse_one)
    db = tmp_path / "s.duckdb"
    out = run("--db", db, "ingest", EXAMPLES / "manifest.jsonl").output
    assert "error: " in out and "003_863f684e0e38cbdc" in out and "simulated write failure" in out
    assert "ingested 4 new document(s)" in out


def test_single_stage_commands_read_a_manifest_as_ingest_does(tmp_path):
    # timex and quantities check each line as extract does: one line per bad input naming
    # it and why, the first of two lines with the same id kept, an HTML page read as its
    # article and dated by the page
    shutil.copy(FIXTURE_HTML, tmp_path / "page.html")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x89PNG\x00")
    lines = [{"id": "page", "path": "page.html"},
             {"id": "empty", "path": "empty.txt"},
             {"id": "bin", "path": "binary.txt"},
             {"id": "kfor", "text": "KFOR has 4,400 troops, NATO said on Monday.", "published": "2017-01-04"},
             {"id": "kfor", "text": "A second document with the same id."},
             {"id": "late", "text": "Troops left on Monday.", "published": "2999-13-45"},
             {"id": 12345, "text": "KFOR has 4,400 troops."}]
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    out = tmp_path / "tml"
    result = CliRunner().invoke(main, ["timex", "--manifest", str(manifest), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["kfor.tml", "page.tml"]
    said = result.output
    for expected in ("empty.txt: empty file (listed at", "binary.txt: binary data", "m.jsonl:5: duplicate id 'kfor'",
                     "m.jsonl:6: \"published\" is not an ISO date", 'm.jsonl:7: "id" must be a string'):
        assert expected in said, (expected, said)
    assert "Traceback" not in said and "Error" not in said
    page = (out / "page.tml").read_text(encoding="utf-8")
    assert 'value="2019-12-28" functionInDocument="CREATION_TIME"' in page and "&lt;nav" not in page
    assert "Typhoon Phanfone made landfall" in page and "<nav>" not in page
    assert "4,400" in (out / "kfor.tml").read_text(encoding="utf-8")
    rows = [json.loads(x) for x in run("quantities", "--manifest", manifest).output.splitlines() if x.startswith("{")]
    assert {r["doc"] for r in rows} == {"page", "kfor"}


def test_a_batch_where_nothing_could_be_read_fails(tmp_path):
    missing = tmp_path / "missing.jsonl"
    for command in (["extract", "--manifest", missing], ["--db", tmp_path / "s.duckdb", "ingest", missing]):
        result = run(*command, ok=False)
        assert result.exit_code == 1 and "no such file" in result.output
        assert "no document could be read (1 error(s))" in result.output
