"""Reading the seeds, manifests, HTML, WARC, and damaged inputs."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from claimline.ingest import read, read_manifest
from claimline.model import Document, IngestError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "kfor"
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SEED_IDS = [
    "000_dcdaffea40f76c5c",
    "001_c35a5a3fca149466",
    "002_a8a29d4b3606206f",
    "003_863f684e0e38cbdc",
    "004_4e4e82e7802da668",
]


def docs(items):
    return [item for item in items if isinstance(item, Document)]


def errors(items):
    return [item for item in items if isinstance(item, IngestError)]


def test_manifest_gives_ids_dates_and_hashes():
    items = list(read_manifest(SEEDS / "manifest.jsonl"))
    assert not errors(items)
    got = {doc.id: doc for doc in items}
    assert list(got) == SEED_IDS
    assert got["000_dcdaffea40f76c5c"].published == "2010-10-29"
    assert got["000_dcdaffea40f76c5c"].published_how == "manifest"
    assert got["002_a8a29d4b3606206f"].published is None
    assert got["002_a8a29d4b3606206f"].published_how == "unknown"
    raw = (SEEDS / "004_4e4e82e7802da668.txt").read_bytes()
    assert got["004_4e4e82e7802da668"].content_hash == hashlib.sha256(raw).hexdigest()
    assert got["004_4e4e82e7802da668"].text == raw.decode("utf-8")


def test_folder_reads_each_seed_once_through_its_manifest():
    items = list(read([str(SEEDS)]))
    assert not errors(items)
    assert sorted(doc.id for doc in items) == SEED_IDS
    assert {doc.published_how for doc in items} == {"manifest", "unknown"}


def test_plain_files_without_manifest_have_unknown_dates():
    items = list(read([str(SEEDS / f"{i}.txt") for i in SEED_IDS]))
    assert [doc.id for doc in items] == SEED_IDS
    assert all(doc.published is None and doc.published_how == "unknown" for doc in items)
    assert all(doc.fmt == "txt" for doc in items)


def test_rereading_gives_the_same_ids_and_hashes():
    first = [(d.id, d.content_hash) for d in docs(read([str(SEEDS)]))]
    second = [(d.id, d.content_hash) for d in docs(read([str(SEEDS)]))]
    assert first == second and len(first) == 5


def test_same_file_given_twice_is_read_once():
    path = str(SEEDS / "001_c35a5a3fca149466.txt")
    assert len(list(read([path, path]))) == 1


@pytest.fixture
def damaged(tmp_path):
    """A folder with one good seed and one of each kind of damaged file."""
    shutil.copy(SEEDS / "001_c35a5a3fca149466.txt", tmp_path / "good.txt")
    (tmp_path / "binary.txt").write_bytes(b"GIF89a\x01\x00\x00\x00\xff")
    text = (SEEDS / "003_863f684e0e38cbdc.txt").read_bytes()
    (tmp_path / "latin1.txt").write_bytes(text[:40] + "Zvečan é".encode("latin-1", "replace") + b"\xe9t\xe9")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n \t\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # unknown type: skipped in a folder
    return tmp_path


def test_each_damaged_file_gives_one_error_and_the_rest_is_read(damaged):
    items = list(read([str(damaged)]))
    assert [d.id for d in docs(items)] == ["good"]
    reasons = {Path(e.source).name: e.reason for e in errors(items)}
    assert set(reasons) == {"binary.txt", "latin1.txt", "empty.txt", "blank.txt"}
    assert reasons["binary.txt"].startswith("binary data (NUL byte at offset")
    assert reasons["latin1.txt"].startswith("not UTF-8 text (byte 0x")
    assert reasons["empty.txt"] == "empty file"
    assert all("\n" not in reason for reason in reasons.values())
    assert all(str(e).startswith(e.source + ": ") for e in errors(items))


def test_missing_and_unknown_explicit_paths_are_errors(damaged):
    items = list(read([str(damaged / "nope.txt"), str(damaged / "notes.docx"),
                       str(damaged / "good.txt")]))
    assert [type(i).__name__ for i in items] == ["IngestError", "IngestError", "Document"]
    assert items[0].reason == "no such file"
    assert "unsupported file type" in items[1].reason


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    from claimline.ingest import decode

    monkeypatch.setattr(decode, "MAX_BYTES", 100)
    (tmp_path / "big.txt").write_text("word " * 100)
    (item,) = read([str(tmp_path / "big.txt")])
    assert isinstance(item, IngestError) and item.reason.startswith("too large (500 bytes")


def test_broken_manifest_lines_are_reported_and_the_rest_continue(tmp_path):
    shutil.copy(SEEDS / "000_dcdaffea40f76c5c.txt", tmp_path / "a.txt")
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01")
    lines = [
        json.dumps({"id": "a", "path": "a.txt", "published": "2010-10-29", "lang": "xx"}),
        '{"id": "b", "path": ',
        json.dumps({"id": "c", "text": "Inline text for c.", "url": "https://example.org/c"}),
        json.dumps({"path": "a.txt"}),
        json.dumps({"id": "d", "path": "a.txt", "text": "both"}),
        json.dumps({"id": "e", "path": "missing.txt"}),
        json.dumps({"id": "f", "path": "bad.bin"}),
        json.dumps({"id": "g", "text": "G.", "published": "2019-02-30"}),
        json.dumps({"id": "a", "text": "again"}),
        "",
        json.dumps(["not", "an", "object"]),
    ]
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(lines) + "\n")
    items = list(read_manifest(manifest))
    assert [d.id for d in docs(items)] == ["a", "c"]
    a, c = docs(items)
    assert a.published == "2010-10-29" and a.published_how == "manifest"
    assert c.fmt == "manifest-text" and c.url == "https://example.org/c"
    got = [(Path(e.source).name, e.reason) for e in errors(items)]
    assert got[0][0] == "m.jsonl:2" and got[0][1].startswith("not valid JSON")
    assert got[1] == ("m.jsonl:4", 'missing or empty "id"')
    assert got[2] == ("m.jsonl:5", 'needs exactly one of "path" and "text"')
    assert got[3][0] == "missing.txt" and got[3][1] == f"no such file (listed at {manifest}:6)"
    assert got[4][0] == "bad.bin" and got[4][1].startswith("binary data")
    assert got[5][0] == "m.jsonl:8" and '"published" is not an ISO date' in got[5][1]
    assert got[6] == ("m.jsonl:9", "duplicate id 'a' (first at line 1)")
    assert got[7] == ("m.jsonl:11", "not a JSON object")
    assert len(got) == 8


def test_an_unpaired_surrogate_in_a_manifest_line_is_that_line_error(tmp_path):
    # JSON may escape a lone surrogate ("\\udc80"); Python then holds text UTF-8 cannot encode
    text = (SEEDS / "004_4e4e82e7802da668.txt").read_text(encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "broken", "text": text[:200] + "\udc80"}) + "\n"
                        + json.dumps({"id": "whole", "text": text}) + "\n", encoding="utf-8")
    items = list(read(str(manifest)))
    assert [d.id for d in docs(items)] == ["whole"]
    [err] = errors(items)
    assert (Path(err.source).name, err.reason) == ("m.jsonl:1", '"text" holds an unpaired surrogate (at character 200)')


def test_manifest_paths_may_be_absolute(tmp_path):
    target = SEEDS / "002_a8a29d4b3606206f.txt"
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "x", "path": str(target)}) + "\n")
    (doc,) = read_manifest(manifest)
    assert doc.id == "x" and doc.source == str(target)


def test_html_page_gives_text_title_and_date():
    (doc,) = read([str(FIXTURES / "phanfone.html")])
    assert doc.id == "phanfone" and doc.fmt == "html"
    assert doc.title == "Typhoon Phanfone strikes Philippines"
    assert doc.published == "2019-12-28" and doc.published_how == "html-meta"
    assert "It also blocked roads and forced over 58,000 civilians to evacuate." in doc.text
    assert "Home" not in doc.text


def test_manifest_date_wins_over_html_metadata(tmp_path):
    manifest = tmp_path / "m.jsonl"
    page = FIXTURES / "phanfone.html"
    manifest.write_text(json.dumps({"id": "p", "path": str(page), "published": "2019-12-29"}))
    (doc,) = read_manifest(manifest)
    assert (doc.published, doc.published_how, doc.fmt) == ("2019-12-29", "manifest", "html")


def _warc(path: Path, records: list[tuple]) -> None:
    """Write (url, content type, body[, status[, record type]]) records to a WARC."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for url, content_type, body, *rest in records:
            status, kind = (rest + ["200 OK", "response"][len(rest):])[:2]
            if kind == "resource":
                writer.write_record(writer.create_warc_record(
                    url, "resource", payload=io.BytesIO(body),
                    warc_content_type=content_type))
                continue
            headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_html_records_become_documents(tmp_path):
    page = (FIXTURES / "phanfone.html").read_bytes()
    url = "https://en.wikinews.org/wiki/Typhoon_Phanfone_strikes_Philippines"
    undated = page.replace(b'<meta property="article:published_time" '
                           b'content="2019-12-28T10:00:00Z">', b"")
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [
        (url, "text/html; charset=utf-8", page),
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n"),
        ("https://example.org/undated", "text/html", undated),
    ])
    items = list(read([str(tmp_path)]))
    assert not errors(items)
    first, second = items
    assert first.id == "warc-" + hashlib.sha256(url.encode()).hexdigest()[:16]
    assert (first.url, first.fmt, first.published, first.published_how) == (
        url, "warc", "2019-12-28", "html-meta")
    assert second.published is None and second.published_how == "unknown"
    assert [d.id for d in read([str(path)])] == [first.id, second.id]


def test_damaged_warc_is_one_error(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC record\r\n\r\n"))
    (tmp_path / "text.warc").write_bytes(b"hello world\n")
    shutil.copy(SEEDS / "001_c35a5a3fca149466.txt", tmp_path / "good.txt")
    items = list(read([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["IngestError", "Document", "IngestError"]
    assert items[0].source == str(path) and items[0].reason.startswith("damaged WARC")
    assert items[2].source == str(tmp_path / "text.warc")
    assert all("\n" not in e.reason for e in errors(items))


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path):
    page = (FIXTURES / "phanfone.html").read_text(encoding="utf-8")
    page = page.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Typhoon Phanfone continued", "Typhoon Phanfone – still strong – continued")
    (tmp_path / "legacy.htm").write_bytes(page.encode("cp1252"))
    (doc,) = read([str(tmp_path)])
    assert "Typhoon Phanfone – still strong – continued westward" in doc.text


def test_html_without_main_text_is_an_error(tmp_path):
    (tmp_path / "blank.html").write_text("<html><head><title>x</title></head><body></body></html>")
    (item,) = read([str(tmp_path / "blank.html")])
    assert isinstance(item, IngestError) and "no main text" in item.reason


def test_a_single_path_string_is_one_path():
    assert [d.id for d in read(str(SEEDS / "002_a8a29d4b3606206f.txt"))] == [
        "002_a8a29d4b3606206f"]


def test_missing_manifest_is_one_error(tmp_path):
    (item,) = read_manifest(tmp_path / "none.jsonl")
    assert item == IngestError(str(tmp_path / "none.jsonl"), "no such file")


def test_same_id_with_different_text_in_one_batch_is_an_error(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "doc.txt").write_text("First text.")
    (tmp_path / "b" / "doc.txt").write_text("Other text.")
    (tmp_path / "b" / "copy.txt").write_text("First text.")
    items = list(read([str(tmp_path / "a"), str(tmp_path / "b")]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "IngestError"]
    assert items[2].reason.startswith("duplicate id 'doc' with different text")


def test_manifest_and_its_folder_together_read_each_document_once():
    items = list(read([str(SEEDS / "manifest.jsonl"), str(SEEDS)]))
    assert [d.id for d in items] == SEED_IDS


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path):
    text = (SEEDS / "000_dcdaffea40f76c5c.txt").read_text(encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (doc,) = read([str(tmp_path / "utf16.txt")])
    assert doc.text == text


def test_warc_skips_failed_responses_and_reads_stored_resources(tmp_path):
    page = (FIXTURES / "phanfone.html").read_bytes()
    path = tmp_path / "crawl.warc"
    _warc(path, [
        ("https://example.org/gone", "text/html", b"<html><body>Not found</body></html>",
         "404 Not Found"),
        ("https://example.org/stored", "text/html", page, "200 OK", "resource"),
    ])
    (doc,) = read([str(path)])
    assert doc.url == "https://example.org/stored" and doc.published == "2019-12-28"
    assert doc.source == f"{path}#https://example.org/stored"


def test_files_of_the_same_name_in_two_subfolders_are_two_documents(tmp_path):
    # a corpus laid out as <category>/<NNN>.txt (the BBC set is): each file keeps its place
    for part, text in (("business", "Profits rose 5% to $2bn."), ("sport", "England won 3-1.")):
        (tmp_path / "corpus" / part).mkdir(parents=True)
        (tmp_path / "corpus" / part / "001.txt").write_text(text)
    (tmp_path / "corpus" / "top.txt").write_text("A text at the top of the folder.")
    items = list(read([str(tmp_path / "corpus")]))
    assert sorted(d.id for d in docs(items)) == ["business/001", "sport/001", "top"] and not errors(items)
    # a file named on its own keeps its name
    (only,) = read([str(tmp_path / "corpus" / "sport" / "001.txt")])
    assert only.id == "001"


def test_claims_of_an_html_page_point_into_its_article_text():
    # offsets index the text read from the page (what the store keeps), not the markup
    from claimline import pipeline

    (doc,) = read([str(FIXTURES / "phanfone.html")])
    done, _ = pipeline.process_all([doc])
    claims = [c for p in done for c in p.claims]
    assert claims
    for c in claims:
        assert " ".join(doc.text[c.start:c.end].split()) == " ".join(c.quote.split()), c
