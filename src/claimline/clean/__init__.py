"""Clean: boilerplate out, hard-wrapped lines joined, characters normalized, with a
map from every clean character back to the original text.

    from claimline.clean import clean

Throughput on the English Wikinews corpus (shared/corpora/wikinews-en, 1.36 MB), CPU
time of one core on a shared 2-core machine: 5.3-6.1 MB/s of original text.
"""
from .cleaner import MappedText, clean

__all__ = ["clean", "MappedText"]
