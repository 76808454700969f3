"""The DuckDB store on the seed documents: idempotence, replacement, atomicity, export."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import duckdb
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq
import pytest

from claimline.model import Claim, CleanText, Document, IngestError, Section
from claimline.store import Store, StoreError, as_of_bound
from claimline.store.export import arrow_schema

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "kfor"
PUBLISHED = {
    json.loads(line)["id"]: json.loads(line).get("published")
    for line in (SEEDS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
}

# (doc, lang, quote as in the seed file up to whitespace, subject, measure, value, kind,
#  direction, approx, time) -- quotes are the seeds' own words.
SEED_CLAIMS = [
    ("000_dcdaffea40f76c5c", "en",
     "KFOR will progressively reduce its presence to around 5,000 troops in total",
     "KFOR", "troops", 5000, "target", None, True, None),
    ("000_dcdaffea40f76c5c", "fr",
     "les effectifs de la KFOR vont être progressivement réduits pour passer à environ "
     "5000 soldats au total",
     "KFOR", "troops", 5000, "target", None, True, None),
    ("001_c35a5a3fca149466", "en", "At its height, KFOR reached 50,000 troops",
     "KFOR", "troops", 50000, "level", None, False, None),
    ("001_c35a5a3fca149466", "en", "has a tenth of that number",
     "KFOR", "troops", 5000, "level", None, True, "2012-07-09"),
    ("002_a8a29d4b3606206f", "en", "the 60,000 troops in the Balkans",
     "NATO forces in the Balkans", "troops", 60000, "level", None, False, "2002-06"),
    ("003_863f684e0e38cbdc", "en", "a relocation plan that involves about 700 troops to Kosovo",
     "KFOR", "troops", 700, "change", "+", True, "2023"),
    ("004_4e4e82e7802da668", "en", "allies have deployed about 1,000 reserve forces to the mission",
     "KFOR", "troops", 1000, "change", "+", True, "2023"),
    ("004_4e4e82e7802da668", "en",
     "the KFOR mission now has 4,700 personnel in Kosovo, including reserves",
     "KFOR", "troops", 4700, "level", None, False, "2024-03-14"),
]


def seed_text(doc_id: str) -> str:
    return (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")


def find_quote(text: str, quote: str) -> tuple[int, int]:
    """End-exclusive span of ``quote`` in ``text``, letting any whitespace run match."""
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    assert m, f"quote not in seed: {quote!r}"
    return m.start(), m.end()


def identity_clean(text: str) -> CleanText:
    return CleanText(text, list(range(len(text) + 1)))


def seed_document(doc_id: str, text: str | None = None) -> Document:
    text = seed_text(doc_id) if text is None else text
    published = PUBLISHED.get(doc_id)
    return Document(
        id=doc_id,
        source=f"examples/kfor/{doc_id}.txt",
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=published,
        published_how="manifest" if published else "unknown",
    )


def seed_claims(doc_id: str, text: str | None = None) -> list[Claim]:
    """The seed claims of ``doc_id`` whose quote is in ``text`` (default: the seed file)."""
    text = seed_text(doc_id) if text is None else text
    out = []
    for doc, lang, quote, subject, measure, value, kind, direction, approx, time in SEED_CLAIMS:
        if doc != doc_id or not re.search(r"\s+".join(map(re.escape, quote.split())), text):
            continue
        start, end = find_quote(text, quote)
        out.append(Claim(
            doc=doc, subject=subject, measure=measure, value=value, kind=kind,
            direction=direction, approx=approx, time=time, quote=quote, start=start,
            end=end, lang=lang, reported=PUBLISHED.get(doc), rules=["test", f"lang:{lang}"],
        ))
    return out


def add_seed(store: Store, doc_id: str, **kw) -> bool:
    doc = seed_document(doc_id)
    sections = [Section("en", 0, len(doc.text))]
    return store.add_document(doc, identity_clean(doc.text), sections, seed_claims(doc_id), **kw)


DOC_IDS = sorted(PUBLISHED)


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "claims.duckdb")


@pytest.fixture
def seeded(db) -> str:
    with Store(db) as s:
        for doc_id in DOC_IDS:
            assert add_seed(s, doc_id) is True
    return db


def test_claims_round_trip_with_offsets_into_original(seeded):
    with Store(seeded, read_only=True) as s:
        claims = s.claims()
        assert len(claims) == len(SEED_CLAIMS)
        by_quote = {c.quote: c for c in claims}
        tenth = by_quote["has a tenth of that number"]
        text = s.document("001_c35a5a3fca149466")["text"]
        assert text[tenth.start:tenth.end] == "has a tenth of that number"
        assert tenth.value == 5000 and tenth.approx and tenth.time == "2012-07-09"
        assert tenth.rules == ["test", "lang:en"]
        # The English target spans a hard line break in the original file.
        target = by_quote[SEED_CLAIMS[0][2]]
        bilingual = s.document("000_dcdaffea40f76c5c")["text"]
        assert "5,000 \ntroops" in bilingual[target.start:target.end]
        assert {c.lang for c in claims if c.doc == "000_dcdaffea40f76c5c"} == {"en", "fr"}


def test_reingest_is_a_noop(seeded):
    with Store(seeded) as s:
        before = s.counts()
        docs_before = s.documents()
        for doc_id in DOC_IDS:
            assert s.has_document(doc_id, seed_document(doc_id).content_hash)
            assert add_seed(s, doc_id) is False
        assert s.counts() == before
        assert s.documents() == docs_before  # ingest time not touched either
    assert before == {"documents": 5, "claims": 8, "errors": 0, "subjects": 2,
                      "aliases": 0, "sections": 5}


def test_duplicate_claims_in_one_document_stored_once(db):
    doc_id = "004_4e4e82e7802da668"
    doc = seed_document(doc_id)
    claims = seed_claims(doc_id)
    with Store(db) as s:
        s.add_document(doc, identity_clean(doc.text), [], claims + claims)
        assert len(s.claims()) == len(claims)


def test_changed_hash_replaces_the_documents_rows(seeded):
    doc_id = "004_4e4e82e7802da668"
    # The page as re-crawled: only the first paragraphs, so the 4,700 sentence is gone.
    old = seed_text(doc_id)
    new_text = old[: old.index("Tensions in northern Kosovo")]
    doc = seed_document(doc_id, new_text)
    claims = seed_claims(doc_id, new_text)  # the 1,000 reserve forces only
    with Store(seeded) as s:
        assert not s.has_document(doc_id, doc.content_hash)
        assert s.add_document(doc, identity_clean(new_text), [Section("en", 0, 10)], claims)
        stored = s.claims(measure="troops")
        mine = [c for c in stored if c.doc == doc_id]
        assert [c.value for c in mine] == [1000]
        assert s.document(doc_id)["text"] == new_text
        assert s.document(doc_id)["sections"] == [{"lang": "en", "start": 0, "end": 10}]
        assert s.counts()["documents"] == 5 and s.counts()["claims"] == 7
        assert s.has_document(doc_id, doc.content_hash)
        # A subject no claim names any more leaves the subjects table.
        balkans = "002_a8a29d4b3606206f"
        emptied = seed_document(balkans, seed_text(balkans)[:300])
        assert s.add_document(emptied, identity_clean(emptied.text), [], [])
        assert s.subjects() == ["KFOR"]


def test_failure_mid_add_stores_nothing_of_that_document(seeded, monkeypatch):
    doc_id = "004_4e4e82e7802da668"
    new_text = seed_text(doc_id) + "\n"
    doc = seed_document(doc_id, new_text)

    def boom(self, claims):
        raise RuntimeError("disk full")

    with Store(seeded) as s:
        before_docs, before_claims = s.documents(), s.claims()
        # Replacing a stored document: the old rows must survive the failure.
        monkeypatch.setattr(Store, "_insert_claims", boom)
        with pytest.raises(RuntimeError):
            s.add_document(doc, identity_clean(new_text), [Section("en", 0, 5)],
                           seed_claims(doc_id, new_text))
        assert s.documents() == before_docs
        assert s.claims() == before_claims
        assert s.document(doc_id)["sections"] == [
            {"lang": "en", "start": 0, "end": len(seed_text(doc_id))}]
        monkeypatch.undo()
        # A row DuckDB refuses after the document row went in fails the whole add too.
        with pytest.raises(duckdb.Error):
            s.add_document(doc, identity_clean(new_text), [Section("en", "five", 9)],
                           seed_claims(doc_id, new_text))
        assert s.documents() == before_docs and s.claims() == before_claims
        # The store is still usable and the retry goes through.
        assert s.add_document(doc, identity_clean(new_text), [], seed_claims(doc_id, new_text))
        assert s.document(doc_id)["text"] == new_text


def test_killed_ingest_leaves_whole_documents_and_resumes(db):
    """A process that dies inside a document's transaction leaves no part of it."""
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        import test_store as t
        from claimline.store import Store
        with Store({db!r}) as s:
            t.add_seed(s, t.DOC_IDS[0])
            def die(self, claims):
                os._exit(3)
            Store._insert_claims = die
            t.add_seed(s, t.DOC_IDS[1])
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr
    with Store(db) as s:
        assert [d["id"] for d in s.documents()] == [DOC_IDS[0]]
        assert {c.doc for c in s.claims()} == {DOC_IDS[0]}
        # Resume: the stored one is skipped, the rest go in.
        added = [add_seed(s, doc_id) for doc_id in DOC_IDS]
        assert added == [False, True, True, True, True]
        assert s.counts()["claims"] == len(SEED_CLAIMS)


def test_claim_of_another_document_is_refused(db):
    doc = seed_document("003_863f684e0e38cbdc")
    with Store(db) as s, pytest.raises(ValueError):
        s.add_document(doc, identity_clean(doc.text), [], seed_claims("004_4e4e82e7802da668"))
    with Store(db) as s:
        assert s.counts()["documents"] == 0


def test_errors_are_recorded_once(db):
    with Store(db) as s:
        s.add_error(IngestError("examples/bad.bin", "binary file, not text"))
        s.add_error(IngestError("examples/bad.bin", "binary file, not text"))
        s.add_error(IngestError("manifest.jsonl:3", "not JSON: Expecting value"))
        s.add_error(IngestError("examples/bad.bin", "invalid UTF-8 at byte 12"))
        assert s.errors() == [
            IngestError("examples/bad.bin", "binary file, not text"),
            IngestError("manifest.jsonl:3", "not JSON: Expecting value"),
            IngestError("examples/bad.bin", "invalid UTF-8 at byte 12"),
        ]
        assert s.counts()["errors"] == 3


def test_subject_filter_uses_aliases_case_insensitively(seeded):
    with Store(seeded) as s:
        assert len(s.claims(subject="kfor")) == 7
        assert s.claims(subject="Kosovo Force") == []
        s.add_alias("Kosovo Force", "KFOR", "en")
        s.add_alias("la KFOR", "KFOR", "fr")
        assert len(s.claims(subject="KOSOVO FORCE")) == 7
        assert len(s.claims(subject="la kfor", measure="TROOPS")) == 7
        assert s.claims(subject="KFOR", measure="deaths") == []
        assert s.aliases() == {"Kosovo Force": "KFOR", "la KFOR": "KFOR"}
        # Re-adding an alias in another case updates the one entry.
        s.add_alias("kosovo force", "KFOR", "en")
        assert len(s.aliases()) == 2
        balkans = s.claims(subject="nato forces in the balkans")
        assert [c.value for c in balkans] == [60000]
        assert sorted(s.subjects()) == ["KFOR", "NATO forces in the Balkans"]


def test_claims_filed_under_an_alias_are_found_by_the_canonical_name(db):
    doc_id = "001_c35a5a3fca149466"
    doc = seed_document(doc_id)
    claims = seed_claims(doc_id)
    for c in claims:
        c.subject = "the NATO-led Kosovo Force"
    with Store(db) as s:
        s.add_alias("the NATO-led Kosovo Force", "KFOR")
        s.add_document(doc, identity_clean(doc.text), [], claims)
        assert len(s.claims(subject="KFOR")) == 2
        assert len(s.claims(doc=doc_id)) == 2 and s.claims(doc="no-such-doc") == []


def test_a_place_is_found_under_its_name_in_any_language(db):
    doc_id = "004_4e4e82e7802da668"
    doc = seed_document(doc_id)
    claims = seed_claims(doc_id)
    for c in claims:
        c.subject = "United States"
    with Store(db) as s:
        s.add_document(doc, identity_clean(doc.text), [], claims)
        for name in ("États-Unis", "etats-unis", "Stati Uniti", "USA", "U.S."):
            assert len(s.claims(subject=name)) == len(claims), name


def test_as_of_filters_on_ingest_time(db):
    from datetime import datetime, timezone

    with Store(db) as s:
        add_seed(s, "001_c35a5a3fca149466", ingested_at=datetime(2025, 1, 10, 12, 0))
        add_seed(s, "004_4e4e82e7802da668",
                 ingested_at=datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc))
        assert len(s.claims(as_of="2025-01-09")) == 0
        assert len(s.claims(as_of="2025-01-10")) == 2
        assert len(s.claims(as_of="2025-02")) == 2
        assert len(s.claims(as_of="2025")) == 4
        assert len(s.claims(as_of="2025-03-01T08:59:59Z")) == 2
        assert len(s.claims(as_of="2025-03-01T10:00:00+01:00")) == 4
        assert s.document("004_4e4e82e7802da668")["ingested_at"] == "2025-03-01T09:00:00+00:00"
    with pytest.raises(ValueError):
        as_of_bound("last tuesday")
    with pytest.raises(ValueError):
        as_of_bound("2025-13")


def _expected_rows(store: Store) -> list[dict]:
    docs = {d["id"]: d for d in store.documents()}
    groups = store.doc_groups()
    rows = []
    for c in store.claims():
        row = c.as_dict()
        row["url"] = docs[c.doc]["url"]
        row["published"] = docs[c.doc]["published"]
        row["duplicate_group"] = groups.get(c.doc)
        rows.append(row)
    return rows


def _normalize(rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        r = dict(r)
        for k in ("value", "low", "high"):
            r[k] = None if r[k] is None else float(r[k])
        out.append(r)
    return out


def test_export_jsonl_round_trip(seeded, tmp_path, capsys):
    out = tmp_path / "claims.jsonl"
    with Store(seeded, read_only=True) as s:
        assert s.export("jsonl", str(out)) == len(SEED_CLAIMS)
        expected = _expected_rows(s)
        s.export("jsonl")
    table = pajson.read_json(out, parse_options=pajson.ParseOptions(explicit_schema=arrow_schema()))
    assert _normalize(table.to_pylist()) == _normalize(expected)
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["value"] == 5000 and first["published"] == "2010-10-29"


def test_export_csv_round_trip(seeded, tmp_path):
    out = tmp_path / "claims.csv"
    with Store(seeded, read_only=True) as s:
        s.export("csv", str(out))
        expected = _expected_rows(s)
    table = pacsv.read_csv(
        out,
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(
            strings_can_be_null=True,
            column_types={"published": "string", "reported": "string", "time": "string"},
        ),
    )
    rows = table.to_pylist()
    for r in rows:
        r["rules"] = r["rules"].split(";") if r["rules"] else []
        for k in ("subject_surface", "measure_surface"):  # empty string reads as null
            r[k] = r[k] or ""
    assert _normalize(rows) == _normalize(expected)


def test_export_parquet_round_trip(seeded, tmp_path):
    out = tmp_path / "claims.parquet"
    with Store(seeded, read_only=True) as s:
        with pytest.raises(ValueError):
            s.export("parquet")
        with pytest.raises(ValueError):
            s.export("xlsx", str(out))
        assert s.export("parquet", str(out)) == len(SEED_CLAIMS)
        expected = _expected_rows(s)
    table = pq.read_table(out)
    assert table.schema.field("rules").type.value_type == "string"
    assert _normalize(table.to_pylist()) == _normalize(expected)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".claimline")] == []


def test_read_only_store_reads_and_refuses_writes(seeded):
    with Store(seeded, read_only=True) as s:
        assert s.counts()["documents"] == 5
        assert s.document("nope") is None
        with pytest.raises(StoreError, match="read-only"):
            add_seed(s, DOC_IDS[0])
        with pytest.raises(StoreError, match="read-only"):
            s.add_error(IngestError("x", "y"))
    # Several readers at once are fine.
    with Store(seeded, read_only=True) as a, Store(seeded, read_only=True) as b:
        assert a.counts() == b.counts()


def test_not_a_store_gives_a_one_line_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(str(tmp_path / "missing.duckdb"), read_only=True)
    junk = tmp_path / "notes.duckdb"
    junk.write_text("At its height, KFOR reached 50,000 troops.\n" * 200)
    with pytest.raises(StoreError, match="not a claimline store") as e:
        Store(str(junk))
    assert "\n" not in str(e.value) and str(junk) in str(e.value)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a claimline store"):
        Store(str(other))
    with pytest.raises(StoreError, match="not a claimline store"):
        Store(str(other), read_only=True)


def test_locked_store_gives_a_one_line_error(seeded):
    script = textwrap.dedent(f"""
        import sys
        from claimline.store import Store
        with Store({seeded!r}) as s:
            print("ready", flush=True)
            sys.stdin.readline()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        for read_only in (False, True):
            with pytest.raises(StoreError, match="locked by another process") as e:
                Store(seeded, read_only=read_only)
            assert "\n" not in str(e.value)
    finally:
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait()
    with Store(seeded, read_only=True) as s:
        assert s.counts()["documents"] == 5


HOSTILE = "KFOR'); DROP TABLE claims; -- \" OR 1=1 ; SELECT * FROM documents WHERE id = '"


def test_sql_looking_text_is_stored_verbatim(db):
    doc_id = "x'; DROP TABLE documents; --"
    text = seed_text("004_4e4e82e7802da668") + "\n" + HOSTILE
    start, end = find_quote(text, "the KFOR mission now has 4,700 personnel in Kosovo")
    claim = Claim(doc=doc_id, subject=HOSTILE, measure="troops'--", value=4700,
                  quote=text[start:end], start=start, end=end, rules=["a;b", HOSTILE])
    doc = Document(id=doc_id, source=HOSTILE, text=text, title=HOSTILE, url=HOSTILE)
    with Store(db) as s:
        assert s.add_document(doc, identity_clean(text), [], [claim])
        s.add_alias(HOSTILE.lower(), "KFOR ' OR '1'='1")
        s.add_error(IngestError(HOSTILE, HOSTILE))
    with Store(db, read_only=True) as s:
        assert s.counts() == {"documents": 1, "claims": 1, "errors": 1, "subjects": 2,
                              "aliases": 1, "sections": 0}
        stored = s.document(doc_id)
        assert stored["text"] == text and stored["title"] == HOSTILE
        (got,) = s.claims(subject="KFOR ' OR '1'='1", measure="troops'--")
        assert got.subject == HOSTILE and got.rules == ["a;b", HOSTILE]
        assert s.claims(subject="' OR '1'='1") == []
        assert s.errors() == [IngestError(HOSTILE, HOSTILE)]


def test_new_store_has_every_table(db):
    with Store(db):
        pass
    con = duckdb.connect(db, read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    version = con.execute("SELECT app, version FROM schema_version").fetchall()
    con.close()
    assert {"documents", "sections", "claims", "subjects", "aliases", "ingest_errors",
            "schema_version", "entries", "entry_claims"} <= tables
    assert version == [("claimline", 1)]


def test_store_from_a_newer_claimline_is_refused(db):
    with Store(db):
        pass
    con = duckdb.connect(db)
    con.execute("UPDATE schema_version SET version = version + 1")
    con.close()
    with pytest.raises(StoreError, match="newer claimline"):
        Store(db, read_only=True)


def test_claim_columns_missing_from_an_older_store_are_added(db):
    with Store(db) as s:
        add_seed(s, "003_863f684e0e38cbdc")
    con = duckdb.connect(db)
    con.execute("ALTER TABLE claims DROP COLUMN modality")
    con.close()
    with Store(db, read_only=True) as s:
        (c,) = s.claims()
        assert c.modality is None and c.value == 700
        assert s.export("jsonl", str(Path(db).with_suffix(".jsonl"))) == 1
    with Store(db) as s:
        (c,) = s.claims()
        assert c.modality is None and c.value == 700
        add_seed(s, "004_4e4e82e7802da668")
        assert len(s.claims()) == 3


def test_same_process_reader_while_writing_gets_a_store_error(db):
    with Store(db) as s:
        add_seed(s, DOC_IDS[0])
        with pytest.raises(StoreError, match="already open in this process"):
            Store(db, read_only=True)


def test_unopenable_path_gives_a_one_line_error(tmp_path):
    with pytest.raises(StoreError) as e:
        Store(str(tmp_path / "no" / "such" / "dir" / "x.duckdb"))
    assert "\n" not in str(e.value) and "x.duckdb" in str(e.value)


def test_a_closed_store_says_so(db):
    s = Store(db)
    s.close()
    s.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        s.counts()


def test_one_value_stated_twice_in_one_quote_is_two_claims(db):
    # A heading glued to its sentence repeats the figure ("4 personnes arrêtées Avant lui,
    # quatre personnes avaient été arrêtées"): two figure spans in one quote, two claims.
    doc_id = "004_4e4e82e7802da668"
    doc = seed_document(doc_id)
    [first] = [c for c in seed_claims(doc_id) if c.value == 4700]
    first = replace(first, fig_start=first.start + 10, fig_end=first.start + 15)
    second = replace(first, fig_start=first.start + 40, fig_end=first.start + 45)
    with Store(db) as s:
        s.add_document(doc, identity_clean(doc.text), [], [first, second, second])
        assert sorted(c.fig_start for c in s.claims()) == sorted([first.fig_start, second.fig_start])
