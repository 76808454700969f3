"""One document through every stage: clean → lang → document date → claims.

``process`` is a pure function of the document; ``process_all`` runs a batch and then
resolves subject aliases across it (an alias learned in one document names the subject
of another: "Kosovo Force – KFOR" lets "Kosovo Force" elsewhere be KFOR).
"""
from __future__ import annotations

import re
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


#: A wire story's own dateline sits in its first lines (after a title at most).
WIRE_TOP = 400
#: A dateline must be this sure to overrule the date a manifest or page gives.
WIRE_MIN_CONFIDENCE = 0.8


def wire_dateline(text: str, lang: str, published: str):
    """The story's own dateline when it is earlier than ``published``, else None.

    A repost carries the date it was reposted in its metadata; the wire story inside it
    still opens with the date it was written ("Saturday, December 7, 2019", "Date: …").
    Only a standalone dateline or a cued one near the top counts, never a date inside a
    sentence, and only an earlier one: a story is never written after it is reposted.
    """
    try:
        guess = timex_mod.infer_dct(text[:WIRE_TOP], lang)
        if guess is None or guess.how != "dateline" or guess.confidence < WIRE_MIN_CONFIDENCE:
            guess = _agency_dateline(text[:WIRE_TOP], lang)
    except (ValueError, KeyError):  # no date words for this language yet
        return None
    if guess is None:
        return None
    n = min(len(guess.value), len(published))
    return guess if guess.value[:n] < published[:n] else None


# "APIA, Samoa, Dec. 7, 2019 (Reuters) -", "PARIS, 7 décembre 2019 (AFP) —": a city in
# capitals, an optional place, a date, an optional agency, then a dash
_AGENCY_LINE = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,},[^\n]{4,80}?(?:\([^()\n]{1,40}\)\s*)?[-–—]")


def _agency_dateline(top: str, lang: str):
    """A wire agency's dateline line near the top, as a DctGuess, or None."""
    offset = 0
    for line in top.split("\n"):
        if _AGENCY_LINE.match(line):
            for t in timex_mod.tag(line, lang, None):
                if t.type == "DATE" and t.value and re.match(r"^\d{4}-\d{2}-\d{2}", t.value):
                    return timex_mod.DctGuess(t.value[:10], 0.9, "dateline", t.text,
                                              offset + t.start, offset + t.end)
        offset += len(line) + 1
    return None


def document_date(doc: Document, clean: CleanText, lang: str):
    """(date, how, guess): the story's own earlier dateline, else the manifest/HTML date,
    else a dateline in the text, else unknown.

    A weaker inference than a dateline is kept as evidence but not used (the date stays
    unknown rather than guessed), unless its confidence reaches the timex threshold.
    """
    if doc.published:
        wire = wire_dateline(clean.text, lang, doc.published)
        if wire is not None:
            return wire.value, "dateline", wire
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
                known_aliases: Optional[dict[str, str]] = None,
                workers: int = 1) -> tuple[list[Processed], dict[str, str]]:
    """Process a batch; errors go to ``on_error`` and never stop it. Returns (docs, aliases)."""
    docs: list[Document] = []
    for item in items:
        if isinstance(item, IngestError):
            if on_error:
                on_error(item)
            continue
        docs.append(item)
    done: list[Processed] = []
    for result in process_many(docs, workers):
        if isinstance(result, IngestError):
            if on_error:
                on_error(result)
            continue
        done.append(result)
    aliases = dict(known_aliases or {})
    aliases.update(learn_aliases(done))
    for p in done:
        p.claims = resolve.resolve_claims(p.claims, aliases)
    return done, aliases


def process_many(docs: list[Document], workers: int = 1) -> list[Processed | IngestError]:
    """Process documents, in parallel worker processes through Dask when ``workers`` > 1.

    Every stage is a pure function of its document, so the work splits by document; a
    document that fails becomes an ``IngestError`` in its place and the rest go on.
    """
    if workers <= 1 or len(docs) < 2:
        return [_safe_process(d) for d in docs]
    import dask
    import dask.bag as db

    bag = db.from_sequence(docs, npartitions=min(len(docs), workers * 4)).map(_safe_process)
    with dask.config.set(scheduler="processes", num_workers=workers):
        return bag.compute()


def _safe_process(doc: Document) -> Processed | IngestError:
    try:
        return process(doc)
    except Exception as exc:  # one broken document never stops a batch
        return IngestError(doc.source, f"processing failed: {type(exc).__name__}: {exc}")


def with_metadata_hash(doc: Document) -> Document:
    """The document with a hash over its text *and* the metadata that changes its claims.

    A manifest that later gains a publication date or URL for a known text must update
    the stored document: the date changes every relative time in it.
    """
    import hashlib

    key = f"{doc.content_hash}|{doc.published or ''}|{doc.published_how}|{doc.url or ''}"
    return replace(doc, content_hash=hashlib.sha256(key.encode("utf-8")).hexdigest())


@dataclass
class IngestReport:
    """What an ingest run did."""

    new: int = 0
    unchanged: int = 0
    claims: int = 0
    errors: int = 0


def ingest(store, items: Iterable[Document | IngestError], on_error=None, on_step=None,
           workers: int = 1, chunk: int = 64) -> IngestReport:
    """Process and store documents one chunk at a time; each document is its own transaction.

    Already-stored documents (same id and content hash) are skipped, so re-running an
    interrupted ingest resumes where it stopped and a repeated ingest changes nothing.
    Aliases learned so far (stored and from this run) name the subjects of each chunk.
    Each new document joins its near-duplicate group (``resolve.dedup``), stored with it.
    When anything new was stored, every timeline is rebuilt into the ``entries`` tables.
    """
    from claimline.resolve import learn, resolve_claims
    from claimline.store import StoreError

    report = IngestReport()
    aliases = dict(store.aliases())
    pending: list[Document] = []
    index: list = []

    def duplicates():
        """The near-duplicate index of the stored documents, built on first use."""
        if not index:
            from claimline.resolve.dedup import DuplicateIndex

            def clean_text_of(doc_id: str) -> Optional[str]:
                return (store.document(doc_id) or {}).get("clean_text")

            dups = DuplicateIndex(store.doc_signatures(), clean_text_of)
            # documents stored before they could be grouped (an older store, a cut run)
            for doc_id in store.ungrouped_documents():
                group, signature, similarity = dups.add(doc_id, clean_text_of(doc_id) or "")
                store.set_doc_group(doc_id, group, signature, similarity)
            index.append(dups)
        return index[0]

    def fail(err: IngestError) -> None:
        report.errors += 1
        store.add_error(err)
        if on_error:
            on_error(err)

    def flush() -> None:
        for result in process_many(pending, workers):
            if isinstance(result, IngestError):
                fail(result)
                continue
            for alias, canon in learn([result.clean.text]).items():
                if alias not in aliases:
                    aliases[alias] = canon
                    store.add_alias(alias, canon)
            result.claims = resolve_claims(result.claims, aliases)
            try:
                added = store.add_document(result.doc, result.clean, result.sections, result.claims)
            except StoreError:
                raise  # the store itself is unusable (closed, locked): nothing more can be saved
            except Exception as exc:  # this document cannot be stored; the rest of the batch can
                fail(IngestError(result.doc.source, f"could not be stored: {type(exc).__name__}: {exc}"))
                continue
            if added:
                report.new += 1
                report.claims += len(result.claims)
                group, signature, similarity = duplicates().add(result.doc.id, result.clean.text)
                store.set_doc_group(result.doc.id, group, signature, similarity)
            else:
                report.unchanged += 1
        pending.clear()

    for item in items:
        if on_step:
            on_step()
        if isinstance(item, IngestError):
            fail(item)
            continue
        item = with_metadata_hash(item)
        if store.has_document(item.id, item.content_hash):
            report.unchanged += 1
            continue
        pending.append(item)
        if len(pending) >= chunk:
            flush()
    flush()
    if not index and store.ungrouped_documents():
        duplicates()  # group what an older store or a cut run left ungrouped
    if report.new or not store.has_entries():
        save_timelines(store)
    return report


def save_timelines(store) -> int:
    """Rebuild every timeline from the stored claims into the store's ``entries`` tables."""
    from claimline.timeline import build_all

    return store.replace_entries(build_all(store.claims(), store.aliases(), store.doc_groups()))


def iter_claims(done: Iterable[Processed]) -> Iterator[Claim]:
    """Every claim of a processed batch, in document order."""
    for p in done:
        yield from p.claims
