"""Kind (level / target / change), direction and modality of a figure, from cue words.

The decision reads the clause to the left of the numeral (nearest cue first) and the
words right after the counted noun:

- a multiplier ("triple", "quadruple") is a change with direction ``*``;
- "by N" after an increase/decrease verb is a change (``+`` / ``-``);
- "to N" after such a verb is the level after the change: a ``target`` when the clause is
  future or modal ("will reduce … to around 5,000"), else a ``level``;
- sending verbs ("deploy", "send", "additional", "relocation") or a destination after the
  noun ("700 troops *to* Kosovo") make a ``+`` change; withdrawing verbs a ``-`` change;
- a figure in parentheses right after a noun ("il contingente (2.500 soldati)") is that
  noun's size, a ``level``;
- a modal verb right after the counted noun ("800 Soldaten *sollen* sich beteiligen",
  "8 000 truppe che *potrebbero* essere inviate") makes a ``target`` (or a planned change when
  a sending verb follows), unless it only reports hearsay ("… sollen ums Leben gekommen
  *sein*");
- "more" / "weitere" / "altri" beside victims of an event ("38 weitere Personen wurden
  verletzt") counts *other* victims, a ``level``, not an increase;
- a sending verb whose object ends before a relative pronoun ("envió un proyecto … *que*
  establece … para 11 millones") does not govern the figure;
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


def _aims_told(scope: str, lex: Lexicon) -> str:
    """``scope`` without the language's ``aim_nouns`` that name what an act aims at ("the
    marketplace was the target of a suicide attack in which … 18 injured"), unless the figure
    follows one ("a target of 5,000 troops")."""
    aims = lex.alternation("aim_nouns")
    if not aims:
        return scope
    return re.sub(rf"(?<![\w])(?:{aims})(?![\w])(?!(?:\s*[^\s\w]|\s+[\w'’]+){{0,3}}\s*$)", " ", scope,
                  flags=re.I)  # "a target of about 5,000": up to a qualifier before the figure


def _future_form(text: str, lex: Lexicon) -> bool:
    """A verb in the future tense by its ending: "destinarán", "avverrà", "retirera"."""
    ends = tuple(lex.listed("future_suffixes"))
    return bool(ends) and any(len(w) >= 5 and w.endswith(ends) for w in re.findall(r"[^\W\d_]+", text.lower()))


_MOVES = ("increase", "decrease", "send", "withdraw")


def _nearest(left: str, lex: Lexicon, roles: tuple[str, ...]) -> Optional[tuple[str, str, int]]:
    best = None
    adjacent = lex.listed("send_adjacent")
    for role in roles:
        for m in lex.find(role, left):
            if m.group().lower() in adjacent and left[m.end():].strip():
                continue  # "more", "weitere": a sending cue only right before the figure
            if role in _MOVES and lex.has("relatives", left[m.end():]):
                continue  # the verb's object ended before "que …": it does not govern the figure
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
    scope = _aims_told(_modal_scope(clause), lex)
    future = (lex.has("future", scope) or _future_form(scope, lex) or _split_future(scope, right, lex)) \
        and not _counts_now(_strip_qualifiers(scope, lex), prev, lex)
    possible = lex.has("possible", scope)
    modality = "possible" if possible else ("planned" if future else None)
    if modality == "planned" and _hearsay(right, lex):
        modality = None  # "sollen 50 Menschen verletzt worden sein": reported, not planned
    cues: list[str] = []
    if form == "multiplier":
        return Kind("change", "*", modality, ("multiplier",))
    daily = lex.has("daily", bare)  # "En 24 h, 541 personnes de plus sont décédées": new since yesterday
    victims = not daily and _other_victims(bare, right, lex)
    if between and lex.has("send", between):
        if victims:
            return Kind("level", None, None, ("others:" + between.strip().lower(),))
        return Kind("change", "+", modality, ("additional:" + between.strip().lower(),))
    if clause.rstrip().endswith("(") and not _additional_after(right, lex):
        return Kind("level", None, None, ("apposition",))  # "il contingente (2.500 soldati)"
    # "more than 1,000 people", "más de 10.000": a qualifier is no sending verb
    verb = _nearest(bare, lex, ("increase", "decrease", "send", "withdraw", "level", "pledge"))
    if verb:
        cues.append(f"{verb[0]}:{verb[1]}")
    if verb and verb[0] == "pledge":
        return Kind("target", None, "announced", tuple(cues))  # "promised two billion dollars"
    if prev in lex.listed("prep_by") and verb and verb[0] in ("increase", "decrease", "send", "withdraw") \
            and _governs(bare, verb[2]):
        direction = "+" if verb[0] in ("increase", "send") else "-"
        return Kind("change", direction, modality, tuple(cues + [f"by:{prev}"]))
    if verb and verb[0] in ("increase", "decrease") and prev == verb[1].lower() and _governs(bare, verb[2]):
        # "crude rose $1.64 to $47.10", "cut 500 jobs": the figure is the move's own object
        direction = "+" if verb[0] == "increase" else "-"
        return Kind("change", direction, modality, tuple(cues + [f"object:{prev}"]))
    if prev in lex.listed("prep_by") and not (verb and verb[0] in _MOVES):
        seg = _segment(right)
        late = _nearest(seg, lex, _MOVES)  # "soll um 500 Soldaten aufgestockt werden"
        if late and len(re.findall(r"[\w'’-]+", seg[:late[2]])) <= 3:  # the verb closing the clause
            direction = "+" if late[0] in ("increase", "send") else "-"
            return Kind("change", direction, modality, tuple(cues + [f"{late[0]}-after:{late[1]}", f"by:{prev}"]))
    if prev in lex.listed("prep_to") and verb and verb[0] in ("increase", "decrease", "level"):
        kind = "target" if modality else "level"
        return Kind(kind, None, modality, tuple(cues + [f"to:{prev}"]))
    if prev in lex.listed("prep_from") and verb and verb[0] in ("increase", "decrease"):
        return Kind("level", None, None, tuple(cues + [f"from:{prev}"]))  # "rose from 93 to 167": 93 was
    if verb and verb[0] == "send" and victims and verb[1] in lex.listed("send_adjacent"):
        return Kind("level", None, None, tuple(cues + ["others"]))  # "Weitere 30 Menschen wurden verletzt"
    if verb and verb[0] == "send" and _describes_force(bare, verb, lex):
        return Kind("level", None, None, tuple(cues + ["force-strength"]))  # "Barkhane, qui déploie 5.000 hommes"
    if verb and verb[0] == "send":
        return Kind("change", "+", modality, tuple(cues))
    if verb and verb[0] == "withdraw":
        return Kind("change", "-", modality, tuple(cues))
    if _brings_total(right, lex) and not victims:
        # "74 personnes ont succombé … entre lundi et mardi, ce qui porte à 8.425 morts le bilan"
        return Kind("change", "+", modality, tuple(cues + ["brings-total"]))
    if daily:  # "al acumularse en las últimas 24 horas … y 643 muertes"
        return Kind("change", "+", modality, tuple(cues + ["daily-before"]))
    if _additional_after(right, lex):
        if victims:
            return Kind("level", None, None, tuple(cues + ["others-after"]))
        # "70 hôpitaux supplémentaires vont être activés": more of them, planned
        return Kind("change", "+", modality or _modal_after(right, lex) and _modal_after(right, lex).modality,
                    tuple(cues + ["additional-after"]))  # "590 muertes más"
    after_modal = _modal_after(right, lex)
    if after_modal:
        return after_modal
    if lex.has("planned_after", _segment(right)):  # "ursprünglich waren 22 Millionen Euro geplant"
        return Kind("target", None, "planned", tuple(cues + ["planned-after"]))
    moved = _moved_after(right, lex)
    if moved and not victims:  # "das Land hat etwa 200 Soldaten geschickt", "were withdrawn"
        return Kind("change", moved, modality, tuple(cues + [f"moved-after:{moved}"]))
    dest = lex.listed("destination_preps")
    first_right = _first_word(right)
    if first_right in dest and lex.lang == "en" and first_right == "to" and _place_after_to(right):
        return Kind("change", "+", modality, tuple(cues + ["destination"]))
    if modality and prev in lex.listed("definite_articles"):
        # "il passera la journée avec les quelques 1.000 militaires": a known count, not a plan
        return Kind("level", None, None, tuple(cues + [f"definite:{prev}"]))
    if modality and not (verb and verb[0] == "level" and verb[2] < len(clause) - 40):
        return Kind("target", None, modality, tuple(cues + ["modal"]))
    return Kind("level", None, None, tuple(cues))


def _place_after_to(right: str) -> bool:
    """"700 troops to *Kosovo*", "to *the* region": a destination; "dollars to *develop*": a purpose."""
    m = re.match(r"\s*to\s+([\w'’-]+)", right, re.I)
    return bool(m) and (m.group(1)[:1].isupper() or m.group(1).lower() in ("the", "its", "their"))


def _first_word(text: str) -> str:
    m = re.match(r"\s*([\w'’-]+)", text)
    return m.group(1).lower() if m else ""


def _governs(bare: str, verb_end: int) -> bool:
    """True when a verb is close enough to take the figure as its "by" amount: no comma
    between and a few words at most ("s'est alourdi de 2.000", "cut its troops in Kosovo by
    500"; not "revu à la hausse, après avoir fait état de 8 morts")."""
    gap = bare[verb_end:]
    return not re.search(r"[,;:()]", gap) and len(re.findall(r"[\w'’-]+", gap)) <= 7


def _moved_after(right: str, lex: Lexicon) -> Optional[str]:
    """``+`` / ``-`` when an event participle of sending or withdrawing follows the noun in its
    clause ("200 Soldaten *geschickt*", "1.000 soldats ont été *retirés*"); stative ones
    ("stationed", "stationiert", "déployés au Sahel") are not listed: they describe a level."""
    seg = _segment(right)
    if lex.has("send_after_verb", seg):
        return "+"
    if lex.has("withdraw_after_verb", seg):
        return "-"
    return None


def _describes_force(bare: str, verb: tuple, lex: Lexicon) -> bool:
    """A present-tense deploying verb right after a relative pronoun describes a force's
    strength ("la force Barkhane, qui déploie plus de 5.000 hommes au Sahel"), not a sending."""
    if verb[1] not in lex.listed("strength_verbs"):
        return False
    before = bare[:verb[2] - len(verb[1])].rstrip().lower()
    return any(before.endswith(" " + r) or before.endswith("," + r) or before == r
               for r in lex.listed("relatives"))


def _brings_total(right: str, lex: Lexicon) -> bool:
    """True when the sentence goes on to the total this figure brings ("…, portant à 29.296 le
    nombre total de morts", "bringing the death toll to 50"): the figure is what was added."""
    rest = re.split(r"[;.!?](?:\s|$)", right, maxsplit=1)[0]
    return any(re.match(r"\s*(?:[^\W\d]+\s+){0,3}\d", rest[m.end():])
               for m in lex.find("brings_total", rest))


def _split_future(scope: str, right: str, lex: Lexicon) -> bool:
    """A separable verb of planning around the figure: "sieht … 15.000 Soldaten *vor*"."""
    words = set(re.findall(r"[\w'’]+", scope.lower()))
    tail = re.findall(r"[\w'’]+", re.split(r"[,;:.!?]", right, maxsplit=1)[0].lower())
    for frame in lex.listed("future_split"):
        head, _, particle = frame.partition(" ")
        if head in words and tail and tail[-1] == particle:
            return True
    return False


def _segment(right: str) -> str:
    """The words after the counted noun up to the next clause punctuation."""
    return re.split(r"[,;:.()\[\]–—]", right, maxsplit=1)[0]


def _additional_after(right: str, lex: Lexicon) -> bool:
    """"590 muertes *más*" right after the noun, or a count of one day in its clause ("123 morts
    du virus *en 24 heures*")."""
    if any(re.match(rf"\s*{re.escape(w)}(?![\w'’])", right, re.I) for w in lex.listed("send_after")):
        return True
    seg = _segment(right)
    hit = next(iter(lex.find("daily", seg)), None)
    return hit is not None and not re.search(r"\d", seg[:hit.start()])  # not the next figure's


def _hearsay(right: str, lex: Lexicon) -> bool:
    """True when the clause ends in a perfect infinitive ("… verletzt worden *sein*"): the
    modal before it reports what others say ("sollen") rather than planning anything."""
    words = re.findall(r"[\w'’]+", re.split(r"[,;:.!?]", right, maxsplit=1)[0].lower())
    return bool(words) and words[-1] in lex.listed("hearsay_end")


def _other_victims(bare: str, right: str, lex: Lexicon) -> bool:
    """True when the figure's clause is an event's toll: a kill / injure verb after the noun.

    There "more" / "weitere" / "altri" count other victims than those named before ("… und
    38 weitere Personen wurden verletzt"), not new ones since a previous count.
    """
    seg = re.split(r"\d", _segment(right), maxsplit=1)[0]  # not the noun of the next figure
    if any(re.search(r"\d", w) and w.lower() in right.lower() for w in lex.listed("send_after")):
        return False  # "in 24 hours": new since the last count
    return lex.has("kill", seg) or lex.has("injure", seg) or lex.has("injure", bare[-60:])


def _modal_after(right: str, lex: Lexicon) -> Optional[Kind]:
    """Kind from a modal verb right after the counted noun ("800 Soldaten sollen …"), or None."""
    seg = _segment(right)
    rel = lex.alternation("relatives")
    modals = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                      for w in sorted(lex.listed("modal_after"), key=len, reverse=True))
    if not modals:
        return None
    lead = rf"\s*(?:(?:{rel})\s+)?" if rel else r"\s*"
    # the modal may follow a short complement of the noun ("dix millions de cas de Covid-19
    # dans le monde devrait être atteint"), never another verb's clause (the segment ends there)
    # case-sensitive: a modal is lower case mid-sentence, a month ("in May") is not
    m = re.match(rf"{lead}(?:[^\W\d][\w'’-]*\s+){{0,6}}?({modals})(?![\w'’])", seg)
    if not m:
        first = re.match(rf"{lead}([^\W\d]+)", seg)
        if first and _future_form(first.group(1), lex):  # "4.000 volontaires participeront"
            return Kind("target", None, "planned", (f"future-after:{first.group(1).lower()}",))
        return None
    if _hearsay(right, lex):
        return None  # "sollen … ums Leben gekommen sein": reported, not planned
    word = m.group(1).lower()
    modality = "possible" if lex.has("possible", word) else "planned"
    rest = seg[m.end():]
    cue = f"modal-after:{word}"
    if lex.has("send", rest) and not lex.has("send_adjacent", rest):
        return Kind("change", "+", modality, (cue, "send-after"))
    if lex.has("withdraw", rest):
        return Kind("change", "-", modality, (cue, "withdraw-after"))
    return Kind("target", None, modality, (cue,))
