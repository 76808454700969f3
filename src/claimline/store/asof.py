"""Ingest-time helpers: timestamps are stored as naive UTC; ``as_of`` reads ISO text."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Optional


def utcnow() -> datetime:
    """Now, as a naive UTC timestamp (how the store keeps times)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def naive_utc(value: datetime) -> datetime:
    """An aware timestamp converted to naive UTC; a naive one is taken as UTC already."""
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def iso_utc(value: Optional[datetime]) -> Optional[str]:
    """A stored (naive UTC) timestamp as ISO text with its ``+00:00`` offset."""
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc).isoformat()


_DATE_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def as_of_bound(as_of: str) -> tuple[datetime, bool]:
    """Turn an ``as_of`` value into ``(limit, inclusive)`` on UTC ingest time.

    A date prefix (``2024``, ``2024-03``, ``2024-03-14``) means "by the end of that
    period"; a full timestamp is an inclusive instant (naive timestamps are UTC).
    """
    text = as_of.strip()
    m = _DATE_PREFIX.match(text)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        try:
            if day:
                start = datetime(int(year), int(month), int(day))
                return start + timedelta(days=1), False
            if month:
                y, mo = int(year), int(month)
                datetime(y, mo, 1)  # validates the month
                return (datetime(y + 1, 1, 1) if mo == 12 else datetime(y, mo + 1, 1)), False
            return datetime(int(year) + 1, 1, 1), False
        except ValueError:
            raise ValueError(f"as_of: not a valid date: {as_of!r}") from None
    try:
        instant = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"as_of: not an ISO date or timestamp: {as_of!r}") from None
    return naive_utc(instant), True
