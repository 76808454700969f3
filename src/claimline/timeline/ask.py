"""``claimline ask``: answer a question about a figure from the timeline, without an LLM.

The question is read with the same machinery as documents: named actors (``claims.mentions``)
for the subject, the measure nouns of ``measures.tsv`` for the measure, the timex tagger for
the time, numerals for a threshold ("When did KFOR fall below 10,000?"). The answer is the
matching entries with their quotes and dates; when there is no figure for the time asked,
it says so plainly and gives the nearest entries on each side.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from claimline.claims import CASUALTY_CUES
from claimline.claims.lexicon import lexicon
from claimline.claims.mentions import find as find_mentions, place_of
from claimline.model import Claim, Entry
from claimline.resources import read_json
from claimline.timeline import build, subjects as list_subjects


@dataclass
class Question:
    """What a question asks: subject, measure, time (ISO prefix) and an optional threshold."""

    text: str
    lang: str
    subject: Optional[str]
    measure: Optional[str]
    time: Optional[str] = None
    threshold: Optional[float] = None
    relation: Optional[str] = None  # below | above


@dataclass
class Answer:
    """Entries that answer a question, or the nearest ones when none does."""

    question: Question
    entries: list[Entry] = field(default_factory=list)
    before: Optional[Entry] = None
    after: Optional[Entry] = None
    undated: list[Entry] = field(default_factory=list)  # threshold met, but the time is unknown
    found: bool = False
    message: str = ""


def _words(lang: str) -> dict:
    return read_json(lang, "ask.json") or read_json("en", "ask.json")


def parse(text: str, known_subjects: list[str], aliases: dict[str, str], lang: Optional[str] = None) -> Question:
    """Read a question: its language, subject, measure, time and threshold."""
    from claimline import lang as lang_mod
    from claimline.numbers import find_numbers
    from claimline.timex import tag

    lang = lang or lang_mod.detect(text) or "en"
    if lang not in ("en", "fr"):
        lang = "en" if not read_json(lang, "ask.json") else lang
    lex = lexicon(lang)
    subject = None
    folded = {s.casefold(): s for s in known_subjects}
    folded.update({a.casefold(): c for a, c in aliases.items()})
    for m in find_mentions(text, lex):
        # a place in the question's language is stored under its canonical name ("au Brésil")
        place = place_of(m.text, lex)
        hit = folded.get(m.text.casefold()) or (place and folded.get(place.casefold()))
        if hit:
            subject = hit
            break
    if subject is None:  # an unlisted spelling: the longest known subject named in the question
        for key in sorted(folded, key=len, reverse=True):
            if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text.casefold()):
                subject = folded[key]
                break
    measure = None
    low = text.lower()
    for surface in sorted(lex.measures, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", low):
            measure = lex.measures[surface]
            break
    if measure in (None, "people"):  # "How many people died?": the dead are counted as deaths
        for role, counted in CASUALTY_CUES:
            if lex.has(role, text):
                measure = counted
                break
    time = None
    for t in tag(text, lang, None):
        if t.type == "DATE" and t.value and re.match(r"^\d{4}", t.value):
            time = re.match(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?", t.value).group(0)
            break
    q = Question(text, lang, subject, measure, time)
    words = _words(lang)
    for relation in ("below", "above"):
        for phrase in sorted(words.get(relation, []), key=len, reverse=True):
            if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
                nums = [n for n in find_numbers(text, lang) if n.role == "quantity" and n.value]
                if nums:
                    q.threshold, q.relation = nums[-1].value, relation
                break
        if q.relation:
            break
    return q


def _span(e: Entry) -> Optional[str]:
    return e.time or (e.reported if e.kind == "target" else None)


def _overlaps(when: Optional[str], time: str) -> bool:
    """Whether the period ``when`` (an ISO prefix or an interval ``A/B``) meets ``time``.

    Each ISO prefix is the period from its first to its last instant, so ``2012`` meets
    ``2012-07`` and the interval ``2023-05/2024-03-14`` meets ``2024-01``.
    """
    if not when:
        return False
    start, _, end = when.partition("/")
    end = end or start
    last = "\uffff"  # after every character: a prefix's period runs up to it
    return start <= time + last and time <= end + last


def answer(question: Question, claims: list[Claim], aliases: dict[str, str],
           groups: Optional[dict[str, str]] = None) -> Answer:
    """Entries for the question's subject, measure and time (or threshold).

    ``groups`` (document → near-duplicate group) makes a reprinted story one source.
    """
    out = Answer(question)
    if not question.subject:
        return out
    # a derived figure is computed, not reported: it never answers a question
    entries = [e for e in build(claims, question.subject, question.measure, aliases, groups)
               if not e.derived]
    levels = [e for e in entries if e.kind == "level"]
    if question.relation:
        dated = sorted((e for e in levels if e.time), key=lambda e: e.time)
        for e in dated:
            v = e.value if e.value is not None else e.low
            if v is None:
                continue
            if (question.relation == "below" and v < question.threshold) or (
                    question.relation == "above" and v > question.threshold):
                out.entries, out.found = [e], True
                break
        if not out.found:
            out.undated = [e for e in levels if not e.time and _crosses(e, question)]
        return out
    if question.time:
        hits = [e for e in entries if _overlaps(e.time, question.time)]
        if not hits:
            hits = [e for e in entries if e.kind == "target" and e.time is None
                    and _overlaps(e.reported, question.time)]
        if hits:
            out.entries, out.found = hits, True
            return out
        placed = sorted((e for e in entries if _span(e)), key=_span)
        before = [e for e in placed if _span(e)[:len(question.time)] < question.time]
        after = [e for e in placed if _span(e)[:len(question.time)] > question.time]
        out.before = before[-1] if before else None
        out.after = after[0] if after else None
        return out
    out.entries, out.found = entries, bool(entries)
    return out


def _crosses(e: Entry, question: Question) -> bool:
    v = e.value if e.value is not None else e.low
    if v is None:
        return False
    return v < question.threshold if question.relation == "below" else v > question.threshold


def describe(e: Entry, lang: str) -> str:
    """One line for an entry: value, kind, time (or the date a target was stated)."""
    words = _words(lang)
    v = e.value
    num = f"{v:,.0f}" if v is not None and float(v).is_integer() else str(v)
    sign = e.direction if e.direction in ("+", "-") else ("×" if e.direction == "*" else "")
    when = e.time or (words["target_stated"].format(reported=e.reported) if e.kind == "target" and e.reported
                      else words["unknown_time"])
    return f"{sign}{'~' if e.approx else ''}{num} {e.measure} ({e.kind}, {when})"


def render(ans: Answer, known: list[str]) -> str:
    """The answer as plain text: figures with their quotes, or what is missing and what is near."""
    q = ans.question
    words = _words(q.lang)
    if not q.subject:
        return words["not_understood"].format(subjects=", ".join(known[:12]))
    measure = q.measure or "figures"
    lines: list[str] = []
    if q.relation:
        value = f"{q.threshold:,.0f}"
        relation = words[f"relation_{q.relation}"]
        if not ans.found and not ans.undated:
            return words["threshold_none"].format(subject=q.subject, measure=measure, relation=relation, value=value)
        if ans.found:
            lines.append(words["threshold_first"].format(subject=q.subject, measure=measure, relation=relation,
                                                         value=value, time=ans.entries[0].time))
        else:  # "At its height, KFOR reached 50,000 troops": above, but the text never says when
            lines.append(words["threshold_undated"].format(subject=q.subject, measure=measure,
                                                           relation=relation, value=value))
            ans = Answer(q, ans.undated, found=True)
    elif ans.found and q.time is None:
        lines.append(words["answer_any"].format(subject=q.subject, measure=measure))
    elif ans.found:
        lines.append(words["answer"].format(subject=q.subject, measure=measure, time=q.time))
    elif q.time is None:
        return words["no_figure_any"].format(subject=q.subject, measure=measure)
    else:
        lines.append(words["no_figure"].format(subject=q.subject, measure=measure, time=q.time))
        near = [e for e in (ans.before, ans.after) if e]
        if near:
            lines.append(words["nearest"])
            ans = Answer(q, near, found=True)
    for e in ans.entries:
        lines.append(f"  {describe(e, q.lang)}")
        for c in e.claims:
            lines.append(f"    [{c.lang}] {c.doc} {c.start}–{c.end} (reported {c.reported or '?'}): “{c.quote}”")
        reprints = sorted({c.doc for c in e.duplicates})
        if reprints:
            lines.append(f"    (same story also printed in: {', '.join(reprints)})")
    if any(e.conflicts for e in ans.entries):
        lines.append(words.get("conflict_note", "Sources disagree for this time."))
    return "\n".join(lines)


def known_subjects(claims: list[Claim], aliases: dict[str, str]) -> list[str]:
    """Every subject on record, most claims first."""
    seen: list[str] = []
    for s, _, _ in list_subjects(claims, aliases):
        if s not in seen:
            seen.append(s)
    return seen
