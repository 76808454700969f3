"""Links from the report to documents: only http(s) URLs or ``file:`` URIs of a source path.

A document's ``url`` comes from the crawl and may be anything (``javascript:``,
``data:``); it is used only when it is a plain web address.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

URL_LIMIT = 2048


def web_url(url: Optional[str]) -> Optional[str]:
    """``url`` if it is an http(s) URL of sane length, else None (no javascript:, data:...)."""
    if not url or len(url) > URL_LIMIT:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def document_href(doc: dict) -> Optional[str]:
    """Link to a document: its http(s) url, else its source (a URL, or a ``file:`` URI of a
    file that is there; a manifest's inline text has no file to link)."""
    href = web_url(doc.get("url"))
    if href:
        return href
    source = doc.get("source")
    if not source or len(source) > URL_LIMIT:
        return None
    href = web_url(source)
    if href:
        return href
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source):
        return None  # some other scheme: do not link
    try:
        if not os.path.isfile(source):
            return None  # text given inline in a manifest ("m.jsonl:12"), or a file since moved
        return Path(os.path.abspath(source)).as_uri()
    except (ValueError, OSError):
        return None
