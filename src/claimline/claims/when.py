"""The time a figure holds, from the timexes around it and the document date.

In order: an "at its height"-style phrase means the time is unknown; a dated expression
in the sentence (nearest to the figure, preferring the one before it) gives the time, except
that a level counted since a date ("depuis le 1er mars") holds on the document date; a
present-tense marker ("now", "today") or a present-tense verb gives the document date; a
target without a horizon has no time; a change is dated by the document date (news
reports events of the day), or else by the last date named in the same paragraph (at most 500 characters back); a
past-tense level without a date stays unknown. Nothing is guessed: a value the timex
stage could not anchor (``XXXX-03-14``) is unknown.

Which dated expressions may date a figure: not one beyond a ";" (another clause; one inside
parentheses splits nothing), not a bare year in parentheses after a name ("les opérations
Serval (2013)"), not one a "since" opens after the figure ("the deadliest since 2001",
"salgono a 73 dal 2001"), not one that belongs to a level compared with: after it ("to
$51.2bn from $48.8bn a year earlier", "666 policiers … contre 418 en 2017"; ``versus_figure``
words), or right after such a level before the figure ("fell from £180,126 in November to
£178,906") or in another clause ("GM earned $3.7bn, down from $3.8bn in 2003, while its
revenue rose to $193bn": $193bn takes the sentence's "For the whole of 2004", not 2003);
a year after "in" ("en 2017 à 541", "im Jahr 2003 auf 40.000") is a date, not a count. A date right after the figure's noun ("22 people on Monday", "11 blessés
mercredi", "$445.1bn (£227bn) in 2004") beats one further back; two dates joined by "to" /
"bis" / "y" ("von Januar bis Juni", "2019-2020", "October-to-December") are an interval
``A/B``. The level a change started from ("rose to 167 from a previous 93") has no time of
its own, unless a date right after it is its own: after a comparison ("down from $3.8bn in
2003"), one that says it is earlier ("a year earlier"; ``earlier_dates`` words), or one
before the level reached ("von 80.000 im Jahr 2003 auf …"). A target with no horizon has no
time. A figure restated in parentheses right after another ("2.48 (6.12 acres) last year",
"$10bn (£5.18bn)") holds when that one holds; ``converts`` tells the claims stage which
amounts convert another (``conversion_words``: "soit", "umgerechnet"). A yearly amount
("chaque année", "jährlich") has no time of its own, but "im Jahr 2010" is a date.
"""
from __future__ import annotations

import re
from typing import Optional

from claimline.claims.lexicon import Lexicon
from claimline.timex import grammar as timex_grammar
from claimline.model import Timex

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def iso_prefix(value: Optional[str], dct: Optional[str] = None) -> Optional[str]:
    """An ISO prefix ("2012", "2012-07", "2012-07-09") for a TIMEX3 value, or None."""
    if not value:
        return None
    if value == "PRESENT_REF":
        return dct
    m = _ISO.match(value)
    if not m:
        return None
    if m.group(2) and not value[4:].startswith(("-W", "-Q", "-H", "-SU", "-SP", "-FA", "-WI")):
        return m.group(0)
    return m.group(1)


def dated(timexes: list[Timex], dct: Optional[str]) -> list[tuple[Timex, str]]:
    """Timexes that name a point or period on the calendar, with their ISO prefix."""
    out = []
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        iso = iso_prefix(t.value, dct)
        if iso:
            out.append((t, iso))
    return out


def _since(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether the timex at ``start`` opens a count ("since March", "depuis fin janvier")."""
    window = sentence[max(0, start - 40):start]
    # the cue, then at most one word ("depuis *le* 1er mars", "depuis *fin* janvier")
    return any(len(window[m.end():].split()) <= 1 for m in lex.find("since", window))


def _opened_by_since(sentence: str, before: list, lex: Lexicon):
    """The first dated timex a "since" opens, a few words on ("Since the outbreak … in May")."""
    for m in lex.find("since", sentence):
        after = [x for x in before if 0 <= x[0].start - m.end() <= 60]
        if after:
            return after[0]
    return None


_GLUED = re.compile(r"[\w»\"]\.[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


def _usable(sentence: str, rel_pos: int, rel_end: int, sent_timexes: list, lex: Lexicon) -> list:
    """The dated timexes that may date the figure at ``rel_pos:rel_end`` (see the module doc)."""
    out = []
    for x in sent_timexes:
        t = x[0]
        lo, hi = (t.end, rel_pos) if t.end <= rel_pos else (rel_pos, t.start)
        if ";" in _flat(sentence[lo:hi]) or _GLUED.search(sentence[lo:hi + 2]):
            continue  # another clause, or another sentence glued on ("… l'AFP.Israël compte …")
        if re.fullmatch(r"\d{4}", t.text.strip()) and sentence[t.start - 1:t.start] == "(" \
                and sentence[t.end:t.end + 1] == ")":
            continue  # "Serval (2013)": the year names the operation
        if t.start >= rel_pos and (_since(sentence, t.start, lex) or _opened_by_since(sentence, [x], lex)):
            continue  # "the deadliest since 2001": no time of the figure
        if _transition_number(sentence, t, lex):
            continue  # "von derzeit 2000 auf rund 15.000 Soldaten": a count, not the year 2000
        if t.start >= rel_pos and lex.has("comparison_words", sentence[lo:hi]):
            continue  # "26 000 soldati … rispetto ai 9 500 del 2002": the date of the other figure
        if t.start >= rel_end and _compared_between(sentence, rel_end, t, lex):
            continue  # "rose to $51.2bn from $48.8bn a year earlier": the date of the level before
        if t.end <= rel_pos and lex.has("because_words", sentence[lo:hi]):
            continue  # "im Januar 2006 gebeten, …, weil die 17.000 Mann starke Mission … ist"
        out.append(x)
    return out


_AMBIGUOUS_RELATIVES = {"that", "que", "qu'", "che"}  # also "that"-clauses: not only relative


def _future_before_past_relative(sentence: str, rel_pos: int, x: tuple, dct: Optional[str], lex: Lexicon) -> bool:
    """A date still to come, before a relative clause in the past that holds the figure, is
    the main clause's: "Macron se rendra jeudi au Liban après les explosions qui ont ravagé
    Beyrouth et fait plus de 110 morts" — the deaths are not Thursday's."""
    t, iso = x
    if not dct or t.end > rel_pos or iso <= dct[:len(iso)]:
        return False
    gap = sentence[t.end:rel_pos]
    pronouns = [w for w in lex.listed("relatives") if w not in _AMBIGUOUS_RELATIVES and " " not in w]
    if not pronouns:
        return False
    m = re.search(r"(?<![\w'’])(?:" + "|".join(map(re.escape, pronouns)) + r")(?![\w'’])", gap, re.I)
    past = timex_grammar.tense_regexes(lex.lang).get("past")
    return bool(m) and past is not None and past.search(gap, m.end()) is not None


def _transition_number(sentence: str, t: Timex, lex: Lexicon) -> bool:
    """True for a bare "year" that opens a transition to a figure that is no year (not one
    after "in": "passant de 1.271 euros en 2017 à 1.217 euros", "stieg im Jahr 2007 auf")."""
    tos = lex.alternation("prep_to")
    if not tos or not re.fullmatch(r"\d{4}", t.text.strip()):
        return False
    ins = lex.alternation("location_preps")
    if ins and re.search(rf"(?:^|\s)(?:{ins})\s+(?:[^\W\d]+\s+)?$", sentence[max(0, t.start - 30):t.start], re.I):
        return False
    m = re.match(rf"\s+(?:{tos})\s+(?:[^\W\d]+\s+)?(\d[\d.,  ]*\d|\d)", sentence[t.end:], re.I)
    return bool(m) and not re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1))


def _flat(text: str) -> str:
    """``text`` without its parentheses ("$445.1bn (£227bn;331bn euros) in 2004" → "$445.1bn in 2004")."""
    prev = None
    while prev != text:
        prev, text = text, re.sub(r"\s*\([^()]*\)", "", text)
    return text


def _close_after(sentence: str, rel_pos: int, after: list):
    """A date right after the figure's noun, in the same stretch of words ("22 people on Monday",
    "$3.8bn in 2003", "$445.1bn (£227bn) in 2004")."""
    if not after:
        return None
    first = after[0]
    gap = re.sub(r"(?<=\d)[,.](?=\d)", "", _flat(sentence[rel_pos:first[0].start]))  # "US$0,56 en 1920"
    return first if len(gap) <= 40 and not re.search(r"[,;:()–—]", gap) else None


def _to_figure_between(sentence: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """True when the level a change reached stands in ``sentence[lo:hi]`` ("von 2000 *auf
    15.000 Soldaten* im Jahr 2008"): a date after it is that level's."""
    tos = lex.alternation("prep_to")
    return bool(tos) and bool(re.search(rf"(?:^|\s)(?:{tos})\s+(?:[^\W\d]+\s+)?[^\s\d]{{0,3}}\d",
                                        _flat(sentence[lo:hi]), re.I))


def _compared_between(sentence: str, lo: int, t: Timex, lex: Lexicon) -> bool:
    """True when a level compared with stands between ``lo`` and the date ``t`` and owns that
    date: one a change started from ("… to $51.2bn *from $48.8bn* a year earlier") or one
    after a "versus" word ("666 policiers … *contre 418* en 2017")."""
    gap = _flat(sentence[lo:t.start])
    versus = lex.alternation("versus_figure")
    if versus and re.search(rf"(?:^|\s)(?:{versus})\s+(?:[^\W\d]+\s+)?[^\s\d]{{0,3}}\d", gap, re.I):
        return True
    return any(_from_level(sentence[:lo] + gap[:m.start()], lex)
               and _from_owns(sentence[:lo] + gap[:m.start()], t, lex)
               for m in re.finditer(r"(?<!\S)[^\s\d]{0,3}\d", gap))


def _from_owns(left: str, t: Timex, lex: Lexicon) -> bool:
    """Whether the date ``t`` right after the level a change started from (``left`` ends
    before it) is that level's: after a comparison ("down from $3.8bn in 2003"), a date
    that says it is earlier ("to $51.2bn from $48.8bn *a year earlier*"), or one before the
    level reached ("von 80.000 Behandlungen im Jahr 2003 auf 40.000"). In "dropped to £2.7bn
    from £2.9bn in October" the month is the change's."""
    if lex.has("comparison_words", left[-20:]) or lex.has("earlier_dates", t.text):
        return True
    clause = left[left.rfind(",") + 1:]
    return not _to_figure_between(clause, 0, len(clause), lex)


def _attached_elsewhere(sentence: str, rel_pos: int, x, masked: str, lex: Lexicon) -> bool:
    """True for a date that belongs to another figure, one right after a level compared with,
    before the figure or in another clause: "For the whole of 2004, GM earned $3.7bn, down
    from $3.8bn *in 2003*, while its revenue rose to $193bn" (2003 is $3.8bn's), "Néanmoins,
    59% des sondés …, soit 15 points de plus que *la semaine dernière*, et près d'une
    personne sur deux …", "fell from £180,126 *in November* to £178,906". A date after a
    figure that is no comparison may frame the other clause too ("$5.37bn for the final
    three months of 2004, while sales came in at $43.7bn")."""
    t = x[0]
    if re.fullmatch(r"\s*\([^()]*", sentence[t.end:rel_pos]):
        return False  # "soit 38 de moins qu'un an plus tôt (243)": the figure of that date
    lo, hi = (t.end, rel_pos) if t.end <= rel_pos else (rel_pos, t.start)
    breaks = lex.alternation("clause_breaks")
    if t.start >= rel_pos and not re.search(rf";|,\s+(?:{breaks or '(?!)'})\b", _flat(sentence[lo:hi]), re.I):
        return False  # before the figure, in its own clause too: "fell from £180,126 in November to £178,906"
    prefix = _flat(masked[:t.start])
    stretch = re.split(r"[;:–—]|(?<!\d),|,(?!\d)", prefix[-40:])[-1]  # not "£180,126"
    joiners = lex.alternation("interval_joiners")
    stretch = re.sub(rf"\d+\s*(?:{joiners or '(?!)'})\s*$", "", stretch)  # "du 6 au 15 février": one date
    for m in re.finditer(r"(?<![\d.,])\d", stretch):
        if len(stretch) - m.start() > 30:
            continue  # too far to be right after it ("… contre 20 habituellementLa SNCF prévoit lundi")
        word = re.search(r"([\w-]+)\s*$", stretch[:m.start()])
        if word and word.group(1)[0].isupper():
            continue  # a number in a name ("du Sdis 95 … publié samedi 20 avril")
        pre = re.sub(r"(?:[A-Z]{0,2}[^\w\s]{1,2})$", "", prefix[:len(prefix) - len(stretch) + m.start()])
        return _compared(pre, stretch[m.start():], lex)
    return False


def _compared(pre: str, gap: str, lex: Lexicon) -> bool:
    """True when the figure after ``pre`` is a level compared with: "down from $3.8bn in
    2003", "par rapport aux 1.350 personnes recensées le 29 décembre", "contre 418 en 2017",
    "15 points de plus que la semaine dernière" (``gap`` runs from the figure to its date)."""
    versus = lex.alternation("versus_figure")
    return (lex.has("comparison_words", pre[-30:] + gap) or _from_level(pre, lex)
            or bool(versus and re.search(rf"(?:^|\s)(?:{versus})\s+(?:[^\W\d]+\s+)?$", pre, re.I)))


def _interval(sentence: str, pick, sent_timexes: list, lex: Lexicon) -> Optional[str]:
    """``A/B`` when the picked date opens a span ("von Januar bis Juni", "temporada 2019-2020")."""
    joiners = lex.alternation("interval_joiners")
    if not joiners:
        return None
    span = rf"\s*-?(?:{joiners})-?\s*(?:[^\W\d]+\s+){{0,2}}"  # "the October-to-December period"
    for other in sent_timexes:
        a, b = (pick, other) if other[0].start >= pick[0].end else (other, pick)
        if a is b or b[0].start < a[0].end:
            continue
        if re.fullmatch(span, sentence[a[0].end:b[0].start], re.I) and b[1] > a[1]:
            # a list before it opens the span: "in 2019, 2020 and 2021" is 2019/2021
            while (before := next((c for c in sent_timexes if c[0].end <= a[0].start and c[1] < a[1] and
                                   re.fullmatch(r"\s*,\s*", sentence[c[0].end:a[0].start])), None)):
                a = before
            return f"{a[1]}/{b[1]}"  # the picked date opens or closes the span
    return None


def _from_level(left: str, lex: Lexicon) -> bool:
    """True for the level a change started from: "increased to 167 from (a previous) 93"."""
    froms = "|".join(re.escape(w) for w in lex.listed("change_from"))
    adjs = "|".join(re.escape(w) for w in lex.listed("earlier_adjectives")) or "(?!)"
    quals = lex.alternation("qualifier_words") or "(?!)"
    m = froms and re.search(rf"(?:^|\s)(?:{froms})\s+(?:(?:a|an|the)\s+)?(?:(?:{adjs})\s+)?(?:(?:{quals})\s+)?$",
                            left, re.I)
    clause = left[left.rfind(",") + 1:]
    return bool(m) and (lex.has("increase", clause) or lex.has("decrease", clause))


def decide(kind: str, sentence: str, rel_pos: int, sent_timexes: list[tuple[Timex, str]],
           dct: Optional[str], anchor: Optional[str], lex: Lexicon,
           rel_end: Optional[int] = None) -> tuple[Optional[str], str]:
    """(time, how) for a figure at ``rel_pos`` (its numeral ending at ``rel_end``) in ``sentence``.

    ``sent_timexes`` are the sentence's dated timexes with offsets relative to the
    sentence; ``anchor`` is the last date named earlier in the paragraph.
    """
    if rel_end is None:
        m = re.match(r"\D{0,3}\d(?:[\d.,]*\d)?", sentence[rel_pos:])
        rel_end = rel_pos + (m.end() if m else 0)
    left = sentence[:rel_pos]
    if lex.has("undated", left):
        return None, "unknown"
    if _recurring(sentence, sent_timexes, lex):
        # "environ 1.000 décès chaque année", "450 euros par an": a yearly amount, not the
        # figure of the day it was reported
        return None, "recurring"
    outer = _restates(sentence, rel_pos, rel_end, sent_timexes, lex)
    if outer:  # "up from 2.48 (6.12 acres) last year": the time of the figure it restates
        return decide(kind, sentence, outer[0], sent_timexes, dct, anchor, lex, outer[1])
    if kind == "level" and _from_level(left, lex):
        # "down from $3.8bn in 2003": a date right after it is its own; "from a previous 93":
        # when it held, the sentence does not say
        usable = _usable(sentence, rel_pos, rel_end, sent_timexes, lex)
        own = _close_after(sentence, rel_pos, [x for x in usable if x[0].start >= rel_end])
        if own is None or _to_figure_between(sentence, rel_end, own[0].start, lex) \
                or not _from_owns(left, own[0], lex):
            return None, "unknown"
        return _interval(sentence, own, usable, lex) or own[1], "explicit"
    if kind == "level" and dct and _counted_since_after(sentence, rel_pos, sent_timexes, lex):
        return dct, "document-date"  # "a tué plus de 6.000 personnes depuis début 2019": as of now
    masked = _masked(sentence, sent_timexes)
    sent_timexes = [x for x in _usable(sentence, rel_pos, rel_end, sent_timexes, lex)
                    if not _attached_elsewhere(sentence, rel_pos, x, masked, lex)
                    and not _future_before_past_relative(sentence, rel_pos, x, dct, lex)]
    if kind == "target":  # "gegenwärtig wird um 160.000 verhandelt": now is when it is planned
        sent_timexes = [x for x in sent_timexes if x[0].value != "PRESENT_REF"]
    if sent_timexes:
        before = [x for x in sent_timexes if x[0].end <= rel_pos]
        after = [x for x in sent_timexes if x[0].start >= rel_pos]
        pick = _close_after(sentence, rel_pos, after) or (before[-1] if before else None)
        if pick is None:
            if after and after[0][0].start - rel_pos <= 150:
                pick = after[0]
            else:  # a date in another part of a long sentence ("… le 24 juin pour célébrer …"),
                # or only one the numeral overlaps
                return _undated(kind, sentence, left, dct, anchor, lex)
        if pick in before and _when_clause(sentence, pick, rel_pos, lex):
            return pick[1], "explicit"  # "the deadliest since 2012, when … killed 27": 2012
        if kind == "level" and dct and pick in before and _so_far(sentence[pick[0].end:rel_pos], lex):
            # "Début février, l'OMS avait alerté … contre le Covid, qui a déjà tué plus de
            # 500.000 personnes": a running total as of now, not of February
            return dct, "document-date"
        if kind == "level" and (_since(sentence, pick[0].start, lex)
                                or _opened_by_since(sentence, [pick], lex)):
            # "21.340 décès depuis le 1er mars", "115.000 morts depuis son apparition en
            # décembre": a total as of now, not a figure of the month it started
            return (dct, "document-date") if dct else (None, "unknown")
        opened = _opened_by_since(sentence, before, lex)
        if kind == "change" and dct and opened and opened[1] < dct:
            return f"{opened[1]}/{dct}", "explicit"  # "since May, allies have deployed …": May to now
        how = "document-date" if pick[0].value == "PRESENT_REF" else "explicit"
        span = _interval(sentence, pick, sent_timexes, lex)
        if span and kind == "level" and lex.has("brings_total", left[-40:]):
            return span.split("/")[1], how  # "entre lundi et mardi, ce qui porte à 8.425": as of Tuesday
        return span or pick[1], how
    return _undated(kind, sentence, left, dct, anchor, lex)


def _recurring(sentence: str, sent_timexes: list, lex: Lexicon) -> bool:
    """True when the sentence gives a yearly amount ("jährlich", "chaque année"), not when
    the phrase opens a date ("im Jahr 2010 sollen über 7.000 Menschen …")."""
    for m in lex.find("recurring", sentence):
        if re.match(r"\s*\d", sentence[m.end():]) \
                or any(t.start < m.end() and m.start() < t.end for t, _ in sent_timexes):
            continue
        return True
    return False


def _masked(sentence: str, sent_timexes: list) -> str:
    """``sentence`` with the digits of its dates hidden, so that only figures show digits."""
    chars = list(sentence)
    for t, _ in sent_timexes:
        for i in range(t.start, min(t.end, len(chars))):
            if chars[i].isdigit():
                chars[i] = "Y"
    return "".join(chars)


def converts(sentence: str, main_end: int, start: int, end: int, lex: Lexicon) -> bool:
    """True when the amount at ``sentence[start:end]`` converts the one ending at ``main_end``
    into another currency: it stands in parentheses right after it, alone, beside other
    conversions or after a qualifier or conversion word ("$10bn (£5.18bn)", "$445.1bn
    (£227bn;331bn euros)", "£99 in the UK (149 euros)", "(umgerechnet 7,6 Milliarden Euro)").
    It is the same amount, so it holds when that one holds."""
    opening = sentence.rfind("(", main_end, start)
    if opening < 0 or ")" in sentence[main_end:start]:
        return False
    gap = sentence[main_end:opening]
    if len(gap) > 40 or re.search(r"[\d,;:–—]", gap):
        return False  # "(…)" after another stretch of words
    return _restated(sentence, opening, start, end, lex)


def _restated(sentence: str, opening: int, start: int, end: int, lex: Lexicon, noun: bool = False) -> bool:
    """True when the figure at ``start:end`` (with a ``noun`` of up to three words after it)
    stands alone in the parenthesis opened at ``opening``, beside other such figures or after
    a qualifier or conversion word."""
    quals = lex.alternation("qualifier_words", "conversion_words")
    if not re.fullmatch(rf"(?:[^()]*[;,/])?\s*(?:(?:{quals or '(?!)'})\s+)?", sentence[opening + 1:start], re.I):
        return False  # "(including £200m for schools)": a part, not the amount again
    return bool(re.match(r"(?:\s+[^\W\d]+){0,3}\s*(?:\)|[;,/])" if noun else r"\s*(?:\)|[;,/])", sentence[end:]))


def _restates(sentence: str, rel_pos: int, rel_end: int, sent_timexes: list, lex: Lexicon):
    """(start, end) of the figure that the figure at ``rel_pos`` restates in parentheses right
    after it, in another unit ("up from 2.48 (6.12 acres) last year"), or None."""
    opening = sentence.rfind("(", max(0, rel_pos - 60), rel_pos)
    closing = sentence.find(")", rel_end)
    if opening < 0 or closing < 0 or ")" in sentence[opening:rel_pos] \
            or not _restated(sentence, opening, rel_pos, rel_end, lex, noun=True):
        return None
    if any(opening < t.start < closing for t, _ in sent_timexes):
        return None  # "(1,2 Milliarden im Vorjahr)": a figure of its own time
    lo = max(0, opening - 40)
    m = re.search(r"(?<![\w.,])[^\s\d(]{0,3}(\d(?:[\d.,\s]*\d)?)[^\s\d(),;:]*(?:\s+[^\W\d]+){0,3}\s*$",
                  sentence[lo:opening])
    if not m or any(t.start <= lo + m.start(1) < t.end for t, _ in sent_timexes):
        return None
    return lo + m.start(), lo + m.end(1)


def _so_far(gap: str, lex: Lexicon) -> bool:
    """True when the figure sits in a relative clause that counts up to now ("qui a déjà tué")."""
    return lex.has("relatives", gap) and lex.has("so_far_words", gap[-60:])


def _counted_since_after(sentence: str, rel_pos: int, sent_timexes: list, lex: Lexicon) -> bool:
    """True when a "since" date follows the figure closely in its clause ("6.000 personnes
    depuis début 2019", "21.340 décès … depuis le 1er mars")."""
    for t, _ in sent_timexes:
        gap = re.sub(r"(?<=\d)[,.](?=\d)", "", sentence[rel_pos:t.start])
        if t.start >= rel_pos and len(gap) <= 80 and not re.search(r"[;,(]", gap) \
                and (_since(sentence, t.start, lex) or _opened_by_since(sentence, [(t, _)], lex)):
            return True
    return False


def _when_clause(sentence: str, pick, rel_pos: int, lex: Lexicon) -> bool:
    """True when a "when" clause right after the date holds the figure ("seit 2009, als …")."""
    gap = sentence[pick[0].end:rel_pos]
    return lex.has("when_relative", gap[:12]) and ";" not in gap


def _undated(kind: str, sentence: str, left: str, dct: Optional[str], anchor: Optional[str],
             lex: Lexicon) -> tuple[Optional[str], str]:
    """(time, how) for a figure no date in its sentence can date. A date told earlier that
    lies after the document's own dates no figure of this one (what is told has happened)."""
    if anchor and dct and anchor > dct[:len(anchor)]:
        anchor = None
    if lex.has("then_words", left):  # "Damals wurden fünf Menschen getötet": some earlier time
        return (anchor, "narrative") if anchor else (None, "unknown")
    if lex.has("present", sentence) and dct and kind != "target":
        return dct, "document-date"
    if kind == "target":
        return None, "unknown"
    if kind == "change":
        if dct:
            return dct, "document-date"
        return (anchor, "narrative") if anchor else (None, "unknown")
    if lex.has("past_verbs", left[-60:]):
        return (anchor, "narrative") if anchor else (None, "unknown")
    if dct:
        return dct, "document-date"
    return (anchor, "narrative") if anchor else (None, "unknown")
