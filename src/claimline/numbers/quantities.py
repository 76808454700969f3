"""Quantities in the row format that ``shared/eval/score_newsquant.py`` reads.

A row is ``{"doc", "value", "low", "high", "unit", "change", "concept"}``: the numeral's
value (ranges, vague amounts and from->to transitions give ``low``/``high``), its unit
(``%``, a currency name, a measurement unit or the counted noun), ``change`` (one of
``= ~ up down > <``) and ``concept``, the noun phrase the figure is about.

Only numerals whose role is ``quantity`` become rows: years, phone numbers, identifiers,
times, date parts, ordinals and codes never do; multipliers ("triple") are factors, not
quantities, and are left out too.

The counted noun is the noun phrase after the figure, in its plain form (``lemmas`` in
``units.json``): adjectives before a plural ("1,100 public housing properties", "five new
deaths"; a comparative such as "more" is dropped), names and a model number before it
("460 Kia and Hyundai vehicles", "63,000 Model 3 sedans"), a possessor without its
clitic ("two of Khan's victims"), "one of the largest events in Canada" with the frame a
superlative holds in, and "1/16 of a US pint" in pints. A figure said again ("82 pounds
(37 kg)", ", or 0.6%") keeps the move and the concept of the first saying, not its hedge.
Also read: a share of a whole in NewsQuant's naming ("a quarter of the city's population" ->
``% city population``, "one in five European workers" -> 0.2 ``% european workers``), a part
of a whole ("12 of the state's 41 pledged delegates" -> delegates, the 41 kept), a unit said
once for two figures ("12 or 11 years old", "a 7- or 8-inch touchscreen", "16369.03 up 58.06
points"), two joined adjectives ("digital and physical sales") and an age a person "was" or
"will be" with no noun after it ("He was 101").

Change: a move is named by the verb just before the figure or before its "by" or "to"
("rose 5%", "increased by 5%", "dropped by 1 to 1.5 degrees", "fell to 49.55"); a level
reached after an amount is "=" ("rose 18 sen to RM23.50"), and so is a from/to pair, whose
move is in the pair; a particle is no move ("gave up", "make up"); one label only, so a move
wins over a hedge ("up nearly 57%", "rose about 1.5%") and a hedge over no move ("averaged
7.3 points" is ``~``). "from A ... to B" pairs even with a time or a year between.

What it cannot do: tell an "-ing" adjective from a noun beyond a short list ("rushing yards"
vs "lightning strikes"), know an age without a cue ("at 35 or above"), or read units it has
no symbol for.

This module assembles the rows; the parts it reads them with are ``quantity_units`` (the
unit of a figure), ``quantity_nouns`` (the noun phrases a unit is read from),
``quantity_change`` (the change label), ``quantity_pairs`` (figures read together) and
``quantity_rules`` (one language's words from ``units.json`` and the shared word readers).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from .candidates import Cand
from .concept import clear_memos, concept as concept_of, subject, words_before
from .finder import find_candidates
from .lexicon import lexicon
from .quantity_change import change_of, gapped_by, result_level
from .quantity_pairs import inherited_unit, loose_transition, one_in, restates, suspended_unit
from .quantity_rules import ARTICLES, PAREN_RE, UnitRules, clear_words_after, rules_for, words_after
from .quantity_units import per_unit, unit_of


def _concept(text: str, c: Cand, unit_end: int, r: UnitRules, subj: Optional[list] = None) -> Optional[str]:
    after = []
    paren = PAREN_RE.match(text, unit_end)  # "8 miles (13 kilometers) of new tunnels"
    ws = words_after(text, paren.end() if paren else unit_end, 5)
    if ws and ws[0].group().lower() in r.concept_openers:
        ws = ws[1:]
        while ws and ws[0].group().lower() in ARTICLES:
            ws = ws[1:]
    for w in ws[:4]:
        t = w.group().strip(".,")
        if t[:1].isdigit() and not after and w is not ws[-1]:
            continue  # "for an 8.5 kW system": a measure that modifies the noun
        if t.lower() in r.concept_stop or not t[:1].isalpha() or len(after) >= 3:
            break
        after.append(t)
    return concept_of(text, c.start, after, r.concept_stop, r.lead_words, sentence_subject=subj)


def _counted_noun(unit: Optional[str], r: UnitRules) -> bool:
    if not unit or unit == "%" or unit.startswith(("% ", r.percent_rate + " per ")):
        return False
    if unit in r.symbols.values() or unit in r.currency_names.values():
        return False
    return not any(unit.startswith(n + " per") for n in r.currency_names.values())


_HYPHEN_WORD_RE = re.compile(r"-([^\W\d_]+(?:-[^\W\d_]+)*)")
_WORD_OR_MONEY_NEXT_RE = re.compile(r"[-\w]*\s+(?:[^\W\d_$€£]|[$€£])")


def _compound_modifier(text: str, c: Cand, r: UnitRules) -> bool:
    """'a five-year award', 'a four-door car': the numeral is part of an adjective."""
    m = _HYPHEN_WORD_RE.match(text, c.end)
    if not m or c.form not in ("digits", "words") or c.unit:
        return False
    word = m.group(1).lower()
    first = word.split("-")[0]
    if any(w in r.symbols for w in (word, "-" + word, first, first.rstrip("s"), "-" + first)):
        return False
    return _WORD_OR_MONEY_NEXT_RE.match(text, m.end(), m.end() + 30) is not None


def _rows_for(doc_id: str, text: str, lang: str) -> list[dict]:
    lx = lexicon(lang)
    r = rules_for(lx)
    rows = []
    clear_words_after()  # memos for this text only
    clear_memos()
    cands = find_candidates(text, lang)
    subj = subject(text, r.concept_stop, r.lead_words) if cands else []
    consumed = 0  # end of the last unit read: "1200 parts per million" holds no second number
    i = 0
    while i < len(cands):
        c = cands[i]
        if c.role != "quantity" or c.form == "multiplier" or c.value is None or c.start < consumed:
            i += 1
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        pair = None
        if nxt is not None and "transition-from" in c.rule and "transition-to" in nxt.rule:
            pair = (c, nxt)
        elif nxt is not None and "transition-to" in c.rule and "transition-from" in nxt.rule:
            pair = (nxt, c)
        else:
            j = loose_transition(text, cands, i, r)
            if j is not None:  # "from $36,040 at 10.45pm last night to $34,935": times between
                nxt = cands[j]
                pair = (c, nxt)
                i = j - 1  # the step below moves past the pair
        if pair:
            unit, uend = unit_of(text, nxt, r)
            if unit is None:
                unit, _ = unit_of(text, c, r)
            # the move is in the pair itself ("fell from $2,415 to $2,315"); only a hedge is added
            change = "~" if change_of(text, c, r) == "~" else "="
            concept = _concept(text, c, uend, r, subj)
            rows.append({"doc": doc_id, "value": None, "low": pair[0].value, "high": pair[1].value, "unit": unit,
                         "change": change, "concept": concept})
            consumed = max(consumed, uend)
            i += 2
            # "rises from $160 to $180 to $200": each step is a move of its own
            while i < len(cands) and cands[i].role == "quantity" and cands[i].value is not None and \
                    cands[i].form not in ("range", "vague") and cands[i - 1].form not in ("range", "vague") and \
                    r.chain_gap_re.fullmatch(text[cands[i - 1].end: cands[i].start]):
                step_unit, uend = unit_of(text, cands[i], r)
                rows.append({"doc": doc_id, "value": None, "low": cands[i - 1].value, "high": cands[i].value,
                             "unit": step_unit or unit, "change": change, "concept": concept})
                consumed = max(consumed, uend)
                i += 1
            continue
        ratio = one_in(text, cands, i, r)
        if ratio:  # "One out of three Germans": a share, 1/3 of Germans
            unit, uend = ratio
            rows.append({"doc": doc_id, "value": 1.0 / cands[i + 1].value, "low": None, "high": None,
                         "unit": unit, "change": change_of(text, c, r), "concept": None})
            consumed = max(consumed, uend)
            i += 2
            continue
        if _compound_modifier(text, c, r):
            i += 1
            continue
        unit = suspended_unit(text, cands, i, r) if text[c.end: c.end + 1] == "-" else None
        uend = c.end
        if unit is None:
            unit, uend = unit_of(text, c, r)
        row = {"doc": doc_id, "value": c.value, "low": None, "high": None, "unit": unit,
               "change": change_of(text, c, r), "concept": _concept(text, c, uend, r, subj)}
        if c.form == "words" and _counted_noun(row["unit"], r):
            row["concept"] = None  # "two sides", "one man": the noun is all it is about
        if row["unit"] is None and r.inherit and c.form in ("digits", "words") and not c.relative:
            last = words_before(text, c.start, 1)
            if last and last[0] in r.by and rows and rows[-1]["unit"] and rows[-1]["change"] in ("up", "down") \
                    and row["change"] in ("up", "down"):
                row["unit"] = rows[-1]["unit"]  # "increased by 2 percent but NSADAQ decrease by 1": one unit, said once
            else:
                row["unit"] = inherited_unit(rows, text, c, cands, i, r)
            if row["unit"]:
                row["unit"], _ = per_unit(text, c.end, row["unit"], r)  # "an average of 20 per week"
        if rows and restates(text, consumed, c.start, r):
            # "lost 190 points, or 0.6%"; "100 km (60 miles)": the same figure said again,
            # about the same thing
            if row["change"] == "=" and rows[-1]["change"] != "~":
                row["change"] = rows[-1]["change"]  # a hedge is on the first saying, the move on both
            if rows[-1]["concept"]:
                row["concept"] = rows[-1]["concept"]
        if row["change"] == "=" and rows and rows[-1]["change"] in ("up", "down") and gapped_by(text, c, r):
            row["change"] = rows[-1]["change"]
        elif row["change"] in ("up", "down") and rows and rows[-1]["change"] == row["change"] \
                and result_level(text, c, r):
            row["change"] = "="  # "lost 162.31 points, or 2.14%, to fall to 7,425.81": where the move ended
        consumed = max(consumed, uend)
        if c.form in ("range", "vague") and c.low is not None and c.high is not None and c.low != c.high:
            row["value"], row["low"], row["high"] = None, c.low, c.high
        rows.append(row)
        i += 1
    return rows


def quantities_for_text(doc_id: str, text: str, lang: str = "en") -> list[dict]:
    """Every quantity of ``text`` as a NewsQuant scorer row (see the module docstring)."""
    if not text:
        return []
    return _rows_for(doc_id, text, lang)


def run_manifest(manifest_path, out_path) -> int:
    """Read a JSONL manifest (``{"id", "text" | "path", "lang"?}`` per line), write every
    quantity row as JSONL to ``out_path`` (``"-"`` = stdout); return the row count.

    A broken line, an unreadable file or a document the reader fails on is reported on
    stderr as ``file:line: reason`` and skipped; the rest of the batch still runs.
    """
    import sys

    from claimline.ingest.manifest import text_lines

    manifest_path = Path(manifest_path)
    out = sys.stdout if str(out_path) == "-" else open(out_path, "w", encoding="utf-8")
    n = 0
    try:
        for lineno, rec, document in text_lines(manifest_path):
            doc = document.id
            try:
                rows = quantities_for_text(doc, document.text, rec.get("lang") or "en")
            except Exception as e:  # one broken document never stops a batch
                print(f"{manifest_path}:{lineno}: {type(e).__name__}: {e}", file=sys.stderr)
                continue
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    finally:
        if out is not sys.stdout:
            out.close()
    return n
