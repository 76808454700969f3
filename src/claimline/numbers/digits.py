"""Reading digit strings written with a language's group and decimal separators."""
from __future__ import annotations

from .lexicon import Lexicon

_BLANKS = str.maketrans("", "", " \u00a0\u202f\u2009'’")


def parse_digits(surface: str, lx: Lexicon) -> float:
    """The value of a digit string such as ``5,000`` (en), ``5.000``/``5 000``/``1,5`` (fr).

    Rules: blanks and apostrophes always group digits. When both ``.`` and ``,`` occur,
    the last one is the decimal mark. A mark that occurs more than once groups. A single
    mark that the language only uses for decimals is a decimal mark; a single mark that
    the language uses for grouping (or for both) groups when exactly three digits follow
    it, else it is a decimal mark.
    """
    if surface.isdigit():
        return float(surface)
    s = surface.translate(_BLANKS).replace("−", "-")
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        s = s.replace(grp, "").replace(dec, ".")
    elif has_dot or has_comma:
        mark = "." if has_dot else ","
        n = s.count(mark)
        if n > 1:
            s = s.replace(mark, "")
        else:
            tail = s.split(mark)[1]
            groups = mark in lx.group_marks or mark in lx.ambiguous_marks
            decimal_only = mark in lx.decimal_marks and not groups
            if not decimal_only and len(tail) == 3:
                s = s.replace(mark, "")
            else:
                s = s.replace(mark, ".")
    v = float(s)
    return -v if neg else v


def format_number(value: int, lx: Lexicon, mark: str | None = None) -> str:
    """Write an integer the way the language groups thousands (used by property tests)."""
    if mark is None:
        marks = sorted(lx.group_marks | lx.ambiguous_marks)
        mark = marks[0] if marks else ""
    s = str(abs(value))
    parts = []
    while len(s) > 3:
        parts.append(s[-3:])
        s = s[:-3]
    parts.append(s)
    out = mark.join(reversed(parts))
    return ("-" if value < 0 else "") + out
