"""The DuckDB store: documents, their language sections and claims, aliases, errors.

Every write of a document is one transaction, so an interrupted ingest leaves whole
documents only and running it again resumes where it stopped. All values reach DuckDB as
query parameters; the only SQL text is written here and in ``export.py``.
"""
from __future__ import annotations

import hashlib
import os
import re
from contextlib import contextmanager
from datetime import datetime
from typing import Iterator, Optional

import duckdb

from claimline.model import Claim, CleanText, Document, Entry, IngestError, Section
from claimline.store import export as _export
from claimline.store.asof import iso_utc, naive_utc, utcnow, as_of_bound
from claimline.store.errors import StoreError
from claimline.store.schema import (
    APP,
    CLAIM_FIELDS,
    SCHEMA_VERSION,
    TABLES,
    claim_columns,
    quote_ident,
)

_CHUNK = 100  # rows per INSERT statement
_RULES = CLAIM_FIELDS.index("rules")
_DOC_LIST_COLS = (
    "id, source, url, title, published, published_how, content_hash, fmt, ingested_at"
)


def text_hash(text: str) -> str:
    """The content hash used when a ``Document`` arrives without one (sha256 of its text)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _claim_key(c: Claim) -> tuple:
    # The figure's own offsets belong to the key: one quote can state one value twice
    # ("Des milliers de personnes attendues" heading glued to its sentence); each is a claim.
    return (c.doc, c.start, c.end, c.fig_start, c.fig_end, c.measure, c.kind, c.value)


def _claim_row(c: Claim, seq: int) -> list:
    row = [getattr(c, name) for name in CLAIM_FIELDS]
    row[_RULES] = list(c.rules or [])
    row.append(seq)
    return row


class Store:
    """A claimline store in one DuckDB file; use as ``with Store(path) as s:``.

    One process may write at a time; readers open with ``read_only=True`` (DuckDB lets
    several read-only processes share a file, but not while a writer holds it). Opening
    a locked file, a file that is not a DuckDB database, or a DuckDB database that is not
    a claimline store raises :class:`StoreError` with a one-line message.
    """

    def __init__(self, path: str = "claimline.duckdb", read_only: bool = False):
        """Open (and, when writable, create or upgrade) the store at ``path``."""
        self.path = str(path)
        self.read_only = read_only
        self._con = self._connect()
        try:
            self._prepare()
        except BaseException:
            self._con.close()
            raise

    # -- opening -------------------------------------------------------------------

    def _connect(self) -> duckdb.DuckDBPyConnection:
        path = self.path
        in_memory = path == ":memory:" or path == ""
        if self.read_only and not in_memory and not os.path.exists(path):
            raise StoreError(f"{path}: no such store")
        try:
            return duckdb.connect(path, read_only=self.read_only)
        except duckdb.IOException as e:
            msg = str(e)
            if "lock" in msg.lower():
                pid = re.search(r"PID (\d+)", msg)
                who = f" (PID {pid.group(1)})" if pid else ""
                raise StoreError(
                    f"{path}: locked by another process{who}; "
                    "only one writer at a time, and readers must wait for it to finish"
                ) from None
            if "not a valid DuckDB database" in msg:
                raise StoreError(f"{path}: not a claimline store (not a DuckDB file)") from None
            raise StoreError(f"{path}: cannot open: {msg.splitlines()[0]}") from None
        except duckdb.ConnectionException as e:
            mode = "read-only" if self.read_only else "for writing"
            raise StoreError(
                f"{path}: already open in this process in another mode; cannot open it {mode}"
                f" ({str(e).splitlines()[0]})"
            ) from None
        except duckdb.Error as e:
            raise StoreError(f"{path}: cannot open: {str(e).splitlines()[0]}") from None

    def _prepare(self) -> None:
        tables = {
            r[0]
            for r in self._db.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'main' AND table_catalog = current_database()"
            ).fetchall()
        }
        if "schema_version" in tables:
            row = self._db.execute("SELECT app, version FROM schema_version LIMIT 1").fetchone()
            if row is None or row[0] != APP:
                raise StoreError(f"{self.path}: not a claimline store")
            if row[1] > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: written by a newer claimline (store schema {row[1]}, "
                    f"this version reads up to {SCHEMA_VERSION})"
                )
        elif tables:
            raise StoreError(f"{self.path}: not a claimline store (a DuckDB file with other tables)")
        elif self.read_only:
            raise StoreError(f"{self.path}: not a claimline store (empty database)")
        if not self.read_only:
            self._create(tables)
        have = self._claim_columns_present()
        # A read-only store made before a Claim field existed reads it as NULL.
        self._claim_select = ", ".join(
            f"c.{quote_ident(n)}" if n in have else f"NULL AS {quote_ident(n)}"
            for n in CLAIM_FIELDS
        )

    def _create(self, tables: set[str]) -> None:
        with self._transaction():
            for ddl in TABLES:
                self._db.execute(ddl)
            if "schema_version" not in tables:
                self._db.execute(
                    "INSERT INTO schema_version VALUES (?, ?, ?)",
                    [APP, SCHEMA_VERSION, utcnow()],
                )
            # A Claim field added since this store was made becomes a new column.
            have = self._claim_columns_present()
            for name, sql_type in claim_columns():
                if name not in have:
                    self._db.execute(
                        f"ALTER TABLE claims ADD COLUMN {quote_ident(name)} {sql_type}"
                    )

    def _claim_columns_present(self) -> set[str]:
        return {
            r[0]
            for r in self._db.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_catalog = current_database() "
                "AND table_name = 'claims'"
            ).fetchall()
        }

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (also done on leaving a ``with`` block)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    @property
    def _db(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._con

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.begin()
        try:
            yield
        except BaseException:
            self._db.rollback()
            raise
        self._db.commit()

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot write")

    # -- documents -----------------------------------------------------------------

    def has_document(self, doc_id: str, content_hash: str) -> bool:
        """True when ``doc_id`` is stored with this content hash (``""``: with any hash)."""
        row = self._db.execute(
            "SELECT content_hash FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            return False
        return content_hash == "" or row[0] == content_hash

    def add_document(
        self,
        doc: Document,
        clean: CleanText,
        sections: list[Section],
        claims: list[Claim],
        *,
        ingested_at: Optional[datetime] = None,
    ) -> bool:
        """Store a document with its clean text, sections and claims in one transaction.

        Returns False (and changes nothing) when the document is already stored with the
        same content hash; a stored document with the same id and another hash is replaced
        whole. A document without a hash is hashed here (:func:`text_hash`). Claims with
        the same (doc, quote span, figure span, measure, kind, value) are stored once. ``ingested_at``
        (UTC; default now) is what ``claims(as_of=...)`` compares with.
        """
        self._check_writable()
        content_hash = doc.content_hash or text_hash(doc.text)
        for c in claims:
            if c.doc != doc.id:
                raise ValueError(f"claim of document {c.doc!r} given with document {doc.id!r}")
        when = naive_utc(ingested_at) if ingested_at is not None else utcnow()
        seen: set[tuple] = set()
        unique: list[Claim] = []
        for c in claims:
            key = _claim_key(c)
            if key not in seen:
                seen.add(key)
                unique.append(c)
        with self._transaction():
            row = self._db.execute(
                "SELECT content_hash FROM documents WHERE id = ?", [doc.id]
            ).fetchone()
            if row is not None and row[0] == content_hash:
                return False
            replacing = row is not None
            if replacing:
                self._clear_document(doc.id)
            self._write_document(doc, content_hash, clean, when, replacing)
            self._insert_sections(doc.id, sections)
            self._insert_claims(unique)
            self._insert_subjects(sorted({c.subject for c in unique if c.subject}))
            if replacing:
                self._prune_subjects()
        return True

    # A replaced document keeps its row (updated in place) and any subject it still
    # names: DuckDB before 1.2 refused to delete and re-insert one key in a transaction.
    def _clear_document(self, doc_id: str) -> None:
        self._db.execute("DELETE FROM entry_claims WHERE doc = ?", [doc_id])
        self._db.execute("DELETE FROM claims WHERE doc = ?", [doc_id])
        self._db.execute("DELETE FROM sections WHERE doc = ?", [doc_id])

    def _prune_subjects(self) -> None:
        self._db.execute(
            "DELETE FROM subjects WHERE name NOT IN (SELECT subject FROM claims) "
            "AND name NOT IN (SELECT canonical FROM aliases)"
        )

    def _write_document(
        self, doc: Document, content_hash: str, clean: CleanText, when: datetime,
        replacing: bool,
    ) -> None:
        values = [
            doc.source, doc.url, doc.title, doc.published, doc.published_how, content_hash,
            doc.fmt, doc.text, clean.text if clean is not None else None, when,
        ]
        if replacing:
            self._db.execute(
                "UPDATE documents SET source = ?, url = ?, title = ?, published = ?, "
                "published_how = ?, content_hash = ?, fmt = ?, text = ?, clean_text = ?, "
                "ingested_at = ? WHERE id = ?",
                values + [doc.id],
            )
        else:
            self._db.execute(
                "INSERT INTO documents (source, url, title, published, published_how, "
                "content_hash, fmt, text, clean_text, ingested_at, id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values + [doc.id],
            )

    def _insert_rows(self, table: str, columns: list[str], rows: list[list]) -> None:
        # One multi-row INSERT per chunk: several times faster than executemany in DuckDB.
        cols = ", ".join(quote_ident(c) for c in columns)
        one = "(" + ", ".join("?" for _ in columns) + ")"
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i:i + _CHUNK]
            self._db.execute(
                f"INSERT INTO {table} ({cols}) VALUES " + ", ".join(one for _ in chunk),
                [value for row in chunk for value in row],
            )

    def _insert_sections(self, doc_id: str, sections: list[Section]) -> None:
        rows = [[doc_id, s.lang, s.start, s.end] for s in sections]
        self._insert_rows("sections", ["doc", "lang", "start", "end"], rows)

    def _insert_claims(self, claims: list[Claim]) -> None:
        rows = [_claim_row(c, i) for i, c in enumerate(claims)]
        self._insert_rows("claims", CLAIM_FIELDS + ["seq"], rows)

    def _insert_subjects(self, names: list[str]) -> None:
        if names:
            values = ", ".join("(?)" for _ in names)
            self._db.execute(
                f"INSERT INTO subjects (name) SELECT DISTINCT n FROM (VALUES {values}) AS t(n) "
                "WHERE n NOT IN (SELECT name FROM subjects)",
                list(names),
            )

    def documents(self, with_text: bool = False) -> list[dict]:
        """Every stored document's metadata (and ``text``/``clean_text`` if asked), by id.

        ``ingested_at`` is an ISO timestamp in UTC; ``claims`` counts its claims.
        """
        cols = _DOC_LIST_COLS + (", text, clean_text" if with_text else "")
        cur = self._db.execute(
            f"SELECT {cols}, (SELECT count(*) FROM claims c WHERE c.doc = d.id) "
            "FROM documents d ORDER BY id"
        )
        names = [x.strip() for x in cols.split(",")] + ["claims"]
        out = []
        for row in cur.fetchall():
            d = dict(zip(names, row))
            d["ingested_at"] = iso_utc(d["ingested_at"])
            out.append(d)
        return out

    def document(self, doc_id: str) -> Optional[dict]:
        """One document with ``text``, ``clean_text`` and its ``sections``; None if absent."""
        cols = _DOC_LIST_COLS + ", text, clean_text"
        row = self._db.execute(f"SELECT {cols} FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            return None
        d = dict(zip([x.strip() for x in cols.split(",")], row))
        d["ingested_at"] = iso_utc(d["ingested_at"])
        d["sections"] = [
            {"lang": lang, "start": start, "end": end}
            for lang, start, end in self._db.execute(
                'SELECT lang, start, "end" FROM sections WHERE doc = ? ORDER BY start, "end"',
                [doc_id],
            ).fetchall()
        ]
        return d

    # -- claims --------------------------------------------------------------------

    def claims(
        self,
        subject: Optional[str] = None,
        measure: Optional[str] = None,
        as_of: Optional[str] = None,
        doc: Optional[str] = None,
    ) -> list[Claim]:
        """Stored claims, optionally for one subject and measure, or one document, as known
        at ``as_of``.

        ``subject`` matches case-insensitively after naming both it and each claim's
        subject canonically (``resolve.canonical``: the learned aliases, then place and
        organisation names of every language), so "kosovo force" finds claims filed under
        "KFOR", "États-Unis" those under "United States", and the reverse. ``as_of`` (an
        ISO date prefix or timestamp) keeps claims from documents ingested by then.
        Ordered by document id, then extraction order.
        """
        where: list[str] = []
        params: list = []
        if doc is not None:
            where.append("c.doc = ?")
            params.append(doc)
        if measure is not None:
            where.append("lower(c.measure) = lower(?)")
            params.append(measure)
        if as_of is not None:
            limit, inclusive = as_of_bound(as_of)
            where.append("d.ingested_at <= ?" if inclusive else "d.ingested_at < ?")
            params.append(limit)
        sql = f"SELECT {self._claim_select} FROM claims c JOIN documents d ON d.id = c.doc"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.doc, c.seq"
        found = [self._claim(row) for row in self._db.execute(sql, params).fetchall()]
        if subject is None:
            return found
        from claimline.resolve import Names

        names = Names(self.aliases()).matches(subject)
        return [c for c in found if names(c.subject)]

    @staticmethod
    def _claim(row: tuple) -> Claim:
        d = dict(zip(CLAIM_FIELDS, row))
        d["rules"] = list(d.get("rules") or [])
        return Claim(**d)

    # -- subjects and aliases ------------------------------------------------------

    def add_alias(self, alias: str, canonical: str, lang: Optional[str] = None) -> None:
        """Record that ``alias`` (any case) names the subject ``canonical``.

        Adding an alias again replaces its canonical name and language.
        """
        self._check_writable()
        if not alias or not canonical:
            raise ValueError("alias and canonical name must be non-empty")
        with self._transaction():
            self._db.execute(
                "INSERT INTO aliases (key, alias, canonical, lang) VALUES (lower(?), ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET alias = excluded.alias, "
                "canonical = excluded.canonical, lang = excluded.lang",
                [alias, alias, canonical, lang],
            )
            self._insert_subjects([canonical])

    def aliases(self) -> dict[str, str]:
        """Every alias, as first spelled, mapped to its canonical subject name."""
        return dict(self._db.execute("SELECT alias, canonical FROM aliases ORDER BY key").fetchall())

    def subjects(self) -> list[str]:
        """Canonical subject names: those of claims and those aliases point to."""
        return [r[0] for r in self._db.execute("SELECT name FROM subjects ORDER BY name").fetchall()]

    # -- errors --------------------------------------------------------------------

    def add_error(self, err: IngestError) -> None:
        """Record that a source could not be read; an identical source+reason is kept once."""
        self._check_writable()
        with self._transaction():
            seen = self._db.execute(
                "SELECT 1 FROM ingest_errors WHERE source = ? AND reason = ? LIMIT 1",
                [err.source, err.reason],
            ).fetchone()
            if seen is None:
                self._db.execute(
                    "INSERT INTO ingest_errors (source, reason, \"at\") VALUES (?, ?, ?)",
                    [err.source, err.reason, utcnow()],
                )

    def errors(self) -> list[IngestError]:
        """Recorded ingest errors, oldest first."""
        rows = self._db.execute(
            "SELECT source, reason FROM ingest_errors ORDER BY \"at\", source, reason"
        ).fetchall()
        return [IngestError(source=s, reason=r) for s, r in rows]

    # -- summary and export --------------------------------------------------------

    def counts(self) -> dict:
        """Row counts: documents, claims, errors, subjects, aliases, sections."""
        row = self._db.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims), "
            "(SELECT count(*) FROM ingest_errors), (SELECT count(*) FROM subjects), "
            "(SELECT count(*) FROM aliases), (SELECT count(*) FROM sections)"
        ).fetchone()
        return dict(zip(["documents", "claims", "errors", "subjects", "aliases", "sections"], row))

    def export(self, fmt: str, out: Optional[str] = None) -> int:
        """Write every claim with its document's url and published date; return the count.

        ``fmt`` is ``jsonl``, ``csv`` (``rules`` joined with ``;``) or ``parquet``. jsonl
        and csv go to stdout when ``out`` is None; parquet needs ``out``. A file is
        written beside ``out`` and moved into place, so a failed export leaves no half file.
        """
        return _export.export_claims(self._db, self._claim_select, fmt, out)

    # -- timelines ---------------------------------------------------------------------

    def replace_entries(self, series: list[list[Entry]], built_at: Optional[datetime] = None) -> int:
        """Store every timeline (``timeline.build_all``) in ``entries`` and ``entry_claims``,
        replacing the previous ones in one transaction; return the number of entries.

        Entry ids run over all series; ``conflicts`` holds the ids of the entries an entry
        disagrees with. ``entry_claims`` names each quoted claim by its key (doc, start,
        end, measure, kind, value). A timeline asked ``--as-of`` a date is computed from
        the claims, not read from here.
        """
        self._check_writable()
        when = naive_utc(built_at) if built_at is not None else utcnow()
        rows, links = [], []
        next_id = 0
        for entries in series:
            first = next_id
            for e in entries:
                rows.append([next_id, e.subject, e.measure, e.kind, e.value, e.low, e.high, e.approx,
                             e.direction, e.time, e.reported, e.derived,
                             [first + j for j in e.conflicts], when])
                links += [[next_id, c.doc, c.start, c.end, c.measure, c.kind, c.value] for c in e.claims]
                next_id += 1
        with self._transaction():
            self._db.execute("DELETE FROM entry_claims")
            self._db.execute("DELETE FROM entries")
            self._insert_rows("entries", ["id", "subject", "measure", "kind", "value", "low", "high",
                                          "approx", "direction", "time", "reported", "derived",
                                          "conflicts", "built_at"], rows)
            self._insert_rows("entry_claims", ["entry", "doc", "start", "end", "measure", "kind",
                                               "value"], links)
        return len(rows)

    def has_entries(self) -> bool:
        """Whether timelines are stored, or there are no claims to build them from."""
        row = self._db.execute("SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM claims)").fetchone()
        return row[0] > 0 or row[1] == 0

    def export_entries(self, fmt: str, out: Optional[str] = None) -> int:
        """Write the stored timelines (one row per entry, its quotes inside); return the count."""
        return _export.export_entries(self._db, fmt, out)

    # -- near-duplicate groups -----------------------------------------------------

    def _has_table(self, name: str) -> bool:
        return self._db.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_catalog = current_database() AND table_name = ?", [name]
        ).fetchone()[0] > 0

    def set_doc_group(self, doc_id: str, group: str, minhash: list[int],
                      similarity: Optional[float] = None) -> None:
        """Record that ``doc_id`` belongs to the near-duplicate group ``group`` (replacing any).

        ``similarity`` is its Jaccard similarity to the group member it matched (None for a
        group's first document); ``minhash`` its signature, for matching later documents.
        """
        self._check_writable()
        with self._transaction():
            self._db.execute(
                "INSERT INTO doc_groups (doc, grp, similarity, minhash) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (doc) DO UPDATE SET grp = excluded.grp, "
                "similarity = excluded.similarity, minhash = excluded.minhash",
                [doc_id, group, similarity, list(minhash)],
            )

    def doc_groups(self) -> dict[str, str]:
        """``{doc: group}`` for every document in a near-duplicate group of two or more."""
        if not self._has_table("doc_groups"):
            return {}
        rows = self._db.execute(
            "SELECT doc, grp FROM doc_groups WHERE grp IN "
            "(SELECT grp FROM doc_groups GROUP BY grp HAVING count(*) > 1) ORDER BY doc"
        ).fetchall()
        return dict(rows)

    def ungrouped_documents(self) -> list[str]:
        """Ids of documents with no near-duplicate group yet (older stores, cut runs), oldest first."""
        if not self._has_table("doc_groups"):
            return [d["id"] for d in self.documents()]
        return [r[0] for r in self._db.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc FROM doc_groups) "
            "ORDER BY ingested_at, id"
        ).fetchall()]

    def doc_signatures(self) -> list[tuple[str, str, list[int]]]:
        """``(doc, group, minhash)`` of every grouped document, for the duplicate index."""
        if not self._has_table("doc_groups"):
            return []
        rows = self._db.execute("SELECT doc, grp, minhash FROM doc_groups ORDER BY doc").fetchall()
        return [(d, g, list(m or [])) for d, g, m in rows]
