"""One document through every stage: clean → lang → document date → claims.

``process`` is a pure function of the document; ``process_all`` runs a batch and then
resolves subject aliases across it (an alias learned in one document names the subject
of another: "Kosovo Force – KFOR" lets "Kosovo Force" elsewhere be KFOR).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Optional

from claimline import claims as claims_mod
from claimline import clean as clean_mod
from claimline import lang as lang_mod
from claimline import resolve
from claimline import timex as timex_mod
from claimline.model import CleanText, Claim, Document, IngestError, Section


@dataclass
class Processed:
    """A document after every per-document stage."""

    doc: Document
    clean: CleanText
    sections: list[Section]
    claims: list[Claim]
    dct_evidence: Optional[object] = None  # the timex stage's DctGuess, when one was made


def document_date(doc: Document, clean: CleanText, lang: str):
    """(date, how, guess): the manifest/HTML date, else a dateline in the text, else unknown.

    A weaker inference than a dateline is kept as evidence but not used (the date stays
    unknown rather than guessed), unless its confidence reaches the timex threshold.
    """
    if doc.published:
        return doc.published, doc.published_how, None
    try:
        guess = timex_mod.infer_dct(clean.text, lang)
    except (ValueError, KeyError):  # no date words for this language yet
        guess = None
    if guess is not None and guess.confidence >= timex_mod.DCT_MIN_CONFIDENCE:
        return guess.value, guess.how, guess
    return None, "unknown", guess


def process(doc: Document) -> Processed:
    """Clean, split by language, date and extract the claims of one document."""
    clean = clean_mod.clean(doc.text)
    sections = lang_mod.sections(clean.text) if clean.text else []
    first_lang = sections[0].lang if sections else "en"
    dct, how, guess = document_date(doc, clean, first_lang)
    if dct != doc.published or how != doc.published_how:
        doc = replace(doc, published=dct, published_how=how)
    found = claims_mod.extract(doc, clean, sections, dct)
    return Processed(doc, clean, sections, found, guess)


def learn_aliases(batch: Iterable[Processed]) -> dict[str, str]:
    """Subject aliases found in the clean texts of a batch."""
    return resolve.learn(p.clean.text for p in batch)


def process_all(items: Iterable[Document | IngestError], on_error=None,
                known_aliases: Optional[dict[str, str]] = None) -> tuple[list[Processed], dict[str, str]]:
    """Process a batch; errors go to ``on_error`` and never stop it. Returns (docs, aliases)."""
    done: list[Processed] = []
    for item in items:
        if isinstance(item, IngestError):
            if on_error:
                on_error(item)
            continue
        try:
            done.append(process(item))
        except Exception as exc:  # one broken document never stops a batch
            if on_error:
                on_error(IngestError(item.source, f"processing failed: {type(exc).__name__}: {exc}"))
    aliases = dict(known_aliases or {})
    aliases.update(learn_aliases(done))
    for p in done:
        p.claims = resolve.resolve_claims(p.claims, aliases)
    return done, aliases


def iter_claims(done: Iterable[Processed]) -> Iterator[Claim]:
    """Every claim of a processed batch, in document order."""
    for p in done:
        yield from p.claims
