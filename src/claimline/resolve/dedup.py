"""Near-duplicate documents: a story reprinted by several outlets is one source.

Two documents are near-duplicates when the Jaccard similarity of their word 5-shingles
(lower-cased word windows of the clean text) reaches ``THRESHOLD``. MinHash signatures
(``datasketch``) with locality-sensitive hashing find the candidates quickly; the exact
Jaccard of the shingle sets then decides, so a verdict never rests on an estimate.

A duplicate group is named after its first document (the earliest ingested). The timeline
counts a group once: one quote per group, and every other member's document listed beside
it (see ``claimline.timeline``).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Optional

from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
THRESHOLD = 0.8
NUM_PERM = 128
#: datasketch's hashing scheme, named so stored signatures are read back the same way.
SCHEME = "affine32"
#: Below this many shingles a text is too short to tell a reprint from a coincidence.
MIN_SHINGLES = 12

_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """The set of ``k``-word windows of ``text`` (words lower-cased, punctuation dropped)."""
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """|a ∩ b| / |a ∪ b|; 0.0 when both are empty."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def signature(shingle_set: Iterable[str]) -> MinHash:
    """The MinHash of a shingle set (fixed seed, so signatures from any run compare)."""
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingle_set])
    return m


class DuplicateIndex:
    """The documents seen so far, for finding the duplicate group a new one joins.

    ``rows`` are ``(doc, group, hashvalues)`` as stored; ``text_of(doc)`` returns the clean
    text of a stored document, read only when the document is a candidate match. Without
    ``text_of`` the index keeps the shingles of the documents added to it instead.
    """

    _CACHE = 256  # shingle sets of recent candidates kept in memory

    def __init__(self, rows: Iterable[tuple[str, str, list[int]]] = (),
                 text_of: Optional[Callable[[str], Optional[str]]] = None,
                 threshold: float = THRESHOLD):
        """Index the stored signatures ``rows``."""
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._group: dict[str, str] = {}
        self._own: dict[str, set[str]] = {}  # added documents, when there is no text_of
        self._cache: dict[str, set[str]] = {}
        self._text_of = text_of
        for doc, group, values in rows:
            self._group[doc] = group
            if values:
                self._lsh.insert(doc, MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values,
                                              scheme=SCHEME))

    def _shingles_of(self, doc: str) -> set[str]:
        if doc in self._own:
            return self._own[doc]
        if doc not in self._cache:
            if len(self._cache) >= self._CACHE:
                self._cache.clear()
            text = self._text_of(doc) if self._text_of else None
            self._cache[doc] = shingles(text or "")
        return self._cache[doc]

    def _best(self, sh: set[str], sig: Optional[MinHash],
              exclude: Optional[str]) -> Optional[tuple[str, float]]:
        if sig is None:
            return None
        best: Optional[tuple[str, float]] = None
        for doc in sorted(self._lsh.query(sig)):
            if doc == exclude:
                continue
            score = jaccard(sh, self._shingles_of(doc))
            if score >= self.threshold and (best is None or score > best[1]):
                best = (self._group.get(doc, doc), score)
        return best

    def match(self, text: str, exclude: Optional[str] = None) -> Optional[tuple[str, float]]:
        """(group, Jaccard) of the most similar indexed document at or above the threshold."""
        sh = shingles(text)
        return self._best(sh, signature(sh) if len(sh) >= MIN_SHINGLES else None, exclude)

    def add(self, doc: str, text: str) -> tuple[str, list[int], Optional[float]]:
        """Index ``doc``; return (group, signature, similarity to the member it matched).

        The group is the doc's own id (similarity None) when it duplicates nothing. A
        document indexed before (re-ingested with new content) is matched afresh.
        """
        sh = shingles(text)
        sig = signature(sh) if len(sh) >= MIN_SHINGLES else None
        found = self._best(sh, sig, exclude=doc)
        group, similarity = found if found else (doc, None)
        if doc in self._lsh:
            self._lsh.remove(doc)
        self._cache.pop(doc, None)
        values: list[int] = []
        if sig is not None:
            self._lsh.insert(doc, sig)
            values = [int(v) for v in sig.hashvalues]
        self._group[doc] = group
        if self._text_of is None:
            self._own[doc] = sh
        return group, values, similarity

    def groups(self) -> dict[str, str]:
        """``{doc: group}`` for every indexed document."""
        return dict(self._group)
