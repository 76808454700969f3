"""Helpers for the phrase-level timex tests: what the tagger makes of a short text."""
from claimline.timex import tag


def _pairs(text, lang, dct):
    """(text, value) of each expression tagged in ``text``."""
    return [(t.text, t.value) for t in tag(text, lang, dct)]


def _triples(text, lang, dct):
    """(text, type, value) of each expression tagged in ``text``."""
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


def _values(text, lang, dct):
    """The value of each expression tagged in ``text``."""
    return [t.value for t in tag(text, lang, dct)]


def _texts(text, lang, dct):
    """The words of each expression tagged in ``text``."""
    return [t.text for t in tag(text, lang, dct)]


def _types(text, lang, dct):
    """The type of each expression tagged in ``text``."""
    return [t.type for t in tag(text, lang, dct)]
