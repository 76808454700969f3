"""The plotly figure of one (subject, measure) series.

Observed levels are a line with markers, derived levels open circles, targets open
diamonds, changes bars on a second axis (as wide as the period they are dated to).
An entry dated to a period (a year, a month) sits at the middle of it with a faint bar
showing the whole period. Entries without a calendar time are left off the chart; the
caller lists them as "date unknown".
"""
from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Optional

import plotly.graph_objects as go

from claimline.model import Entry
from claimline.report import labels
from claimline.report.timeaxis import midpoint, span

CONFLICT_COLOR = "#c0392b"
COLORS = {"level": "#1f5f99", "target": "#8e44ad", "+": "#2e8b57", "-": "#c0392b", None: "#7f8c8d"}


@dataclass(frozen=True)
class Placed:
    """An entry that has a place on the chart."""

    index: int
    entry: Entry
    first: date
    last: date
    x: datetime
    y: float


def place(entries: list[Entry]) -> tuple[list[Placed], list[int]]:
    """Split entries into those with a calendar time and a figure, and the rest (indexes)."""
    placed, rest = [], []
    for i, e in enumerate(entries):
        period = span(e.time)
        y = e.value
        if y is None and e.low is not None and e.high is not None:
            y = (e.low + e.high) / 2
        if period is None or y is None or math.isnan(y) or math.isinf(y):
            rest.append(i)
            continue
        if e.kind == "change" and e.direction == "-":
            y = -abs(y)
        placed.append(Placed(i, e, period[0], period[1], midpoint(*period), float(y)))
    placed.sort(key=lambda p: (p.x, p.index))
    return placed, rest


def _text(s: str) -> str:
    # Plotly reads a small HTML subset in labels and decodes entities: escaping shows
    # document-derived strings literally and keeps their tags inert.
    return html.escape(s, quote=False)


def _short(s: Optional[str], limit: int = 60) -> Optional[str]:
    """Bound a document-derived string shown in a label."""
    if s is None:
        return None
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _hover(p: Placed, measure: str) -> str:
    e = p.entry
    quotes = f"{len(e.claims)} quote{'s' if len(e.claims) != 1 else ''}"
    lines = [
        f"#{p.index + 1}  {labels.figure(e)} {measure}",
        f"{_short(e.kind)}{' (derived)' if e.derived else ''} · {_short(e.time)}",
        f"reported {_short(e.reported) or 'unknown'} · {quotes}",
    ]
    if e.conflicts:
        lines.append("conflicts with " + ", ".join(f"#{c + 1}" for c in e.conflicts))
    return "<br>".join(_text(line) for line in lines)


def _markers(points: list[Placed], measure: str, anchors: list[str], **style) -> dict:
    errors_up = [(p.entry.high - p.y) if p.entry.high is not None else 0 for p in points]
    errors_down = [(p.y - p.entry.low) if p.entry.low is not None else 0 for p in points]
    trace = dict(
        x=[p.x for p in points],
        y=[p.y for p in points],
        hovertext=[_hover(p, measure) for p in points],
        hovertemplate="%{hovertext}<extra></extra>",
        customdata=[anchors[p.index] for p in points],
    )
    if any(errors_up) or any(errors_down):
        trace["error_y"] = dict(type="data", symmetric=False, array=errors_up,
                                arrayminus=errors_down, thickness=1.5)
    marker = dict(style.pop("marker"))
    marker["line"] = dict(
        color=[CONFLICT_COLOR if p.entry.conflicts else marker.get("color") for p in points],
        width=[3 if p.entry.conflicts else marker.get("line_width", 2) for p in points],
    )
    marker.pop("line_width", None)
    trace.update(style, marker=marker)
    return trace


def _periods(points: list[Placed]) -> Optional[dict]:
    xs, ys = [], []
    for p in points:
        if p.last > p.first:
            xs += [p.first, p.last + timedelta(days=1), None]
            ys += [p.y, p.y, None]
    if not xs:
        return None
    return dict(type="scatter", mode="lines", x=xs, y=ys, name="period the figure is dated to",
                line=dict(width=7, color="rgba(31,95,153,0.18)"), hoverinfo="skip")


def _side_by_side(changes: list[Placed]) -> tuple[list[datetime], list[float]]:
    """Bar centres and widths (ms): a bar spans its period, shared with any other change
    dated to the same period so that none hides another."""
    groups: dict[tuple[date, date], list[int]] = {}
    for i, p in enumerate(changes):
        groups.setdefault((p.first, p.last), []).append(i)
    xs: list[datetime] = [None] * len(changes)  # type: ignore[list-item]
    widths: list[float] = [0.0] * len(changes)
    for (first, last), members in groups.items():
        start = datetime(first.year, first.month, first.day)
        total = timedelta(days=max((last - first).days + 1, 10))
        share = total / len(members)
        for k, i in enumerate(members):
            xs[i] = start + share * k + share / 2
            widths[i] = share.total_seconds() * 1000
    return xs, widths


def figure(subject: str, measure: str, entries: list[Entry], anchors: list[str]) -> Optional[dict]:
    """The plotly figure (a JSON-ready dict) of a series, or None if nothing can be placed.

    ``anchors[i]`` is the HTML id of entry ``i``'s card; each point carries it so a click
    can scroll to the evidence.
    """
    placed, _ = place(entries)
    if not placed:
        return None
    traces = []
    levels = [p for p in placed if p.entry.kind == "level" and not p.entry.derived]
    derived = [p for p in placed if p.entry.kind == "level" and p.entry.derived]
    targets = [p for p in placed if p.entry.kind == "target"]
    changes = [p for p in placed if p.entry.kind == "change" and p.entry.direction != "*"]
    factors = [p for p in placed if p.entry.kind == "change" and p.entry.direction == "*"]
    others = [p for p in placed if p.entry.kind not in ("level", "target", "change")]

    periods = _periods(levels + derived + targets + others)
    if periods:
        traces.append(periods)
    if levels:
        traces.append(_markers(levels, measure, anchors, type="scatter", mode="lines+markers",
                               name="level (reported)", line=dict(color=COLORS["level"], width=2),
                               marker=dict(symbol="circle", size=10, color=COLORS["level"])))
    if derived:
        traces.append(_markers(derived, measure, anchors, type="scatter", mode="markers",
                               name="level (derived from a change)",
                               marker=dict(symbol="circle-open-dot", size=12,
                                           color=COLORS["level"])))
    if targets:
        traces.append(_markers(targets, measure, anchors, type="scatter", mode="markers",
                               name="target (planned or announced)",
                               marker=dict(symbol="diamond-open", size=14, color=COLORS["target"],
                                           line_width=2.5)))
    if others:
        traces.append(_markers(others, measure, anchors, type="scatter", mode="markers",
                               name="other", marker=dict(symbol="square-open", size=10,
                                                         color="#555")))
    if changes:
        xs, widths = _side_by_side(changes)
        traces.append(dict(
            type="bar", name="change", yaxis="y2", x=xs,
            y=[p.y for p in changes], width=widths, opacity=0.45,
            text=[_text(labels.figure(p.entry)) for p in changes], textposition="outside",
            constraintext="none",
            cliponaxis=False,
            marker=dict(color=[COLORS.get(p.entry.direction, COLORS[None]) for p in changes],
                        line=dict(color=[CONFLICT_COLOR if p.entry.conflicts else "rgba(0,0,0,0)"
                                         for p in changes], width=2)),
            hovertext=[_hover(p, measure) for p in changes],
            hovertemplate="%{hovertext}<extra></extra>",
            customdata=[anchors[p.index] for p in changes],
        ))
    if factors:
        traces.append(dict(
            type="scatter", mode="markers+text", name="change (multiplied)", yaxis="y2",
            x=[p.x for p in factors], y=[0 for _ in factors],
            text=[_text(labels.figure(p.entry)) for p in factors], textposition="top center",
            marker=dict(symbol="star", size=12, color=COLORS[None]),
            hovertext=[_hover(p, measure) for p in factors],
            hovertemplate="%{hovertext}<extra></extra>",
            customdata=[anchors[p.index] for p in factors],
        ))
    layout = dict(
        template="plotly_white",
        title=dict(text=_text(f"{subject} — {measure}"), x=0.01),
        height=420,
        margin=dict(l=60, r=60, t=50, b=40),
        hovermode="closest",
        barmode="overlay",
        legend=dict(orientation="h", y=-0.15),
        xaxis=dict(type="date", title=dict(text="time the figure holds")),
        yaxis=dict(title=dict(text=_text(measure)), rangemode="tozero"),
    )
    if changes or factors:
        layout["yaxis2"] = dict(title=dict(text=_text(f"change in {measure}")), overlaying="y",
                                side="right", showgrid=False, zeroline=True,
                                tickmode="auto", rangemode="tozero")
    fig = go.Figure(data=traces, layout=layout).to_plotly_json()
    # The page sends the (large) template once for all charts; see shared_template().
    fig["layout"].pop("template", None)
    return fig


def shared_template() -> dict:
    """The plotly layout template every chart of the page uses, sent once."""
    return go.Figure(layout=dict(template="plotly_white")).to_plotly_json()["layout"]["template"]


def to_script_json(fig: dict) -> str:
    """JSON for a ``<script type="application/json">`` block: no ``<``, ``>`` or ``&``
    survive literally, so no document text can close the script element."""
    text = json.dumps(fig, cls=_Encoder, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


class _Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        try:
            import numpy as np
        except ImportError:  # pragma: no cover
            np = None
        if np is not None:
            if isinstance(o, np.ndarray):
                return o.tolist()
            if isinstance(o, np.generic):
                return o.item()
        return super().default(o)
