"""The records every stage passes on.

Offsets are character offsets and always end-exclusive: ``text[start:end]`` is the span.
Offsets in ``Section``, ``Timex`` and ``Number`` refer to the clean text; a ``Claim``
carries offsets into the *original* document text (mapped back through ``CleanText``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional

#: How a document's publication date was known.
DATE_SOURCES = ("manifest", "html-meta", "dateline", "inferred", "unknown")
KINDS = ("level", "target", "change")
DIRECTIONS = ("+", "-", "*", None)


def whole(value):
    """5000.0 → 5000, so figures read as they were written; anything else unchanged."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(frozen=True)
class Document:
    """One input document, as read, before any cleaning."""

    id: str  # the manifest id, or a stable id derived from the path / content hash
    source: str  # path or URL it was read from
    text: str  # original text (HTML already turned into text by the reader)
    content_hash: str = ""
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date prefix
    published_how: str = "unknown"  # one of DATE_SOURCES
    fmt: str = "txt"  # txt | html | manifest-text | warc


@dataclass(frozen=True)
class Removed:
    """A span of the original text that cleaning dropped, and why."""

    start: int
    end: int
    reason: str


@dataclass
class CleanText:
    """Clean text plus a map back to the original.

    ``offsets[i]`` is the original offset of clean character ``i``; ``offsets`` has one
    extra element at the end (the original offset just past the last kept character).
    """

    text: str
    offsets: list[int]
    removed: list[Removed] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an end-exclusive clean span to an end-exclusive original span."""
        if start >= end:
            o = self.offsets[min(start, len(self.offsets) - 1)]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Section:
    """A run of the clean text in one language."""

    lang: str
    start: int
    end: int


@dataclass(frozen=True)
class Timex:
    """A temporal expression and its TIMEX3 normalization."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: Optional[str]  # TIMEX3 value, e.g. 2012-07-09, 2012-SU, P3M, PRESENT_REF
    anchor: Optional[str] = None  # the reference date used, if any
    rule: str = ""
    # How TimeML writes it when that differs: "three years from now" is one point in time,
    # but TimeML tags the anchored duration "three years" and its anchor "now" apart.
    parts: tuple["Timex", ...] = ()


@dataclass(frozen=True)
class Number:
    """A numeral found in text.

    ``form`` tells what kind of expression it is:
    ``digits`` | ``words`` | ``range`` | ``vague`` | ``fraction`` | ``multiplier``.
    For ``fraction`` ("a tenth of that number") ``value`` is the factor (0.1) and
    ``relative`` is True: the figure is the factor times a figure said before.
    ``multiplier`` ("triple") has value 3.
    ``role`` says what the number is when it is not a quantity: ``year``, ``phone``,
    ``identifier`` (Resolution 1244, Article 5), ``time`` (08:52), ``date``, ``ordinal``,
    ``code``, ``score`` ("2-1"); ``quantity`` otherwise.
    """

    start: int
    end: int
    surface: str
    value: Optional[float]
    low: Optional[float] = None
    high: Optional[float] = None
    qualifier: str = "exact"  # exact | approx | at-least | more-than | at-most | less-than | up-to
    form: str = "digits"
    role: str = "quantity"
    relative: bool = False
    unit: Optional[str] = None  # "%" or a currency code when attached to the numeral
    rule: str = ""

    @property
    def approx(self) -> bool:
        return self.qualifier == "approx" or self.form == "vague"


@dataclass
class Claim:
    """A reported figure: who, what, how many, what kind, when, and the evidence."""

    doc: str
    subject: str
    measure: str
    value: Optional[float]
    kind: str = "level"
    direction: Optional[str] = None
    approx: bool = False
    low: Optional[float] = None
    high: Optional[float] = None
    bound: Optional[str] = None  # at-least | more-than | at-most | less-than | up-to
    modality: Optional[str] = None  # planned | announced | possible
    time: Optional[str] = None
    time_how: str = "unknown"  # explicit | document-date | relative | unknown
    quote: str = ""
    start: int = 0  # the quote, in the original document
    end: int = 0
    lang: str = "en"
    fig_start: int = 0  # the figure itself (numeral … counted noun), in the original document
    fig_end: int = 0
    subject_surface: str = ""
    measure_surface: str = ""
    reported: Optional[str] = None  # document publication date
    reported_how: str = "unknown"
    derived: bool = False
    rules: list[str] = field(default_factory=list)

    def contract(self) -> dict:
        """The JSONL fields of ``claimline extract`` (see README)."""
        value = whole(self.value)
        return {
            "doc": self.doc,
            "subject": self.subject,
            "measure": self.measure,
            "value": value,
            "approx": self.approx,
            "kind": self.kind,
            "direction": self.direction,
            "time": self.time,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "lang": self.lang,
        }

    def as_dict(self) -> dict:
        """Every field, for storage and export."""
        return asdict(self)


@dataclass(frozen=True)
class IngestError:
    """A document that could not be read: where it came from and why (one line)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Entry:
    """One distinct figure on a timeline, with every claim that supports it."""

    subject: str
    measure: str
    kind: str
    value: Optional[float]
    low: Optional[float] = None
    high: Optional[float] = None
    approx: bool = False
    direction: Optional[str] = None
    time: Optional[str] = None
    reported: Optional[str] = None  # earliest publication date among its documents
    derived: bool = False
    conflicts: list[int] = field(default_factory=list)  # indexes of conflicting entries
    claims: list[Claim] = field(default_factory=list)
    bound: Optional[str] = None  # at-least | more-than | at-most | less-than | up-to
    # Claims from reprints (near-duplicate documents) of a document quoted in ``claims``:
    # the same evidence again, kept for their URLs, never counted as confirmation.
    duplicates: list[Claim] = field(default_factory=list)

    def contract(self) -> dict:
        """The JSON shape of ``claimline timeline --format json`` (see README)."""
        return {
            "kind": self.kind,
            "value": whole(self.value),
            "low": whole(self.low),
            "high": whole(self.high),
            "approx": self.approx,
            "direction": self.direction,
            "time": self.time,
            "reported": self.reported,
            "derived": self.derived,
            "conflicts": list(self.conflicts),
            "quotes": [
                {"doc": c.doc, "quote": c.quote, "start": c.start, "end": c.end, "lang": c.lang}
                for c in self.claims
            ],
        }
