"""Export of the stored claims, or of the stored timelines, as JSON Lines, CSV or Parquet.

Each row is every field of a ``Claim`` plus its document's ``url`` and ``published``, and
``duplicate_group``: the first document of the near-duplicate group the claim's document
belongs to (reprints of one story share it), or null when the document has no reprint.
Rows are streamed in batches, so an export does not hold the whole store in memory.
"""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from typing import IO, Iterator, Optional

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from claimline.model import whole
from claimline.store.schema import CLAIM_FIELDS, claim_columns

FORMATS = ("jsonl", "csv", "parquet")
EXTRA_FIELDS = ["url", "published", "duplicate_group"]
COLUMNS = CLAIM_FIELDS + EXTRA_FIELDS
_BATCH = 2000

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "DOUBLE": pa.float64(),
    "BIGINT": pa.int64(),
    "BOOLEAN": pa.bool_(),
    "VARCHAR[]": pa.list_(pa.string()),
}


def arrow_schema() -> pa.Schema:
    """The Parquet schema of an export: claim columns, then url, published, duplicate_group."""
    fields = [pa.field(n, _ARROW_TYPES[t]) for n, t in claim_columns()]
    fields += [pa.field(n, pa.string()) for n in EXTRA_FIELDS]
    return pa.schema(fields)


def _batches(con: duckdb.DuckDBPyConnection, claim_select: str) -> Iterator[list[tuple]]:
    has_groups = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_catalog = current_database() AND table_name = 'doc_groups'"
    ).fetchone()[0] > 0
    group = (
        "(SELECT g.grp FROM doc_groups g WHERE g.doc = c.doc AND g.grp IN "
        "(SELECT grp FROM doc_groups GROUP BY grp HAVING count(*) > 1))"
        if has_groups else "NULL"
    )
    cur = con.execute(
        f"SELECT {claim_select}, d.url, d.published, {group} FROM claims c "
        "JOIN documents d ON d.id = c.doc ORDER BY c.doc, c.seq"
    )
    while True:
        rows = cur.fetchmany(_BATCH)
        if not rows:
            return
        yield rows



_NUMERIC = {n for n, t in claim_columns() if t == "DOUBLE"}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def _target(out: Optional[str], binary: bool = False, newline: Optional[str] = None) -> Iterator:
    """Yield a stream (stdout when ``out`` is None) or a temp file moved onto ``out`` on success."""
    if out is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(out))
    fd, tmp = tempfile.mkstemp(prefix=".claimline-export-", dir=folder)
    try:
        if binary:
            os.close(fd)
            yield tmp
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
                yield fh
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _write_jsonl(con, claim_select: str, fh: IO[str]) -> int:
    n = 0
    for rows in _batches(con, claim_select):
        for row in rows:
            rec = {k: (whole(v) if k in _NUMERIC else v) for k, v in zip(COLUMNS, row)}
            rec["rules"] = list(rec["rules"] or [])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv_cell(name: str, value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return whole(value) if name in _NUMERIC else value


def _write_csv(con, claim_select: str, fh: IO[str]) -> int:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for rows in _batches(con, claim_select):
        for row in rows:
            rec = dict(zip(COLUMNS, row))
            rec["rules"] = ";".join(rec["rules"] or [])
            writer.writerow(_csv_cell(k, rec[k]) for k in COLUMNS)
            n += 1
    return n


def _write_parquet(con, claim_select: str, path: str) -> int:
    schema = arrow_schema()
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        for rows in _batches(con, claim_select):
            columns = list(zip(*rows))
            batch = pa.RecordBatch.from_arrays(
                [pa.array(list(col), type=f.type) for col, f in zip(columns, schema)],
                schema=schema,
            )
            writer.write_batch(batch)
            n += len(rows)
    return n


def export_claims(
    con: duckdb.DuckDBPyConnection, claim_select: str, fmt: str, out: Optional[str]
) -> int:
    """Write all claims in ``fmt`` to ``out`` (stdout if None; not for parquet); return count.

    ``claim_select`` is the store's select list for the claim columns (alias ``c``).
    """
    if fmt not in FORMATS:
        raise ValueError(f"export format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet export needs an output file")
        with _target(out, binary=True) as path:
            return _write_parquet(con, claim_select, path)
    if fmt == "jsonl":
        with _target(out, newline="\n") as fh:
            return _write_jsonl(con, claim_select, fh)
    with _target(out, newline="") as fh:
        return _write_csv(con, claim_select, fh)


# -- timelines -----------------------------------------------------------------------

#: Columns of an entries export; ``quotes`` is a list of {doc, quote, start, end, lang}
#: (a JSON string in CSV and Parquet), ``conflicts`` the ids of the entries it disagrees with.
ENTRY_COLUMNS = ["id", "subject", "measure", "kind", "value", "low", "high", "approx", "direction",
                 "time", "reported", "derived", "conflicts", "quotes"]
_ENTRY_NUMERIC = {"value", "low", "high"}


def _entry_rows(con: duckdb.DuckDBPyConnection) -> Iterator[dict]:
    quotes: dict[int, list[dict]] = {}
    for entry, doc, quote, start, end, lang in con.execute(
        "SELECT DISTINCT l.entry, l.doc, c.quote, l.start, l.\"end\", c.lang FROM entry_claims l "
        "JOIN claims c ON c.doc = l.doc AND c.start = l.start AND c.\"end\" = l.\"end\" "
        "AND c.measure = l.measure AND c.kind = l.kind AND c.value IS NOT DISTINCT FROM l.value "
        "ORDER BY l.entry, l.doc, l.start"
    ).fetchall():
        quotes.setdefault(entry, []).append(
            {"doc": doc, "quote": quote, "start": start, "end": end, "lang": lang})
    cur = con.execute("SELECT id, subject, measure, kind, value, low, high, approx, direction, time, "
                      "reported, derived, conflicts FROM entries ORDER BY id")
    while True:
        rows = cur.fetchmany(_BATCH)
        if not rows:
            return
        for row in rows:
            rec = dict(zip(ENTRY_COLUMNS, row))
            for k in _ENTRY_NUMERIC:
                rec[k] = whole(rec[k])
            rec["conflicts"] = list(rec["conflicts"] or [])
            rec["quotes"] = quotes.get(rec["id"], [])
            yield rec


def export_entries(con: duckdb.DuckDBPyConnection, fmt: str, out: Optional[str]) -> int:
    """Write the stored timeline entries in ``fmt`` to ``out`` (stdout if None); return count."""
    if fmt not in FORMATS:
        raise ValueError(f"export format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    rows = _entry_rows(con)
    n = 0
    if fmt == "jsonl":
        with _target(out, newline="\n") as fh:
            for rec in rows:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        return n
    flat = ({**rec, "conflicts": ";".join(map(str, rec["conflicts"])),
             "quotes": json.dumps(rec["quotes"], ensure_ascii=False)} for rec in rows)
    if fmt == "csv":
        with _target(out, newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(ENTRY_COLUMNS)
            for rec in flat:
                writer.writerow("" if rec[k] is None else
                                ("true" if rec[k] else "false") if isinstance(rec[k], bool) else rec[k]
                                for k in ENTRY_COLUMNS)
                n += 1
        return n
    if out is None:
        raise ValueError("parquet export needs an output file")
    records = list(flat)
    with _target(out, binary=True) as path:
        pq.write_table(pa.Table.from_pylist(records, schema=_ENTRY_SCHEMA), path)
    return len(records)


_ENTRY_SCHEMA = pa.schema([
    ("id", pa.int64()), ("subject", pa.string()), ("measure", pa.string()), ("kind", pa.string()),
    ("value", pa.float64()), ("low", pa.float64()), ("high", pa.float64()), ("approx", pa.bool_()),
    ("direction", pa.string()), ("time", pa.string()), ("reported", pa.string()),
    ("derived", pa.bool_()), ("conflicts", pa.string()), ("quotes", pa.string()),
])
