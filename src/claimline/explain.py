"""``claimline explain``: trace every figure to the rules that produced it.

For a text, it prints what each stage saw — the language sections, the numerals with
their role and qualifier, the temporal expressions with their values — and then each
claim with the rules and cues that decided its measure, subject, kind and time. For a
stored document it prints the stored claims with their rules.
"""
from __future__ import annotations

from typing import Optional

from claimline.claims import year_level
from claimline.model import Claim, Document


def _claim_lines(c: Claim) -> list[str]:
    if c.value is None:
        pending = year_level.parse_rule(c.rules)
        value = (f"{pending[1]:g} × the {pending[0]} level, to be found in other documents" if pending
                 else "no value")
    else:
        value = f"{c.value:,.0f}" if float(c.value).is_integer() else str(c.value)
    head = (f"claim: {c.subject} | {c.measure} | {'~' if c.approx else ''}{value} | {c.kind}"
            f"{' ' + c.direction if c.direction else ''} | time {c.time or 'unknown'} ({c.time_how})")
    extra = []
    if c.bound:
        extra.append(f"bound {c.bound}")
    if c.modality:
        extra.append(f"modality {c.modality}")
    lines = [head + (f" | {', '.join(extra)}" if extra else "")]
    lines.append(f"  quote [{c.lang}] {c.start}–{c.end}: “{c.quote}”")
    lines.append("  rules: " + ", ".join(c.rules))
    return lines


def explain_text(text: str, lang: Optional[str] = None, dct: Optional[str] = None) -> str:
    """A stage-by-stage account of how ``text`` is read."""
    from claimline import pipeline
    from claimline.model import Section
    from claimline.numbers import find_numbers
    from claimline.timex import tag

    doc = Document(id="text", source="<argument>", text=text, published=dct,
                   published_how="manifest" if dct else "unknown")
    if lang:
        from claimline import claims as claims_mod
        from claimline.clean import clean

        cleaned = clean(text)
        sections = [Section(lang, 0, len(cleaned.text))]
        found = claims_mod.extract(doc, cleaned, sections, dct)
        p = pipeline.Processed(doc, cleaned, sections, found)
    else:
        p = pipeline.process(doc)
    out = [f"document date: {p.doc.published or 'unknown'} ({p.doc.published_how})"]
    for sec in p.sections:
        body = p.clean.text[sec.start:sec.end]
        out.append(f"section {sec.lang} {sec.start}–{sec.end}")
        try:
            numbers = find_numbers(body, sec.lang)
        except (ValueError, KeyError):
            numbers = find_numbers(body, "en")
        for n in numbers:
            shown = n.value if n.value is not None else f"{n.low}–{n.high}"
            out.append(f"  number “{n.surface}” = {shown} | role {n.role} | form {n.form} | "
                       f"qualifier {n.qualifier} | rule {n.rule}")
        try:
            timexes = tag(body, sec.lang, p.doc.published)
        except (ValueError, KeyError):
            timexes = []
            out.append(f"  (no date words for {sec.lang}: times come from the document date only)")
        for t in timexes:
            out.append(f"  timex “{t.text}” = {t.type} {t.value} | rule {t.rule}")
    if not p.claims:
        out.append("no claim")
    for c in p.claims:
        out.extend(_claim_lines(c))
    return "\n".join(out)


def explain_stored(store, doc_id: str) -> str:
    """The stored claims of ``doc_id`` with the rules behind each."""
    doc = store.document(doc_id)
    if doc is None:
        return f"no document {doc_id!r} in the store"
    claims = store.claims(doc=doc_id)
    out = [f"{doc_id}: {doc.get('source')} | published {doc.get('published') or 'unknown'} "
           f"({doc.get('published_how')}) | {len(claims)} claim(s)"]
    groups = store.doc_groups()
    if doc_id in groups:
        others = sorted(d for d, g in groups.items() if g == groups[doc_id] and d != doc_id)
        urls = {d["id"]: d.get("url") for d in store.documents()}
        listed = ", ".join(d + (f" <{urls[d]}>" if urls.get(d) else "") for d in others)
        out.append(f"near-duplicate group {groups[doc_id]}: one source with {listed}")
    for c in claims:
        out.extend(_claim_lines(c))
    return "\n".join(out)
