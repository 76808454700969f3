"""Main text, title and publication date of an HTML page, through trafilatura."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .decode import Unreadable

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Page:
    """What trafilatura found in one page."""

    text: str
    title: Optional[str]
    published: Optional[str]


def extract_page(html: str, url: str | None = None) -> Page:
    """Extract a page's main text, title and publication date.

    Only the page's own metadata and markup are searched for the date (no guessing
    from the running text), so a date found here is honestly ``html-meta``.
    Raises :class:`Unreadable` when the page has no main text.
    """
    import trafilatura  # slow to import; only pay for it when HTML is read

    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as err:  # a page that breaks the extractor must not stop the batch
        raise Unreadable(f"HTML extraction failed ({type(err).__name__})") from None
    raw = (found.text or "") if found is not None else ""
    # trafilatura puts one block per line; a blank line between blocks keeps a
    # paragraph a paragraph when the cleaner joins hard-wrapped lines.
    text = "\n\n".join(line.strip() for line in raw.splitlines() if line.strip())
    if not text:
        raise Unreadable("no main text found in the HTML")
    date = found.date if found.date and _ISO_DATE.match(found.date) else None
    return Page(text=text, title=found.title or None, published=date)
