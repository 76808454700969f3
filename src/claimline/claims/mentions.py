"""Spotting named actors in a sentence without a tagger: acronyms, organisations, places.

A mention is a run of capitalised words (joined by listed connectors such as "of", "de");
acronyms (two or more capitals) always stand alone, "NATO-led X" is X with NATO as its
parent, a trailing possessive is noted, sentence-initial function words are dropped.
Runs that start with a person title ("Secretary General …", "Lord …") or look like personal
names are people; people are never the subject of a figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from claimline.claims.lexicon import Lexicon

_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.'’-]*|[\w'’.-]+|[^\w\s]")
#: "NATO", "U.N.", and party acronyms with accented or lower-case letters inside: "ÖVP",
#: "SPÖ", "TÜV", "PvdA", "CiU", "PiS" (two to four capitals, at most two lower-case letters
#: after each, ending on a capital).
_ACRONYM = re.compile(r"^(?:[A-Z]{2,7}|(?:[A-Z]\.){2,4}|[A-ZÄÖÜ]{2,7}|(?=\w{3,6}$)(?:[A-Z][a-z]{0,2}){1,3}[A-Z])$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")


@dataclass(frozen=True)
class Mention:
    """A named actor in a text span (offsets end-exclusive, relative to the text scanned)."""

    start: int
    end: int
    text: str
    kind: str  # acronym | org | place | person | name | people ("the Germans": its country)
    possessive: bool = False
    parent: Optional[str] = None  # "NATO" in "NATO-led Kosovo Force"
    affiliation: bool = False  # "NATO" in "NATO Secretary General"

    @property
    def candidate(self) -> bool:
        """Whether this mention can be the subject of a figure."""
        return self.kind in ("acronym", "org", "place") and not self.affiliation


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _capital_heading(text: str, tokens: list) -> set[int]:
    """Indices of tokens in a row of three or more words in capitals parted by spaces only
    (a heading glued to the text), where each would otherwise pass for an acronym."""
    out: set[int] = set()
    row: list[int] = []
    for i, (start, _end, word) in enumerate(tokens + [(len(text), len(text), "")]):
        caps = len(word) >= 2 and word.isupper() and word.isalpha()
        joined = row and text[tokens[row[-1]][1]:start].strip() == ""
        if caps and (not row or joined):
            row.append(i)
            continue
        if len(row) >= 3:
            out.update(row)
        row = [i] if caps else []
    return out


@lru_cache(maxsize=None)
def currency_codes(lang: str) -> frozenset[str]:
    """The currency codes the numbers stage reads in ``lang`` ("USD", "DKK", "RMB"): no
    actor ("170 DKK (US$27.6)")."""
    from claimline.numbers.lexicon import lexicon as number_lexicon

    try:
        lx = number_lexicon(lang)
    except KeyError:  # a language without number files ("und"): the English lists, as the lexicon does
        lx = number_lexicon("en")
    named = {**lx.currency_before, **lx.currency_after}
    return frozenset(v for v in named.values() if v.isupper()) | {k for k in named if k.isupper()}


def find(text: str, lex: Lexicon, base: int = 0) -> list[Mention]:
    """Named actors in ``text`` (a sentence); offsets are ``base`` + position in ``text``."""
    connectors = lex.listed("name_connectors")
    function_words = lex.listed("function_words")
    not_actors = set(lex.words.get("not_actors", [])) | currency_codes(lex.lang)
    legal_forms = lex.listed("legal_forms")
    tokens = [_unelide(m.start(), m.end(), g) if "'" in g or "’" in g else (m.start(), m.end(), g)
              for m in _WORD.finditer(text) for g in (m.group(),)]
    runs: list[list[tuple[int, int, str]]] = []
    firsts: list[int] = []  # index of each run's first token
    run: list[tuple[int, int, str]] = []
    for i, tok in enumerate(tokens):
        word = tok[2]
        if _is_cap(word) and word[0].isalpha():
            legal = word.lower().strip(".") in legal_forms and run and not _ACRONYM.match(_strip(run[-1][2]))
            if run and not legal and (_ACRONYM.match(_strip(word)) or _ACRONYM.match(_strip(run[-1][2]))):
                runs.append(run)
                run = []
            if not run:
                firsts.append(i)
            run.append(tok)
            continue
        if run and _continues(word, run[-1][2], lex):
            run.append(tok)  # "Union européenne", "armée australienne", "Gobierno chino"
            continue
        nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        if run and word.lower() in connectors and _is_cap(nxt) and not _ACRONYM.match(_strip(nxt)):
            run.append(tok)
            continue
        if run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)

    out: list[Mention] = []
    leading = function_words | lex.listed("articles")
    heading = _capital_heading(text, tokens)
    for run, first in zip(runs, firsts):
        if first in heading:
            continue  # "CONTROVERSIES AND OTHER GAFFES Three people …": a heading, not acronyms
        before = tokens[first - 1][2] if first > 0 else ""
        nation = _nation_of(run, before, lex)
        while run and run[-1][2].lower() in connectors:
            run = run[:-1]
        # Drop sentence-initial or capitalised function words ("Today", "The", "In", "Das").
        while run and run[0][2].lower().rstrip("'’s") in leading \
                and not _ACRONYM.match(_strip(run[0][2])):
            run = run[1:]
        run = _common_noun_head(run, lex)
        if not run:
            continue
        if text[run[-1][1]:run[-1][1] + 1] == "$":
            continue  # "US$", "C$": a currency sign, not an actor
        m = _classify(text, run, lex, base)
        if m and nation and m.kind in ("org", "name", "person"):
            # "l'armée australienne", "el Gobierno chino", "die polnische Regierung": a
            # national body stands for its country
            m = Mention(m.start, m.end, nation, "place", m.possessive, m.parent)
        if m and m.text not in not_actors:
            out.append(m)
    # "NATO Secretary General …": an acronym right before a person is that person's affiliation.
    for i, m in enumerate(out[:-1]):
        nxt = out[i + 1]
        if m.kind == "acronym" and nxt.kind == "person" and text[m.end - base:nxt.start - base].strip() in ("", "'s", "’s"):
            out[i] = Mention(m.start, m.end, m.text, m.kind, m.possessive, m.parent, affiliation=True)
    return out


def _common_noun_head(run, lex: Lexicon):
    """German capitalises every noun: "Vorsteuerergebnis der Beate Uhse AG", "Interventionen
    der Armee" are a common noun and the name it governs. Keep the part after the first
    connector when the part before it names nothing (no organisation noun, acronym, place,
    nationality or title); only for languages that set ``capitalised_nouns``."""
    if not lex.words.get("capitalised_nouns") or len(run) < 3:
        return run
    connectors = lex.listed("name_connectors")
    for k, tok in enumerate(run[1:-1], 1):
        if tok[2].lower() not in connectors:
            continue
        head = [t[2] for t in run[:k]]
        if any(_org_word(w, lex) or _ACRONYM.match(_strip(w)) or w in lex.places
               or w.lower() in lex.demonyms for w in head):
            return run
        return run[k + 1:]
    return run


def _org_word(word: str, lex: Lexicon) -> bool:
    return re.sub(r"^[ld]['’]", "", word.lower()) in lex.listed("org_words")


def _continues(word: str, last: str, lex: Lexicon) -> bool:
    """Whether a lower-case ``word`` continues the name before it: a listed name adjective
    ("Union *européenne*", "Banca *centrale*") or a nationality after an organisation noun
    ("armée *australienne*", "Gobierno *chino*")."""
    low = word.lower()
    return low in lex.listed("name_adjectives") or (low in lex.demonyms and word.islower() and _org_word(last, lex))


def _nation_of(run, before: str, lex: Lexicon) -> Optional[str]:
    """The country a run of one organisation noun and a nationality stands for ("armée
    australienne", "Gobierno chino"; German "polnische Regierung" with ``before``)."""
    words = [t[2] for t in run]
    if not _org_word(words[0], lex):
        return None
    for w in words[1:]:
        if w.islower() and w.lower() in lex.demonyms:
            return lex.demonyms[w.lower()]
    if len(words) == 1 and before.islower() and before.lower() in lex.demonyms:
        return lex.demonyms[before.lower()]
    return None


#: An elided article or preposition glued to a capitalised name: "l'Inde", "L'Espagne", "dell'Iraq".
_ELIDED = re.compile(r"^(?:[LlDd]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all)['’](?=[A-ZÀ-ÖØ-Þ])")


def _unelide(start: int, end: int, word: str) -> tuple[int, int, str]:
    """The token without its elided article: ("l'Inde") → ("Inde"), offsets moved with it."""
    m = _ELIDED.match(word)
    return (start + m.end(), end, word[m.end():]) if m else (start, end, word)


def _strip(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


def _classify(text: str, run, lex: Lexicon, base: int) -> Optional[Mention]:
    start, end = run[0][0], run[-1][1]
    raw = text[start:end]
    if raw.endswith(".") and not _ACRONYM.match(raw.split()[-1]):
        raw = raw[:-1]
    possessive = bool(re.search(r"['’]s?$", raw)) and raw[-1] in "s'’"
    name = _strip(raw) if possessive else raw
    parent = None
    led = re.match(r"^([A-Z][\w]*)-(?:led|dirigée?s?|geführte[nr]?)\s+", name)
    if led:
        parent = led.group(1)
        name = name[led.end():]
        start += led.end()
    elif re.match(r"^[A-Z][\w]*-(?:led)$", name):
        head = name.split("-")[0]
        return Mention(base + start, base + start + len(head), head,
                       "acronym" if _ACRONYM.match(head) else "org", False, parent=head)
    end = start + len(name)
    if not name:
        return None
    words = name.split()
    # an elided article belongs to the noun it precedes: "L'opération Barkhane" is an org
    lower = [re.sub(r"^[ld]['’]", "", w.lower().strip(".")) for w in words]
    titles = lex.listed("person_titles")
    org_words = lex.listed("org_words")
    if _ACRONYM.match(name) and name.lower() in lex.listed("function_words") | lex.listed("articles"):
        return None  # "ALL 50 states", "LES FORCES": a word in capitals, not an acronym
    if re.fullmatch(r"[IVXLC]{2,6}", name):
        return None  # "la fase II", "Henry VIII": a Roman numeral
    if len(words) >= 2 and all(w.isupper() for w in words):
        return None  # "PRO-RÉGIME REPRENNENT": a heading in capitals glued to the text
    if _initials_of_person(text, start, name, lex):
        kind = "person"  # "le brigadier-chef S.T.": a person's initials, not an organisation
    elif _ACRONYM.match(name):
        kind = "acronym"
    elif len(words) > 1 and lower[-1] in lex.listed("legal_forms"):
        kind = "org"  # "Beate Uhse AG", "Rocky 101 LLC"
    elif name in lex.places or name.removeprefix("the ") in lex.places:
        kind = "place"
    elif " ".join(lower) in lex.listed("org_names"):
        kind = "org"  # "Labour", "the Liberal Democrats": a party named without "Party"
    elif lower[0] in titles:
        kind = "person"
    elif any(w in org_words for w in lower) or _after_org_word(text, start, org_words, lex.demonyms):
        kind = "org"
    elif len(words) >= 2:
        kind = "person"
    else:
        people = name.lower() if name.lower() in lex.demonyms else name.lower()[:-1]
        if people in lex.demonyms and lower[0] not in lex.listed("function_words"):
            # "the Germans sent 500 soldiers", "les Français", "die Deutschen": a people
            # named as a noun stands for its country
            return Mention(base + start, base + end, lex.demonyms[people], "people", possessive, parent)
        kind = "name"
    return Mention(base + start, base + end, name, kind, possessive, parent)


def _after_org_word(text: str, start: int, org_words, demonyms=()) -> bool:
    """A name right after a generic organisation noun: "la force Barkhane", "l'opération X",
    "la force *française* Barkhane" (a nationality may stand between)."""
    prev = re.search(r"([\w'’-]+)\s+(?:([\w'’-]+)\s+)?$", text[max(0, start - 120):start])
    if not prev:
        return False
    last = prev.group(2) or prev.group(1)
    if re.sub(r"^[ld]['’]", "", last.lower()) in org_words:
        return True
    return bool(prev.group(2)) and prev.group(2).islower() and prev.group(2).lower() in demonyms \
        and re.sub(r"^[ld]['’]", "", prev.group(1).lower()) in org_words


def _initials_of_person(text: str, start: int, name: str, lex: Lexicon) -> bool:
    """Dotted initials right after a rank or common noun ("première classe S.T.").

    An organisation's dotted acronym comes after an article or a preposition ("the
    U.N.", "by U.N. staff"); a person's initials follow a rank or a noun.
    """
    if not _INITIALS.match(name) or name in lex.demonyms or name in lex.places:
        return False
    prev = re.search(r"([\w'’-]+)\s+$", text[max(0, start - 120):start])
    if prev is None or not prev.group(1).islower():
        return False
    word = prev.group(1)
    return not (word in lex.listed("function_words") or word in lex.listed("articles")
                or word in lex.listed("name_connectors"))


def place_of(name: str, lex: Lexicon) -> Optional[str]:
    """The canonical place a name contains ("Kosovo" in "Kosovo Force"), if any."""
    for word_count in (3, 2, 1):
        words = name.split()
        for i in range(len(words) - word_count + 1):
            chunk = " ".join(words[i:i + word_count])
            if chunk in lex.places:
                return lex.places[chunk]
    return None
