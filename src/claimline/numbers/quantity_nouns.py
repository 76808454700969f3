"""The noun phrases a figure counts, for its unit: 'one of the students', a share of one
unit ('1/16 of a US pint') or of a whole ('a quarter of the city's population' -> ``% city
population``), the plural head of a short phrase, names before a noun ('460 Kia and Hyundai
vehicles'), two joined adjectives ('digital and physical sales'), and the word tests they
use (a cardinal numeral, a modifier)."""
from __future__ import annotations

from typing import Optional

from .candidates import Cand
from .concept import WORD_RE
from .quantity_rules import DETERMINERS, POSSESSIVE_RE, POSSESSIVES, UnitRules, words_after


def one_of(text: str, c: Cand, r: UnitRules) -> Optional[tuple[str, int]]:
    """'one of the students', 'one of my local stores': the noun phrase after 'of'."""
    if c.value != 1 or c.form != "words":
        return None
    ws = tuple(WORD_RE.finditer(text, c.end, min(len(text), c.end + 100)))[:8]
    possessor = ws[1].group() if len(ws) >= 2 and POSSESSIVE_RE.search(ws[1].group()) else None
    if len(ws) < 3 or ws[0].group().lower() not in r.of_words or (
            ws[1].group().lower() not in DETERMINERS and not possessor):
        return None
    phrase = [POSSESSIVE_RE.sub("", possessor)] if possessor else []  # "one of Airbnb's earliest investments"
    start_len = len(phrase)
    end = c.end
    superlative = False
    for w in ws[2:]:
        t = w.group().rstrip(".,")
        if t.lower() in r.superlative_words and len(phrase) == start_len:
            superlative = True  # "one of the most gifted and unpredictable attackers"
            continue
        if t.lower() in r.name_joiners and len(phrase) > start_len:
            continue
        if is_figure(t, r):
            return None  # "one of the three Israeli deputy prime ministers": the three is a figure of its own
        if t.lower() in r.stop or not t[:1].isalpha():
            break
        phrase.append(t)
        end = w.end()
        if t.lower().endswith("s") and not t.lower().endswith("ss"):
            break  # the plural head noun ends the phrase
    if len(phrase) == start_len:
        return None
    # "one of the oldest ballparks in America", "... in the world", "... in his life": the
    # place or frame a superlative holds in is part of what is counted
    superlative = superlative or any(w.lower().endswith("st") and w.lower() in r.lemmas for w in phrase)
    tail = words_after(text, end, 5) if superlative else ()
    if len(tail) >= 2 and tail[0].group().lower() in r.frame_words:
        rest = tail[1:]
        if rest[0].group().lower() in DETERMINERS:
            rest = rest[1:]
        frame = []
        for w in rest[:3]:
            t = w.group().rstrip(".,")
            if not t[:1].isalpha() or t.lower() in r.stop or (frame and not t[:1].isupper()):
                break
            frame.append(t)
            end = w.end()
            if not t[:1].isupper():
                break  # one common noun ("life", "world")
        phrase += frame
    # "one of the best speakers": the noun phrase's words in their plain form, as for units
    return " ".join(r.lemmas.get(w.lower(), w.lower()) for w in phrase), end


def fraction_of_one(text: str, c: Cand, r: UnitRules) -> tuple[Optional[str], int]:
    """'1/16 of a US pint', 'a third of a mile': a share of one unit is in that unit.
    ('a third of the population' is a share of a whole, with no unit.)"""
    ws = words_after(text, c.end, 5)
    if len(ws) < 3 or ws[0].group().lower() not in r.of_words or ws[1].group().lower() not in r.indefinite:
        return None, c.end
    for w in ws[2:]:
        t = w.group().rstrip(".,")
        if not t[:1].isalpha() or t.lower() in r.stop:
            break
        if t[:1].isupper():
            continue  # "a US pint": the name is a kind of the unit
        return r.lemmas.get(t.lower(), t.lower()), w.end()
    return None, c.end


def fraction_of_whole(text: str, c: Cand, r: UnitRules) -> tuple[Optional[str], int]:
    """'a quarter of the city's population', 'two-thirds of the votes': a share of a whole,
    in NewsQuant's naming a percentage of it ('% city population'). The whole is the noun
    phrase after 'of': names and modifiers up to its head noun."""
    ws = words_after(text, c.end, 6)
    if len(ws) < 2 or ws[0].group().lower() not in r.of_words:
        return None, c.end
    rest = ws[1:]
    if rest[0].group().lower() in POSSESSIVES or rest[0].group().lower() in r.quantifiers:
        rest = rest[1:]  # not 'those': 'a third of those screened' names no whole
    phrase: list[str] = []
    end = c.end
    head = False
    for w in rest[:4]:
        t = w.group().rstrip(".,")
        low = t.lower()
        if not t[:1].isalpha() or low in r.stop:
            break
        modifier = t[:1].isupper() or POSSESSIVE_RE.search(t) or low in r.adjectives or (
            len(low) > 4 and (low.endswith(("ed", "ing")) or low.endswith(r.adj_suffixes)))
        phrase.append(POSSESSIVE_RE.sub("", t))
        end = w.end()
        if not modifier or w.end() < len(text) and text[w.end()] in ".,;:":
            head = True  # the head noun ends the phrase
            break
    if not head and (not phrase or phrase[-1][:1].islower() or not phrase[-1].endswith("s")):
        return None, c.end  # 'the combined 4.3M ...': no noun of its own ('of Germans' is one)
    return "% " + " ".join(r.lemmas.get(w.lower(), w.lower()) for w in phrase), end


def coordinated(ws, r: UnitRules) -> Optional[tuple[str, int]]:
    """'4.3M digital and physical sales', '2.7m combined digital and physical sales': two
    adjectives joined before a plural noun; a participle before them is dropped, as in
    '517 rushing yards'."""
    words = [w.group().rstrip(".,") for w in ws]
    i = 1 if words and len(words[0]) > 4 and words[0].endswith("ed") else 0
    if len(words) < i + 4 or words[i + 1].lower() not in r.adjective_joiners:
        return None
    a, b, noun = words[i], words[i + 2], words[i + 3]
    if not all(w.isalpha() and w.islower() and w not in r.stop for w in (a, b, noun)):
        return None
    if not (is_modifier(a, r) and is_modifier(b, r)) or not noun.endswith("s") or noun.endswith("ss"):
        return None
    return f"{a} {b} {r.lemmas.get(noun, noun)}", ws[i + 3].end()


def is_figure(word: str, r: UnitRules) -> bool:
    """A cardinal numeral: '40', 'eight', 'eighty-one' (not 'first', 'twentieth')."""
    if word[:1].isdigit():
        return True
    parts = word.lower().split("-")
    return all(p in r.cardinal_words for p in parts)


def is_modifier(word: str, r: UnitRules) -> bool:
    """An adjective or participle before a noun: 'sized', 'coal-fired', 'different', 'public'."""
    low = word.lower().rstrip(".,")
    return low in r.adjectives or (len(low) > 4 and (low.endswith(("ed", "en")) or low.endswith(r.adj_suffixes)))


def head_noun(words, r: UnitRules, skip_figures: bool = False) -> Optional[tuple[str, int]]:
    """The plural noun that ends a short noun phrase (up to three words), with the lowercase
    modifiers before it; None when no lowercase plural ends it ('Echo devices' -> 'devices',
    'coal-fired power plants'). A possessor ('the state's') and, with ``skip_figures``, a
    figure ('the state's 40 delegates') stand before the phrase."""
    phrase: list[str] = []
    for w in words[:6]:
        t = w.group().rstrip(".,")
        if POSSESSIVE_RE.search(t):
            phrase = []  # "the island nation's": the possessor, not the head
            continue
        if skip_figures and (is_figure(t, r) or (t.endswith("ly") and len(t) > 4)):
            continue  # "the state's 40 delegates", "the nation's roughly 200,000 residents"
        if not t[:1].isalpha() or t.lower() in r.stop or len(phrase) >= 3:
            return None
        if t[:1].isupper():
            if phrase:
                return None
            continue  # a name before the noun ("Echo devices") is a kind of it
        phrase.append(t)
        if t.endswith("s") and not t.endswith("ss"):
            return " ".join(r.lemmas.get(x, x) for x in phrase).lower(), w.end()
        if w.end() < len(w.string) and w.string[w.end()] in ".,;:":
            return None
    return None


def named_noun(text: str, first, r: UnitRules) -> Optional[tuple[str, int]]:
    """'460 Kia and Hyundai vehicles', '63,000 Model 3 sedans': names (and a model number)
    before the counted noun belong to it. None when no lowercase plural follows them."""
    names: list[str] = []
    mods: list[str] = []  # "three Israeli deputy prime ministers": lowercase words before the noun
    prev_end = first.start()
    for w in words_after(text, first.start(), 6):
        t = w.group().rstrip(".,")
        if names and not text[prev_end: w.start()].isspace():
            return None  # "Six des Français, membres": a comma ends the names
        prev_end = w.end()
        model = t.isdigit() and names and names[-1][:1].isupper() and not names[-1].endswith(("'s", "’s"))
        if not mods and (t[:1].isupper() or model or t.lower() in r.name_joiners):
            names.append(t)
            if len(names) > 4:
                return None
            continue
        if len(names) > 1 and names[-1].lower() in r.name_joiners:
            return None
        if not (t.isalpha() and t.islower() and t not in r.stop):
            return None
        if t.endswith("s") and not t.endswith("ss"):
            words = [POSSESSIVE_RE.sub("", n) for n in names] + [r.lemmas.get(m, m) for m in mods + [t]]
            return " ".join(words).lower(), w.end()
        if len(mods) >= 2:
            return None
        mods.append(t)
    return None


