"""Reading one plain-text or HTML file into a Document."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..model import Document
from .decode import Unreadable, check_size, content_hash, decode_html, decode_text
from .html import extract_page

HTML_SUFFIXES = (".html", ".htm")


def kind_of(path: Path) -> Optional[str]:
    """The reader a file name calls for: ``txt``, ``html``, ``manifest``, ``warc``,
    or None for a name claimline does not read."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(".txt"):
        return "txt"
    if name.endswith(".jsonl"):
        return "manifest"
    return None


def stem_of(path: Path) -> str:
    """The file name without its extension (``.warc.gz`` counts as one)."""
    name = path.name
    if name.lower().endswith(".warc.gz"):
        return name[: -len(".warc.gz")] or name
    return path.stem or name


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``, refusing missing files, folders and oversized files."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise Unreadable("no such file") from None
    except OSError as err:
        raise Unreadable(f"cannot read ({err.strerror or err})") from None
    if path.is_dir():
        raise Unreadable("is a folder, not a file")
    check_size(size)
    try:
        return path.read_bytes()
    except OSError as err:
        raise Unreadable(f"cannot read ({err.strerror or err})") from None


def text_document(doc_id: str, source: str, text: str, url: Optional[str], published: Optional[str],
                  fmt: str) -> Document:
    """A plain-text document; a given ``published`` date is the manifest's."""
    return Document(id=doc_id, source=source, text=text, content_hash=content_hash(text), url=url,
                    published=published, published_how="manifest" if published else "unknown", fmt=fmt)


def read_document(
    path: Path,
    *,
    doc_id: Optional[str] = None,
    url: Optional[str] = None,
    published: Optional[str] = None,
    as_html: Optional[bool] = None,
) -> Document:
    """Read one ``.txt`` or HTML file.

    ``doc_id`` defaults to the file name without its extension. A ``published`` date
    given by the caller (a manifest) wins over one found in HTML metadata.
    Raises :class:`Unreadable` with a one-line reason.
    """
    if as_html is None:
        as_html = path.name.lower().endswith(HTML_SUFFIXES)
    data = read_bytes(path)
    doc_id = doc_id or stem_of(path)
    if not as_html:
        text = decode_text(data)
        return text_document(doc_id, str(path), text, url, published, "txt")
    page = extract_page(decode_html(data), url=url)
    if published:
        how = "manifest"
    elif page.published:
        published, how = page.published, "html-meta"
    else:
        how = "unknown"
    return Document(
        id=doc_id,
        source=str(path),
        text=page.text,
        content_hash=content_hash(page.text),
        url=url,
        title=page.title,
        published=published,
        published_how=how,
        fmt="html",
    )
