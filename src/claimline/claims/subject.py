"""Whose figure it is: the actor a figure belongs to, chosen by explainable heuristics.

Without a parser the choice is ordered, first hit wins (the rule name is recorded):

1. ``clause-actor``: the named organisation, acronym or country nearest before the numeral
   in its clause. Not candidates (``rejected``): places after a location preposition ("in
   Kosovo"); any actor after a preposition that never introduces the owner of a figure
   (``non_subject_preps``: "with Boeing", "to the IRS", "alla Libia", "certified … by the
   Recording Industry Association of America (RIAA)": the acronym in parentheses after a
   rejected name, listed or not, is rejected with it); sources ("CNBC
   reported", "according to the DANE's projection", "l'agence PTI"); the parent of the
   unit that owns the figure ("la missione dell'ONU"); asides in parentheses that close
   before the figure; acronyms that only qualify a person ("NATO Secretary General …");
   a country that only says where one body or thing is from ("a United States federal
   judge", "the U.S. embassy", "US band …": ``qualifier_articles``, ``qualified_nouns``).
   A people named as a noun ("the Germans") stands for its country for counts of forces.
   Two actors joined by "and", "et", "und", "y", "e" own the figure together: no subject
   (``coordinated``) rather than one of them. A clause after a break (";", ", and",
   ", while": ``clause_breaks``) that opens with a subject of its own ("…, and Daiwa added
   5.3% to 740 yen", "…, while the album has sold …") owns its figures: the actors of the
   clause before are never candidates, and an unlisted name opening it is the subject
   (``clause-name``);
2. ``destination``: "700 troops to Kosovo" belongs to the organisation named after that
   place in the document ("Kosovo Force"); "to the mission" to the last actor named;
3. ``location``: "the 60,000 troops in the Balkans" with no actor in the clause belongs to
   the document's leading actor *in that place* ("NATO forces in the Balkans");
4. ``sentence-actor``: the last actor named in the sentence before the figure that was
   not its clause actor nor rejected (often the source: "According to the WHO, …");
5. ``previous-actor``: the last actor named before the sentence in its paragraph, never one
   rejected above — only when the sentence refers back to it ("the mission", "la force";
   ``refers_back``), or when the figure counts forces and that actor is a force, a mission
   or a country (``takes_contingents``, ``is_country``), not an outlet or an acronym;
6. ``document-actor``: the document's leading actor, on the same conditions.

A nationality before the counted noun ("1,600 US soldiers") makes the subject that
country's contingent of the chosen organisation, a series of its own; of a country it is
not ("5,000 French soldiers" in a sentence naming Burkina Faso are France's).

Known limits: a subject after the verb ("… were sent by Germany"), a noun before the
number ("les 34.100 de Italia"), pronouns resolved across paragraphs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from claimline.claims.lexicon import Lexicon
from claimline.claims.mentions import Mention, place_of


@dataclass
class DocActors:
    """What the whole document says about actors, for the fallbacks."""

    mentions: list[Mention] = field(default_factory=list)  # document order, absolute offsets
    leader: Optional[str] = None
    leader_count: int = 0
    place_orgs: dict = field(default_factory=dict)  # canonical place → org name
    text: str = ""  # the text the mentions were found in (what it calls a force)

    @classmethod
    def build(cls, mentions: list[Mention], lex_by_mention, text: str = "") -> "DocActors":
        """Count the actors of a document; ``lex_by_mention`` gives each mention's lexicon,
        ``text`` is the clean text the mentions' offsets point into."""
        ctx = cls(mentions=[m for m in mentions if m.candidate], text=text)
        parents = Counter(m.parent for m in mentions if m.parent)
        counts = Counter(m.text for m in ctx.mentions if m.kind in ("acronym", "org"))
        if parents:
            ctx.leader = parents.most_common(1)[0][0]
            ctx.leader_count = parents[ctx.leader] + counts.get(ctx.leader, 0)
        elif counts:
            ctx.leader, ctx.leader_count = counts.most_common(1)[0]
        for m in ctx.mentions:
            if m.kind == "org":
                place = place_of(m.text, lex_by_mention(m))
                if place and place not in ctx.place_orgs:
                    ctx.place_orgs[place] = m.text
        return ctx

    def last_before(self, pos: int, skip=frozenset()) -> Optional[Mention]:
        """The last actor (organisation or acronym) named before offset ``pos``, except the
        mentions whose ``(start, end)`` is in ``skip`` (sources, recipients, asides)."""
        best = None
        for m in self.mentions:
            if m.end <= pos and m.kind in ("acronym", "org") and (m.start, m.end) not in skip:
                best = m
        return best

    def first_of_sentence(self, m: Mention, skip=frozenset()) -> Mention:
        """The first actor of the sentence ``m`` is in: the usual antecedent of "it" or "the
        mission" in the next sentence ("The Kosovo Force (KFOR) is a NATO-led force. It
        has …" — KFOR, not NATO)."""
        cut = max(self.text.rfind(". ", 0, m.start), self.text.rfind("\n", 0, m.start)) if self.text else m.start
        for other in self.mentions:
            if cut < other.start <= m.start and other.kind in ("acronym", "org") \
                    and (other.start, other.end) not in skip:
                return other
        return m


def _phrase_after(right: str, preps: set[str]) -> Optional[tuple[str, str]]:
    m = re.match(r"\s*([\w'’]+)\s+((?:the\s+|la\s+|le\s+|l')?[\w'’-]+(?:\s+[A-Z][\w-]+)?)", right)
    if m and m.group(1).lower() in preps:
        return m.group(1).lower(), m.group(2)
    return None


def choose(sent_mentions: list[Mention], sentence: str, sent_start: int, rel_pos: int,
           right: str, doc: DocActors, lex: Lexicon, paragraph_start: int = 0,
           military: bool = False) -> tuple[str, str]:
    """(subject, rule) for a figure at ``rel_pos`` of a sentence starting at ``sent_start``.

    ``right`` is the sentence text after the counted noun; the previous-actor fallback
    only looks back to ``paragraph_start``. The two fallbacks need a reason: the sentence
    refers back ("it", "the mission") or the figure counts forces (``military``), which a
    document about one force reports without naming it each time. Otherwise a figure with
    no actor in its clause has none: the last organisation named is most often a source
    or a bystander ("… a indiqué BFMTV. 192 personnes étaient prises en charge").
    """
    loc_preps = lex.listed("location_preps")
    best = None
    rejected = set()
    prev = None
    chained = set()  # sources and their appositions, candidates or not
    own = own_clause(sentence, rel_pos, lex)
    if own is not None:
        # "…, and Daiwa added 5.3% to 740 yen", "…, while the album has sold 600,000
        # copies": the clause has a subject of its own; the actors before it are not owners
        opener = next((m for m in sent_mentions if m.start - sent_start == own), None)
        # unless it only qualifies the next name ("…, while Chelyabinsk regional Deputy
        # Governor Oleg Klimov indicated 68 people …")
        qualifies = opener is not None and re.match(r"\s+[^\W\d_][\w'’-]*\s+[A-ZÀ-Þ]", sentence[opener.end - sent_start:])
        if opener is not None and opener.kind in ("name", "acronym", "org") and not opener.affiliation \
                and not qualifies and opener.end - sent_start <= rel_pos \
                and not rejected_why(opener, sentence, sent_start, rel_pos, lex):
            return opener.text, "clause-name"
        sent_mentions = [m for m in sent_mentions if m.start - sent_start >= own]
    for m in sent_mentions:
        if m.end - sent_start > rel_pos:
            continue
        gap = sentence[prev.end - sent_start:m.start - sent_start].strip().lower() if prev is not None else None
        prev_rejected = prev is not None and ((prev.start, prev.end) in rejected | chained
                                              or _is_source(sentence, prev.start - sent_start, prev.end - sent_start, lex)
                                              # "by the Recording Industry Association of
                                              # America (RIAA)": a name no list knows, after
                                              # a preposition, then its acronym
                                              or not prev.candidate and gap == "("
                                              and rejected_why(prev, sentence, sent_start, rel_pos, lex) is not None)
        # "selon Santé publique France (SPF)", "nach Angaben des Investitionsfonds (MIF) der
        # Entwicklungsbank (IADB)", "in Kenosha, Wisconsin, United States": the same
        # source, the source's parent, the same place
        gap = gap.lstrip(")").strip() if gap else gap
        apposition = prev_rejected and (gap == "(" or gap in _GENITIVES
                                         or gap == "," and prev.kind == m.kind == "place")
        if apposition:
            chained.add((m.start, m.end))
        prev = m
        if not (m.candidate or military and m.kind == "people"):
            continue  # "the Germans sent 500 soldiers": a people owns only a count of forces
        if apposition or rejected_why(m, sentence, sent_start, rel_pos, lex):
            rejected.add((m.start, m.end))
            continue
        if best is None or _rank(m) >= _rank(best):
            best = m
    if best is not None:
        if _coordinated(best, sent_mentions, sentence, sent_start, lex, rejected, rel_pos):
            return "", "coordinated"
        part = _part_before(best, sent_mentions, sentence, sent_start, lex)
        if part is not None:
            return f"{part.text} of {best.text}", "clause-actor+part"
        return best.text, "clause-actor"

    dest = _phrase_after(right, lex.listed("destination_preps")) or _destination_in(right[:90], lex)
    if dest:
        target = dest[1]
        place = lex.places.get(target) or lex.places.get(re.sub(r"^(the|la|le|l')\s*", "", target))
        if place and place in doc.place_orgs:
            return doc.place_orgs[place], "destination"
        if lex.has("anaphora", target):
            prev = doc.last_before(sent_start, skip=rejected)
            if prev:
                return prev.text, "destination"
    loc = _phrase_after(right, loc_preps)
    if loc:
        name = re.sub(r"^(the|la|le|l')\s*", "", loc[1])
        place = lex.places.get(name) or lex.places.get(loc[1])
        if place and doc.leader and place_of(doc.leader, lex) != place:
            home = [p for p, org in doc.place_orgs.items() if org == doc.leader]
            if not home or place not in home:
                return f"{doc.leader} forces in {loc[1] if loc[1].startswith('the ') else name}", "location"
    prev = doc.last_before(sent_start + rel_pos, skip=rejected)
    if prev and prev.start >= sent_start + (own or 0):  # "According to the WHO, …", "Police said …"
        return prev.text, "sentence-actor"
    # "unowned": the clause names actors, but only sources, recipients or asides
    nobody = ("", "unowned") if rejected else ("", "none")
    back = refers_back(sentence, rel_pos, lex)
    if not (military or back):
        return nobody

    def fits(name: str) -> bool:
        # forces counted with no owner named are a force's or a country's, never those of
        # the last broadcaster, agency or acronym named ("BFMTV", "IED")
        return back or is_country(name, lex) or takes_contingents(name, doc.text, lex)

    if prev and prev.start >= paragraph_start:
        first = doc.first_of_sentence(prev, skip=rejected)
        for cand in (first, prev):
            if fits(cand.text):
                return cand.text, "previous-actor"
    if doc.leader and doc.leader_count >= 2 and fits(doc.leader):
        return doc.leader, "document-actor"
    return nobody


def own_clause(sentence: str, rel_pos: int, lex: Lexicon) -> Optional[int]:
    """Where the clause of the figure at ``rel_pos`` starts, when it follows a clause break
    (";", ", and", ", while" …: ``clause_breaks``) and opens with a subject of its own: a
    capitalised name or an article (``clause_subject_articles``: "…, and Daiwa added …", "…, while the album has
    sold …", "…, while state-owned Codelco will spend …"); None when it continues the
    clause before ("…, while its annual revenue rose"; "…, and cut 500 jobs")."""
    words = sorted(lex.listed("clause_breaks"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    cut = None
    for m in re.finditer(rf";|,\s+(?i:{alt})\b", sentence[:rel_pos]):
        cut = m
    if cut is None:
        return None
    rest = sentence[cut.end():rel_pos]
    first = re.match(r"\s*([\w'’-]+)(?:\s+([\w'’-]+))?", rest)
    if not first:
        return None
    w1, w2 = first.group(1), first.group(2) or ""
    if w1[:1].isupper() and w1.lower() not in lex.listed("function_words"):
        if re.match(r"(?:\s+[A-ZÀ-Þ][\w'’-]*)*\s*,", rest[first.end(1):]):
            return None  # "Combining SMFG, Japan's third-biggest lender, and Daiwa, the …": a list
        return cut.end() + first.start(1)
    if w1.lower() in lex.listed("clause_subject_articles"):
        return cut.end() + first.start(1)
    if w1.islower() and "-" in w1 and w2[:1].isupper():
        return cut.end() + first.start(2)  # "state-owned Codelco"
    return None


def refers_back(sentence: str, rel_pos: int, lex: Lexicon) -> bool:
    """Whether the words before the figure point back to an organisation named earlier
    ("the mission", "la force", "das Bündnis").

    A bare pronoun ("it", "il", "sie") does not count: it points back to any noun of its
    gender, most often not an organisation ("Il a bénéficié à 9,5 millions de salariés":
    il = the tax measure), or to no one ("il y a", "es gibt").
    """
    return any(re.search(r"[\s'’]", m.group(0)) for m in lex.find("anaphora", sentence[:rel_pos]))


#: Connectors of a genitive chain ("… de la", "der", "del"), lower case.
_GENITIVES = frozenset({"of", "of the", "de", "de la", "du", "des", "de l'", "der", "des", "von", "del", "de los",
                        "della", "dello", "degli", "delle", "dei", "di", "dell'", "d'"})


def _words_before(sentence: str, start: int, lex: Lexicon) -> list[str]:
    """The lower-case words before ``start``, articles dropped, elisions spelled out."""
    articles = lex.listed("articles")
    before = [w for w in sentence[:start].lower().split() if w not in articles]
    if before and re.search(r"[\w]['’]$", before[-1]):  # "d'Italie", "dell'Iraq", "l'Inde"
        elided = re.split(r"['’]", before[-1].rstrip("'’"))[-1]
        before[-1] = {"d": "de", "dell": "of", "nell": "in", "all": "to", "dall": "from",
                      "sull": "on"}.get(elided, elided)
    return before


def rejected_why(m: Mention, sentence: str, sent_start: int, rel_pos: int, lex: Lexicon) -> Optional[str]:
    """Why a mention before the figure cannot own it, or None.

    ``place``: a place after a location preposition or "of" ("in Kosovo", "the city of El
    Paso"); ``preposition``: any actor after a preposition that never introduces a figure's
    owner ("with Boeing", "to the IRS", "alla Libia", "hacia China"); ``source``: who
    reports the figure, a news outlet included ("l'agence PTI"); ``aside``: inside
    parentheses closed before the figure, with other words ("(… delle operazioni della
    NATO in Afghanistan)").
    """
    start, end = m.start - sent_start, m.end - sent_start
    before = _words_before(sentence, start, lex)
    last = before[-1].strip("(«\"“") if before else ""
    raw = sentence[:start].lower().split()[-1:] or [""]
    if m.kind == "place" and last in lex.listed("location_preps") | {"of", "de", "du"}:
        return "place"
    if m.kind in ("place", "acronym") and is_country(m.text, lex) and _qualifies(sentence, start, end, raw[0], lex):
        return "qualifier"  # "a United States federal judge", "the U.S. embassy": not the country
    if last in lex.listed("location_preps") and m.kind == "org" and m.text not in lex.places and place_of(m.text, lex):
        return "place"  # "appeared in Christchurch District Court": where, not who
    if len(before) >= 2 and last in _GENITIVES \
            and re.sub(r"^[ld]['’]", "", before[-2]) in lex.listed("org_words") and m.kind in ("acronym", "org"):
        return "part"  # "la missione dell'ONU … 10.000 uomini": the mission's, not the UN's
    if last in lex.listed("non_subject_preps") or raw[0] in lex.listed("non_subject_preps"):
        return "preposition"  # raw: "al Ministerio", a contraction the article list drops
    if m.kind in ("org", "acronym") and _venue(before, sentence[end:], lex):
        return "venue"  # "the headquarters of the Paris Police Prefecture", "the UN headquarters"
    media = lex.listed("media_words")
    near = sentence[:start].lower().split()[-2:] + [m.text.lower()] + re.findall(r"^\s+([\w'’-]+)", sentence[end:].lower())
    if any(re.sub(r"^[ld]['’]", "", w) in media for w in near):
        # "l'agence PTI", "il canale NHK", "la cadena estadounidense CNBC", "in a situational
        # report of NDRRMC", "an official government Twitter account"
        return "source"
    if _is_source(sentence, start, end, lex):
        return "source"
    opened = sentence.rfind("(", 0, start)
    closed = sentence.find(")", end, rel_pos)
    if opened >= 0 and closed >= 0 and ")" not in sentence[opened:start] \
            and (sentence[opened + 1:start].strip() or sentence[end:closed].strip()):
        return "aside"  # "Halle (Allemagne)", "l'Agence régionale de santé (ARS)" name the same actor
    return None


def _venue(before: list[str], after: str, lex: Lexicon) -> bool:
    """Whether an organisation names a building, not an actor: a venue noun right after it
    ("the United Nations headquarters") or before it and "of" ("the headquarters of the
    Paris Police Prefecture", "au siège de l'ONU"); ``venue_nouns``."""
    venues = lex.listed("venue_nouns")
    if not venues:
        return False
    nxt = re.match(r"\s+([\w'’-]+(?:\s+[\w'’-]+)?)", after)
    if nxt and (nxt.group(1).split()[0].lower() in venues or nxt.group(1).lower() in venues):
        return True
    if len(before) >= 2 and before[-1] in _GENITIVES:
        return before[-2] in venues or " ".join(before[-3:-1]) in venues
    return False


def _qualifies(sentence: str, start: int, end: int, word_before: str, lex: Lexicon) -> bool:
    """Whether a country named at ``sentence[start:end]`` only says where one body or thing
    is from: after an indefinite article ("a United States federal judge", "a UK top 10
    hit"; ``qualifier_articles``) or before a noun for a single body that is not the state
    ("the U.S. embassy", "US rock band …", "The US giant"; ``qualified_nouns``), up to two
    words away."""
    if word_before in lex.listed("qualifier_articles"):
        return True
    nouns = lex.listed("qualified_nouns")
    words = re.match(r"(?:\s+[a-z][\w-]*){1,3}", sentence[end:end + 60])
    if not nouns or not words:
        return False
    return any(w in nouns for w in words.group(0).split())


def _coordinated(best: Mention, sent_mentions: list[Mention], sentence: str, sent_start: int,
                 lex: Lexicon, rejected: set, rel_pos: int) -> bool:
    """True when ``best`` is one of several actors joined by a coordinator ("Singapore,
    India, and Australia", "Großbritannien und die Niederlande", "il PvdA e il SP")."""
    # "or" joins two names of one actor ("G7, or the Group of Seven") as often as two actors
    coords = lex.listed("coordinators") - {"or", "ou", "oder", "o", "u", "od"}
    if not coords:
        return False
    alt = "|".join(re.escape(c) for c in sorted(coords, key=len, reverse=True))
    arts = "|".join(re.escape(a) for a in sorted(lex.listed("articles"), key=len, reverse=True)) or "(?!)"
    if re.search(rf"[A-ZÀ-Þ][\w'’.-]*\)?\s*,?\s+(?i:{alt})\s+(?:(?i:{arts})\s+)?$",
                 sentence[:best.start - sent_start]):
        return True  # "Singapore, India, and Australia": the clause split at ", and" hides India
    if not lex.words.get("capitalised_nouns") and \
            re.match(rf"\s*,?\s+(?i:{alt})\s+(?:(?i:{arts})\s+)?[A-ZÀ-Þ]", sentence[best.end - sent_start:rel_pos]):
        return True  # "neither US nor British authorities …", "la France et l'Allemagne ont …"
    for m in sent_mentions:
        if m is best or not m.candidate:
            continue
        if m.end <= best.start and (m.start, m.end) not in rejected:
            between = sentence[m.end - sent_start:best.start - sent_start].lower()
        elif m.start >= best.end and (m.start, m.end) in rejected and m.start - sent_start < rel_pos:
            between = sentence[best.end - sent_start:m.start - sent_start].lower()  # "(CDA) e dall'Unione"
        else:
            continue
        if re.search(r"\d", between):
            continue
        words = re.findall(r"[\w'’-]+", between)
        if not any(w in coords for w in words):
            continue
        others = [w for w in words if w not in coords and w not in lex.listed("articles")]
        if len(others) <= 3 and not any(w in lex.listed("speech") for w in others):
            return True
    return False


def place_frame(sentence: str, rel_pos: int, lex: Lexicon) -> Optional[str]:
    """The place a sentence opens with, before the figure ("In the United States, … 5,900
    deaths", "En France, … 1.000 décès"): where a count of cases or deaths was made."""
    preps = "|".join(re.escape(p) for p in sorted(lex.listed("location_preps"), key=len, reverse=True))
    if not preps:
        return None
    m = re.match(rf"\s*(?:{preps})\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
                 rf"([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){{0,3}})\s*,", sentence, re.I)
    if not m or m.end() > rel_pos:
        return None
    return lex.places.get(m.group(1))


#: The subject of a figure counted over the whole world ("worldwide", "dans le monde").
WORLD = "World"


def place_before(sent_mentions: list[Mention], sentence: str, sent_start: int, rel_pos: int,
                 lex: Lexicon) -> Optional[str]:
    """The last place named after a location preposition before the figure ("starben *im
    Irak* insgesamt 2.489 Menschen"): where people counted as victims died or were hurt."""
    best = None
    for m in sent_mentions:
        if m.kind != "place" or m.end - sent_start > rel_pos:
            continue
        before = _words_before(sentence, m.start - sent_start, lex)
        if before and before[-1] in lex.listed("location_preps"):
            best = m
    if best is None:
        return None
    between = sentence[best.end - sent_start:rel_pos]
    if re.search(r"\d", between) or len(between.split()) > 12:
        return None  # another figure, or a clause too far away, stands between
    return best.text


def place_after(right: str, lex: Lexicon) -> Optional[str]:
    """The place the figure's clause names after it ("… deaths linked to COVID-19 *in the
    United States*"), up to the next comma, semicolon or stop; ``WORLD`` when the clause
    counts over the world before it names any place."""
    preps = "|".join(re.escape(p) for p in sorted(lex.listed("location_preps"), key=len, reverse=True))
    clause = re.split(r"[,;:.!?]", right[:100])[0]
    world = lex.find("world", clause)
    if not preps:
        return None
    for m in re.finditer(rf"\b(?:{preps})\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
                         rf"([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){{0,3}})", clause):
        place = lex.places.get(m.group(1))
        if place:
            # "115.000 morts dans le monde depuis son apparition … en Chine": the world's
            if world and world[0].start() < m.start():
                return WORLD
            if _listed_with_others(right[m.end():], lex):
                return None  # "44.000 personas en Estados Unidos, Sudáfrica y América Latina"
            return place
    return WORLD if world else None


def _listed_with_others(rest: str, lex: Lexicon) -> bool:
    """Whether the place just read opens a list of places ("en Estados Unidos, Sudáfrica y
    América Latina", "in Iraq and Syria"); "in Kenosha, Wisconsin" is one place."""
    coords = "|".join(re.escape(c) for c in sorted(lex.listed("coordinators"), key=len, reverse=True))
    if not coords:
        return False
    name = r"(?:(?i:the|la|le|les|el|los|las|l['’])\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*"
    return bool(re.match(rf"(?:\s*,\s*{name})*\s*,?\s*(?i:{coords})\s+{name}", rest))


def _part_before(whole: Mention, sent_mentions: list[Mention], sentence: str, sent_start: int,
                 lex: Lexicon) -> Optional[Mention]:
    """The unit named right before "of <whole>" ("Multinational Battle Group East of KFOR").

    A unit of a mission is a part of it, never the mission: the figure is the unit's.
    """
    if whole.kind not in ("acronym", "org"):
        return None
    for m in sent_mentions:
        if m is whole or m.end > whole.start or m.kind != "org":
            continue
        between = sentence[m.end - sent_start:whole.start - sent_start].strip().lower()
        if between in ("of", "of the", "de", "de la", "du", "des", "de l'", "of the nato-led"):
            return m
    return None


def _is_source(sentence: str, start: int, end: int, lex: Lexicon) -> bool:
    """True for "Police said …", "according to the WHO …": who reports, not whose figure."""
    after = sentence[end:end + 25]
    before = sentence[max(0, start - 20):start]
    m = re.match(r"\s*(?:['’]s\s+\w+\s+)?([\w'’]+(?:\s+to)?)", after)
    if m and m.group(1).lower() in lex.listed("speech"):
        # "KFOR said it has 4,900 troops": the reported clause is the speaker's own
        return not _speaks_of_itself(sentence, end + m.end(), lex)
    # "the United States government accused …", "NATO spokesman said …"
    heads = lex.listed("org_words") | lex.listed("person_titles") | lex.listed("person_nouns")
    m = re.match(r"\s*([\w'’-]+)\s+(?:[A-ZÀ-Þ][\w'’-]*\s+){0,3}([\w'’]+(?:\s+to)?)", sentence[end:end + 60])
    if m and m.group(1).lower() in heads and m.group(2).lower() in lex.listed("speech"):
        return True  # also "… Bank president Okey Oramah said"
    phrases = "|".join(re.escape(p) for p in sorted(lex.listed("according_to") | {"according to", "selon", "d'après"},
                                                     key=len, reverse=True))
    articles = "|".join(re.escape(a) for a in sorted(lex.listed("articles"), key=len, reverse=True))
    if re.search(rf"(?:{phrases})\s+(?:(?:{articles})\s+|l')?$", before, re.I):
        return True
    # "selon les chiffres révélés mardi par l'Agence Bio", "de acuerdo con la proyección del
    # DANE": the cue opens a phrase of lower-case words that names the source at its end.
    segment = re.split(r"[,;:()]", sentence[:start])[-1]
    cue = None
    for c in re.finditer(rf"(?<![\w])(?:{phrases})(?![\w])", segment, re.I):
        cue = c
    if cue is None:
        return False
    between = re.findall(r"[\w'’-]+", segment[cue.end():])
    return len(between) <= 8 and not any(w[:1].isupper() or w[:1].isdigit() for w in between)


def _speaks_of_itself(sentence: str, pos: int, lex: Lexicon) -> bool:
    """Whether the clause a reporting verb opens at ``pos`` tells what the speaker has
    ("said it has 4,900 troops", "said on Monday that it now has", "a indiqué qu'elle compte"):
    a pronoun (the single words of ``anaphora``) and a verb of ``own_verbs``. "The WHO said
    it had recorded 500 cases in Brazil" stays a report of someone else's figure."""
    pronouns = [w for w in lex.listed("anaphora") if " " not in w and "'" not in w]
    verbs = lex.alternation("own_verbs")
    if not pronouns or not verbs:
        return False
    alt = "|".join(re.escape(w) for w in sorted(pronouns, key=len, reverse=True))
    return bool(re.match(rf"(?:\s+[\w'’]+){{0,3}}?\s+(?:that\s+|qu['’]|que\s+)?(?:{alt})\s+(?:[a-z]+ly\s+|now\s+|still\s+)?"
                         rf"(?:{verbs})\s+(?![a-z]+(?:ed|en)\b)",  # "said it had recorded": no possession
                         sentence[pos:pos + 60], re.I))


def _destination_in(text: str, lex: Lexicon) -> Optional[tuple[str, str]]:
    """A "to <Place>" later in the clause ("… so it can deploy to Kosovo")."""
    for m in re.finditer(r"\b(to|into|vers|en|au)\s+((?:the\s+)?[A-ZÀ-Þ][\w-]+(?:\s+[A-Z][\w-]+)?)", text):
        name = re.sub(r"^the\s+", "", m.group(2))
        if name in lex.places or m.group(2) in lex.places:
            return m.group(1), m.group(2)
    return None


def _rank(m: Mention) -> int:
    return {"acronym": 2, "org": 2, "place": 1, "people": 1}.get(m.kind, 0)


def is_country(subject: str, lex: Lexicon) -> bool:
    """Whether ``subject`` names a country or place rather than an organisation."""
    name = subject.removeprefix("the ")
    return name in lex.places or subject in lex.places or subject in set(lex.demonyms.values())


#: Acronyms of peace and security forces: UN missions (UNIFIL, UNMIK, MINUSMA, MONUSCO)
#: and the "-FOR" forces (KFOR, SFOR, EUFOR).
_FORCE_ACRONYM = re.compile(r"(?:UN[A-Z]{2,}|MINU[A-Z]+|MONU[A-Z]+|[A-Z]{1,4}FOR)")


@lru_cache(maxsize=None)
def _organisations() -> frozenset[str]:
    """Canonical names of the international organisations of every language's
    ``organisations.tsv`` (NATO, UN, EU, AU, …): bodies national contingents serve in."""
    from claimline.resources import languages, read_tsv

    return frozenset(row[1] for lang in languages() for row in read_tsv(lang, "organisations.tsv")
                     if len(row) >= 2 and row[1])


def takes_contingents(subject: str, text: str, lex: Lexicon) -> bool:
    """Whether ``subject`` is a multinational force or mission that national contingents
    serve in: an international organisation, a force acronym, a name with a mission word
    ("Kosovo Force", "Operation Inherent Resolve") or one the text calls a force or an
    operation ("la force Barkhane", "l'opération Barkhane"). A guerrilla, a news agency, a
    council or a country is none: "1.000 soldati georgiani" there are Georgia's troops.
    """
    name = subject.removeprefix("the ").strip()
    if not name:
        return False
    if name in _organisations() or _FORCE_ACRONYM.fullmatch(name):
        return True
    words = lex.listed("mission_words")
    if any(w.lower() in words for w in re.findall(r"[\w'’-]+", name)):
        return True
    if not words:
        return False
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return bool(re.search(rf"(?<![\w])(?:{alt})\s+(?:[\w'’]+\s+){{0,2}}{re.escape(name)}(?![\w])",
                          text, re.IGNORECASE))


def named_contingent(left: str, lex: Lexicon) -> Optional[str]:
    """The nationality of a contingent named before the figure in its clause ("il
    contingente *danese* consta di 470 uomini", "the *Danish* contingent has 470")."""
    words = re.findall(r"[\w'’-]+", left[-80:])
    cont = lex.listed("contingent_words")
    for i, w in enumerate(words):
        if w.lower() not in cont:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(words) and words[j].lower() in lex.demonyms:
                return words[j]
    return None


def contingent(subject: str, demonym: str) -> str:
    """The name of a national contingent of ``subject`` ("US contingent of KFOR")."""
    if not subject:
        return demonym
    return f"{demonym} contingent of {subject}"
