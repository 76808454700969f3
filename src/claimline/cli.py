"""The ``claimline`` command line: thin commands that call the stages.

Every command that reads the store takes the global ``--db`` option (default
``claimline.duckdb``). Errors about one input are printed as one line on stderr naming
the input and the reason; they never stop the rest of a batch.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from datetime import date
from typing import Optional

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimline import pipeline
from claimline.model import Entry, IngestError, whole

err_console = Console(stderr=True, highlight=False)


# C0 and C1 control characters but newline and tab: in document text they could move the
# cursor, retitle the window or hide text when printed to a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """``text`` with every control character but newline and tab shown as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _echo_error(err: IngestError) -> None:
    click.echo(_printable(f"error: {err.source}: {err.reason}"), err=True)


def _check_as_of(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[str]:
    """Refuse an ``--as-of`` that is not an ISO date or timestamp, as a usage error."""
    from claimline.store import as_of_bound

    if value is not None:
        try:
            as_of_bound(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
    return value


def _cannot_write(out: str, exc: OSError) -> click.ClickException:
    """The one-line error for an output file that cannot be written."""
    return click.ClickException(f"{out}: cannot write ({exc.strerror or exc})")


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that flushing it at exit raises no second broken pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _cannot_open(manifest: str, exc: OSError) -> click.ClickException:
    """The one-line error for a manifest (or output) that cannot be opened."""
    return click.ClickException(f"{exc.filename or manifest}: cannot open ({exc.strerror or exc})")


def _check_date(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[str]:
    """Refuse a ``--date`` that is not a real ISO date or prefix (``2012``, ``2012-07``, ``2012-07-09``)."""
    if value is None:
        return value
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    try:
        if m is None:
            raise ValueError
        date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        raise click.BadParameter(f"not an ISO date: {value!r}") from None
    return value.strip()


def _open_store(db: str, read_only: bool = False):
    from claimline.store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", default="claimline.duckdb", show_default=True, envvar="CLAIMLINE_DB",
              help="The DuckDB store file.")
@click.version_option(package_name="claimline")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """Evidence-backed timelines of the figures news documents report."""
    ctx.obj = {"db": db}


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--workers", default=1, show_default=True, help="Worker processes (Dask) for large batches.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], workers: int) -> None:
    """Read files, folders, manifests or WARCs into the store (re-running changes nothing)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from claimline.ingest import read

    with _open_store(ctx.obj["db"]) as store:
        show = sys.stderr.isatty()
        with Progress(SpinnerColumn(), TextColumn("ingest: {task.completed} input(s) read"),
                      console=err_console, transient=True, disable=not show) as bar:
            task = bar.add_task("ingest", total=None)
            report = pipeline.ingest(store, read(list(paths)), on_error=_echo_error,
                                     on_step=lambda: bar.advance(task), workers=workers)
        counts = store.counts()
    click.echo(f"ingested {report.new} new document(s), {report.unchanged} unchanged, {report.claims} claim(s) "
               f"added, {report.errors} error(s); the store holds {counts.get('documents', 0)} document(s) "
               f"and {counts.get('claims', 0)} claim(s)")
    if report.errors and not (report.new or report.unchanged):
        raise click.ClickException(f"no document could be read ({report.errors} error(s))")


@main.command()
@click.option("--manifest", "manifest", required=True, type=click.Path(),
              help="JSONL manifest: {id, path|text, url?, published?} per line.")
@click.option("--out", type=click.Path(), help="Write the JSONL claims here instead of stdout.")
@click.option("--workers", default=1, show_default=True, help="Worker processes (Dask).")
def extract(manifest: str, out: Optional[str], workers: int) -> None:
    """Print the claims of a manifest's documents as JSONL (stateless: no store)."""
    from claimline.ingest import read_manifest

    failed = []

    def on_error(err: IngestError) -> None:
        failed.append(err)
        _echo_error(err)

    done, _ = pipeline.process_all(read_manifest(manifest), on_error=on_error, workers=workers)
    if failed and not done:
        raise click.ClickException(f"no document could be read ({len(failed)} error(s))")
    lines = [json.dumps(c.contract(), ensure_ascii=False) for c in pipeline.iter_claims(done)]
    text = "\n".join(lines) + ("\n" if lines else "")
    if out:
        try:
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise _cannot_write(out, exc) from None
    else:
        click.echo(text, nl=False)


def _entries(store, subject: str, measure: Optional[str], as_of: Optional[str]) -> list[Entry]:
    from claimline import timeline

    aliases = store.aliases()
    return timeline.build(store.claims(as_of=as_of), subject, measure, aliases, store.doc_groups())


def _also_in(e: Entry, urls: dict[str, Optional[str]]) -> list[str]:
    """The reprints behind an entry: each duplicate document once, with its URL if known."""
    seen: list[str] = []
    for c in e.duplicates:
        label = c.doc + (f" <{urls[c.doc]}>" if urls.get(c.doc) else "")
        if label not in seen:
            seen.append(label)
    return seen


def _value_text(e: Entry) -> str:
    def fmt(v):
        return f"{v:,.0f}" if v is not None and float(v).is_integer() else f"{v:,}"

    if e.value is None:
        return "?"
    if e.direction == "*":
        return f"×{fmt(e.value)}"
    text = fmt(e.value)
    bound = {"at-least": "≥", "more-than": ">", "at-most": "≤", "less-than": "<", "up-to": "≤"}
    text = bound.get(e.bound or "", "") + text
    if e.low is not None and e.high is not None and e.low != e.high:
        text = f"{fmt(e.low)}–{fmt(e.high)}"
    sign = e.direction if e.direction in ("+", "-") else ""
    return f"{sign}{'~' if e.approx else ''}{text}"


@main.command("timeline")
@click.argument("subject")
@click.option("--measure", help="Canonical measure, e.g. troops, deaths, refugees.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--as-of", callback=_check_as_of, help="Only what was ingested by this date.")
@click.pass_context
def timeline_cmd(ctx: click.Context, subject: str, measure: Optional[str], fmt: str,
                 as_of: Optional[str]) -> None:
    """Show the timeline of SUBJECT: one entry per distinct figure, with its quotes."""
    with _open_store(ctx.obj["db"], read_only=True) as store:
        entries = _entries(store, subject, measure, as_of)
        urls = {d["id"]: d.get("url") for d in store.documents()} if entries else {}
    if fmt == "json":
        name = entries[0].subject if entries else subject
        click.echo(json.dumps({"subject": name, "measure": measure,
                               "entries": [e.contract() for e in entries]}, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["index", "subject", "measure", "kind", "value", "low", "high", "approx", "bound",
                    "direction", "time", "reported", "derived", "conflicts", "docs", "urls",
                    "duplicate_docs", "quotes"])
        for i, e in enumerate(entries):
            docs = sorted({c.doc for c in e.claims})
            dups = sorted({c.doc for c in e.duplicates})
            w.writerow([i, e.subject, e.measure, e.kind, whole(e.value), whole(e.low), whole(e.high), e.approx,
                        e.bound or "",
                        e.direction, e.time or "", e.reported or "", e.derived,
                        ";".join(str(k) for k in e.conflicts), " ".join(docs),
                        " ".join(u for u in (urls.get(d) for d in docs + dups) if u),
                        " ".join(dups), " | ".join(c.quote for c in e.claims)])
        click.echo(buf.getvalue(), nl=False)
        return
    if not entries:
        click.echo(f"no figures for {subject}" + (f" / {measure}" if measure else ""))
        return
    table = Table(title=escape(_printable(f"{entries[0].subject} — {measure or 'all measures'}")),
                  show_lines=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("time", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("reported", no_wrap=True)
    table.add_column("evidence", overflow="fold", ratio=1)
    for i, e in enumerate(entries):
        kind = e.kind
        modality = sorted({c.modality for c in e.claims if c.modality})
        if e.kind == "target":
            kind = "target" + (f"\n({', '.join(modality)})" if modality else "")
        if e.derived:
            kind += "\nDERIVED\n(computed,\nnot observed)"
        if e.conflicts:
            kind += "\n⚠ CONFLICT\nwith " + ", ".join(f"#{k}" for k in e.conflicts)
        hows = sorted({c.time_how for c in e.claims if e.time and not e.derived})
        when = (e.time or "unknown") + (f"\n({', '.join(hows)})" if hows else "")
        reported = "\n".join(sorted({f"{c.reported or 'unknown'} ({c.reported_how})" for c in e.claims}))
        lines = [f"[{c.lang}] {c.doc} {c.start}–{c.end}: “{c.quote}”" for c in e.claims]
        if e.derived:
            lines.insert(0, "computed from:")
        also = _also_in(e, urls)
        if also:
            lines.append("same story also printed in: " + ", ".join(also))
        value = _value_text(e) + ("" if measure else f" {e.measure}")
        style = "red" if e.conflicts else ("dim italic" if e.derived else
                                           ("magenta" if e.kind == "target" else None))
        table.add_row(str(i), escape(when), escape(kind), escape(_printable(value)), escape(reported),
                      escape(_printable("\n".join(lines))), style=style)
    Console(width=max(110, Console().width)).print(table)


@main.command()
@click.argument("question")
@click.option("--lang", help="The question's language (detected when omitted).")
@click.option("--as-of", callback=_check_as_of, help="Only what was ingested by this date.")
@click.pass_context
def ask(ctx: click.Context, question: str, lang: Optional[str], as_of: Optional[str]) -> None:
    """Answer QUESTION ("How many KFOR troops in 2012?") with figures and their quotes."""
    from claimline.timeline import ask as ask_mod

    with _open_store(ctx.obj["db"], read_only=True) as store:
        claims = store.claims(as_of=as_of)
        aliases = store.aliases()
        groups = store.doc_groups()
    known = ask_mod.known_subjects(claims, aliases)
    q = ask_mod.parse(question, known, aliases, lang)
    click.echo(_printable(ask_mod.render(ask_mod.answer(q, claims, aliases, groups), known)))


@main.command()
@click.argument("text", required=False)
@click.option("--doc", "doc_id", help="Explain the stored claims of this document instead.")
@click.option("--lang", help="Language of TEXT (detected when omitted).")
@click.option("--date", "dct", callback=_check_date,
              help="Document date for TEXT (ISO), to anchor relative times.")
@click.pass_context
def explain(ctx: click.Context, text: Optional[str], doc_id: Optional[str], lang: Optional[str],
            dct: Optional[str]) -> None:
    """Show how each figure of TEXT (or of a stored document) was read: numbers, times, rules."""
    from claimline.explain import explain_stored, explain_text

    if doc_id:
        with _open_store(ctx.obj["db"], read_only=True) as store:
            if not store.has_document(doc_id, ""):
                raise click.ClickException(_printable(f"{ctx.obj['db']}: no document {doc_id!r}"))
            click.echo(_printable(explain_stored(store, doc_id)))
    elif text:
        click.echo(_printable(explain_text(text, lang=lang, dct=dct)))
    else:
        raise click.UsageError("give a TEXT or --doc ID")


@main.command()
@click.pass_context
def subjects(ctx: click.Context) -> None:
    """List every subject and measure in the store with its number of claims."""
    from claimline import timeline

    from claimline.resolve.generic import is_generic
    from claimline.resolve.parts import whole_of

    with _open_store(ctx.obj["db"], read_only=True) as store:
        rows = timeline.subjects(store.claims(), store.aliases())
    for s, m, n in rows:
        parent = whole_of(s)
        note = (f"\t(part of {parent}, a series of its own)" if parent
                else "\t(generic: no one in particular, kept apart per story)" if is_generic(s) else "")
        click.echo(_printable(f"{n:6d}  {s}\t{m}{note}"))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True)
@click.option("--out", type=click.Path(), help="Output file (required for parquet).")
@click.option("--what", type=click.Choice(["claims", "entries"]), default="claims", show_default=True,
              help="Claims, or the timeline entries built at the last ingest.")
@click.pass_context
def export(ctx: click.Context, fmt: str, out: Optional[str], what: str) -> None:
    """Export every stored claim with its document's URL and date, or every timeline entry."""
    if fmt == "parquet" and not out:
        raise click.UsageError("--out is required for parquet")
    with _open_store(ctx.obj["db"], read_only=True) as store:
        try:
            n = store.export(fmt, out) if what == "claims" else store.export_entries(fmt, out)
        except BrokenPipeError:
            if out:
                raise _cannot_write(out, BrokenPipeError("broken pipe")) from None
            _quiet_stdout()  # "export | head": the reader stopped, nothing is wrong
            return
        except OSError as exc:
            raise _cannot_write(out, exc) from None
    if out:
        click.echo(f"wrote {n} {'claim' if what == 'claims' else 'entry'}(s) to {out}", err=True)


@main.command()
@click.option("--out", default="report.html", show_default=True, type=click.Path())
@click.option("--subject", "only", multiple=True, help="Limit to these subjects.")
@click.option("--min-claims", default=1, show_default=True, help="Skip smaller series.")
@click.pass_context
def report(ctx: click.Context, out: str, only: tuple[str, ...], min_claims: int) -> None:
    """Write one self-contained HTML report: a chart per series, every quote in context."""
    from claimline import timeline
    from claimline.report import render

    with _open_store(ctx.obj["db"], read_only=True) as store:
        claims = store.claims()
        aliases = store.aliases()
        docs = {d["id"]: d for d in store.documents(with_text=True)}
        groups = store.doc_groups()
    from claimline.resolve import canonical

    rows = timeline.subjects(claims, aliases)
    wanted = {canonical(o, aliases).casefold() for o in only}  # any alias names its subject
    series = []
    for s, m, n in rows:
        if n < min_claims or (only and s.casefold() not in wanted):
            continue
        series.append((s, m, timeline.build(claims, s, m, aliases, groups)))
    html = render(series, docs)
    try:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(html)
    except OSError as exc:
        raise _cannot_write(out, exc) from None
    click.echo(f"wrote {out}: {len(series)} series, {sum(len(e) for _, _, e in series)} entries")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the report and a JSON API (timeline, ask, subjects) from the store."""
    from claimline.serve import run

    run(ctx.obj["db"], host, port)


@main.command("timex")
@click.option("--manifest", required=True, type=click.Path())
@click.option("--out", required=True, type=click.Path(), help="Folder for the .tml files.")
def timex_cmd(manifest: str, out: str) -> None:
    """Write each manifest document as TimeML with <TIMEX3> tags (for score_timex.py)."""
    from claimline import timex

    try:
        n = timex.run_manifest(manifest, out)
    except OSError as exc:
        raise _cannot_open(manifest, exc) from None
    click.echo(f"wrote {n} TimeML file(s) to {out}", err=True)


@main.command()
@click.option("--manifest", required=True, type=click.Path())
@click.option("--out", type=click.Path(), help="Write JSONL here instead of stdout.")
def quantities(manifest: str, out: Optional[str]) -> None:
    """Print every quantity (counts, money, percentages) as JSONL for score_newsquant.py."""
    from claimline.numbers import quantities as q

    try:
        q.run_manifest(manifest, out or "-")
    except OSError as exc:
        raise _cannot_open(manifest, exc) from None


if __name__ == "__main__":  # pragma: no cover
    main()
