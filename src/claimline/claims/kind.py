"""Kind (level / target / change), direction and modality of a figure, from cue words.

The decision reads the clause to the left of the numeral (nearest cue first) and the
words right after the counted noun:

- a multiplier ("triple", "quadruple") is a change with direction ``*``;
- "by N" after an increase/decrease verb is a change (``+`` / ``-``);
- "to N" after such a verb is the level after the change: a ``target`` when the clause is
  future or modal ("will reduce … to around 5,000"), else a ``level``;
- sending verbs ("deploy", "send", "additional", "relocation") or a destination after the
  noun ("700 troops *to* Kosovo") make a ``+`` change; withdrawing verbs a ``-`` change;
- anything else is a ``level``, or a ``target`` in a future or modal clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from claimline.claims.lexicon import Lexicon


@dataclass(frozen=True)
class Kind:
    """The kind of a figure and the cues that decided it."""

    kind: str
    direction: Optional[str]
    modality: Optional[str]
    cues: tuple[str, ...]


def _strip_qualifiers(left: str, lex: Lexicon) -> str:
    quals = sorted(lex.listed("qualifier_words"), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for q in quals:
            m = re.search(rf"(?:^|\s){re.escape(q)}\s*$", left, re.I)
            if m:
                left = left[:m.start()]
                changed = True
    return left.rstrip()


def _last_word(text: str) -> str:
    words = re.findall(r"[\w'’-]+", text.lower())
    return words[-1] if words else ""


def _clause(left: str) -> str:
    """The part of the sentence to the left that belongs to the figure's clause."""
    cut = max(left.rfind(";"), left.rfind(" – "), left.rfind(" — "), left.rfind(":"))
    return left[cut + 1:] if cut >= 0 else left


def _modal_scope(clause: str) -> str:
    """The part of the clause whose tense and modality govern the figure: after its last comma.

    A comma closes a subordinate clause ("Balad, das … bewohnt *wird* …, explodierten … und
    töteten 98 Menschen"): its auxiliary says nothing about the figure's clause.
    """
    return clause[clause.rfind(",") + 1:]


def _future_form(text: str, lex: Lexicon) -> bool:
    """A verb in the future tense by its ending: "destinarán", "avverrà", "retirera"."""
    ends = tuple(lex.listed("future_suffixes"))
    return bool(ends) and any(len(w) >= 5 and w.endswith(ends) for w in re.findall(r"[^\W\d_]+", text.lower()))


def _nearest(left: str, lex: Lexicon, roles: tuple[str, ...]) -> Optional[tuple[str, str, int]]:
    best = None
    adjacent = lex.listed("send_adjacent")
    for role in roles:
        for m in lex.find(role, left):
            if m.group().lower() in adjacent and left[m.end():].strip():
                continue  # "more", "weitere": a sending cue only right before the figure
            if best is None or m.end() > best[2]:
                best = (role, m.group().lower(), m.end())
    return best


def _counts_now(bare: str, prev: str, lex: Lexicon) -> bool:
    """A word both future and level cue, right before the figure, is a count: "compte 5.100".

    ("la France compte réduire …" is an intention; "Barkhane compte autour de 5.100
    soldats" a level.) True only when no other future cue is in the clause.
    """
    if prev and prev in lex.listed("future") and prev in lex.listed("level"):
        cut = bare.lower().rfind(prev)
        return not lex.has("future", bare[:cut])
    # "La Russie compte désormais 145.268 cas", "compte sur son sol sept raffineries": the
    # word is an intention only before an infinitive ("compte réduire")
    infinitive = tuple(lex.listed("infinitive_suffixes"))
    dual = lex.listed("future") & lex.listed("level")
    words = re.findall(r"[\w'’]+", bare.lower())
    last = max((i for i, w in enumerate(words) if w in dual), default=None)
    if not infinitive or last is None:
        return False
    nxt = words[last + 1] if last + 1 < len(words) else ""
    if nxt.endswith(infinitive):
        return False
    cut = bare.lower().rfind(words[last])
    return not lex.has("future", bare[:cut]) and not _future_form(bare[cut:], lex)


def decide(left: str, right: str, form: str, lex: Lexicon, between: str = "") -> Kind:
    """Kind of a figure whose sentence reads ``left`` + numeral + ``between`` + noun + ``right``.

    ``between`` holds the words between the numeral and its counted noun ("one *more*
    battalion", "500 *additional* troops").
    """
    clause = _clause(left)
    bare = _strip_qualifiers(clause, lex)
    prev = _last_word(bare)
    scope = _modal_scope(clause)
    future = (lex.has("future", scope) or _future_form(scope, lex)) and not _counts_now(bare, prev, lex)
    possible = lex.has("possible", scope)
    modality = "possible" if possible else ("planned" if future else None)
    cues: list[str] = []
    if form == "multiplier":
        return Kind("change", "*", modality, ("multiplier",))
    if between and lex.has("send", between):
        return Kind("change", "+", modality, ("additional:" + between.strip().lower(),))
    # "more than 1,000 people", "más de 10.000": a qualifier is no sending verb
    verb = _nearest(bare, lex, ("increase", "decrease", "send", "withdraw", "level", "pledge"))
    if verb:
        cues.append(f"{verb[0]}:{verb[1]}")
    if verb and verb[0] == "pledge":
        return Kind("target", None, "announced", tuple(cues))  # "promised two billion dollars"
    if prev in lex.listed("prep_by") and verb and verb[0] in ("increase", "decrease", "send", "withdraw"):
        direction = "+" if verb[0] in ("increase", "send") else "-"
        return Kind("change", direction, modality, tuple(cues + [f"by:{prev}"]))
    if prev in lex.listed("prep_to") and verb and verb[0] in ("increase", "decrease", "level"):
        kind = "target" if modality else "level"
        return Kind(kind, None, modality, tuple(cues + [f"to:{prev}"]))
    if verb and verb[0] == "send":
        return Kind("change", "+", modality, tuple(cues))
    if verb and verb[0] == "withdraw":
        return Kind("change", "-", modality, tuple(cues))
    if any(re.match(rf"\s*{re.escape(w)}(?![\w'’])", right, re.I) for w in lex.listed("send_after")):
        return Kind("change", "+", modality, tuple(cues + ["additional-after"]))  # "590 muertes más"
    dest = lex.listed("destination_preps")
    first_right = _first_word(right)
    if first_right in dest and lex.lang == "en" and first_right == "to":
        return Kind("change", "+", modality, tuple(cues + ["destination"]))
    if modality and not (verb and verb[0] == "level" and verb[2] < len(clause) - 40):
        return Kind("target", None, modality, tuple(cues + ["modal"]))
    return Kind("level", None, None, tuple(cues))


def _first_word(text: str) -> str:
    m = re.match(r"\s*([\w'’-]+)", text)
    return m.group(1).lower() if m else ""
