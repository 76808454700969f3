"""The clean text of a document, mapped back to the original."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import CleanText, Removed
from .join import MAX_TITLE, has_sentence_end, separator
from .lines import mark_boilerplate, split_lines
from .rules import load_rules


@dataclass
class MappedText(CleanText):
    """A :class:`CleanText` that also knows where composed characters end.

    A character NFC built from several original ones (``e`` + combining acute) maps
    to the first of them in ``offsets``; ``ends`` gives the original end for those few
    characters so that :meth:`to_original` covers the whole original sequence.
    """

    ends: dict[int, int] = field(default_factory=dict, repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an end-exclusive clean span to an end-exclusive original span."""
        if start >= end or (end - 1) not in self.ends:
            return super().to_original(start, end)
        return self.offsets[start], self.ends[end - 1]


def clean(text: str) -> CleanText:
    """Clean one document's text.

    Drops boilerplate lines (rules from ``resources/<lang>/boilerplate*.txt``, teaser
    titles after navigation links, contact footers, lines without words), joins
    hard-wrapped lines back into sentences (one line per paragraph, heading or list
    item), and normalizes characters (NFC, every whitespace run to one space, curly
    quotes to straight ones, soft hyphens dropped). ``offsets`` maps each clean
    character to its original offset; ``removed`` lists the dropped lines and why.
    """
    lines = split_lines(text)
    mark_boilerplate(lines, load_rules())
    pieces: list[str] = []
    offsets: list[int] = []
    ends: dict[int, int] = {}
    removed: list[Removed] = []
    prev = None
    gap = False
    para_len, para_ended = 0, False  # the current paragraph, for spotting titles
    for line in lines:
        if line.blank:
            gap = True
            continue
        if line.reason is not None:
            removed.append(Removed(line.start, line.end, line.reason))
            gap = True
            continue
        if prev is not None:
            title_like = para_len <= MAX_TITLE and not para_ended
            sep = separator(prev, line, gap, title_like)
            if sep:
                pieces.append(sep)
                offsets.append(_after(prev))
            if sep == "\n":
                para_len, para_ended = 0, False
        para_len += len(line.text) + 1
        para_ended = para_ended or (para_len <= MAX_TITLE and has_sentence_end(line.text))
        base = len(offsets)
        pieces.append(line.text)
        offsets.extend(line.offsets)
        for index, end in line.ends.items():
            ends[base + index] = end
        prev, gap = line, False
    if offsets:
        last = len(offsets) - 1
        offsets.append(ends.get(last, offsets[last] + 1))
    else:
        offsets.append(0)
    return MappedText("".join(pieces), offsets, removed, ends)


def _after(line) -> int:
    """The original offset just past a line's last kept character."""
    last = len(line.offsets) - 1
    return line.ends.get(last, line.offsets[last] + 1)
