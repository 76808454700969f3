"""The claims stage's language knowledge, loaded from ``resources/<lang>/``.

``claims.json`` lists cue words by role:

- ``future`` / ``possible`` / ``announce``: modality of the clause (target, possible, announced);
- ``increase`` / ``decrease`` / ``send`` / ``withdraw`` / ``level``: verb classes deciding kind
  and direction;
- ``prep_to`` / ``prep_by`` / ``prep_from``: the word right before a figure ("reduce *to* 5,000"
  is a target or a level after, "reduce *by* 500" a change);
- ``pledge``: "promised", "zugesagt": the nearest cue makes the figure an announced target;
- ``send_after``: "590 muertes *más*", "800 uomini *in più*": a change right after the noun;
- ``partitive``: "125 *der* 308 Sitze": the whole (308) is no figure, the part takes its noun;
- ``troops_in_context`` / ``military_context``: "hommes", "Mann", "uomini" count troops only
  in a sentence that speaks of soldiers, armies or missions;
- ``kill`` / ``injure``: casualty cues that make the counted people deaths or injured;
- ``present`` / ``present_verbs`` / ``past_verbs`` / ``undated``: tense evidence for the time;
- ``since``: "since", "depuis": a level counted "*depuis le 1er mars*" holds on the document
  date, not on the day the count began;
- ``mission_words``: "force", "opération", "Einsatz": a body the text names with one of
  these takes national contingents ("la force Barkhane"); a guerrilla or an agency does not;
- ``recurring``: "every year", "chaque année", "jährlich": a yearly amount has no time of
  its own (time unknown, ``time:recurring``), not the day it was reported;
- ``location_preps`` / ``destination_preps``: "troops *in* the Balkans", "troops *to* Kosovo";
- ``non_subject_preps``: prepositions after which an actor never owns the figure before
  which it stands ("contract *with* Boeing", "paghi *alla* Libia", "vuelos *hacia* China");
- ``coordinators``: "and", "et", "und", "y", "e": two actors joined by one own a figure
  together, so it is no single actor's;
- ``name_adjectives``: lower-case words that continue a name ("Union *européenne*", "Banca
  *centrale*"); ``legal_forms``: "AG", "SA", "Inc" end a company's name;
- ``contingent_words``: "il *contingente* danese", "the Danish *contingent*": a national
  contingent named before the figure;
- ``media_words``: "l'*agence* PTI", "il *canale* NHK": a news outlet reports a figure, it
  does not own it;
- ``capitalised_nouns`` (true for German): a capitalised common noun before a connector is
  no part of the name it governs ("Vorsteuerergebnis der *Beate Uhse AG*");
- ``anaphora``: words that point back to an actor named before ("it", "the mission"); only
  the nominal ones ("the mission", "la force") let a figure fall back on an earlier actor;
- ``year_level``: "its {year} level", "son niveau de {year}": a relative figure's base
  is that year's level (``claims.year_level``);
- ``world``: "worldwide", "dans le monde": a figure counted over the world is the World's;
- ``skip_between``: words allowed between a numeral and its counted noun;
- ``nonfigure_nouns``: nouns after which a numeral is not a reported figure (durations, units);
- ``kin_nouns``: "two brothers", "trois fils": relatives counted are no figure (nor victims:
  "died … with his two daughters at his bedside" counts no dead);
- ``function_words`` / ``person_titles`` / ``org_words`` / ``name_connectors``: for name spotting;
- ``org_names``: organisations news names with no organisation word in the name, lower-case
  ("labour", "liberal democrats", "republicans"): actors, not people;
- ``abbreviations``: tokens ending in a period that do not end a sentence;
- ``number_anaphora`` / ``number_of``: "that number", "the number of";
- ``per_unit`` (after the counted noun, or after a sum of money) / ``per_unit_before`` (right
  before the numeral): a price or rate per unit is not a count ("US$80 million *per*
  astronaut", "*jeweils* über 50.000 €"); a ``per_unit_open`` word ("per", "par", "pro") is
  one only when the next word is not in ``per_unit_exempt`` ("per year" is an annual total);
- ``ratio_preps``: "8 malades *sur 10*", "27 *von* 35 Stimmen" are proportions;
- ``venue_nouns``: "the *headquarters* of the Paris Police Prefecture", "the UN
  *headquarters*": an organisation named as a building owns no figure;
- ``adjectival_nouns``: person nouns that are also adjectives after a noun ("dos centros
  *médicos*", "véhicules *militaires*"): after a common noun they count that noun's things;
- ``saving_verbs``: "could *save* 50 lives": lives saved are no toll;
- ``others_words``: "kills photojournalist, at least five *others*": a count of others
  continues the toll told before the comma;
- ``pair_auxiliaries``: "have *been* shot and killed": an auxiliary before two participles
  joined by "and", both on the same people;
- ``animal_nouns``: "Sechs tote *Schafe*", "five dead *foxes*": a toll of animals is no
  toll of people;
- ``ratio_before``: between a numeral and the one before it, "one *in* seven people", "uno
  *de cada* cinco jóvenes" make the second a denominator, not a count;
- ``demonstratives``: "*ces* trois pays", "*estas* 20 personas" refer back to a figure;
- ``send_adjacent``: sending cues that are modifiers ("more", "weitere", "más"): they make a
  change only right before the figure, not from elsewhere in the clause;
- ``according_to``: "según", "laut", "secondo": the actor named right after is a source;
- ``passive_auxiliaries``: "were", "ont été": after a relative clause on the counted people,
  the passive main verb that kills or injures them ("Two soldiers who were … were killed");
- ``own_verbs``: "has", "compte": a speaker that says a pronoun for itself has a figure
  ("KFOR said it has 4,900 troops") tells its own figure, not someone else's;
- ``future_suffixes`` / ``infinitive_suffixes``: a future verb by its ending ("destinarán",
  "avverrà"); "compte" + infinitive is an intention, "compte" + figure a count;
- ``scale_words``: "millions", "Milliarden" (for "2,7 millones *de fallecidos*": a casualty
  word that is another figure's noun).

``measures.tsv`` maps counted nouns to canonical measures, ``places.tsv`` place names to a
canonical name, ``demonyms.tsv`` nationality adjectives (every gender and number the
language writes: "australienne", "chino", "danese") to countries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimline.resources import read_json, read_tsv


#: Roles whose words are also common capitalised names ("May", "Will"): matched as written.
_CASE_SENSITIVE = {"future", "possible"}


def _phrase_regex(phrases, ignore_case: bool = True) -> re.Pattern | None:
    """One regex matching any of ``phrases`` as whole words, longest first."""
    items = sorted({p.lower() for p in phrases if p}, key=len, reverse=True)
    if not items:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE if ignore_case else 0)


@dataclass
class Lexicon:
    """Compiled word lists for one language."""

    lang: str
    words: dict
    measures: dict  # lowercase surface → canonical
    places: dict  # surface → canonical
    demonyms: dict  # surface (lowercase) → country
    regex: dict  # role → compiled phrase regex
    _sets: dict = field(default_factory=dict, repr=False)

    def has(self, role: str, text: str) -> bool:
        """True when a phrase of ``role`` occurs in ``text``."""
        rx = self.regex.get(role)
        return bool(rx and rx.search(text))

    def find(self, role: str, text: str) -> list[re.Match]:
        """Every occurrence of a phrase of ``role`` in ``text``."""
        rx = self.regex.get(role)
        return list(rx.finditer(text)) if rx else []

    def listed(self, role: str) -> frozenset[str]:
        """The phrases of ``role`` as a lowercase set (built once per role)."""
        got = self._sets.get(role)
        if got is None:
            got = self._sets[role] = frozenset(w.lower() for w in self.words.get(role, []))
        return got

    def alternation(self, *roles: str) -> str:
        """The phrases of ``roles`` as a regular-expression alternation, longest first (built
        once); empty when the language lists none."""
        key = ("alt",) + roles
        got = self._sets.get(key)
        if got is None:
            words = frozenset().union(*(self.listed(r) for r in roles))
            got = self._sets[key] = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return got


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang``; falls back to English lists for a language without files."""
    words = read_json(lang, "claims.json") or read_json("en", "claims.json")
    measures = {r[0].lower(): r[1] for r in read_tsv(lang, "measures.tsv") if len(r) >= 2}
    places = {r[0]: r[1] for r in read_tsv(lang, "places.tsv") if len(r) >= 2}
    demonyms = {r[0].lower(): r[1] for r in read_tsv(lang, "demonyms.tsv") if len(r) >= 2}
    regex = {}
    for role, items in words.items():
        if isinstance(items, list):
            rx = _phrase_regex(items, ignore_case=role not in _CASE_SENSITIVE)
            if rx:
                regex[role] = rx
    return Lexicon(lang, words, measures, places, demonyms, regex)
