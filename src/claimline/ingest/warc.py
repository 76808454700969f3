"""WARC archives: every successful HTML response record becomes a document."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterator, Union

from ..model import Document, IngestError
from .decode import MAX_BYTES, Unreadable, content_hash, decode_html
from .html import extract_page

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def warc_id(url: str) -> str:
    """A stable document id for a captured URL."""
    return "warc-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def read_warc(path: Union[str, Path]) -> Iterator[Union[Document, IngestError]]:
    """Read the HTML records of a ``.warc`` or ``.warc.gz`` file: 2xx responses and
    stored resources.

    Other records (requests, metadata, revisits, non-HTML or non-2xx responses) are
    skipped. The URL comes from the record; the date only from the page's HTML
    metadata, since the capture date says when it was fetched, not published. The
    20 MB bound applies to each record, not to the archive, which is streamed.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield IngestError(str(path), "no such file" if isinstance(err, FileNotFoundError)
                          else f"cannot read ({err.strerror or err})")
        return
    with handle:
        count = 0
        try:
            for record in ArchiveIterator(handle):
                if not record.format.startswith("warc"):
                    raise ValueError(f"record {count + 1} is not a WARC record")
                count += 1
                found = _record(path, record)
                if found is not None:
                    yield found
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            yield IngestError(str(path), f"damaged WARC after {count} records ({first})")
            return
        if count == 0:
            yield IngestError(str(path), "empty file" if path.stat().st_size == 0
                              else "no WARC records")


def _record(path: Path, record) -> Union[Document, IngestError, None]:
    if record.rec_type == "response" and record.http_headers is not None:
        http = record.http_headers
        if not http.get_statuscode().startswith("2"):
            return None
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":  # a stored file, no HTTP exchange around it
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if "html" not in content_type.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    source = f"{path}#{url}"
    payload = record.content_stream().read(MAX_BYTES + 1)
    declared = _CHARSET.search(content_type)
    try:
        if not payload:
            raise Unreadable("empty response body")
        page = extract_page(decode_html(payload, declared and declared.group(1)), url=url or None)
    except Unreadable as err:
        return IngestError(source, str(err))
    return Document(
        id=warc_id(url or record.rec_headers.get_header("WARC-Record-ID") or source),
        source=source,
        text=page.text,
        content_hash=content_hash(page.text),
        url=url or None,
        title=page.title,
        published=page.published,
        published_how="html-meta" if page.published else "unknown",
        fmt="warc",
    )
