"""Find temporal expressions in text and normalize them (the ``tag`` entry point)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..model import Timex
from . import dates as cal
from . import grammar, lexicon
from .normalize import Context, Slots, normalize

SAID_REACH = 4  # "said on Friday": a reporting verb this close sets the tense
CLOCK_REACH = 1000  # a clock time takes the day mentioned up to this many characters before
FRAME_REACH = 30  # a framing date opens its sentence: at most this far from its start
OLD_YEAR = 1800  # a bare year before this needs "in", "since"...: "is 1501", "1720 had been discharged" are counts
RIGHT_WEIGHT = 2.0  # a cue after the expression counts as this much farther away
COMMA_COST = 40  # a cue across a comma is likely in another clause
CLAUSE_REACH = 150  # characters searched for a tense cue on each side, within the sentence
SENTENCE_END = re.compile(r"[.!?;\n]\s|\n|(?<=[a-zà-ÿ\"”»])\.(?=[A-ZÀ-Ý][a-zà-ÿ])")  # and glued ones: "…continuera\".Quelque"
DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
POD_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T[A-Z]{2}$")
QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(T\d{2}:\d{2})$")


def _slots(m: re.Match, groups: dict[str, str]) -> Slots:
    s = Slots()
    for g, v in m.groupdict().items():
        if v is not None:
            s.setdefault(groups[g], v)
    return s


_CAPITAL_WORD_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’.-]*[ \u00a0]\Z")
_CAPITAL_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:;\"“«(\n]\s*|\n\s*)\Z")


def _in_name(lang: str, text: str, start: int, end: int) -> bool:
    """A word that is written in lower case in running text ('this week', 'daily') but here
    has a capital inside a sentence, next to another capitalized word, names something:
    'Kamloops This Week' (a newspaper), 'Daily Xtra'. The language lists which of its word
    classes are such words (``name_guard``); a language that capitalizes nouns lists none."""
    if not text[start:start + 1].isupper():
        return False
    lex = lexicon.load(lang)
    categories = lex.name_guard
    if not categories or _OPENS_SENTENCE.search(text, max(0, start - 3), start):
        return False
    first = re.match(r"[\w'’-]+", text[start:end])
    word = first.group().lower() if first else ""
    if not any(lex.value(c, word) is not None for c in categories):
        return False
    return bool(_CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
                or _CAPITAL_WORD_AFTER.match(text, end))


def _guard_ok(lang: str, spec: dict, slots: Slots, text: str, start: int, end: int) -> bool:
    name = spec.get("guard")
    if not name:
        return True
    lex = lexicon.load(lang)
    g = lex.guards.get(name, {})
    rx = grammar.guard_regexes(lang).get(name, {})
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    if "words" in g:
        word = slots.get("month") or slots.get("season") or text[start:end]
        if word.lower().strip() not in g["words"]:
            return True
        if g.get("needs_capital") and not word[:1].isupper():
            return False
    if "prev_not" in rx and rx["prev_not"].search(before):
        return False
    year = slots.get("year")
    if "old_year_prev" in rx and year and year.isdigit() and int(year) < OLD_YEAR \
            and not rx["old_year_prev"].search(before):
        return False  # "exceed 1000": an old year needs "in", "since"...
    if "next_not" in rx and rx["next_not"].search(after):
        return False
    ok = True
    if "prev" in rx or "next" in rx:
        ok = bool(("prev" in rx and rx["prev"].search(before))
                  or ("next" in rx and rx["next"].search(after)))
    return ok


_WORD_BEFORE_DOT = re.compile(r"([\w.]+)\Z")
_LETTER_DOTS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _ends_sentence(lang: str, text: str, at: int) -> bool:
    """Whether the punctuation at ``at`` ends a sentence: a period after an abbreviation
    ("p.m.", "U.S.", or the language's ``abbreviation`` words: "Gen.", "Sept.") does not."""
    if text[at] != ".":
        return True
    m = _WORD_BEFORE_DOT.search(text, max(0, at - 12), at)
    if not m:
        return True
    word = m.group(1)
    if _LETTER_DOTS.fullmatch(word):
        return False
    return lexicon.load(lang).value("abbreviation", word) is None


def _tense(lang: str, text: str, start: int, end: int, reach: float = 10 ** 9) -> Optional[str]:
    """Tense ("past" | "future") of the clause around text[start:end], from the nearest cue
    of the language's tense lists (no farther than ``reach`` characters, a cue after the
    expression counting RIGHT_WEIGHT times); None when the clause has none."""
    cues = grammar.tense_regexes(lang)
    if not cues:
        return None
    lo = max(0, start - CLAUSE_REACH)
    cut = None
    for m in SENTENCE_END.finditer(text, lo, start):
        if _ends_sentence(lang, text, m.start()):
            cut = m
    if cut is not None:
        lo = cut.end()
    hi = min(len(text), end + CLAUSE_REACH)
    for m in SENTENCE_END.finditer(text, end, hi):
        if _ends_sentence(lang, text, m.start()):
            hi = m.start() + 1
            break
    best, best_d = None, 10 ** 9
    for name, rx in cues.items():
        for m in rx.finditer(text, lo, hi):
            tense = name
            if m.start() < end and m.end() > start:
                continue
            d = start - m.end() if m.end() <= start else RIGHT_WEIGHT * (m.start() - end)
            if d > reach:
                continue
            between = text[m.end():start] if m.end() <= start else text[end:m.start()]
            if "," in between:
                d += COMMA_COST
            if tense == "future_after":
                if m.start() >= end:
                    continue  # "On Monday, MCI agreed to a buyout": the day of the decision
                tense = "future"
            if tense == "said_next":
                if d > SAID_REACH:
                    continue
                tense = "past"
            if d < best_d:
                best, best_d = tense, d
    return best


@lru_cache(maxsize=None)
def _joiners(lang: str, key: str = "joiners") -> list[re.Pattern]:
    return [re.compile(j + r"\Z", re.IGNORECASE) for j in lexicon.load(lang).combine.get(key, [])]


def _combine(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """Join a clock time and an adjacent day ("4 a.m. Thursday", "mardi à 10 h"); where the
    language keeps them apart, the clock time takes the day named right after it
    ("day_after_clock": "vers 0 h 40, jeudi", "4 p.m. on April 13") or right before it
    ("clock_after_day": "Thursday at 11 a.m.")."""
    joiners = _joiners(lang)
    out: list[Timex] = []
    for t in tags:
        if out:
            a = out[-1]
            gap = text[a.end:t.start]
            if len(gap) <= 6 and any(j.match(gap) for j in joiners):
                merged = _merge(a, t)
                if merged is not None:
                    out[-1] = Timex(a.start, t.end, text[a.start:t.end], merged[0], merged[1],
                                    a.anchor or t.anchor, a.rule + "+" + t.rule)
                    continue
            if len(gap) <= 6 and any(j.match(gap) for j in _joiners(lang, "day_after_clock")):
                dm = DAY_VALUE.match(t.value or "")
                # "Vers 0 h 40, jeudi", "4 p.m. on April 13"; "2am local time (0100 UTC) on Friday":
                # the clock time in brackets and the one it converts both take the day
                k = len(out) - 1
                while dm and k >= 0 and out[k].type == "TIME" and CLOCK_VALUE.match(out[k].value or ""):
                    c = out[k]
                    out[k] = Timex(c.start, c.end, c.text, c.type, t.value + CLOCK_VALUE.match(c.value).group(1),
                                   c.anchor, c.rule)
                    if k == 0 or not re.fullmatch(r"\s*\(", text[out[k - 1].end:c.start]):
                        break
                    k -= 1
            if len(gap) <= 4 and any(j.match(gap) for j in _joiners(lang, "clock_after_day")):
                cm, dm = CLOCK_VALUE.match(t.value or ""), DAY_VALUE.match(a.value or "")
                if t.type == "TIME" and cm and a.type == "DATE" and dm:  # "on Thursday at 11 a.m."
                    t = Timex(t.start, t.end, t.text, t.type, a.value + cm.group(1), t.anchor, t.rule)
        out.append(t)
    return out


def _merge(a: Timex, b: Timex) -> Optional[tuple[str, Optional[str]]]:
    for clock, day in ((a, b), (b, a)):
        cm = CLOCK_VALUE.match(clock.value or "")
        pm = POD_VALUE.match(day.value or "")
        if clock.type == "TIME" and cm and pm:  # "midnight Wednesday night"
            return "TIME", pm.group(1) + cm.group(1)
        if clock.type == "TIME" and cm and day.type == "DATE" and day.value is not None \
                and DAY_VALUE.match(day.value):
            return "TIME", day.value + cm.group(1)
        if clock.type == "TIME" and cm and day.type == "DATE" and day.value is None:
            return "TIME", None
    return None


def tag(text: str, lang: str, dct: str | None) -> list[Timex]:
    """Temporal expressions of ``text`` in language ``lang`` with TIMEX3 values.

    ``dct`` is the document creation date as an ISO date, or None. Relative expressions
    ("yesterday", "last year", "on Tuesday") need it: without it their value is None.
    Explicit ones ("27 June 2002", "June 1999") are normalized either way; a month and
    day without a year get "XXXX-MM-DD". Offsets are end-exclusive.
    """
    ref: Optional[date] = cal.parse_iso(dct) if dct else None
    candidates = [(m.start(), m.end(), rule, m) for rule, m in grammar.scan(lang, text)]
    candidates.sort(key=lambda c: (c[0] - c[1], c[2].index, c[0]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for start, end, rule, m in candidates:
        if any(taken[start:end]):
            continue
        slots = _slots(m, rule.groups)
        if not _guard_ok(lang, rule.spec, slots, text, start, end) or _in_name(lang, text, start, end):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, rule, slots))
    chosen.sort(key=lambda c: c[0])
    lex = lexicon.load(lang)
    anchor: Optional[date] = ref
    anchor_at = -10 ** 9  # where the last day was mentioned
    past_anchor: Optional[date] = None  # the last day mentioned that is not after the DCT
    past_anchor_at = -10 ** 9
    year_told: Optional[tuple[int, int]] = None  # the last year written out, and where it ended
    period: Optional[str] = None
    last_value: Optional[str] = None
    tags: list[Timex] = []
    for start, end, rule, slots in chosen:
        ctx = Context(lex, ref, lambda s=start, e=end: _tense(lang, text, s, e), anchor, period,
                      last_value, start - anchor_at <= CLOCK_REACH,
                      lambda r, s=start, e=end: _tense(lang, text, s, e, r),
                      past_anchor if start - past_anchor_at <= CLOCK_REACH else None,
                      _same_sentence_year(lang, text, year_told, start))
        result = normalize(rule.spec, slots, ctx)
        if result is None:
            continue
        typ, value = result
        if rule.spec.get("needs_anchor") and anchor_at < 0 and value:
            # "that night", "ce soir-là" with no day named before: which night is unknown
            value = "XXXX-XX-XX" + value[10:] if DAY_VALUE.match(value[:10]) else None
        used = None
        if rule.spec.get("anchor") == "narrative" and anchor is not None:
            used = anchor.isoformat()
        elif ref is not None:
            used = ref.isoformat()
        tags.append(Timex(start, end, text[start:end], typ, value, used, rule.name))
        if value and typ == "DATE" and re.match(r"\d{4}", value):
            last_value = value
            if value[:4] in text[start:end] and _opens_sentence(lang, text, start):
                year_told = (int(value[:4]), end)  # "In 2019, …": a year written out framing its sentence
        if value and QUARTER_VALUE.match(value) and rule.spec.get("do") == "quarter":
            period = value
        day = DAY_VALUE.match(value or "") or POD_VALUE.match(value or "")  # "lundi soir" too
        if day:
            anchor, anchor_at = cal.parse_iso(value), start
            if ref is not None and anchor is not None and anchor <= ref:
                past_anchor, past_anchor_at = anchor, start
    return _day_continuations(lang, text, _combine(lang, text, tags))


def _opens_sentence(lang: str, text: str, start: int) -> bool:
    """Whether ``start`` is among the first few words of its sentence ("In 2019, …",
    "During 2019 …"), where a date frames the whole sentence."""
    lo = max(0, start - FRAME_REACH)
    head = text[lo:start]
    if lo > 0 and not any(_ends_sentence(lang, text, lo + m.start()) for m in SENTENCE_END.finditer(head)):
        return False
    cut = lo
    for m in SENTENCE_END.finditer(text, lo, start):
        if _ends_sentence(lang, text, m.start()):
            cut = m.end()
    return len(text[cut:start].split()) <= 2


def _same_sentence_year(lang: str, text: str, told: Optional[tuple[int, int]], start: int) -> Optional[int]:
    """The year written out earlier in the sentence of ``start`` ("In 2019 …, first on
    February 6"), or None."""
    if told is None or start - told[1] > CLAUSE_REACH * 2:
        return None
    for m in SENTENCE_END.finditer(text, told[1], start):
        if _ends_sentence(lang, text, m.start()):
            return None
    return told[0]


def _day_continuations(lang: str, text: str, tags: list[Timex]) -> list[Timex]:
    """'April 24 and 25', 'from August 22 to 25': the bare day after a dated day is a date
    of the same month (the language's ``day_continuation`` links; not before a lower-case
    word, which would make the number a count: 'April 24 and 25 people')."""
    links = lexicon.load(lang).combine.get("day_continuation")
    if not links:
        return tags
    rx = _day_continuation_re(lang)
    back = _day_before_re(lang)
    out: list[Timex] = []
    for i, t in enumerate(tags):
        bm = re.match(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$", t.value or "") if t.type == "DATE" else None
        if bm and t.text[:1].isdigit():  # "on 22 and 23 June", "from 10-12 June": the day before
            m = back.search(text, max(0, t.start - 12), t.start)
            if m and (not out or out[-1].end <= m.start("d")):
                day = int(m.group("d"))
                if 1 <= day < int(bm.group(3)):
                    out.append(Timex(m.start("d"), m.end("d"), m.group("d"), "DATE",
                                     f"{bm.group(1)}-{bm.group(2)}-{day:02d}", t.anchor, "day-continuation"))
        out.append(t)
        dm = re.match(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$", t.value or "") if t.type == "DATE" else None
        if not dm:
            continue
        m = rx.match(text, t.end)
        if not m or (i + 1 < len(tags) and tags[i + 1].start < m.end()):
            continue
        day = int(m.group("d"))
        if not int(dm.group(3)) < day <= 31:
            continue
        if dm.group(1) != "XXXX":
            try:
                date(int(dm.group(1)), int(dm.group(2)), day)
            except ValueError:
                continue
        out.append(Timex(m.start("d"), m.end("d"), m.group("d"), "DATE",
                         f"{dm.group(1)}-{dm.group(2)}-{day:02d}", t.anchor, "day-continuation"))
    return out


@lru_cache(maxsize=None)
def _day_before_re(lang: str) -> re.Pattern:
    links = "|".join(lexicon.load(lang).combine.get("day_continuation", []))
    return re.compile(rf"(?<![\d.,:/-])(?P<d>[0-3]?\d)(?:{links})\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _day_continuation_re(lang: str) -> re.Pattern:
    links = "|".join(lexicon.load(lang).combine.get("day_continuation", []))
    return re.compile(rf"(?:{links})(?P<d>[0-3]?\d)(?![\d.,:%]\d|\d|[ \u00a0]+[a-z]|[-–/])", re.IGNORECASE)
