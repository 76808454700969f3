"""Boilerplate rules, loaded from ``resources/<lang>/boilerplate*.txt``.

Rule file format, one rule per line (blank lines and lines starting with ``#`` are
ignored)::

    REGEX ## reason [flags]

REGEX must match a whole line of normalized text (curly quotes already straight,
spaces collapsed, ends stripped); matching ignores case unless the pattern turns it
off with ``(?-i:...)``. Flags, in square brackets after the reason:

``[+next]``
    also drop the next non-blank line when it is short (the teaser title after
    "Next Article").
``[footer]``
    the line marks a contact footer: at the end of a document, the run of short
    lines around it goes too (organisation names, wrapped addresses).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

_FLAG = re.compile(r"\[([+\w-]+)\]")


@dataclass(frozen=True)
class Rule:
    """One boilerplate pattern and what to do when it matches."""

    pattern: re.Pattern
    reason: str
    lang: str
    drop_next: bool = False
    footer: bool = False


class RuleError(ValueError):
    """A boilerplate file line that is not a valid rule."""


def parse_rules(text: str, lang: str, name: str = "boilerplate.txt") -> list[Rule]:
    """Parse the rules of one boilerplate file (see the module docstring)."""
    rules = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        regex, sep, tail = line.rpartition(" ## ")
        if not sep or not regex.strip():
            raise RuleError(f"{lang}/{name}:{number}: expected 'REGEX ## reason'")
        flags = set(_FLAG.findall(tail))
        unknown = flags - {"+next", "footer"}
        if unknown:
            raise RuleError(f"{lang}/{name}:{number}: unknown flag {sorted(unknown)[0]}")
        reason = _FLAG.sub("", tail).strip()
        try:
            pattern = re.compile(regex.strip(), re.IGNORECASE)
        except re.error as err:
            raise RuleError(f"{lang}/{name}:{number}: bad regex ({err})") from None
        rules.append(Rule(pattern, reason, lang, "+next" in flags, "footer" in flags))
    return rules


@dataclass(frozen=True)
class RuleSet:
    """All languages' rules, with one combined pattern to reject most lines fast."""

    rules: tuple[Rule, ...]
    any_rule: Optional[re.Pattern]

    def match(self, line: str) -> Optional[Rule]:
        """The first rule whose pattern matches the whole ``line``, if any."""
        if self.any_rule is None or not self.any_rule.fullmatch(line):
            return None
        for rule in self.rules:
            if rule.pattern.fullmatch(line):
                return rule
        return None


@lru_cache(maxsize=1)
def load_rules() -> RuleSet:
    """Load every language's boilerplate files from the package resources (cached)."""
    root = resources.files("claimline") / "resources"
    rules: list[Rule] = []
    for lang_dir in sorted(root.iterdir(), key=lambda p: p.name):
        if not lang_dir.is_dir():
            continue
        for item in sorted(lang_dir.iterdir(), key=lambda p: p.name):
            if item.name.startswith("boilerplate") and item.name.endswith(".txt"):
                rules.extend(parse_rules(item.read_text("utf-8"), lang_dir.name, item.name))
    combined = None
    if rules:
        combined = re.compile(
            "|".join(f"(?:{rule.pattern.pattern})" for rule in rules), re.IGNORECASE
        )
    return RuleSet(tuple(rules), combined)
