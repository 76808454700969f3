"""Table definitions of a claimline store and the version stamp that identifies one.

The ``claims`` columns follow the fields of :class:`claimline.model.Claim`, so a field
added to the record becomes a column (added to older stores when they are opened for
writing) without editing this file.
"""
from __future__ import annotations

import dataclasses

from claimline.model import Claim

APP = "claimline"
#: Bump when a table changes in a way older code cannot read.
SCHEMA_VERSION = 1

# Annotations are strings (``from __future__ import annotations`` in model.py).
_SQL_TYPES = {
    "str": "VARCHAR",
    "Optional[str]": "VARCHAR",
    "float": "DOUBLE",
    "Optional[float]": "DOUBLE",
    "int": "BIGINT",
    "Optional[int]": "BIGINT",
    "bool": "BOOLEAN",
    "list[str]": "VARCHAR[]",
}


def quote_ident(name: str) -> str:
    """Quote a column name taken from our own record definitions (``end`` is reserved)."""
    return '"' + name.replace('"', '""') + '"'


def claim_columns() -> list[tuple[str, str]]:
    """``(column, SQL type)`` for every field of ``Claim``, in declaration order."""
    cols = []
    for f in dataclasses.fields(Claim):
        sql = _SQL_TYPES.get(str(f.type))
        if sql is None:
            raise TypeError(f"Claim.{f.name}: no SQL type for annotation {f.type!r}")
        cols.append((f.name, sql))
    return cols


CLAIM_FIELDS = [name for name, _ in claim_columns()]


def _claims_ddl() -> str:
    cols = ",\n    ".join(f"{quote_ident(n)} {t}" for n, t in claim_columns())
    # seq keeps the order the extractor produced the claims in.
    return f"CREATE TABLE IF NOT EXISTS claims (\n    {cols},\n    seq INTEGER NOT NULL\n)"


TABLES = [
    """CREATE TABLE IF NOT EXISTS schema_version (
    app VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    url VARCHAR,
    title VARCHAR,
    published VARCHAR,
    published_how VARCHAR,
    content_hash VARCHAR NOT NULL,
    fmt VARCHAR,
    text VARCHAR NOT NULL,
    clean_text VARCHAR,
    ingested_at TIMESTAMP NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS sections (
    doc VARCHAR NOT NULL,
    lang VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
)""",
    _claims_ddl(),
    """CREATE TABLE IF NOT EXISTS subjects (
    name VARCHAR PRIMARY KEY
)""",
    # key is the case-folded alias: one canonical name per spelling, whatever its case.
    """CREATE TABLE IF NOT EXISTS aliases (
    key VARCHAR PRIMARY KEY,
    alias VARCHAR NOT NULL,
    canonical VARCHAR NOT NULL,
    lang VARCHAR
)""",
    """CREATE TABLE IF NOT EXISTS ingest_errors (
    source VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    "at" TIMESTAMP NOT NULL
)""",
    # Every timeline as of the last ingest (pipeline.save_timelines): one row per entry;
    # entry_claims names the claims each entry quotes by their key.
    """CREATE TABLE IF NOT EXISTS entries (
    id BIGINT PRIMARY KEY,
    subject VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    value DOUBLE,
    low DOUBLE,
    high DOUBLE,
    approx BOOLEAN,
    direction VARCHAR,
    time VARCHAR,
    reported VARCHAR,
    derived BOOLEAN,
    conflicts BIGINT[],
    built_at TIMESTAMP
)""",
    """CREATE TABLE IF NOT EXISTS entry_claims (
    entry BIGINT NOT NULL,
    doc VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    measure VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    value DOUBLE
)""",
    # Near-duplicate groups (resolve/dedup.py): grp is the id of the group's first
    # document; minhash is the document's MinHash signature, empty for very short texts.
    """CREATE TABLE IF NOT EXISTS doc_groups (
    doc VARCHAR PRIMARY KEY,
    grp VARCHAR NOT NULL,
    similarity DOUBLE,
    minhash UBIGINT[]
)""",
]

TABLE_NAMES = [
    "schema_version", "documents", "sections", "claims", "subjects", "aliases",
    "ingest_errors", "entries", "entry_claims", "doc_groups",
]
