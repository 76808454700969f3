"""Sentence and paragraph boundaries in clean text, without a model.

A line break always ends a sentence (cleaning has already joined hard-wrapped lines, so a
remaining break is a paragraph or heading boundary). Inside a line, ``.``, ``!``, ``?`` or
``…`` followed by white space and an upper-case letter, a digit or an opening quote end a
sentence, unless the word before the period is a listed abbreviation or a single letter;
so does a stop glued between a lower-case word and a capitalised one ("tués.L'opération"),
where scraping lost a paragraph break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimline.claims.lexicon import lexicon

_END = re.compile(r"""[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-ZÀ-ÖØ-Þ0-9])"""
                  # scraped text that lost its paragraph breaks: "tués.L'opération",
                  # "Mali.Ces derniers" (a lower-case word, the stop, a capitalised word)
                  r"""|(?<=[a-zà-öø-ÿ]{3})[.!?…]+["'”’)\]]*(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]|\d)""")


@dataclass(frozen=True)
class Sentence:
    """A sentence span in a text, and the index of the paragraph (line) it belongs to."""

    start: int
    end: int
    paragraph: int
    par_start: int = 0  # offset where its paragraph begins


def split(text: str, lang: str) -> list[Sentence]:
    """End-exclusive sentence spans of ``text``, trimmed of surrounding white space."""
    abbreviations = lexicon(lang).listed("abbreviations")
    out: list[Sentence] = []
    pos = 0
    for par, line in enumerate(text.split("\n")):
        cut = 0
        for m in _END.finditer(line):
            head = line[cut:m.start() + 1]
            last = re.findall(r"([\w.]+)\.?$", head)
            word = last[0].rstrip(".").lower() if last else ""
            if line[m.start()] == "." and (word in abbreviations or (len(word) == 1 and word.isalpha())):
                continue
            _add(out, pos + cut, pos + m.end(), text, par, pos)
            cut = m.end()
        _add(out, pos + cut, pos + len(line), text, par, pos)
        pos += len(line) + 1
    return out


def _add(out: list[Sentence], start: int, end: int, text: str, par: int, par_start: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, par, par_start))
