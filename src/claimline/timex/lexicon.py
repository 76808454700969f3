"""Per-language word lists and rules for the timex engine, read from data files.

A language is the folder ``claimline/resources/<lang>/`` holding
``timex_words.tsv`` (category, word, value) and ``timex_rules.json`` (patterns,
guards, tense cues, dateline cues). Nothing language-specific lives in code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@dataclass
class Lexicon:
    """The words of one language, by category, and its rule file."""

    lang: str
    words: dict[str, dict[str, str]] = field(default_factory=dict)  # category -> word -> value
    written: dict[str, list[str]] = field(default_factory=dict)  # category -> words as the file spells them
    rules: list[dict] = field(default_factory=list)
    guards: dict[str, dict] = field(default_factory=dict)
    shapes: dict[str, str] = field(default_factory=dict)
    combine: dict = field(default_factory=dict)
    periods: dict = field(default_factory=dict)  # cues about the period under report
    tense: dict[str, list[str]] = field(default_factory=dict)
    dateline: dict = field(default_factory=dict)
    name_guard: list[str] = field(default_factory=list)  # word classes capitalized only in names
    decimal_mark: str = ","  # "." in English: "40.333 days"; the other mark groups thousands
    game_words: frozenset = frozenset()  # words of a game report: its halves are the game's
    mention_cues: list[str] = field(default_factory=list)  # 'known as "Super Tuesday"': a name told, not a day
    exact_case: frozenset = frozenset()  # word classes matched only as the file writes them ("GMT", not "gmt")
    only_after: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> word -> the word it needs before it
    event_date: dict[str, str] = field(default_factory=dict)  # what stands around a date naming an event
    habitual: str = ""  # a cue of a clock time that recurs ("a curfew between 10 p.m. and 4 a.m.")

    def value(self, category: str, word: str) -> str | None:
        """The value of ``word`` (any case, white space collapsed) in ``category``."""
        key = " ".join(word.lower().split())
        table = self.words.get(category, {})
        if key in table:
            return table[key]
        return table.get(key.rstrip("."))


def languages() -> list[str]:
    """Languages that have timex data files."""
    return sorted(p.parent.name for p in RESOURCES.glob("*/timex_rules.json"))


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """Read (once) the timex data files of ``lang``; raise ValueError if there are none."""
    folder = RESOURCES / lang
    rules_path = folder / "timex_rules.json"
    if not rules_path.is_file():
        raise ValueError(f"no timex data for language {lang!r} (looked in {folder})")
    lex = Lexicon(lang)
    for raw in (folder / "timex_words.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        category, word = cols[0].strip(), " ".join(cols[1].lower().split())
        lex.words.setdefault(category, {})[word] = cols[2].strip() if len(cols) > 2 else ""
        lex.written.setdefault(category, []).append(" ".join(cols[1].split()))
    spec = json.loads(rules_path.read_text(encoding="utf-8"))
    lex.rules = spec["rules"]
    lex.guards = _with_extensions(spec.get("guards", {}))
    lex.shapes = spec.get("shapes", {})
    lex.combine = spec.get("combine", {})
    lex.periods = spec.get("periods", {})
    lex.tense = spec.get("tense", {})
    lex.dateline = spec.get("dateline", {})
    lex.name_guard = spec.get("name_guard", [])
    lex.decimal_mark = spec.get("decimal_mark", ",")
    lex.game_words = frozenset(w.lower() for w in spec.get("game_words", []))
    lex.mention_cues = spec.get("mention_cues", [])
    lex.exact_case = frozenset(spec.get("exact_case", []))
    lex.event_date = spec.get("event_date", {})
    lex.habitual = spec.get("habitual", {}).get("cue", "")
    lex.only_after = {name: {" ".join(w.lower().split()): before for w, before in table.items()}
                      for name, table in spec.get("only_after", {}).items()}
    return lex


def _with_extensions(guards: dict[str, dict]) -> dict[str, dict]:
    """The guards with each ``extends`` filled in: the named guard's checks, then the
    guard's own on top (a bare plural checks what any needs-prep word does, and more)."""
    out: dict[str, dict] = {}

    def resolve(name: str) -> dict:
        if name not in out:
            g = dict(guards[name])
            base = g.pop("extends", None)
            out[name] = {**resolve(base), **g} if base else g
        return out[name]

    for name in guards:
        resolve(name)
    return out
