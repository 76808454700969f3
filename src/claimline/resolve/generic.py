"""Generic subjects: "people", "civilians", "Deux soldats" name no one in particular.

A casualty figure is filed under its victims ("killing twenty people" → "people") when
the text names no body they belong to. Across documents such a subject is not one
subject: the twenty people of a hurricane and the two people of an earthquake must never
become one entry, nor two reports that "disagree". The timeline therefore keeps generic
subjects apart per source (see ``claimline.timeline``).

A subject is generic when it starts with a lower-case word; when it is one organisation or
person noun ("Police", "Ministry"); or when every word after its first is lower-case and
the first is neither a place, a nationality nor an acronym ("Deux soldats", "Sixty-six
people"; not "Kosovo police", "KFOR soldiers", "Health Ministry").
"""
from __future__ import annotations

from functools import lru_cache


def _every_lexicon():
    """The claims lexicon of every language that has one."""
    from claimline.claims.lexicon import lexicon
    from claimline.resources import languages

    for lang in languages():
        try:
            yield lexicon(lang)
        except (KeyError, ValueError, FileNotFoundError):
            continue


@lru_cache(maxsize=None)
def _common_heads() -> frozenset[str]:
    """Organisation and person nouns of every language ("police", "ministry", "soldats")."""
    return frozenset(w.casefold() for lex in _every_lexicon()
                     for role in ("org_words", "person_nouns") for w in lex.listed(role))


@lru_cache(maxsize=None)
def _named_words() -> frozenset[str]:
    """Places and nationalities of every language with claims data."""
    return frozenset(w.casefold() for lex in _every_lexicon() for w in (*lex.places, *lex.demonyms))


def is_generic(subject: str) -> bool:
    """Whether ``subject`` is a common noun phrase rather than a named actor."""
    words = (subject or "").split()
    if not words:
        return False
    if words[0][:1].islower():
        return True
    if len(words) == 1:  # "Police said …", "the Ministry": a common noun, capitalised
        return words[0].casefold().strip(".") in _common_heads()
    if len(words) < 2 or any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False
    first = words[0]
    return not (first.isupper() or first.casefold() in _named_words())
