"""Short human labels for figures and entries (plain text; the template escapes them)."""
from __future__ import annotations

from typing import Optional

from claimline.model import Entry

MINUS = "\u2212"


def number(value: Optional[float]) -> str:
    """``5000.0`` -> ``5,000``; ``0.1`` -> ``0.1``; None -> ``?``."""
    if value is None:
        return "?"
    v = float(value)
    if v.is_integer():
        return f"{int(v):,}"
    return f"{v:,.3f}".rstrip("0").rstrip(".")


def figure(entry: Entry) -> str:
    """The entry's figure as a reader would say it: ``~5,000``, ``+700``, ``×3``, ``4,000–5,000``."""
    if entry.kind == "change" and entry.direction == "*":
        core = "×" + number(entry.value)
    else:
        if entry.low is not None and entry.high is not None:
            span = f"{number(entry.low)}–{number(entry.high)}"
            core = span if entry.value is None else f"{number(entry.value)} ({span})"
        else:
            core = number(entry.value)
        if entry.kind == "change":
            core = {"+": "+", "-": MINUS}.get(entry.direction or "", "") + core
    return ("~" if entry.approx else "") + core


DIRECTION_NAMES = {"+": "increase", "-": "decrease", "*": "multiplied", None: "—"}


def direction(entry: Entry) -> str:
    """``increase`` / ``decrease`` / ``multiplied`` for changes, else a dash."""
    if entry.kind == "change" and entry.direction is None:
        return "unknown"
    return DIRECTION_NAMES.get(entry.direction, str(entry.direction))
