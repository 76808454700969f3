"""Reading a batch of paths (files and folders) in a stable order."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..model import Document, IngestError
from .decode import Unreadable
from .files import kind_of, read_document, stem_of
from .manifest import manifest_paths, read_manifest
from .warc import read_warc


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and kind_of(Path(name)) is not None:
                found.append(Path(root) / name)
    return found


def _expand(paths: Iterable[Union[str, Path]]) -> list[tuple[Path, Optional[str]]]:
    """Each file to read, with the id a folder gives it: named files as given (their id is
    their name), folders walked, where a file in a subfolder is named by its path inside
    the folder ("sport/001"), so that "business/001.txt" and "sport/001.txt" stay two."""
    files: list[tuple[Path, Optional[str]]] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            files.append((path, None))
            continue
        for found in _walk(path):
            inside = found.relative_to(path)
            files.append((found, None if len(inside.parts) == 1 else
                          (inside.parent / stem_of(found)).as_posix()))
    return files


def _read_one(path: Path, doc_id: Optional[str] = None) -> Iterator[Union[Document, IngestError]]:
    kind = kind_of(path)
    if kind == "manifest":
        yield from read_manifest(path)
    elif kind == "warc":
        yield from read_warc(path)
    elif kind in ("txt", "html"):
        try:
            yield read_document(path, doc_id=doc_id)
        except Unreadable as err:
            yield IngestError(str(path), str(err))
    elif not path.exists():
        yield IngestError(str(path), "no such file")
    else:
        yield IngestError(str(path), "unsupported file type (expected .txt, .html, .htm, "
                          ".jsonl, .warc or .warc.gz)")


def read(paths: list[str]) -> Iterator[Union[Document, IngestError]]:
    """Read files and folders into Documents, yielding an IngestError for each input
    that cannot be read while the rest of the batch goes on.

    Folders are walked recursively in sorted order (hidden entries skipped); files of
    unknown type inside a folder are skipped silently, but named explicitly they are
    an error. A file's id is its name without extension; inside a subfolder of a folder
    given, its path from that folder ("sport/001"). A file listed by a manifest in the
    batch is read once, through the manifest (which gives its id and date). The same id
    arriving twice with the same text is dropped; with different text it is an error.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path given bare would otherwise be read letter by letter
    files = _expand(paths)
    listed: set[Path] = set()
    for path, _ in files:
        if kind_of(path) == "manifest":
            listed |= manifest_paths(path)
    done: set[Path] = set()
    ids: dict[str, tuple[str, str]] = {}
    for path, doc_id in files:
        resolved = path.resolve()
        if resolved in done or (resolved in listed and kind_of(path) != "manifest"):
            continue
        done.add(resolved)
        for item in _read_one(path, doc_id):
            if isinstance(item, Document):
                first = ids.get(item.id)
                if first is not None:
                    if first[0] != item.content_hash:
                        yield IngestError(item.source, f"duplicate id {item.id!r} with "
                                          f"different text (first read from {first[1]})")
                    continue
                ids[item.id] = (item.content_hash, item.source)
            yield item
