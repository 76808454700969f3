"""JSONL manifests: one document per line, given by path or inline text."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Iterator, Union

from ..model import Document, IngestError
from .decode import MAX_BYTES, Unreadable, decode_text
from .files import kind_of, read_bytes, read_document, text_document

_ISO_PREFIX = re.compile(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ][0-9:.+\-Z]*)?")
_MAX_ID = 200


class BadLine(Exception):
    """A manifest line that does not describe a document; the message says why."""


def _parsed(line: str) -> dict:
    """The JSON object of a manifest line, or :class:`BadLine`."""
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as err:
        raise BadLine(f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(entry, dict):
        raise BadLine("not a JSON object")
    return entry


def _entry(line: str) -> dict:
    return _checked(_parsed(line))


def _checked(entry: dict) -> dict:
    """``entry`` with its fields checked and ``published`` cut to an ISO prefix, or :class:`BadLine`."""
    doc_id = entry.get("id")
    if doc_id is not None and not isinstance(doc_id, str):
        raise BadLine('"id" must be a string')
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise BadLine('missing or empty "id"')
    if len(doc_id) > _MAX_ID or any(ord(c) < 32 for c in doc_id):
        raise BadLine('"id" is too long or holds control characters')
    has_path, has_text = entry.get("path") is not None, entry.get("text") is not None
    if has_path == has_text:
        raise BadLine('needs exactly one of "path" and "text"')
    if has_path and (not isinstance(entry["path"], str) or not entry["path"].strip()):
        raise BadLine('"path" must be a non-empty string')
    if has_text and not isinstance(entry["text"], str):
        raise BadLine('"text" must be a string')
    for key in ("url", "published"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise BadLine(f'"{key}" must be a string')
    for key in ("id", "path", "text", "url", "published"):
        value = entry.get(key)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as err:  # JSON allows "\ud800"; no text holds one
                raise BadLine(f'"{key}" holds an unpaired surrogate (at character {err.start})') from None
    if entry.get("published"):
        match = _ISO_PREFIX.fullmatch(entry["published"].strip())
        if not match or not _real_date(match.group(1)):
            raise BadLine(f'"published" is not an ISO date: {entry["published"][:40]!r}')
        entry["published"] = match.group(1)
    return entry


def _real_date(prefix: str) -> bool:
    """True for an ISO prefix naming a real year, month or day."""
    parts = [int(p) for p in prefix.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def manifest_paths(path: Union[str, Path]) -> set[Path]:
    """The resolved paths of the files a manifest lists (unreadable lines skipped).

    Used to read those files once, through the manifest, when a folder holds both.
    """
    path = Path(path)
    listed: set[Path] = set()
    try:
        lines = read_bytes(path).decode("utf-8", errors="replace").splitlines()
    except Unreadable:
        return listed
    for line in lines:
        try:
            entry = _entry(line) if line.strip() else None
        except BadLine:
            continue
        if entry and entry.get("path"):
            listed.add((path.parent / entry["path"]).resolve())
    return listed


def read_manifest(path: Union[str, Path]) -> Iterator[Union[Document, IngestError]]:
    """Read the documents a JSONL manifest lists.

    Each line is ``{"id", "path" | "text", "url"?, "published"?}``; ``path`` is
    relative to the manifest's folder (absolute paths are allowed too); extra keys are
    ignored. A given ``published`` date makes ``published_how="manifest"``. A broken
    line, or a listed file that cannot be read, yields one :class:`IngestError` and
    the other lines are still read. Ids repeated within the manifest are refused.
    """
    path = Path(path)
    try:
        text = decode_text(read_bytes(path))
    except Unreadable as err:
        yield IngestError(str(path), str(err))
        return
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            entry = _entry(line)
        except BadLine as err:
            yield IngestError(where, str(err))
            continue
        doc_id = entry["id"]
        if doc_id in seen:
            yield IngestError(where, f"duplicate id {doc_id!r} (first at line {seen[doc_id]})")
            continue
        seen[doc_id] = number
        yield _document(path, where, entry)


def _document(manifest: Path, where: str, entry: dict) -> Union[Document, IngestError]:
    doc_id, url, published = entry["id"], entry.get("url"), entry.get("published") or None
    if entry.get("text") is not None:
        body = entry["text"]
        if len(body) > MAX_BYTES:
            return IngestError(where, f"inline text too large ({len(body):,} characters)")
        if not body.strip():
            return IngestError(where, "inline text is empty")
        return text_document(doc_id, where, body, url, published, "manifest-text")
    target = manifest.parent / entry["path"]
    if kind_of(target) in ("manifest", "warc"):
        return IngestError(str(target), f"a manifest may list only text or HTML files ({where})")
    try:
        return read_document(target, doc_id=doc_id, url=url, published=published)
    except Unreadable as err:
        return IngestError(str(target), f"{err} (listed at {where})")


def text_lines(path: Union[str, Path]) -> Iterator[tuple[int, dict, Document]]:
    """Each line of a manifest read by a single-stage command (``claimline timex``,
    ``claimline quantities``): (line number, the JSON object, its :class:`Document`).

    The line is checked and its file read as :func:`read_manifest` does (size, binary
    data, encodings, HTML through trafilatura with the page's date, an ISO ``published``,
    ids not repeated), but every field of the line is kept (a per-line ``lang``) and no id
    is asked for: a line without one is named by its ``path``, else by its line number. A
    line that cannot be read is reported on stderr in one line, naming the file and the
    reason, and skipped; the rest still runs. A manifest that cannot be opened raises
    ``OSError``.
    """
    import sys

    manifest = Path(path)
    seen: dict[str, int] = {}
    with open(manifest, encoding="utf-8", errors="replace") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{manifest}:{no}"
            try:
                row = _parsed(line)
                if row.get("id") is None:
                    named = row.get("path") if isinstance(row.get("path"), str) else None
                    row = {**row, "id": named or f"{manifest.name}:{no}"}
                entry = _checked(dict(row))
            except BadLine as err:
                print(f"{where}: {err}", file=sys.stderr)
                continue
            if entry["id"] in seen:
                print(f"{where}: duplicate id {entry['id']!r} (first at line {seen[entry['id']]})", file=sys.stderr)
                continue
            seen[entry["id"]] = no
            doc = _document(manifest, where, entry)
            if isinstance(doc, IngestError):
                print(str(doc), file=sys.stderr)
                continue
            yield no, row, doc
