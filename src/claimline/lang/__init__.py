"""Lang: which language each part of a clean text is in (lingua).

    from claimline.lang import sections, detect

Throughput, measured on the English Wikinews corpus (shared/corpora/wikinews-en: 295
documents, 1.36 MB as ``title + "\\n\\n" + text``), one core of a shared 2-core machine,
lingua 2.1.1 with en/fr/de/es/it, best of three runs, MB of original text per second:

- ``sections`` (sample windows, split only when they disagree): 3.8 MB/s
- lingua on each whole document (``compute_language_confidence_values``): 2.2 MB/s
- lingua on every line: 1.3 MB/s

Whole-document confidence cannot tell a mixed document (the English-then-French seed
scores French 1.0, English 0.0), so ``sections`` checks up to five 400-character
windows spread over the document instead, and splits by sentence only when they
disagree (1 of the 295 documents: a tweet quoted in French). A foreign passage that
no window touches goes unnoticed; that is the price of the speed.
"""
from .detector import detect
from .sections import sections

__all__ = ["detect", "sections"]
