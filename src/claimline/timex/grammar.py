"""Compile a language's timex rules into regular expressions (once per language).

A rule pattern is a regular expression where ``{slot}`` stands for a word class of the
language's ``timex_words.tsv`` or for a number shape below, and a space stands for white
space (or nothing right after a hyphen, so "mid- March" and "mid-March" both match).
Every slot becomes a named group ``r<rule>_<n>_<slot>`` so a match can be read back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

# Number shapes every language shares; a language may override one under "shapes".
DEFAULT_SHAPES = {
    "year": r"(?:1[0-9]\d\d|20\d\d|21\d\d)",
    "year2": r"['’]?\d\d",
    "day_suffix": r"",
    "day_num": r"(?:3[01]|[12]\d|0[1-9]|[1-9])",
    "month_num": r"(?:1[0-2]|0[1-9]|[1-9])",
    "hour": r"(?:2[0-4]|[01]?\d)",
    "minute": r"[0-5]\d",
    "decade": r"(?:1[0-9]\d0|20\d0)['’]?s|['’]\d0['’]?s",
    "digits": r"\d+(?:[.,]\d+|\s+1/2|\s*½)?",
}

SLOT = re.compile(r"\{([a-z_0-9]+)\}")
# a slot may carry a suffix after the class name to be used twice in one pattern
ALIASES = {"num_b": "num"}


@dataclass
class Rule:
    """One compiled rule."""

    index: int
    name: str
    regex: re.Pattern
    spec: dict
    groups: dict[str, str]  # group name -> slot name


def _words(words: list[str]) -> str:
    alts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts = [re.escape(p) for p in w.split()]
        alt = r"\s+".join(parts)
        if alt.endswith(r"\-"):
            alt += r"\s*"
        alts.append(alt)
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def slot_regexes(lex: lexicon.Lexicon) -> dict[str, str]:
    """The regular expression of every slot name usable in ``lex``'s patterns."""
    shapes = dict(DEFAULT_SHAPES)
    shapes.update(lex.shapes)
    out = {name: _words(list(table)) for name, table in lex.words.items()}
    out.setdefault("num_alone", "(?!)")
    out.setdefault("and_half", "(?!)")
    for key in ("year", "year2", "day_num", "month_num", "hour", "minute", "decade"):
        out[key] = shapes[key]
    suffix = shapes["day_suffix"]
    day = r"(?:3[01]|[12]\d|0?[1-9])" + (f"(?:{suffix})?" if suffix else "")
    ordinal_days = [w for w, v in lex.words.get("ordinal", {}).items()
                    if v.lstrip("-").isdigit() and 0 < int(v) <= 31 and not w[0].isdigit()]
    out["day"] = f"(?:{day}|{_words(ordinal_days)})" if ordinal_days else day
    number_words = _words(list(lex.words.get("num", {})))
    joiner = shapes.get("num_joiner", r"-|\s+")
    alone = _words(list(lex.words.get("num_alone", {})))
    out["num"] = (rf"(?:{shapes['digits']}|{alone}|{number_words}(?:(?:{joiner}){number_words})*)")
    out["rel_span"] = _words([w for w, v in lex.words.get("rel", {}).items() if v not in ("0", "")])
    return out


def _expand(pattern: str, slots: dict[str, str], index: int) -> tuple[str, dict[str, str]]:
    groups: dict[str, str] = {}
    counter = [0]

    def repl(m: re.Match) -> str:
        name = m.group(1)
        base = ALIASES.get(name, name)
        if base not in slots:
            raise ValueError(f"unknown slot {{{name}}} in timex pattern {pattern!r}")
        counter[0] += 1
        group = f"r{index}_{counter[0]}_{name}"
        groups[group] = name
        return f"(?P<{group}>{slots[base]})"

    body = SLOT.sub(repl, pattern.replace(" ", "\x00"))
    body = body.replace("\x00", r"(?:\s+|(?<=-))")
    return body, groups


@lru_cache(maxsize=None)
def compiled(lang: str) -> list[Rule]:
    """All rules of ``lang``, compiled, in priority order."""
    lex = lexicon.load(lang)
    slots = slot_regexes(lex)
    rules = []
    for i, spec in enumerate(lex.rules):
        body, groups = _expand(spec["pattern"], slots, i)
        regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
        rules.append(Rule(i, spec["name"], regex, spec, groups))
    return rules


@lru_cache(maxsize=None)
def guard_regexes(lang: str) -> dict[str, dict[str, re.Pattern]]:
    """The compiled context checks ("guards") of ``lang``."""
    lex = lexicon.load(lang)
    out = {}
    for name, g in lex.guards.items():
        out[name] = {k: re.compile(v, re.IGNORECASE) for k, v in g.items() if isinstance(v, str)}
    return out


@lru_cache(maxsize=None)
def tense_regexes(lang: str) -> dict[str, re.Pattern]:
    """One regex per tense ("past", "future") from ``lang``'s cue lists."""
    lex = lexicon.load(lang)
    return {k: re.compile("|".join(f"(?:{c})" for c in v), re.IGNORECASE)
            for k, v in lex.tense.items() if v and isinstance(v, list)}
