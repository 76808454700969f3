"""What the quantity readers share: ``UnitRules``, one language's unit, change and concept
words from ``units.json`` (``rules_for`` builds them once per language), the words after a
figure (``words_after``, memoized per text) and the determiners and patterns of a noun
phrase's edge."""
from __future__ import annotations

import re
from functools import lru_cache

from .concept import WORD_RE
from .lexicon import Lexicon, lexicon, phrase_trie


class UnitRules:
    """Unit, change and concept knowledge of one language, from ``units.json``."""

    def __init__(self, lx: Lexicon):
        u = lx.units
        self.currency_names = u.get("currency_names", {})
        sym = {k.lower(): v for k, v in u.get("symbols", {}).items()}
        exact = set(u.get("case_sensitive_symbols", []))
        self.symbols = sym
        self.exact_symbols = {k: v for k, v in u.get("symbols", {}).items() if k in exact}
        loose = [k for k in u.get("symbols", {}) if k not in exact]
        self.symbol_re = re.compile(
            r"[\s\u00a0\u202f-]?(?P<s>(?i:" + phrase_trie(loose) + r")|" + phrase_trie(exact, fold_case=False)
            + r")(?![\w])")
        self.stop = {w.lower() for w in u.get("stop_after", [])}
        self.up = {w.lower() for w in u.get("change_up", [])}
        self.down = {w.lower() for w in u.get("change_down", [])}
        self.by = {w.lower() for w in u.get("change_by", [])}
        self.level = {w.lower() for w in u.get("change_level", [])}
        self.lead_up_nouns = {w.lower() for w in u.get("lead_up_nouns", [])}
        self.phrasal_verbs = {w.lower() for w in u.get("phrasal_verbs", [])}
        self.clause_joins = {w.lower() for w in u.get("clause_joins", [])}
        self.per = {w.lower() for w in u.get("per_words", [])}
        self.of_units = {w.lower() for w in u.get("of_units", [])}
        self.inherit = bool(u.get("inherit_units"))
        self.per_nouns = {w.lower() for w in u.get("per_nouns", [])}
        self.approx_bounds = {w.lower() for w in u.get("approx_bounds", [])}
        self.link_words = {w.lower() for w in u.get("change_link_words", [])}
        self.of_words = {w.lower() for w in u.get("of_words", ["of"])}
        self.adjectives = {w.lower() for w in u.get("adjectives", [])}
        self.adj_suffixes = tuple(u.get("adjective_suffixes", []))
        self.age_after_name = bool(u.get("age_after_name"))
        self.age_words = {w.lower() for w in u.get("age_words", [])}
        self.quantifiers = {w.lower() for w in u.get("quantifiers", [])}  # "half of all people"
        self.not_rate_after = {w.lower() for w in u.get("not_rate_after", [])}
        self.moves_by_only = {w.lower() for w in u.get("moves_by_only", [])}
        self.sign_words = {w.lower() for w in u.get("sign_words", [])}
        self.adjective_joiners = {w.lower() for w in u.get("adjective_joiners", [])}
        scales = lx.data.get("scales", {})
        ordinal = tuple(lx.data.get("ordinal_suffixes", []))
        self.cardinal_words = frozenset(w for w in lx.words("number_words")
                                        if w in scales or not (ordinal and w.endswith(ordinal)))
        self.superlative_words = {w.lower() for w in u.get("superlative_words", [])}
        self.age_verbs = {w.lower() for w in u.get("age_verbs", [])}
        self.age_subjects = {w.lower() for w in u.get("age_subjects", [])}
        self.modals = {w.lower() for w in u.get("modals", [])}
        chain = u.get("transition_chain", [])
        self.chain_gap_re = (re.compile(r"\s+(?:" + "|".join(map(re.escape, chain)) + r")\s+") if chain
                             else re.compile(r"(?!)"))
        self.average_verbs = {w.lower() for w in u.get("average_verbs", [])}
        self.transition_from = u.get("transition_from", "")
        self.transition_to = u.get("transition_to", "")
        self.percent_rate = u.get("percent_rate_name", "%")  # the name of % in a rate
        links = u.get("ratio_links", [])
        self.ratio_gap_re = re.compile(r"\s+(?:" + "|".join(re.escape(g).replace("\\ ", "\\s+") for g in links)
                                       + r")\s+") if links else None
        self.plural_lemmas = {v.lower() for k, v in u.get("lemmas", {}).items() if k.lower() != v.lower()}
        self.ing_nouns = {w.lower() for w in u.get("ing_nouns", [])}  # "lightning", not a verb's -ing
        self.lemmas = {k.lower(): v for k, v in u.get("lemmas", {}).items()}
        gaps = u.get("inherit_gaps", ["or", "to", "and", "-"])
        self.inherit_gap_re = re.compile(r"\s+(?:" + "|".join(re.escape(g).replace("\\ ", "\\s+") for g in gaps)
                                         + r")\s+")
        self.concept_links = {w.lower() for w in u.get("concept_links", [])}
        self.lead_words = frozenset(w.lower() for w in u.get("lead_words", []))
        self.concept_stop = frozenset({w.lower() for w in u.get("concept_stop", [])} | self.stop)
        self.concept_openers = self.of_words | self.concept_links  # "a fine of ...": skip "of"
        self.indefinite = {w.lower() for w in u.get("indefinite_articles", [])}
        self.comparatives = {w.lower() for w in u.get("comparative_words", [])}
        self.name_joiners = {w.lower() for w in u.get("name_joiners", [])}
        self.frame_words = self.of_words | {w.lower() for w in u.get("frame_words", [])}


def rules_for(lx: Lexicon) -> UnitRules:
    """The ``UnitRules`` of ``lx``'s language, built on first use."""
    return _by_lang(lx.lang)


@lru_cache(maxsize=None)
def _by_lang(lang: str) -> UnitRules:
    return UnitRules(lexicon(lang))


_GAP_BREAK_RE = re.compile(r"[.;:!?()\"“”]")


def words_after(text: str, end: int, n: int = 6) -> tuple:
    """Up to ``n`` (at most 6) words after ``end``, stopping at clause punctuation."""
    return _six_words_after(text, end)[:n]


def clear_words_after() -> None:
    """Forget the memo of ``words_after`` (call once per new text)."""
    _six_words_after.cache_clear()


@lru_cache(maxsize=512)
def _six_words_after(text: str, end: int, n: int = 6) -> tuple:
    out = []
    prev_end = end
    for m in WORD_RE.finditer(text, end, min(len(text), end + 80)):
        if m.start() - prev_end > 1 or (m.start() > prev_end and text[prev_end] != " "):  # a lone blank never breaks
            gap = text[prev_end: m.start()]
            if _GAP_BREAK_RE.search(gap) and not (gap.strip() == "." and not out):
                break
        out.append(m)
        prev_end = m.end()
        if len(out) >= n:
            break
    return tuple(out)


DETERMINERS = {"the", "his", "her", "my", "our", "their", "its", "your", "these", "those"}
ARTICLES = DETERMINERS | {"a", "an"}
POSSESSIVES = DETERMINERS - {"these", "those"}


POSSESSIVE_RE = re.compile(r"['’]s$")  # "Johnson's deputies": the possessive clitic is no part of a unit


PAREN_RE = re.compile(r"[ \u00a0]*\([^()]{0,40}\)")
