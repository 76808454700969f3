"""Render timelines as one self-contained HTML file (plotly inline, no network needed).

Document text is hostile: it reaches the page only through Jinja2 autoescaping or, for
chart labels, JSON with ``<``, ``>`` and ``&`` escaped; every piece is size-bounded; links
are http(s) URLs or ``file:`` URIs built from the source path, nothing else. A
Content-Security-Policy allows only the page's own two scripts (by hash) and no network.
"""
from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

import jinja2
from markupsafe import Markup

from claimline.model import Claim, Entry
from claimline.report import chart, labels
from claimline.report.context import QUOTE_LIMIT, snippet
from claimline.report.links import document_href
from claimline.report.timeaxis import span

TEMPLATES = Path(__file__).parent / "templates"
#: Longest document-derived label (subject, title, id, ...) shown as is.
LABEL_LIMIT = 200


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """plotly.js from the installed plotly package, safe to inline in a ``<script>``."""
    from plotly.offline import get_plotlyjs

    return _inline_safe(get_plotlyjs())


def _inline_safe(js: str) -> str:
    # A literal "</script" or "<!--" would end or confuse the script element.
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.I).replace("<!--", "<\\!--")


@lru_cache(maxsize=1)
def charts_js() -> str:
    """The page's own script that draws each chart from its JSON block."""
    return _inline_safe((TEMPLATES / "charts.js").read_text(encoding="utf-8"))


def script_hash(source: str) -> str:
    """The CSP source expression (``'sha256-…'``) allowing one inline script."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(scripts: list[str]) -> str:
    """No network at all; only the given inline scripts run; inline styles and data images."""
    return "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(script_hash(s) for s in scripts),
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def clip(text: Optional[str], limit: int = LABEL_LIMIT) -> Optional[str]:
    """Bound a document-derived label; None stays None."""
    if text is None:
        return None
    text = re.sub(r"\s+", " ", str(text)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote_view(c: Claim, doc: dict) -> dict:
    fig = (c.fig_start, c.fig_end) if getattr(c, "fig_end", 0) > getattr(c, "fig_start", 0) else (c.start, c.end)
    snip = snippet(doc.get("text"), *fig)
    missing = snip is None
    if missing:
        text = clip(c.quote, QUOTE_LIMIT) or ""
        before, quote, after = "", text, ""
    else:
        before, quote, after = snip.before, snip.quote, snip.after
    return {
        "doc": c.doc,
        "title": clip(doc.get("title")) or clip(c.doc),
        "href": document_href(doc) if doc else None,
        "lang": clip(c.lang, 20) or "und",
        "reported": clip(c.reported or doc.get("published"), 40),
        "reported_how": clip(c.reported_how if c.reported else doc.get("published_how"), 40),
        "time": clip(c.time, 60),
        "time_how": clip(c.time_how, 40),
        "modality": clip(c.modality, 40),
        "bound": clip(c.bound, 40),
        "start": c.start,
        "end": c.end,
        "before": before,
        "quote": quote,
        "after": after,
        "missing": missing,
    }


def _conflict_refs(e: Entry, entries: list[Entry], anchors: list[str]) -> list[dict]:
    refs = []
    for k in e.conflicts:
        if isinstance(k, int) and 0 <= k < len(entries):
            other = entries[k]
            refs.append({"anchor": anchors[k], "number": k + 1,
                         "figure": labels.figure(other), "time": clip(other.time, 60)})
    return refs


def _reprints(e: Entry, documents: dict[str, dict]) -> list[dict]:
    """The near-duplicate documents behind an entry: one source, listed for their links."""
    out, seen = [], set()
    for c in getattr(e, "duplicates", []):
        if c.doc in seen:
            continue
        seen.add(c.doc)
        doc = documents.get(c.doc) or {}
        out.append({"doc": clip(c.doc), "title": clip(doc.get("title")) or clip(c.doc),
                    "href": document_href(doc) if doc else None,
                    "published": clip(doc.get("published"), 40)})
    return out


def _unknown_reason(e: Entry) -> str:
    if not e.time:
        return "date unknown"
    if span(e.time) is None:
        return f"date unknown (time “{clip(e.time, 60)}” is not a calendar date)"
    return "no figure to plot"


def _series_view(index: int, subject: str, measure: str, entries: list[Entry],
                 documents: dict[str, dict]) -> dict:
    sid = f"s{index}"
    anchors = [f"{sid}-e{j + 1}" for j in range(len(entries))]
    placed, rest = chart.place(entries)
    placed_ids = {p.index for p in placed}
    subject_label, measure_label = clip(subject) or "?", clip(measure) or "?"
    fig = chart.figure(subject_label, measure_label, entries, anchors)
    views = []
    for j, e in enumerate(entries):
        quotes = [_quote_view(c, documents.get(c.doc) or {}) for c in e.claims]
        views.append({
            "anchor": anchors[j],
            "number": j + 1,
            "figure": labels.figure(e),
            "kind": clip(e.kind, 40),
            "direction": labels.direction(e),
            "approx": e.approx,
            "derived": e.derived,
            "time": clip(e.time, 60),
            "placed": j in placed_ids,
            "reported": clip(e.reported, 40),
            "conflicts": _conflict_refs(e, entries, anchors),
            "quotes": quotes,
            "documents": len({c.doc for c in e.claims}),
            "reprints": _reprints(e, documents),
        })
    unknown = [
        {"anchor": anchors[j], "number": j + 1, "figure": labels.figure(entries[j]),
         "kind": clip(entries[j].kind, 40), "derived": entries[j].derived,
         "reason": _unknown_reason(entries[j]), "reported": clip(entries[j].reported, 40)}
        for j in rest
    ]
    return {
        "id": sid,
        "subject": subject_label,
        "measure": measure_label,
        "figure_json": Markup(chart.to_script_json(fig)) if fig else None,
        "entries": views,
        "unknown": unknown,
        "conflicts": sum(1 for e in entries if e.conflicts),
    }


def _sources(series: list[tuple[str, str, list[Entry]]], documents: dict[str, dict]) -> list[dict]:
    counts: dict[str, int] = {}
    for _, _, entries in series:
        for e in entries:
            for c in e.claims:
                counts[c.doc] = counts.get(c.doc, 0) + 1
    out = []
    for doc_id, n in counts.items():
        doc = documents.get(doc_id) or {}
        out.append({
            "id": clip(doc_id),
            "href": document_href(doc) if doc else None,
            "title": clip(doc.get("title")),
            "published": clip(doc.get("published"), 40),
            "published_how": clip(doc.get("published_how"), 40),
            "quotes": n,
        })
    return out


def render(
    series: list[tuple[str, str, list[Entry]]],
    documents: dict[str, dict],
    *,
    title: str = "claimline report",
    csp: bool = True,
) -> str:
    """One self-contained HTML page: a chart per (subject, measure) and evidence cards.

    ``series`` is ``[(subject, measure, entries), ...]``; ``documents`` maps a document
    id to a dict with ``text`` (the original text claim offsets point into), ``source``,
    ``url``, ``title``, ``published`` and ``published_how``. Entries without a calendar
    time are listed under their chart as "date unknown". ``csp`` adds a
    Content-Security-Policy that blocks all network access and any script but ours.
    """
    views = [
        _series_view(i, subject, measure, list(entries), documents)
        for i, (subject, measure, entries) in enumerate(series)
    ]
    scripts = [plotly_js(), charts_js()]
    return _environment().get_template("report.html.j2").render(
        title=clip(title) or "claimline report",
        csp=content_security_policy(scripts) if csp else None,
        series=views,
        entry_total=sum(len(v["entries"]) for v in views),
        sources=_sources(series, documents),
        chart_template=(Markup(chart.to_script_json(chart.shared_template()))
                        if any(v["figure_json"] for v in views) else None),
        plotly_js=Markup(scripts[0]),
        charts_js=Markup(scripts[1]),
    )
