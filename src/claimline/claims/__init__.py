"""Claims: turn the numerals of a document into figure claims.

``extract(doc, clean, sections, dct)`` reads each language section sentence by sentence.
For each numeral that is a quantity (not a year, phone number, identifier, date part or a
number inside a duration) it finds what is counted (``measure``), whose figure it is
(``subject``), its kind and direction (``kind``), its time (``when``), and cites the
sentence with offsets into the original document. Every claim lists the rules that fired.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Callable, Optional

from claimline.claims import kind as kind_mod
from claimline.claims import measure as measure_mod
from claimline.claims import mentions as mentions_mod
from claimline.claims import subject as subject_mod
from claimline.claims import transitions
from claimline.claims import when as when_mod
from claimline.claims import year_level
from claimline.claims.lexicon import Lexicon, lexicon
from claimline.claims.sentences import Sentence, split
from claimline.model import CleanText, Claim, Document, Number, Section, Timex

MAX_QUOTE = 320
#: Measures of a force's strength: a document about one force reports them without naming
#: it in every sentence, so they may fall back on the document's actors (subject.choose).
MILITARY_MEASURES = frozenset({"troops", "troop cap", "battalions", "bases", "patrols"})


@dataclass
class _Figure:
    value: float
    measure: str
    subject: str
    time: Optional[str] = None


def _numbers(text: str, lang: str) -> list[Number]:
    from claimline.numbers import find_numbers

    try:
        return find_numbers(text, lang)
    except (ValueError, KeyError):  # no number data for this language: read it with English conventions
        return find_numbers(text, "en")


def _timexes(text: str, lang: str, dct: Optional[str]) -> list[Timex]:
    from claimline.timex import tag

    try:
        return tag(text, lang, dct)
    except (ValueError, KeyError):  # no temporal data for this language yet: its figures stay undated
        return []


def extract(doc: Document, clean: CleanText, sections: list[Section], dct: Optional[str] = None,
            *, numbers: Callable = _numbers, timexes: Callable = _timexes) -> list[Claim]:
    """Every figure claim in ``doc``; offsets in the claims point into ``doc.text``."""
    text = clean.text
    per_section = []
    all_mentions: list[mentions_mod.Mention] = []
    lex_of: dict[int, Lexicon] = {}
    for sec in sections:
        lex = lexicon(sec.lang)
        body = text[sec.start:sec.end]
        sents = split(body, sec.lang)
        tmx = timexes(body, sec.lang, dct)
        sent_mentions = []
        tmx_at = _Spans(tmx)
        for s in sents:
            ms = mentions_mod.find(body[s.start:s.end], lex, sec.start + s.start)
            # a name inside a temporal expression is no actor ("BC" in "664 BC")
            near = tmx_at.overlapping(s.start, s.end)
            ms = [m for m in ms if not any(t.start <= m.start - sec.start and m.end - sec.start <= t.end
                                           for t in near)]
            for m in ms:
                lex_of[id(m)] = lex
            sent_mentions.append(ms)
            all_mentions.extend(ms)
        per_section.append((sec, lex, body, sents, sent_mentions, tmx))
    actors = subject_mod.DocActors.build(all_mentions, lambda m: lex_of.get(id(m), lexicon("en")), clean.text)

    claims: list[Claim] = []
    for sec, lex, body, sents, sent_mentions, tmx in per_section:
        nums = numbers(body, sec.lang)
        claims.extend(_section_claims(doc, clean, sec, lex, body, sents, sent_mentions, nums, tmx,
                                      dct, actors))
    return claims


ANCHOR_REACH = 500  # characters from a date to the sentence it may still date
#: the lexicon role of each casualty cue and the measure it counts
CASUALTY_CUES = (("kill", "deaths"), ("injure", "injured"))


class _Spans:
    """Items with a span (``start``, ``end``; through ``key``), found by position without a
    walk over all of them: a long document's sentences each ask for theirs."""

    #: no temporal expression or numeral is longer; bounds the look back for an overlap
    LONGEST = 400

    def __init__(self, items: list, key: Callable = lambda x: x):
        self.items, self.key = items, key
        self.order = sorted(range(len(items)), key=lambda i: key(items[i]).start)
        self.starts = [key(items[i]).start for i in self.order]

    def _pick(self, lo: int, hi: int, keep: Callable) -> list:
        a, b = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return [self.items[i] for i in sorted(i for i in self.order[a:b] if keep(self.key(self.items[i])))]

    def inside(self, lo: int, hi: int) -> list:
        """The items within [lo, hi), in their given order."""
        return self._pick(lo, hi, lambda x: x.end <= hi)

    def overlapping(self, lo: int, hi: int) -> list:
        """The items that share a character with [lo, hi), in their given order."""
        return self._pick(lo - self.LONGEST, hi, lambda x: x.end > lo)


def _section_claims(doc, clean, sec, lex, body, sents, sent_mentions, nums, tmx, dct, actors):
    out: list[Claim] = []
    last: Optional[_Figure] = None
    history: list[_Figure] = []  # the levels stated so far, for "a tenth of its 1999 level"
    anchor_by_par: dict[int, str] = {}
    dated_all = when_mod.dated(tmx, dct)
    nums_at, tmx_at, dated_at = _Spans(nums), _Spans(tmx), _Spans(dated_all, lambda d: d[0])
    for si, s in enumerate(sents):
        sentence = body[s.start:s.end]
        in_sent = nums_at.inside(s.start, s.end)
        t_in = tmx_at.inside(s.start, s.end)
        d_in = [(Timex(t.start - s.start, t.end - s.start, t.text, t.type, t.value, t.anchor, t.rule), iso)
                for t, iso in dated_at.inside(s.start, s.end)]
        told = anchor_by_par.get(s.paragraph)
        # the last date of the paragraph dates an undated figure only when it was named close
        # by ("Nintendo first launched its GameBoy console in 1989 …" is no date of a price
        # given five sentences later in the same paragraph)
        anchor = told[0] if told and s.start - told[1] <= ANCHOR_REACH else None
        read: list[tuple[Number, Claim]] = []
        for n in in_sent:
            if n.role != "quantity" or n.value is None and n.low is None:
                continue
            if any(t.start <= n.start and n.end <= t.end for t in t_in):
                continue  # part of a date or a duration
            claim = _one(doc, clean, sec, lex, body, s, si, sentence, n, sent_mentions[si], d_in,
                         anchor, dct, actors, last, history)
            if claim is None:
                continue
            read.append((n, claim))
            if claim.kind != "change" and claim.value is not None:
                last = _Figure(claim.value, claim.measure, claim.subject, claim.time)
                if claim.kind == "level":
                    history.append(last)
        out.extend(transitions.add_levels_before(_share_conversions(read, sentence, s.start, lex), in_sent))
        for t, iso in d_in:
            if len(iso) >= 4 and t.value != "PRESENT_REF":
                anchor_by_par[s.paragraph] = (iso, s.start + t.end)
    return out


def _share_conversions(read: list[tuple[Number, Claim]], sentence: str, s_start: int, lex: Lexicon):
    """A currency conversion in parentheses ("$10bn (£5.18bn)") takes the kind and time of
    the amount it converts: it is that amount in another currency."""
    out, main = [], None
    for n, c in read:
        money = any(r.startswith("measure:currency:") for r in c.rules)
        if money and main and n.unit != main[0].unit and when_mod.converts(
                sentence, main[0].end - s_start, n.start - s_start, n.end - s_start, lex):
            m = main[1]
            rules = [r for r in c.rules if not r.startswith(("cue:", "time:"))]
            c = replace(c, kind=m.kind, direction=m.direction, modality=m.modality, time=m.time,
                        time_how=m.time_how, rules=rules + ["cue:conversion", f"time:{m.time_how}"])
        elif money:
            main = (n, c)
        out.append((n, c))
    return out


_YEAR_SHAPE = r"(?:1[89]|20)\d\d"  # a numeral that reads as a year ("2019"), no count


def _casualty(left: str, right: str, lex: Lexicon) -> Optional[str]:
    """deaths / injured when a casualty cue governs the figure, else None.

    The cue must be close: the nearest cue in the last words before the numeral ("killing
    one police officer and three assailants"; "killed two and injured 8 people" → injured),
    not the counted noun of another figure ("417.000 morts et contaminé plus de 7,4
    millions", "2,7 millones de fallecidos y más de 124,5 millones"); or the first cue
    after the counted people ("were killed", German "… im Irak getötet"), unless it starts
    a new coordinated predicate ("… people mostly in Wuhan *and killed* three").
    """
    seg_left_raw = _strip_qualifiers(left, lex)
    seg_left = re.split(r"[,;:()]", left)[-1]  # "(92 passeggeri e 8 membri)": a breakdown
    if len(seg_left) > 60:
        seg_left = re.sub(r"^\S*\s", "", seg_left[-60:])  # whole words only
    seg_right = re.split(r"[,;:.()]", right)[0][:100]
    breaks = lex.alternation("clause_breaks")
    scales = lex.alternation("scale_words")
    figure_before = re.compile(  # a figure (not a year: "Ende Mai 2010 töteten …") right before
        rf"(?<![\d.,])(?!{_YEAR_SHAPE}\s*$)\d[\d.,]*\s*(?:(?:{scales or '(?!)'})\s+)?"
        rf"(?:(?:of|de|di|von)\s+|d['’])?$", re.I)
    best = None
    for role, measure in CASUALTY_CUES:
        for m in lex.find(role, seg_left):
            if figure_before.search(seg_left[:m.start()]):
                continue  # the counted noun of the figure before
            if best is None or m.end() > best[0]:
                best = (m.end(), measure)
    after = None
    for role, measure in CASUALTY_CUES:
        for m in lex.find(role, seg_right):
            if breaks and re.search(rf"\b(?:{breaks})\s+$", seg_right[:m.start()], re.I) \
                    and not _verb_pair(seg_right[:m.start()], seg_right[m.end():], lex, breaks):
                continue  # "… and killed three": another predicate, another figure
            if lex.has("charge_words", seg_right[:m.start()]):
                break  # "three individuals accused of … the killing of": charged, not killed
            if lex.has("when_relative", seg_right[:m.start()]) or lex.has("because_words", seg_right[:m.start()]):
                break  # "three children who are orphaned when their parents die": another clause's dead
            if _numeral_not_joined(seg_right[:m.start()], lex, breaks):
                break  # "Von den 250 an Bord befindlichen Menschen wurden 60 verletzt": the 60's cue
            if after is None or m.start() < after[0]:
                after = (m.start(), measure)
            break
    # a coordinator between the cue before and the figure: "une femme tuée et six personnes"
    joined = bool(best and breaks and re.search(rf"\b(?:{breaks})\b", seg_left[best[0]:], re.I))
    if best is None and after is None:
        after = _cue_past_relative(right, lex, breaks) or _cue_past_aside(right, lex)
    if best is None and after is None:
        best = _cue_before_others(left, right, lex) or _cue_past_apposition(seg_left_raw, right, lex)
    if joined and after is None:
        after = _cue_past_aside(right, lex)  # "une femme tuée et six personnes, dont …, blessées"
    if joined and after:
        return after[1]  # "two were killed and 8 people were injured": the verb after wins
    if joined and lex.has("other_fates", seg_right):
        return None  # "töteten und 250.000 Menschen nach Westtimor vertrieben": displaced, not dead
    if best:
        return best[1]
    return after[1] if after else None


def _verb_pair(before: str, after: str, lex: Lexicon, breaks: str) -> bool:
    """Whether a cue after a coordinator pairs with the participle before it, on the same
    people ("have been shot and killed"): an auxiliary (``pair_auxiliaries``) and one word
    before the coordinator, and no object counted after the cue."""
    pair = re.search(rf"(?:^|\s)([\w'’-]+)\s+[\w'’-]+\s+(?:{breaks})\s+$", before, re.I)
    if pair is None or pair.group(1).lower() not in lex.listed("pair_auxiliaries"):
        return False
    nxt = re.findall(r"[\w'’-]+", after)[:2]
    return not any(w[0].isdigit() or _number_words(lex).fullmatch(w) for w in nxt)


def _numeral_not_joined(text: str, lex: Lexicon, breaks: str) -> bool:
    """Whether ``text`` (up to a casualty cue) ends with another numeral that the cue
    governs and no coordinator joins to the figure before it ("Von den 250 an Bord
    befindlichen Menschen wurden *60* verletzt"; not "… and *15* wounded")."""
    words = re.findall(r"[\w'’.,-]+", text)
    if len(words) < 3:
        return False
    last, before = words[-1], words[-2].lower()
    number = (last[0].isdigit() and not re.fullmatch(_YEAR_SHAPE, last)) \
        or (bool(_number_words(lex).fullmatch(last)) and last.lower() not in lex.listed("articles"))
    return number and before not in lex.listed("coordinators") and before not in lex.listed("qualifier_words") \
        and not (breaks and re.fullmatch(rf"(?:{breaks})", before, re.I))


def _cue_before_others(left: str, right: str, lex: Lexicon) -> Optional[tuple[int, str]]:
    """The casualty cue a list's "others" continue past a comma ("bomb kills photojournalist,
    at least five others", "a tué un policier, et blessé deux autres"), as (end, measure):
    the last cue of the clause before, when the numeral counts ``others_words``."""
    others = lex.alternation("others_words")
    if not others or not re.match(rf"\s*(?:{others})(?![\w])", right, re.I):
        return None
    clause = re.split(r"[;:.!?()]", left)[-1]
    if len(re.split(r",", clause)) > 3:
        return None  # too far along a list
    found = None
    for role, measure in CASUALTY_CUES:
        for m in lex.find(role, clause):
            if found is None or m.end() > found[0]:
                found = (m.end(), measure)
    return found


def _cue_past_aside(right: str, lex: Lexicon) -> Optional[tuple[int, str]]:
    """The casualty cue right after an aside on the counted people ("une femme tuée et six
    personnes, *dont un policier*, blessées"), as (position, measure), or None: the aside
    opens with one of the language's ``aside_openers`` and closes with the next comma."""
    openers = lex.alternation("aside_openers")
    aside = openers and re.match(rf"[^,;:.()]{{0,40}},\s*(?:{openers})(?![\w])[^,;:.()]{{0,60}},\s*", right, re.I)
    if not aside:
        return None
    measure = _cue_opening(right[aside.end():aside.end() + 60], lex)
    return (aside.end(), measure) if measure else None


def _cue_opening(text: str, lex: Lexicon) -> Optional[str]:
    """The measure of a casualty cue opening ``text``: after an auxiliary ("were injured")
    and at most two other words ("are reported dead", "were later killed"), not past a
    coordinator ("fled and were killed") nor an article or a subordinator that opens another
    clause ("…, mentre i feriti sono stati ricoverati")."""
    other = 0
    for said in [w.lower() for w in re.findall(r"[\w'’-]+", text)[:4]]:
        for role, measure in CASUALTY_CUES:
            if said in lex.listed(role):
                return measure
        if said in lex.listed("coordinators") or said in lex.listed("articles") \
                or said in lex.listed("when_relative") or said in lex.listed("because_words"):
            break
        if said not in lex.listed("passive_auxiliaries"):
            other += 1
            if other > 2:
                break
    return None


def _cue_past_apposition(left: str, right: str, lex: Lexicon) -> Optional[tuple[int, str]]:
    """The casualty cue right after a count set between commas as an apposition ("two thirds
    of those infected, over 1800 people, have died"), as (position, measure), or None."""
    if not re.search(r",\s*$", left):
        return None
    closing = re.match(r"[^,;:.()]{0,40},\s*", right)
    if not closing:
        return None
    measure = _cue_opening(right[closing.end():closing.end() + 60], lex)
    return (closing.end(), measure) if measure else None


def _number_words(lex: Lexicon) -> re.Pattern:
    """The numbers stage's regex of the language's number words ("two", "sedici", "une")."""
    from claimline.numbers.lexicon import lexicon as number_lexicon

    return number_lexicon(lex.lang).words_re


def _cue_past_relative(right: str, lex: Lexicon, breaks: str) -> Optional[tuple[int, str]]:
    """The casualty cue of the main verb after a relative clause on the counted people ("Two
    French soldiers who were taking part in Operation Harpie … were killed on Wednesday",
    "Deux militaires français, qui participaient à une opération, ont été tués"), as
    (position, measure), or None. Not the relative clause's own verb ("three soldiers who
    killed …"), and not past another figure or a new coordinated clause: a passive main verb
    (``passive_auxiliaries``: "were", "ont été") after the relative clause."""
    relatives, auxiliaries = lex.alternation("relatives"), lex.alternation("passive_auxiliaries")
    rel = relatives and auxiliaries and re.match(
        rf"\s*(?:[\w'’-]+,?\s+){{0,3}}?,?\s*(?:{relatives})(?![\w])", right[:60], re.I)
    if not rel:
        return None
    stretch = re.split(r"[;:.()]", right)[0][:250]
    found = None
    for role, measure in CASUALTY_CUES:
        for m in lex.find(role, stretch):
            if m.start() < rel.end() + 20:
                continue  # the relative clause's own verb
            between = stretch[rel.end():m.start()]
            counted = [w.group().lower() for w in _number_words(lex).finditer(between)]
            if re.search(r"\d", between) or (breaks and re.search(rf",\s+(?:{breaks})\b", between, re.I)) \
                    or any(w not in lex.listed("articles") for w in counted):
                break  # another figure's verb ("…, where two civilians were killed"); "une opération" is none
            aux = re.search(rf"(?:^|\s)(?:{auxiliaries})\s+$", stretch[:m.start()], re.I)
            if not aux:
                continue  # the main verb is passive: "were killed", "ont été tués"
            if "," in between and not re.search(r",\s*$", stretch[:aux.start() + 1]):
                break  # a comma that does not close the relative clause opens another one ("…, where …")
            if found is None or m.start() < found[0]:
                found = (m.start(), measure)
            break
    return found


def _strip_qualifiers(left: str, lex: Lexicon) -> str:
    """``left`` without the qualifier words that end it ("killing *at least*", "*über*")."""
    bare = left.rstrip()
    for q in sorted(lex.listed("qualifier_words"), key=len, reverse=True):
        if bare.lower().endswith(" " + q) or bare.lower() == q:
            bare = bare[:len(bare) - len(q)].rstrip()
    return bare


def _partitive_total(left: str, lex: Lexicon) -> bool:
    """True when the figure is the whole of a partitive: "44 *der* 101 Sitze", "16 de las 24"."""
    words = lex.alternation("partitive")
    left = _strip_qualifiers(left, lex)
    return bool(words and re.search(rf"\d(?:[\d.,]*\d)?\s+(?:[^\W\d]+\s+)?(?:{words})$", left, re.I))


def _partitive_part(sentence: str, end: int, lex: Lexicon, casualties: bool = False):
    """The noun of a partitive's whole for its part: "125 der 308 *Sitze*" counts seats."""
    words = lex.alternation("partitive")
    m = words and re.match(rf"\s+(?:{words})\s+\d[\d.,]*", sentence[end:], re.I)
    if not m:
        return None
    hit = measure_mod.after(sentence, end + m.end(), lex)
    if hit is not None and (hit.measure in _CASUALTIES) != casualties:
        return None  # "6 delle 13 vittime": the toll is the whole; the part is a detail of it
    return hit


_CASUALTIES = {"deaths", "injured", "casualties"}


def _casualty_noun(sentence: str, end: int, lex: Lexicon) -> bool:
    """True when a casualty noun follows the numeral ("13 *vittime*", "308 *Tote*")."""
    hit = measure_mod.after(sentence, end, lex)
    return hit is not None and hit.measure in _CASUALTIES


def _number_of(sentence: str, end: int, lex: Lexicon):
    """The listed noun of "portant à 29.296 *le nombre total de morts*", "a 49.330 *la cifra de fallecidos*"."""
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                       for p in sorted(lex.listed("number_of"), key=len, reverse=True))
    m = phrases and re.match(rf"\s+(?:{phrases})\s*", sentence[end:], re.I)
    if not m:
        return None
    hit = measure_mod.after(sentence, end + m.end(), lex)
    return None if hit is None or hit.generic else hit


def _not_a_count(left: str, right: str, lex: Lexicon) -> Optional[str]:
    """Why a figure is a rate, a ratio or a reference rather than a count, or None.

    ``left`` is the clause before the numeral, ``right`` the words after the counted noun
    (after the numeral for money): "US$80 million *per astronaut*", "*jeweils* über
    50.000 €", "3 per *100,000* people", "8 malades *sur 10*", "*ces* trois pays".
    """
    tail = _strip_qualifiers(left, lex).lower()
    for word in lex.listed("per_unit_before"):
        if re.search(rf"(?:^|[^\w'’]){re.escape(word)}$", tail):
            return "rate"
    for word in lex.listed("demonstratives"):
        if re.search(rf"(?:^|[^\w'’]){re.escape(word)}$", tail):
            return "reference"
    head = right.lstrip(" )]").lower()
    for phrase in sorted(lex.listed("per_unit"), key=len, reverse=True):
        if re.match(rf"{re.escape(phrase)}(?![\w'’])", head):
            rest = re.findall(r"[\w'’]+", head[len(phrase):])
            if phrase in lex.listed("per_unit_open") and (
                    not rest or any(rest[0].startswith(x) for x in lex.listed("per_unit_exempt"))):
                continue
            return "rate"
    for word in lex.listed("ratio_preps"):  # "8 malades sur 10", not "159 deputati su 300"
        if re.match(rf"{re.escape(word)}\s+(?:10|100|1[ .,]?000)(?![\d.,])", head):
            return "ratio"
    links = lex.alternation("ratio_before")
    if links:
        before = re.search(rf"(?:^|[^\w'’])([\w'’]+)\s+(?:{links})$", tail)
        if before and (before.group(1)[0].isdigit() or _number_words(lex).fullmatch(before.group(1))):
            return "ratio"  # "one in seven people": a proportion, not seven people
    return None


def _victims(right: str, lex: Lexicon) -> Optional[str]:
    """The people counted right after a numeral ("one police officer" → "police officer"):
    the first listed person noun of the phrase after it (up to a punctuation mark), in the
    noun phrase if one is there ("six children and three adults": children), else within a
    range or a partitive ("12 or 13 people", "four of the forty-six people")."""
    m = re.match(r"\s*(?:of\s+|de\s+|d')?", right)
    phrase = _told_phrase(right[m.end():m.end() + 60], lex)
    words = re.findall(r"[\w'’-]+", phrase)[:4]
    stops = (lex.listed("function_words") | lex.listed("non_subject_preps") | lex.listed("location_preps")
             | lex.listed("coordinators")) - lex.listed("skip_between")
    if len(words) >= 2 and _noun_then_adjective(words, lex, stops):
        return None  # "dos centros médicos": centres, whatever adjective follows
    noun_phrase, joined, placed = words, False, False
    for k, word in enumerate(words):
        if word.lower() in lex.listed("coordinators") and k + 1 < len(words) \
                and not _opens_count(words[k + 1], lex):
            joined = True  # "dozens of demonstrators and KFOR soldiers": one count of both
            continue
        if word.lower() in stops or _opens_count(word, lex):
            noun_phrase = words[:k]
            placed = word.lower() in lex.listed("location_preps")
            break
    found = _person_noun(noun_phrase, lex, longest=joined)
    if found:  # a listed noun may run past the cut: "cinco trabajadores de la salud"
        at = words.index(found.split()[0])
        for stop in range(len(words), at + len(found.split()), -1):
            longer = " ".join(words[at:stop])
            if longer.lower() in lex.listed("person_nouns"):
                return longer
        return found
    if placed:
        return None  # "9823 en Ehpad et autres établissements": where, then no one counted
    return _person_noun(words, lex, longest=True)


def _noun_then_adjective(words: list[str], lex: Lexicon, stops: frozenset) -> bool:
    """Whether the first word after the numeral is a common noun and the person noun after
    it only an adjective (``adjectival_nouns``: "dos centros *médicos*")."""
    first, second = words[0].lower(), words[1].lower()
    if not words[0].isalpha() or not words[0].islower() or first in lex.listed("person_nouns") \
            or first in stops or first in lex.listed("skip_between") or first in lex.listed("articles"):
        return False  # a casualty word may be the noun: "trois blessés *mineurs*"
    return second in lex.listed("adjectival_nouns")


def _animals(right: str, lex: Lexicon) -> bool:
    """Whether the counted noun, within the three words after the numeral, is an animal's."""
    animals = lex.listed("animal_nouns")
    return any(w.lower() in animals for w in re.findall(r"[\w'’-]+", re.split(r"[,;:.()]", right)[0])[:3])


def _opens_count(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` begins another count: a numeral, an article or a function word ("six
    children and *three* adults", "two women and *a* man", "and *several* others")."""
    low = word.lower()
    return word[0].isdigit() or bool(_number_words(lex).fullmatch(word)) \
        or low in lex.listed("articles") or low in lex.listed("function_words")


def _offspring(left: str, after_noun: str, lex: Lexicon) -> bool:
    """Whether children counted are someone's offspring: after a possessive ("his three
    children", "ses deux enfants") or before "of" and a name ("five children of Augusto
    Pinochet")."""
    owners, joins = lex.alternation("kin_possessives"), lex.alternation("coordinators")
    if owners and re.search(rf"(?<![\w])(?:{owners})\s+(?:[\w'’-]+\s+(?:{joins or '(?!)'})\s+)?$", left, re.I):
        return True  # also "his wife and three children"
    # "of former Chilean dictator Augusto Pinochet": up to two lower-case words, no article
    articles = lex.alternation("articles") or "(?!)"
    return bool(re.match(rf"\s+(?:of|de|di|von)\s+(?:(?!(?:{articles})\b)(?-i:[a-zà-ÿ])[\w'’-]*\s+){{0,2}}"
                         r"(?-i:[A-ZÀ-Þ])", after_noun, re.I))


def _charged(after_noun: str, lex: Lexicon) -> bool:
    """Whether the people counted are told as charged with an act ("soldiers responsible for
    …", "involved in the burning of …"), not as a force ("involved in the mission")."""
    charged = lex.alternation("charge_words")
    charge = charged and re.match(rf"\s*(?:{charged})(?![\w])", after_noun, re.I)
    return bool(charge) and not lex.has("mission_words", after_noun[charge.end():][:40])


def _told_phrase(right: str, lex: Lexicon) -> str:
    """The words after a numeral up to a punctuation mark or a source ("killing at least 20
    according to Philippine officials": who tells the toll is not who died)."""
    phrase = re.split(r"[,;:.!?()\"“”«»]", right)[0]
    source = lex.alternation("according_to")
    if source:
        phrase = re.split(rf"(?<![\w])(?:{source})(?![\w])", phrase, maxsplit=1, flags=re.I)[0]
    return phrase


def _unnamed_victims(left: str, right: str, n: Number, casualty: str,
                     lex: Lexicon) -> Optional[tuple[str, str, int]]:
    """(the language's word for people, the measure, where the told count ends in ``right``)
    for a toll told with no noun: nothing after the numeral in its phrase ("the blaze killed
    three, including …"), or an auxiliary ("39 are confirmed dead") or a casualty word,
    which then names the measure ("200 killed, with 714 people injured", "80 deaths and
    900 injured"). Not an age ("died on Saturday aged 41", "Jason Hudson, 29, …")."""
    word = lex.words.get("unnamed_victims")
    if not word or n.unit or re.fullmatch(_YEAR_SHAPE, n.surface):
        return None
    ages = lex.alternation("age_before")
    if ages and re.search(rf"(?<![\w])(?:{ages})$", _strip_qualifiers(left, lex), re.I):
        return None  # also "dies aged about 68"
    if re.search(r"[A-ZÀ-Þ][\w'’-]+,\s*$", left) and re.match(r"\s*(?:,|$)", right):
        return None  # an age told beside a name
    phrase = _told_phrase(right, lex)
    age_at = "|".join(lex.words.get("age_at", []))  # patterns: "died in Germany at 50"
    if age_at and re.search(rf"(?<![\w])(?:{age_at})\s*$", left) and not phrase.strip():
        return None
    first = re.match(r"\s*([\w'’-]+)", phrase)
    placed = False
    if first is not None:
        said = first.group(1).lower()
        for role, measure in CASUALTY_CUES:
            if said in lex.listed(role):
                return word, measure, first.end()
        if said in lex.listed("passive_auxiliaries"):
            return word, casualty, 0  # "33 were reported hospitalised": the cue is after it
        placed = said in lex.listed("location_preps")  # "kills 30 in Rawalpindi"
        if said not in lex.listed("coordinators") and not placed:
            return None  # "killed five and wounded 110": the count ends at "and"
    # the cue before must be near ("killing at least seven", "the death toll at 78") and
    # not part of a name ("versions of Dead Or Alive 1 and 2")
    cues = [m for role, _ in CASUALTY_CUES for m in lex.find(role, left)]
    if not cues:
        return None
    cue = max(cues, key=lambda m: m.end())
    between = left[cue.end():]
    closing = lex.alternation("ratio_preps", "definite_articles")
    if closing and re.search(rf"(?<![\w])(?:{closing})\s*$", between, re.I):
        return None  # "un décès sur huit": a ratio; "más muertos que el 19": a year named
    if re.search(r"[,;:.!?()]", between) or len(between.split()) > 3:
        return None
    if placed and lex.has("coordinators", between):
        return None  # "three people dead and 10 in various hospitals": the toll was the first count
    beside = re.findall(r"[\w'’-]+", left[:cue.start()])[-1:] + re.findall(r"[\w'’-]+", between)[:1]
    if cue.group()[:1].isupper() and any(w[:1].isupper() for w in beside):
        return None  # a capital word beside a capital cue: a name ("Grateful Dead was 78")
    return word, casualty, 0


def _person_noun(words: list[str], lex: Lexicon, longest: bool = False) -> Optional[str]:
    """The first (or, with ``longest``, the last) listed person noun that ``words`` hold."""
    nouns = lex.listed("person_nouns")
    ends = range(len(words), 0, -1) if longest else range(1, len(words) + 1)
    for k in ends:
        head = [w.lower() for w in words[:k]]
        for j in range(k):
            if " ".join(head[j:]) in nouns:
                return " ".join(words[j:k])
        if "-" in head[k - 1] and head[k - 1].rsplit("-", 1)[1] in nouns:
            return words[k - 1]  # a compound: "NATO-Soldaten", "UN-Soldaten"
    return None


def _clause_bounds(sentence: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """The clause around ``sentence[start:end]``: cut at ";" and at ", and" / ", but" …"""
    words = sorted(lex.listed("clause_breaks"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    rx = re.compile(rf";|,\s+(?:{alt})\b", re.I)
    lo = 0
    for m in rx.finditer(sentence, 0, start):
        lo = m.end()
    m = rx.search(sentence, end)
    return lo, (m.start() if m else len(sentence))


def _one(doc, clean, sec, lex, body, s: Sentence, si, sentence, n: Number, sent_mentions,
         d_in, anchor, dct, actors, last: Optional[_Figure],
         history: Optional[list[_Figure]] = None) -> Optional[Claim]:
    rel_start, rel_end = n.start - s.start, n.end - s.start
    par_start = sec.start + s.par_start
    left, right = sentence[:rel_start], sentence[rel_end:]
    c_lo, c_hi = _clause_bounds(sentence, rel_start, rel_end, lex)
    abs_lo = sec.start + s.start + c_lo
    in_clause = [m for m in sent_mentions if m.start >= abs_lo and m.candidate]
    if in_clause:
        sent_mentions = [m for m in sent_mentions if m.start >= abs_lo]
    d_clause = [x for x in d_in if c_lo <= x[0].start and x[0].end <= c_hi]
    if d_clause:
        d_in = d_clause
    rules = [f"number:{n.rule or n.form}"]
    value, low, high = n.value, n.low, n.high
    approx = n.approx
    if n.form == "vague" and low is not None:
        # The most conservative reading: "dozens" (12–120 as a range) is at least two dozen.
        said = n.surface.lower()  # "billions of dollars": the amount before its currency
        plural = any(said == p or said.startswith(p + " ") for p in lex.listed("plural_vague"))
        value = low * 2 if plural else low
    subject_override = None
    unnamed_word = None  # the people of a toll told with no noun ("killed three")
    counted = None
    year_ref = year_level.reference(right, lex) if n.relative else None
    if year_ref is not None:
        # "a tenth of its 1999 level": the document's own 1999 level, else one the timeline
        # finds in other documents (the claim keeps no value until then)
        base = year_level.base(history or [], year_ref.year)
        measure = base.measure if base else year_level.measure_before(left, lex)
        if measure is None:
            return None
        value = round(base.value * n.value, 6) if base else None
        low = high = None
        approx = True
        counted = measure_mod.Counted(measure, year_ref.phrase, rel_end + year_ref.end)
        rules.append(f"relative:level of {year_ref.year}" if base else year_level.rule(year_ref.year, n.value))
        if base:
            last = _Figure(base.value, base.measure, base.subject, base.time)  # the antecedent
        # the year of the phrase names the base, not when the figure holds
        d_in = [x for x in d_in if not rel_end <= x[0].start < rel_end + year_ref.end]
    elif n.form == "fraction" and n.relative:
        ref = next((p for p in sorted(lex.listed("number_anaphora"), key=len, reverse=True)
                    if p in right[:40].lower()), None)
        if not ref or last is None:
            return None
        value = round(last.value * n.value, 6)
        low = high = None
        approx = True
        counted = measure_mod.Counted(last.measure, ref, rel_end + right.lower().index(ref) + len(ref))
        rules.append(f"relative:{ref}")
    elif n.form == "multiplier":
        counted = measure_mod.noun_object(sentence, rel_end, lex)
        if counted is None:
            return None
        rules.append("multiplier-object")
    else:
        if _partitive_part(sentence, rel_end, lex, casualties=True):
            return None  # "6 delle 13 vittime erano bambini": a detail of the toll, not a toll
        first = re.match(r"\s*(-?[\w'’.-]+)", right)
        if not n.unit and first and first.group(1).lower().strip(".") in lex.listed("nonfigure_nouns"):
            return None  # "a 60-year-old man died": an age, a duration, a unit, not victims
        casualty = _casualty(left, right, lex)
        if casualty and _animals(right, lex):
            casualty = None  # "Sechs tote Schafe", "five dead foxes": animals, not people
        if casualty:
            victims = _victims(right, lex)
            if victims:
                counted = measure_mod.Counted(casualty, victims, rel_end + right.index(victims) + len(victims))
            else:
                unnamed = _unnamed_victims(left, right, n, casualty, lex)
                if unnamed:  # no noun to name them by: whose toll it is comes from the clause
                    unnamed_word, casualty, told_end = unnamed
                    counted = measure_mod.Counted(casualty, unnamed_word, rel_end + told_end)
                    rules.append(f"casualty:{casualty}")
            if victims:
                subject_override = _victim_subject(victims, sent_mentions, lex, sentence)
                rules.append(f"casualty:{casualty}")
        if counted is None and first and first.group(1).lower() in lex.listed("kin_nouns"):
            return None  # "two brothers of George Floyd", "da cui ebbe 3 figlie": relatives, no figure
        if counted is None and first and first.group(1).lower() in lex.listed("offspring_nouns") \
                and _offspring(left, right[first.end():], lex):
            return None  # "his wife and three children", "five children of Augusto Pinochet"
        if counted is None and n.unit and n.unit != "%":
            counted = measure_mod.Counted(n.unit, n.surface, rel_end)  # money: the currency is the measure
            rules.append(f"measure:currency:{n.unit}")
        if counted is None and n.unit == "%":
            return None  # a share, not a count
        if _partitive_total(left, lex) and not _casualty_noun(sentence, rel_end, lex):
            return None  # "125 der *308* Sitze": the whole the figure before is part of
        if counted is None:
            counted = measure_mod.after(sentence, rel_end, lex)
        if counted is None:
            counted = _partitive_part(sentence, rel_end, lex)
        if counted is None:
            counted = _number_of(sentence, rel_end, lex)
        if counted is None:
            return None
        if counted.generic:
            if re.fullmatch(_YEAR_SHAPE, n.surface):
                return None  # "respecto a 2018 gracias a …": a year before a word is no count
            rules.append("measure:generic-noun")
    if counted.measure == "troops" and counted.surface.split()[-1].lower() in lex.listed("troops_in_context") \
            and not lex.has("military_context", sentence):
        return None  # "9 donne e 8 uomini", "les trois hommes": men are troops only among soldiers
    after_noun = sentence[counted.end:]
    saving = lex.alternation("saving_verbs")
    if counted.measure == "deaths" and saving and re.search(
            rf"(?<![\w])(?:{saving})$", _strip_qualifiers(sentence[c_lo:rel_start], lex), re.I):
        return None  # "could save 50 lives a year": lives saved, no toll
    if counted.measure == "troops" and _charged(after_noun, lex):
        return None  # "Four US soldiers involved in the burning of …": people charged, not a force
    not_count = _not_a_count(sentence[c_lo:rel_start], after_noun, lex)
    if not_count:
        return None  # a price per unit, a rate, a ratio or a figure named before
    between = sentence[rel_end:counted.end] if counted.end > rel_end else ""
    k = kind_mod.decide(sentence[c_lo:rel_start], after_noun, n.form, lex, between)
    rules.extend(f"cue:{c}" for c in k.cues)
    military = counted.measure in MILITARY_MEASURES
    if subject_override:
        subject, srule = subject_override, "victims"
        soldiers = lex.measures.get(subject.split()[-1].lower()) == "troops"
        if (subject == counted.surface or subject.islower()) and not soldiers:
            # soldiers killed are their force's losses, kept out of a country's death toll
            subject, srule = _victims_country(sentence, rel_start, rel_end, counted.end, sent_mentions,
                                              sec.start + s.start, after_noun, actors, lex, par_start,
                                              subject)
    elif (n.form == "fraction" and n.relative) or year_ref is not None:
        subject, srule = subject_mod.choose(sent_mentions, sentence, sec.start + s.start, rel_start,
                                            after_noun, actors, lex, par_start, military)
        resolved_here = year_ref is None or value is not None
        if srule not in ("clause-actor",) and last is not None and resolved_here:
            subject, srule = last.subject, "antecedent"
    else:
        subject, srule = subject_mod.choose(sent_mentions, sentence, sec.start + s.start, rel_start,
                                            after_noun, actors, lex, par_start, military)
    if counted.measure == "troops" and not counted.contingent:
        named = subject_mod.named_contingent(sentence[c_lo:rel_start], lex)
        if named:  # "il contingente danese consta di 470 uomini"
            counted = replace(counted, contingent=named)
    troops = counted.measure == "troops"  # a nationality makes a contingent only of forces
    if not troops and srule in ("location", "sentence-actor", "previous-actor", "document-actor", "none",
                                "unowned", "coordinated"):
        # cases or deaths counted in a place are that place's, not an actor's from elsewhere
        place = subject_mod.place_frame(sentence, rel_start, lex) or subject_mod.place_after(after_noun, lex)
        if place is None and srule in ("unowned", "none") and not n.unit:
            # "Coronavirus en France : 32.964 cas", "en Inde, où le bilan s'est alourdi de
            # 2.000 morts": a count made in the place named before it in the sentence
            place = subject_mod.place_before(sent_mentions, sentence, sec.start + s.start, rel_start, lex)
        if place is None and srule == "location":
            place = lex.places.get(re.sub(r"^the\s+", "", subject.split(" forces in ", 1)[-1]))
        if place:
            subject, srule = place, "place"
    if not subject and counted.contingent and subject_override is None and troops:
        # "3.000 italienische Soldaten im Irak" with no actor named: that country's troops
        subject = lex.demonyms.get(counted.contingent.lower(), counted.contingent)
        srule = "nationality"
    if not subject and srule in ("unowned", "coordinated") and not n.unit and not counted.generic:
        # The sentence names no owner, only a source, a recipient or several actors at once:
        # file the count under the people or things counted ("people", "cases"), a generic
        # subject the timeline keeps apart per story, rather than under a named bystander.
        noun = counted.surface.lower()
        if re.fullmatch(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)*", noun):
            subject, srule = noun, "unnamed"
    if not subject and unnamed_word:
        subject, srule = unnamed_word, "victims"  # "the blaze killed three": people, unnamed
    if not subject:
        return None  # a figure nobody can be named for is no evidence for any timeline
    if counted.generic and k.kind == "level" and (srule != "clause-actor" or value is None or value < 2):
        return None  # an unlisted noun is only a figure when a named actor or a cue vouches for it
    if counted.contingent and subject_override is None and srule != "nationality" and troops:
        country = lex.demonyms.get(counted.contingent.lower(), counted.contingent)
        if lex.demonyms.get(subject.lower(), subject) == country:
            subject, srule = country, srule + "+own-forces"  # "5000 U.S. troops" of the U.S.
        elif subject_mod.is_country(subject, lex) or not subject_mod.takes_contingents(subject, body, lex):
            # "5.000 soldats français" in a sentence naming Mali or Mauritania: France's
            # forces there, never a contingent of the country they serve in; nor of a
            # guerrilla, an agency or a council ("Georgia contingent of URSS", "of IRNA")
            subject, srule = country, srule + "+nationality"
        else:
            subject = subject_mod.contingent(subject, country)
            srule += "+contingent"
    rules.append(f"subject:{srule}")
    time, how = when_mod.decide(k.kind, sentence, rel_start, d_in, dct, anchor, lex, rel_end)
    rules.append(f"time:{how}")
    q_start, q_end = _quote_span(sentence, rel_start, counted.end)
    abs_start = sec.start + s.start + q_start
    abs_end = sec.start + s.start + q_end
    o_start, o_end = clean.to_original(abs_start, abs_end)
    fig_lo = sec.start + s.start + min(rel_start, counted.end if counted.end > rel_start else rel_end)
    fig_hi = sec.start + s.start + max(rel_end, counted.end)
    f_start, f_end = clean.to_original(fig_lo, fig_hi)
    bound = n.qualifier if n.qualifier not in ("exact", "approx") else None
    return Claim(
        doc=doc.id, subject=subject, measure=counted.measure, value=value, kind=k.kind,
        direction=k.direction, approx=approx, low=low, high=high, bound=bound,
        modality=k.modality, time=time, time_how=how, quote=sentence[q_start:q_end],
        start=o_start, end=o_end, lang=sec.lang, fig_start=f_start, fig_end=f_end, subject_surface=subject,
        measure_surface=counted.surface, reported=dct,
        reported_how=doc.published_how if dct else "unknown", rules=rules)


def _victims_country(sentence, rel_start, rel_end, noun_end, sent_mentions, sent_start, after_noun,
                     actors, lex: Lexicon, par_start, victims: str) -> tuple[str, str]:
    """The country of victims the text names only by a common noun: a nationality beside
    the noun ("40 soldats *chinois* tués", "15 *irakische* Zivilisten"), the country that is
    the clause's actor with no killing verb between ("*Austria* ha registrado … 710
    víctimas mortales"), or the place the
    clause counts them in ("73 persone *ad Haiti*"); else the victims' noun."""
    near = re.findall(r"[\w'’-]+", sentence[rel_end:noun_end + 25])
    for w in near[:4]:
        if w.islower() and w in lex.demonyms:
            return lex.demonyms[w], "victims+nationality"
    who, how = subject_mod.choose(sent_mentions, sentence, sent_start, rel_start, after_noun, actors, lex,
                                  par_start)
    if how == "clause-actor" and subject_mod.is_country(who, lex):
        at = sentence.rfind(who, 0, rel_start)
        between = sentence[at + len(who):rel_start] if at >= 0 else ""
        if not (lex.has("kill", between) or lex.has("injure", between)):
            # "Austria ha registrado … 710 víctimas", not "Gli attacchi di Israele hanno
            # ferito 4.000 persone": who kills or injures is not whose dead they are
            return who, "victims+clause-actor"
    place = subject_mod.place_frame(sentence, rel_start, lex) or subject_mod.place_after(after_noun, lex) \
        or subject_mod.place_before(sent_mentions, sentence, sent_start, rel_start, lex)
    if place:
        return place, "victims+place"
    return victims, "victims"


def _victim_subject(victims: str, sent_mentions, lex: Lexicon, sentence: str) -> str:
    """Who the victims are: a named body they belong to ("Kosovo police"), else the noun."""
    first = victims.split()[0].lower()
    for m in sent_mentions:
        if m.text.split()[-1].lower() == first and len(m.text.split()) > 1 and m.kind in ("org", "acronym", "place", "name") :
            return m.text
    named = re.search(rf"\b((?:[A-ZÀ-Þ][\w-]+\s+)+)(?i:{re.escape(first)})\b", sentence)
    if named:
        # a number word opening the sentence is the count, no name: "Sedici poliziotti uccisi"
        lead = named.group(1).split()
        while lead and _number_words(lex).fullmatch(lead[0]):
            lead.pop(0)
        if lead and " ".join(lead).lower() not in lexicon(lex.lang).listed("function_words"):
            return " ".join(lead) + " " + first
    for w in victims.split():
        if w.isupper() and len(w) >= 2:
            return w
    return victims


def _quote_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The sentence, or a window of it around the figure cut at clause punctuation."""
    if len(sentence) <= MAX_QUOTE:
        return 0, len(sentence)
    lo = max(0, start - MAX_QUOTE // 2)
    hi = min(len(sentence), max(end, start) + MAX_QUOTE // 2)
    cut = sentence.rfind(",", lo, start)
    lo = cut + 1 if cut >= 0 else lo
    cut = sentence.find(",", end, hi)
    hi = cut if cut >= 0 else hi
    while lo < start and sentence[lo].isspace():
        lo += 1
    return lo, hi
