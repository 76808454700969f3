"""Write tagged documents as TimeML (.tml) files or as JSONL spans, and run a manifest.

TimeML output is what ``shared/eval/score_timex.py`` reads: ``<TimeML><DCT>..</DCT>
<TEXT>`` the text, XML-escaped, with ``<TIMEX3 tid type value>`` elements ``</TEXT>``.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Iterable, Optional
from xml.sax.saxutils import escape, quoteattr

from . import lexicon
from .tagger import tag

Doc = tuple  # (id, text, published) or (id, text, published, lang or [langs])


def guess_langs(text: str) -> list[str]:
    """Every timex language with a fair share of its frequent words in ``text`` (a
    bilingual press release gets both), most frequent first."""
    sample = text[:20000].lower()
    counts = []
    for lang in lexicon.languages():
        words = lexicon.load(lang).dateline.get("lang_words", [])
        if words:
            n = len(re.findall(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", sample))
            counts.append((n, lang))
    counts.sort(reverse=True)
    if not counts or counts[0][0] == 0:
        return ["en"]
    return [lang for n, lang in counts if n >= max(10, 0.3 * counts[0][0])] or [counts[0][1]]


def tag_any(text: str, langs: list[str], published: Optional[str]):
    """Timexes of ``text`` in any of ``langs``; where two overlap, the longer is kept."""
    if len(langs) == 1:
        return tag(text, langs[0], published)
    found = [t for lang in langs for t in tag(text, lang, published)]
    found.sort(key=lambda t: (t.start - t.end, t.start))
    kept, taken = [], bytearray(len(text) + 1)
    for t in found:
        if not any(taken[t.start:t.end]):
            taken[t.start:t.end] = b"\x01" * (t.end - t.start)
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def as_timeml(timexes) -> list:
    """The timexes as TimeML tags them: an expression with ``parts`` ("three years from
    now") gives way to its parts ("three years", "now")."""
    return [p for t in timexes for p in (t.parts or (t,))]


def _unpack(doc: Doc, lang: Optional[str]) -> tuple[str, str, Optional[str], list[str]]:
    doc_id, text, published = doc[0], doc[1], doc[2]
    given = doc[3] if len(doc) > 3 and doc[3] else lang
    langs = ([given] if isinstance(given, str) else list(given)) if given else guess_langs(text)
    return str(doc_id), text, published, langs


def timeml(text: str, published: Optional[str], timexes, doc_id: str = "") -> str:
    """One TimeML document: ``text`` with its timexes as TIMEX3 elements."""
    parts, pos = [], 0
    for k, t in enumerate(sorted(as_timeml(timexes), key=lambda t: (t.start, -t.end)), 1):
        if t.start < pos:
            continue
        attrs = f'tid="t{k}" type={quoteattr(t.type)} value={quoteattr(t.value or "")}'
        parts.append(escape(text[pos:t.start]))
        parts.append(f"<TIMEX3 {attrs}>{escape(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    parts.append(escape(text[pos:]))
    dct = ("" if not published else
           f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(published)} '
           f'functionInDocument="CREATION_TIME">{escape(published)}</TIMEX3></DCT>\n')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
            f"<DOCID>{escape(doc_id)}</DOCID>\n{dct}<TEXT>" + "".join(parts)
            + "</TEXT>\n</TimeML>\n")


def _safe_target(out: Path, doc_id: str, suffix: str) -> Path:
    parts = [p for p in re.split(r"[\\/]+", doc_id) if p not in ("", ".", "..")]
    parts = parts or ["doc"]
    target = out.joinpath(*parts[:-1], parts[-1] + suffix)  # ids may hold dots: "APW1998.0468"
    if out.resolve() not in target.resolve().parents:
        raise ValueError(f"document id {doc_id!r} would leave the output folder")
    return target


def write_tml(docs: Iterable[Doc], out_dir, lang: Optional[str] = None) -> int:
    """Tag each ``(id, text, published[, lang])`` and write ``<out_dir>/<id>.tml``.

    ``published`` (ISO date or None) is the reference date. ``lang`` applies to documents
    that do not name one; if neither does, it is guessed from the text. Returns the number
    of files written. A document that cannot be tagged or written is reported on stderr in
    one line and the rest are still written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for doc in docs:
        doc_id, text, published, doc_lang = _unpack(doc, lang)
        try:
            target = _safe_target(out, doc_id, ".tml")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(timeml(text, published, tag_any(text, doc_lang, published), doc_id),
                              encoding="utf-8")
        except Exception as exc:  # one broken document never stops a batch
            print(f"{doc_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        n += 1
    return n


def write_spans(docs: Iterable[Doc], out_path, lang: Optional[str] = None) -> int:
    """Tag each document and write one JSON line per timex to ``out_path``:
    ``{"id", "start", "end", "text", "type", "value"}``. Returns the number of lines."""
    n = 0
    with open(out_path, "w", encoding="utf-8") as fh:
        for doc in docs:
            doc_id, text, published, doc_lang = _unpack(doc, lang)
            for t in as_timeml(tag_any(text, doc_lang, published)):
                fh.write(json.dumps({"id": doc_id, "start": t.start, "end": t.end,
                                     "text": t.text, "type": t.type, "value": t.value},
                                    ensure_ascii=False) + "\n")
                n += 1
    return n


def read_manifest(manifest_path) -> Iterable[Doc]:
    """Documents of a manifest (``{"id", "path" | "text", "published"?, "lang"?}`` lines;
    ``path`` relative to the manifest's folder; an HTML page is read as its article text,
    dated by the page when ``published`` is not given). A bad line is reported on stderr in
    one line and skipped (``ingest.manifest.text_lines``)."""
    from claimline.ingest.manifest import text_lines

    for _, row, doc in text_lines(manifest_path):
        # the line's own date as written (a time of day kept), else the one the page gave
        yield (doc.id, doc.text, row.get("published") or doc.published,
               row.get("lang") or row.get("langs") or None)


def run_manifest(manifest_path, out_dir, lang: Optional[str] = None) -> int:
    """Read a manifest and write one TimeML file per document into ``out_dir``."""
    return write_tml(read_manifest(manifest_path), out_dir, lang)
