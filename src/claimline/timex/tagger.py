"""Find temporal expressions in text and normalize them (the ``tag`` entry point)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..model import Timex
from . import dates as cal
from . import grammar, lexicon
from .combine import (bare_clock_meridiem, bracketed_conversions, compound_durations, date_day_ranges,
                      join_clock_and_day, midnight_days, quarters_by_their_end, with_approximation,
                      year_range_ends)
from .normalize import Context, Slots, normalize, one_amount
from .tense import Quotations, clause_tense, opens_sentence, sentence_year
from .values import CLOCK_VALUE, DAY_VALUE, MONTH_OR_DAY, POD_VALUE, QUARTER_ENDS, QUARTER_VALUE, WEEK_VALUE

SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s")  # a sentence ends between two expressions
PERIOD_CUE_REACH = 40  # a period cue ("the three months to", "down from") ends at most this far before
TOLD_REACH = 300  # "at the time" is the date told up to this many characters before
MONTH_TOLD_REACH = 200  # a bare month is the same month told up to this many characters before
CLOCK_REACH = 1000  # a clock time takes the day mentioned up to this many characters before
LEAD_REACH = 700  # the story's lead day is told within this many characters of its start
SPEECH_DAYS = 7  # quoted words are dated by a day told at most this many days before the DCT
OLD_YEAR = 1800  # a bare year before this needs "in", "since"...: "is 1501", "1720 had been discharged" are counts


def _slots(m: re.Match, groups: dict[str, str]) -> Slots:
    s = Slots()
    for g, v in m.groupdict().items():
        if v is not None:
            s.setdefault(groups[g], v)
    return s


_CAPITAL_WORD_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’.-]*[ \u00a0]\Z")
_CAPITAL_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
_INNER_CAPITAL = re.compile(r"(?<=\s)[A-Z][a-z'’-]+")
# "Person of ", "Imus in ": a capitalized word inside a sentence, then a preposition
_NAME_THEN_PREPOSITION = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*\s+(?:of|in|for|at|on)\s+\Z")
_DATES_ITSELF = re.compile(r" \d{4}\Z|\d(?:st|nd|rd|th) Century\Z")
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:;\"“«(\[\]…—\n।。؟]\s*|\n\s*)\Z")  # "।": a Hindi quotation's end


@lru_cache(maxsize=None)
def _mention_cue(lang: str) -> Optional[re.Pattern]:
    cues = lexicon.load(lang).mention_cues
    words = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in cues)
    return re.compile(rf"\b(?:{words})\s*\Z", re.IGNORECASE) if cues else None


def _quoted_mention(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the expression is a name quoted after a cue that tells it ('is known as
    "Super Tuesday"', 'the name "Super Tuesday" comes from'): the words, not a day."""
    cue = _mention_cue(lang)
    if cue is None or not re.match(r"[\"”’']", text[end:end + 1]) \
            or not re.search(r"[\"“‘']\Z", text[max(0, start - 1):start]):
        return False
    return bool(cue.search(text, max(0, start - 41), start - 1))


class _DayTold:
    """The last day told, where, whether as a night, and the last one not after the DCT."""

    def __init__(self, ref: Optional[date]):
        self.ref = ref
        self.day: Optional[date] = ref
        self.at = -10 ** 9
        self.night = False
        self.past: Optional[date] = None
        self.past_at = -10 ** 9

    def tell(self, day: Optional[date], at: int, night: bool) -> None:
        """A day told at ``at``."""
        self.day, self.at, self.night = day, at, night
        if self.ref is not None and day is not None and day <= self.ref:
            self.past, self.past_at = day, at


@lru_cache(maxsize=None)
def _event_date_cues(lang: str) -> Optional[tuple[re.Pattern, re.Pattern]]:
    cues = lexicon.load(lang).event_date
    if not cues:
        return None
    return re.compile(cues["before"] + r"\Z", re.IGNORECASE), re.compile(cues["after"])


@lru_cache(maxsize=None)
def _stamp_cue(lang: str) -> Optional[re.Pattern]:
    stamps = lexicon.load(lang).dateline.get("stamps")
    if not stamps:
        return None
    return re.compile(r"(?:" + "|".join(stamps) + r")\s*\Z", re.IGNORECASE)


def _stamped(lang: str, text: str, start: int) -> bool:
    """Whether a clock time is the page's own stamp ('This story was updated at 5:45 p.m.
    ET', a line 'Updated: 10:32 GMT': the language's ``dateline`` ``stamps``): it is on
    the document's day, whatever day the story told last."""
    cue = _stamp_cue(lang)
    return cue is not None and cue.search(text, max(0, start - 60), start) is not None


def _names_an_event(lang: str, text: str, start: int, end: int) -> bool:
    """Whether a date qualifies a noun between a determiner and it ('the August 2
    resignation', 'the July 7 suicide bombings'): it names an event, and a clock time told
    later is not on its day (the language's ``event_date`` cues)."""
    cues = _event_date_cues(lang)
    return cues is not None and cues[0].search(text, max(0, start - 12), start) is not None \
        and cues[1].match(text, end) is not None


def _in_name(lang: str, text: str, start: int, end: int) -> bool:
    """A word that is written in lower case in running text ('this week', 'daily') but here
    has a capital inside a sentence, next to another capitalized word, names something:
    'Kamloops This Week' (a newspaper), 'Daily Xtra'. The language lists which of its word
    classes are such words (``name_guard``); a language that capitalizes nouns lists none."""
    lex = lexicon.load(lang)
    categories = lex.name_guard
    if _DATES_ITSELF.search(text, start, end):
        return False  # a capital before a year or in an ordinal century: "by Spring 2005", "the 21st Century"
    whole = text[start:end].lower()  # "All Right Now" (a song), "Cinema of the Future"
    if not text[start:start + 1].isupper():
        # a capital after the first word ('Person of the Year', 'Imus in the Morning')
        inner = _INNER_CAPITAL.search(text, start, end)
        # a number and a capitalized unit in running text name something: 'a 60 Minutes
        # interview' (only where units are lower-case words: not where nouns take a capital)
        if inner and "unit" in categories and re.fullmatch(r"\d[\d,.]*\s+", text[start:inner.start()]) \
                and any(lex.value(c, inner.group().lower()) is not None for c in ("unit", "plural")) \
                and _running_text(text, start) and not _OPENS_SENTENCE.search(text, max(0, start - 3), start):
            return True

        name = _NAME_THEN_PREPOSITION.search(text, max(0, start - 30), start) if inner else None
        if name is None:
            return False
        begin = name.start()
        quoted = re.search(r"[\"“‘'«]\Z", text[max(0, begin - 1):begin])
        if quoted and re.search(r"[\w,]\s*\Z", text[max(0, begin - 12):begin - 1]):
            begin -= 1  # 'as their 2019 "Person of the Year"': a quoted name inside a sentence
        return not _OPENS_SENTENCE.search(text, max(0, begin - 3), begin) \
            and any(lex.value(c, w) is not None for c in categories for w in {inner.group().lower(), whole})
    if not categories or _OPENS_SENTENCE.search(text, max(0, start - 3), start):
        return False
    first = re.match(r"[\w'’-]+", text[start:end])
    word = first.group().lower() if first else ""
    if not any(lex.value(c, w) is not None for c in categories for w in {word, whole}):
        return False
    if _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start) or _CAPITAL_WORD_AFTER.match(text, end):
        return True
    # alone, the capital still names something in running text ("BBC Radio 4's Today
    # programme"), but not in a title-case headline ("Prices Fall Today")
    return _running_text(text, start)


def _running_text(text: str, at: int) -> bool:
    """Whether the line of ``at`` runs in lower case before it (not a title-case headline)."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return re.search(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])", line) is not None


@lru_cache(maxsize=None)
def _period_cue(lang: str, name: str) -> Optional[re.Pattern]:
    cue = lexicon.load(lang).periods.get(name)
    return re.compile(cue, re.IGNORECASE) if cue else None


@lru_cache(maxsize=None)
def _quarter_of_year_cues(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    cues = lexicon.load(lang).periods.get("quarter_of_year") or {}
    return tuple((q, re.compile(cue, re.IGNORECASE)) for q, cue in cues.items())


def _quarter_told_by_its_end(lang: str, text: str, start: int, value: str) -> Optional[str]:
    """The quarter (``2004-Q4``) the month or day ``value`` at ``start`` ends, when the
    language's ``quarter_by_its_end`` cue stands right before it ("the three months to
    December", "the three months to 31 December 2004", "October to December"), or the
    quarter of the year ``value`` its ``quarter_of_year`` cues name ("the last three months
    of 2004"); else None."""
    lo = max(0, start - PERIOD_CUE_REACH)
    if re.fullmatch(r"\d{4}", value):  # "the last three months of 2004": its fourth quarter
        return next((f"{value}-{q}" for q, cue in _quarter_of_year_cues(lang)
                     if cue.search(text, lo, start)), None)
    cue = _period_cue(lang, "quarter_by_its_end")
    m = MONTH_OR_DAY.match(value)
    if cue is None or m is None:
        return None
    month = int(m.group(2))
    q = QUARTER_ENDS.get((month, int(m.group(3)))) if m.group(3) else (None if month % 3 else month // 3)
    if q is None or not cue.search(text, lo, start):
        return None
    return f"{m.group(1)}-Q{q}"


def _compared(lang: str, text: str, start: int) -> bool:
    """Whether the expression at ``start`` dates a figure compared with ("down from $1bn in
    the fourth quarter of 2003", "against 418 in 2017"): the language's ``compared_before``
    cues in its clause just before it."""
    cue = _period_cue(lang, "compared_before")
    if cue is None:
        return False
    before = text[max(0, start - PERIOD_CUE_REACH):start]
    m = None
    for m in cue.finditer(before):
        pass
    return m is not None and not re.search(r"[,;:.]", before[m.end():])


def _guard_ok(lang: str, spec: dict, slots: Slots, text: str, start: int, end: int) -> bool:
    """Whether the context of a match passes its rule's guard, or every one of its guards
    when the rule names a list (a season must follow a preposition, and 'fall' also
    must not be the noun)."""
    names = spec.get("guard")
    if not names:
        return True
    if isinstance(names, str):
        names = [names]
    return all(_one_guard_ok(lang, name, slots, text, start, end) for name in names)


def _one_guard_ok(lang: str, name: str, slots: Slots, text: str, start: int, end: int) -> bool:
    lex = lexicon.load(lang)
    g = lex.guards.get(name, {})
    rx = grammar.guard_regexes(lang).get(name, {})
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    if "words" in g:
        word = slots.get("month") or slots.get("season") or text[start:end]
        key = word.lower().strip()
        if key not in g["words"] and key.rstrip(".") not in g["words"]:  # "Dec." is "dec"
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
    for when in rx.get("reject_when", ()):  # all of one check's conditions reject the match
        if ("prev" not in when or when["prev"].search(before)) \
                and ("prev_not" not in when or not when["prev_not"].search(before)) \
                and ("next" not in when or when["next"].search(after)) \
                and ("next_not" not in when or not when["next_not"].search(after)):
            return False
    ok = True
    if "prev" in rx or "next" in rx:
        ok = bool(("prev" in rx and rx["prev"].search(before))
                  or ("next" in rx and rx["next"].search(after)))
    return ok


def _year_in_view(text: str, start: int, seen: Optional[tuple[int, int, bool]]) -> Optional[int]:
    """The year a date without one at ``start`` may take from ``seen`` (the last year written,
    where it was last used, whether with a month): near, and for a bare year ("2020 dates:")
    only a date that begins its line, as in a list of dates under it."""
    if seen is None or start - seen[1] > CLOCK_REACH:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    return seen[0] if seen[2] or not text[line_start:start].strip() else None


def _dateline(text: str, start: int) -> bool:
    """Whether ``start`` is on a short line without a word in lower case ("Thursday,
    October 3, 2019" under a title): a dateline, not the story's first sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:None if line_end < 0 else line_end]
    return len(line) <= 60 and not re.search(r"(?<!\w)[a-z]", line)


class _SpeechDays:
    """Which day quoted "today", "this morning", "last night" count from: a day told
    earlier in the quotation's paragraph, outside it ("Wednesday, … Bloomberg endorsed …
    "Today, I am leaving the race""), else the story's lead day, the first day told near its
    start when before the DCT, a dateline aside ("On Tuesday, Trump announced …" then
    ""I informed John Bolton last night""), else the DCT's."""

    def __init__(self, text: str, ref: Optional[date]):
        self.text, self.ref = text, ref
        self.quotes = Quotations(text) if ref is not None else None
        self.lead: Optional[date] = None
        self.lead_open = ref is not None  # the lead day may still be told
        self.told: Optional[tuple[date, int]] = None  # last day told outside quotes, and where

    def quoted(self, start: int) -> bool:
        """Whether ``start`` is inside a quotation (known only when the DCT is)."""
        return self.quotes is not None and self.quotes.inside(start)

    def day_for(self, start: int) -> Optional[date]:
        """The day the words at ``start`` were said, if inside a quotation and not the DCT's."""
        if self.quotes is None or not self.quotes.inside(start):
            return None
        if self.told is not None and self.text.rfind("\n", 0, start) < self.told[1]:
            return self.told[0]
        return self.lead

    def observe(self, start: int, value: str, deictic: bool) -> None:
        """Take note of the day ``value`` told at ``start`` (``deictic``: "today" and kin,
        which date quotes only as a lead)."""
        told = cal.parse_iso(value[:10]) if self.ref is not None else None
        if told is None:
            return
        recent = 0 <= (self.ref - told).days <= SPEECH_DAYS
        if self.lead_open and (start > LEAD_REACH or (told >= self.ref and not _dateline(self.text, start))):
            self.lead_open = False
        elif self.lead_open and recent and told < self.ref:
            self.lead, self.lead_open = told, False
        if recent and not deictic and not self.quotes.inside(start):
            self.told = (told, start)


GAME_WORDS_NEEDED = 2  # distinct game words that make a text a game report


def _game_report(lex: lexicon.Lexicon, text: str) -> bool:
    """Whether ``text`` reports a game (at least GAME_WORDS_NEEDED distinct words of the
    language's ``game_words``: "referee", "striker", "half-time"…): its bare "first half",
    "final quarter" are periods of play, not of the year."""
    if not lex.game_words:
        return False
    seen = {w for w in re.findall(r"[\w-]+", text.lower()) if w in lex.game_words}
    return len(seen) >= GAME_WORDS_NEEDED


def _one_amount_each(lang: str, text: str, candidates: list) -> list:
    """The candidates, where number words that are two amounts ("two five-year sentences")
    give way to the rule's match from the next word on ("five-year")."""
    lex = lexicon.load(lang)
    out = []
    for start, end, rule, m in candidates:
        num = next((m.group(g) for g in rule.num_groups if m.group(g) is not None), None)
        if num is None or not re.search(r"[^\W\d][-\s]+[^\W\d]", num) or one_amount(lex, num):
            out.append((start, end, rule, m))
            continue
        again = rule.regex.search(text, start + 1, end)
        if again is not None and again.end() == end:
            out.append((again.start(), again.end(), rule, again))
    return out


def tag(text: str, lang: str, dct: str | None) -> list[Timex]:
    """Temporal expressions of ``text`` in language ``lang`` with TIMEX3 values.

    ``dct`` is the document creation date as an ISO date, or None. Relative expressions
    ("yesterday", "last year", "on Tuesday") need it: without it their value is None.
    Explicit ones ("27 June 2002", "June 1999") are normalized either way; a month and
    day without a year get "XXXX-MM-DD". Offsets are end-exclusive.
    """
    ref: Optional[date] = cal.parse_iso(dct) if dct else None
    candidates = _one_amount_each(lang, text,
                                  [(m.start(), m.end(), rule, m) for rule, m in grammar.scan(lang, text)])
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
        if not _quoted_mention(lang, text, start, end):  # a name told claims its words
            chosen.append((start, end, rule, slots))
    chosen.sort(key=lambda c: c[0])
    lex = lexicon.load(lang)
    game: Optional[bool] = None  # whether the text reports a game (found on first need)
    told_day = _DayTold(ref)  # the last day told
    clock_day = _DayTold(ref)  # the last day told that is no event's name: a clock time's day
    narrated_day = _DayTold(ref)  # the same, told outside quotations: a narrated clock time's day
    year_seen: Optional[tuple[int, int, bool]] = None  # last year written, where last used, with a month?
    year_told: Optional[tuple[int, int]] = None  # the last year written out, and where it ended
    days_told: dict[tuple[int, int], int] = {}  # (month, day) -> year of each day told
    months_told: dict[int, tuple[int, int]] = {}  # month -> (its year, where it ended) as last told
    weekdays_told: dict[int, date] = {}  # ISO weekday -> the day a weekday named, as last told
    last_clock: Optional[tuple[date, int, int]] = None  # the day and hour of the last clock time, where it ended
    speech = _SpeechDays(text, ref)
    period: Optional[str] = None
    last_value: Optional[str] = None
    told: Optional[tuple[str, int]] = None  # the last date or time told, and where it ended
    tags: list[Timex] = []
    for start, end, rule, slots in chosen:
        if rule.spec.get("game_period") and not re.search(r"\d|year", text[start:end], re.IGNORECASE):
            game = _game_report(lex, text) if game is None else game
            if game:
                continue  # "midway through the second half": the match's, in a match report
        deictic = rule.spec.get("do") == "dayrel" and rule.spec.get("anchor") != "narrative"
        quoted = speech.day_for(start) if deictic else None  # "today" said days before the DCT
        in_quote = speech.quoted(start)
        day = told_day
        if rule.spec.get("do") == "time" or rule.spec.get("day_of_events"):
            # a clock time takes a day its own quotation told, else the narrative's: "… landed
            # at 6am" after a quoted "I left on May 2" is on the story's day, not the quote's
            day = clock_day if in_quote and speech.quotes.same(start, clock_day.at) else narrated_day
        if rule.spec.get("do") == "time" and _stamped(lang, text, start):
            day = _DayTold(ref)  # no day told: the stamp's day is the DCT
        ctx = Context(lex, ref, lambda s=start, e=end: clause_tense(lang, text, s, e), day.day, period,
                      last_value, start - day.at <= CLOCK_REACH,
                      lambda r, s=start, e=end: clause_tense(lang, text, s, e, r),
                      day.past if start - day.past_at <= CLOCK_REACH else None,
                      sentence_year(lang, text, year_told, start), day.night,
                      _year_in_view(text, start, year_seen), days_told, quoted,
                      told_near=told[0] if told and start - told[1] <= TOLD_REACH else None,
                      told_in_sentence=told[0] if told and rule.spec.get("period_anchor")
                      and start - told[1] <= TOLD_REACH
                      and not SENTENCE_BREAK.search(text, told[1], start) else None,
                      months_near={m: y for m, (y, e) in months_told.items() if start - e <= MONTH_TOLD_REACH}
                      if months_told and (slots.get("month") or slots.get("month_num")) else None,
                      in_quote=in_quote, weekdays_told=weekdays_told,
                      clock_near=last_clock[:2] if last_clock and start - last_clock[2] <= CLOCK_REACH else None)
        result = normalize(rule.spec, slots, ctx)
        if result is None:
            continue
        typ, value = result
        if rule.spec.get("needs_anchor") and day.at < 0 and value:
            # "that night", "ce soir-là" with no day named before: which night is unknown
            value = "XXXX-XX-XX" + value[10:] if DAY_VALUE.match(value[:10]) else None
        used = None
        if rule.spec.get("anchor") == "narrative" and day.day is not None:
            used = day.day.isoformat()
        elif ref is not None:
            used = ref.isoformat()
        tags.append(Timex(start, end, text[start:end], typ, value, used, rule.name))
        dm = DAY_VALUE.match(value or "")
        month_day = (int(dm.group(2)), int(dm.group(3))) if dm else None
        if value and re.match(r"\d{4}", value):
            # a year written out ("June 9, 2020", "Tour 2020 dates:"), or a date given that
            # year down a list ("… June 10 …"); a bare year heads only lines that are dates
            again = year_seen is not None and value[:4] == str(year_seen[0])
            told = month_day and days_told.get(month_day)
            if told == int(value[:4]) and value[:4] not in text[start:end] \
                    and str(month_day[1]) in text[start:end]:  # a month and day told again
                year_seen, again = (told, end, True), True
            if value[:4] in text[start:end] or again:
                dated = len(value) > 4 or (again and year_seen[2])
                year_seen = (int(value[:4]), end, dated)
        calendar = bool(value) and typ in ("DATE", "TIME") and re.match(r"\d{4}", value) is not None
        clock_told = CLOCK_VALUE.match(value or "") if typ == "TIME" else None
        if clock_told and DAY_VALUE.match(value[:10]):
            last_clock = (cal.parse_iso(value[:10]), int(clock_told.group(1)[1:3]), end)
        if calendar:
            told = (value, end)
            month_told = MONTH_OR_DAY.match(value)
            if month_told and typ == "DATE" and rule.spec.get("do") == "date":
                # a month whose year was inferred, not told ("December 2003" or "March of
                # last year" in a comparison leaves a later bare month alone)
                if value[:4] in text[start:end] or slots.get("year") or slots.get("rel"):
                    months_told.pop(int(month_told.group(2)), None)
                else:
                    months_told[int(month_told.group(2))] = (int(month_told.group(1)), end)
        if calendar and typ == "DATE":
            last_value = value
            if value[:4] in text[start:end] and opens_sentence(lang, text, start):
                year_told = (int(value[:4]), end)  # "In 2019, …": a year written out framing its sentence
        if value and QUARTER_VALUE.match(value) and rule.spec.get("do") == "quarter" \
                and not _compared(lang, text, start):
            period = value  # "down from $1bn in the fourth quarter of 2003" names no period under report
        elif calendar and typ == "DATE":
            ended = _quarter_told_by_its_end(lang, text, start, value)  # "the three months to December"
            if ended is not None:
                period, told = ended, (ended, end)  # what "a year earlier" in its sentence compares with
        if dm or POD_VALUE.match(value or ""):  # "lundi soir" too
            speech.observe(start, value, rule.spec.get("do") == "dayrel")
            if month_day:
                days_told.setdefault(month_day, int(value[:4]))
            day_told, night = cal.parse_iso(value), value.endswith("TNI")
            if slots.get("weekday") and day_told is not None and not in_quote:
                weekdays_told[day_told.isoweekday()] = day_told
            told_day.tell(day_told, start, night)
            if not _names_an_event(lang, text, start, end):  # not 'the July 7 bombings'
                clock_day.tell(day_told, start, night)
                if not in_quote:
                    narrated_day.tell(day_told, start, night)
        elif rule.spec.get("do") == "week_of" and (week := WEEK_VALUE.match(value or "")):
            # "on the weekend of 27-28 November and the second leg two weeks later": the story's
            # day is that week's (its Saturday for a weekend, else its Monday)
            told_day.tell(date.fromisocalendar(int(week.group(1)), int(week.group(2)),
                                               6 if week.group(3) else 1), start, False)
    tags = bracketed_conversions(lang, text, join_clock_and_day(lang, text, bare_clock_meridiem(lang, text, tags)))
    tags = year_range_ends(text, date_day_ranges(lang, text, midnight_days(lang, text, tags)))
    tags = quarters_by_their_end(lang, text, tags)
    return with_approximation(lang, text, compound_durations(lang, text, tags))
