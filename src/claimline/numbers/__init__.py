"""The ``numbers`` stage: numerals in text, in every form news uses, per language.

``find_numbers(text, lang)`` returns ``model.Number`` records; ``quantities`` turns them
into NewsQuant-style quantity rows (value, unit, change, concept).

Modules: ``lexicon`` (loads ``resources/<lang>/numbers.json`` and ``units.json``, compiles
every pattern once), ``digits`` (locale separators), ``candidates`` (spotters for digits,
number words via text2num, vague amounts, fractions, multipliers and the script-level
shapes: phone numbers, times, numeric dates, codes, scores), ``context`` (qualifiers and
roles from the surrounding words), ``ranges`` (ranges and transitions), ``finder``
(overlap resolution, the public ``find_numbers``), ``quantities`` and ``concept`` (rows).

Choices worth knowing:

* Separators: blanks and apostrophes always group digits. A language lists its decimal
  marks, its group marks and its *ambiguous* marks (a mark followed by exactly three
  digits groups, otherwise it is decimal): ``.`` in fr/de/it, both ``.`` and ``,`` in es
  (Spain and Mexico write numbers both ways); en reads ``1,5`` as two numbers, never 1.5.
* Qualifiers keep bounds apart from approximation: about/around/some/environ/etwa ->
  ``approx``; more than/over/plus de/mehr als -> ``more-than``; at least -> ``at-least``;
  up to/jusqu'à/bis zu/hasta -> ``up-to``; less than/under -> ``less-than``; nearly,
  almost, close to, près de, fast, casi, quasi -> ``at-most`` (the figure was not quite
  reached: a bound, not a guess either way). ``Number.approx`` is True only for
  ``approx`` and for vague amounts.
* Vague amounts are order-of-magnitude ranges: "dozens" 12..120, "hundreds" 100..1000,
  "tens of thousands" 10,000..100,000 (NewsQuant's convention); "several thousand"
  2,000..9,000, "a few hundred" 200..500; "une dizaine" 8..12. ``value`` is a
  representative (about three times the low end for the open-ended plurals). A currency
  joined by the language's ``vague_unit_links`` ("billions of dollars", "des millions
  d'euros", "Milliarden Euro") is the amount's unit and part of its span.
* Ranges ("between 4,000 and 5,000", "4,000-5,000", "de 4 000 à 5 000") are one
  ``range`` Number with ``low``/``high`` and ``value`` their midpoint; a scale said once
  covers both ends ("1.5 to 2 million"). A descending "A to B" is no range ("362 to 176");
  a dash between two small descending integers is a ``score`` ("beat Charlton 2-1").
  Transitions ("from 14,000 to 10,000", fr/es/it "de/da A à/a B" after a verb of change or
  when A > B, de "von A auf B") stay two Numbers with rules ``transition-from`` and
  ``transition-to``.
* Fractions ("a tenth", "two-thirds", "la moitié", "ein Zehntel") and multipliers
  ("triple", "halve", "verdoppeln") have ``relative`` True and ``value`` the factor.
* Roles beside ``quantity``: ``year`` (4 digits 1800-2100, or 1000-2200 after a cue such
  as "in", "since", a month or "A.D."; decades "1980s"; "'76"), ``date`` (a day next to a
  month, numeric dates, and where ``numeric_day_month`` allows it a day and month without a
  year: de "am Mittwoch (26.06)", fr "le 24/04"), ``time`` ("08:52", "14h30", "à 8 heures", "21.28 Uhr"),
  ``phone`` (cued or not grouped like thousands), ``identifier`` (after an identifier noun
  or sign: "Resolution 1244", "Article 5", "n° 3"; after a name: "iPhone 11", "S&P 500";
  house numbers), ``ordinal`` ("1st", "2e", "3º", "der 3."), ``code`` ("B-1110", "F-16",
  "COVID-19", "MH370", "[3]"), ``score`` ("2:6", "2-1").
* Per-language switches in ``numbers.json`` (absent = off, so English keeps its rules):
  ``nouns_capitalized`` (de: "Thailand 5500 Menschen" is a count after a name),
  ``count_links_after`` ("Kanadas 125 der 308 Sitze"), ``numeric_day_month``,
  ``time_before_hm``/``time_after_hm`` ("alle 13.30", "(18.50 UTC)"), ``spaced_h_times``
  ("13 h 30"), ``year_after_qualifiers`` ("hasta 2024"), ``year_not_before_count`` ("von 2000
  auf 15.000"), ``slash_ranges`` ("60/70 km/h"), ``score_cues``, ``day_nouns`` ("el día 17"),
  ``elision`` ("l'article 61"), ``dotted_codes`` ("B.1.1.7"), ``glued_symbols_case_sensitive``
  ("5G"), ``capitalized_noun_makes_name`` (fr "20 Minutes"), ``plural_endings`` (it "-i"),
  ``not_alone_unless_after``, ``transition_gap_qualifiers``/``transition_from_adverbs``,
  ``qualify_exact_vague`` ("más de medio millón"). English turns on ``dotted_codes`` and
  ``score_cues`` ("beat Russia's Elena Bovina 1-6"), and adds ``index_names`` ("the sp 500",
  "FTSE 250": an index's number in any case), ``model_words_after`` ("737 Max", "787
  Dreamliner"), ``identifier_nouns_after`` ("the 90049 ZIP Code", "17 U.S. Code"),
  ``spaced_dash_codes`` ("COVID -19") and ``bracketed_name_labels`` (a shirt number: "Dak
  Prescott (4) celebrates"; off in German, where "Nina Hagen (56)" is an age). In every
  language a dash pair of small numbers in a row of set scores or between two names is a
  score ("2-6 6-3", "London Irish 19-33 Wasps"), and a plain number dashed to a name's or a
  house number is part of it ("ISO 3888-2", "16-18 Industrial Avenue").
* Money is ``unit`` = ISO code (USD, EUR, GBP...), percentages ``unit`` = "%".
  ``$`` is read as USD, except where a language lists it in ``local_currency_signs``: es
  reads "$2.3 billones" as pesos when the text names pesos (the one peso it names, e.g.
  COP for "pesos colombianos", else the generic ``PESO``); "pesos" alone is ``PESO``, never
  a guessed country.
* Speed: most sentences hold no shape, stem or qualifier, so each spotter first asks a
  cheap question answered in one pass: the shape pre-tests start at a digit (the regex
  engine skips to digits fast; a letter-first test is tried at every letter), the
  vague/fraction/multiplier stems are found in one lowercase scan shared by the three
  spotters, a run of number words already read as a scale ("5 million") is not given to
  text2num again, and a qualifier is looked up only when the word before the figure can
  end one. ``quantities`` memoizes per sentence the words around each figure, the
  subject and the clauses; ``bench/bench_numbers.py`` times it beside quantulum3.
"""
from .finder import find_numbers

__all__ = ["find_numbers"]
