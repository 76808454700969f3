"""Find temporal expressions in text and normalize them (the ``tag`` entry point)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..model import Timex
from . import dates as cal
from . import grammar, lexicon
from .combine import (bare_clock_meridiem, bracketed_conversions, bracketed_years, compound_durations,
                      date_day_ranges, join_clock_and_day, midnight_days, military_clocks_after_a_day,
                      quarters_by_their_end, small_hours_of_day, with_approximation, year_range_ends)
from .normalize import Slots, normalize, one_amount
from .story import Story
from .values import DAY_VALUE

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


def _timeml_parts(text: str, lang: str, dct: Optional[str], start: int, end: int,
                  rule: str) -> tuple[Timex, ...]:
    """The timexes TimeML tags inside ``text[start:end]``, a match of ``rule``: those the
    other rules find there ("three years", "now" in "three years from now")."""
    return tuple(Timex(t.start + start, t.end + start, t.text, t.type, t.value, t.anchor, t.rule)
                 for t in _tag(text[start:end], lang, dct, skip=rule))


def tag(text: str, lang: str, dct: str | None) -> list[Timex]:
    """Temporal expressions of ``text`` in language ``lang`` with TIMEX3 values.

    ``dct`` is the document creation date as an ISO date, or None. Relative expressions
    ("yesterday", "last year", "on Tuesday") need it: without it their value is None.
    Explicit ones ("27 June 2002", "June 1999") are normalized either way; a month and
    day without a year get "XXXX-MM-DD". Offsets are end-exclusive.
    """
    return _tag(text, lang, dct, skip=None)


def _tag(text: str, lang: str, dct: str | None, skip: Optional[str]) -> list[Timex]:
    """``tag`` without the rule named ``skip``."""
    ref: Optional[date] = cal.parse_iso(dct) if dct else None
    candidates = _one_amount_each(lang, text, [(m.start(), m.end(), rule, m) for rule, m
                                               in grammar.scan(lang, text) if rule.name != skip])
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
    story = Story(lang, text, ref)
    tags: list[Timex] = []
    for start, end, rule, slots in chosen:
        spec = rule.spec
        if spec.get("game_period") and not re.search(r"\d|year", text[start:end], re.IGNORECASE):
            game = _game_report(lex, text) if game is None else game
            if game:
                continue  # "midway through the second half": the match's, in a match report
        in_quote = story.in_quote(start)
        day = story.day_for(spec, start, in_quote)
        result = normalize(spec, slots, story.context(spec, slots, start, end, day, in_quote))
        if result is None:
            continue
        typ, value = result
        if spec.get("needs_anchor") and day.at < 0 and value:
            # "that night", "ce soir-là" with no day named before: which night is unknown
            value = "XXXX-XX-XX" + value[10:] if DAY_VALUE.match(value[:10]) else None
        used = None
        if spec.get("anchor") == "narrative" and day.day is not None:
            used = day.day.isoformat()
        elif ref is not None:
            used = ref.isoformat()
        parts = _timeml_parts(text, lang, dct, start, end, rule.name) if spec.get("timeml_parts") else ()
        tags.append(Timex(start, end, text[start:end], typ, value, used, rule.name, parts))
        story.observe(spec, slots, start, end, typ, value, in_quote)
    tags = bracketed_conversions(lang, text, join_clock_and_day(lang, text, bare_clock_meridiem(lang, text, tags)))
    tags = military_clocks_after_a_day(lang, text, tags)
    tags = year_range_ends(text, date_day_ranges(lang, text, midnight_days(lang, text, tags, ref)))
    tags = small_hours_of_day(lang, text, quarters_by_their_end(lang, text, tags))
    return bracketed_years(text, with_approximation(lang, text, compound_durations(lang, text, tags)))
