"""``claimline serve``: the store behind a small read-only web server (FastAPI).

Pages and endpoints:

- ``/`` — the HTML report of every series (the same page as ``claimline report``);
- ``/api/subjects`` — every subject and measure with its number of claims;
- ``/api/timeline?subject=S&measure=M&as_of=D`` — the ``timeline --format json`` document;
- ``/api/ask?q=QUESTION`` — the answer to a question, as text and entries.

The store is opened read-only for each request, so an ingest can run between requests.
The server binds 127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

from typing import Optional

MAX_QUESTION = 500


def create_app(db: str):
    """The FastAPI application serving the store at ``db``."""
    from fastapi import FastAPI, HTTPException, Query
    from fastapi.responses import HTMLResponse

    from claimline import timeline
    from claimline.report import render
    from claimline.store import Store, StoreError, as_of_bound
    from claimline.timeline import ask as ask_mod

    app = FastAPI(title="claimline", docs_url="/api/docs", redoc_url=None)

    def load(as_of: Optional[str] = None):
        """Claims, aliases and near-duplicate groups, read like the CLI reads them."""
        if as_of is not None:
            try:
                as_of_bound(as_of)
            except ValueError as exc:
                raise HTTPException(status_code=422, detail=str(exc)) from None
        try:
            with Store(db, read_only=True) as store:
                return store.claims(as_of=as_of), store.aliases(), store.doc_groups()
        except StoreError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from None

    @app.get("/api/subjects")
    def subjects() -> list[dict]:
        claims, aliases, _ = load()
        return [{"subject": s, "measure": m, "claims": n} for s, m, n in timeline.subjects(claims, aliases)]

    @app.get("/api/timeline")
    def timeline_json(subject: str = Query(..., max_length=200), measure: Optional[str] = Query(None, max_length=100),
                      as_of: Optional[str] = Query(None, max_length=40)) -> dict:
        claims, aliases, groups = load(as_of)
        entries = timeline.build(claims, subject, measure, aliases, groups)
        return {"subject": entries[0].subject if entries else subject, "measure": measure,
                "entries": [e.contract() for e in entries]}

    @app.get("/api/ask")
    def ask(q: str = Query(..., max_length=MAX_QUESTION), lang: Optional[str] = Query(None, max_length=5)) -> dict:
        claims, aliases, groups = load()
        known = ask_mod.known_subjects(claims, aliases)
        question = ask_mod.parse(q, known, aliases, lang)
        ans = ask_mod.answer(question, claims, aliases, groups)
        shown = ans.entries or [e for e in (ans.before, ans.after) if e]
        return {"question": q, "subject": question.subject, "measure": question.measure, "time": question.time,
                "found": ans.found, "text": ask_mod.render(ans, known),
                "entries": [e.contract() for e in shown]}

    @app.get("/", response_class=HTMLResponse)
    def report() -> str:
        try:
            with Store(db, read_only=True) as store:
                claims, aliases, groups = store.claims(), store.aliases(), store.doc_groups()
                docs = {d["id"]: d for d in store.documents(with_text=True)}
        except StoreError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from None
        series = [(s, m, timeline.build(claims, s, m, aliases, groups))
                  for s, m, _ in timeline.subjects(claims, aliases)]
        return render(series, docs)

    return app


def run(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``db`` with uvicorn on ``host``:``port`` (loopback by default)."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
