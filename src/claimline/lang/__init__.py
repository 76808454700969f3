"""Lang: which language each part of a clean text is in (lingua).

    from claimline.lang import sections, detect

Throughput, measured on the English Wikinews corpus (shared/corpora/wikinews-en: 295
documents, 1.36 MB as ``title + "\n\n" + text``, cleaned first), CPU time of one core
on a shared 2-core machine, lingua 2.1.1 with en/fr/de/es/it, models already loaded
(loading them takes about half a second on first use), MB of original text per second:

- ``sections`` (sample windows, split only when they disagree): 3.9-4.1 MB/s
- lingua on each whole document (``compute_language_confidence_values``): 2.1 MB/s
- lingua on every line: 1.2 MB/s; texts under 120 characters run at only 0.3-0.4 MB/s
  (400-character texts: 1.6 MB/s), so documents of short lines fare worst

On shorter documents the windows cover the whole text, so ``sections`` costs what
whole-document detection costs (BBC News, 2.3 KB a document: 1.9 MB/s for both).

Whole-document confidence cannot tell a mixed document (the English-then-French seed
scores French 1.0, English 0.0), so ``sections`` checks up to five 400-character
windows spread over the document instead, and splits by sentence only when they
disagree (1 of the 295 documents: a tweet quoted in French). A foreign passage that
no window touches goes unnoticed; that is the price of the speed.
"""
from .detector import detect
from .split import sections

__all__ = ["detect", "sections"]
