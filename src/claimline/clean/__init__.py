"""Clean: boilerplate out, hard-wrapped lines joined, characters normalized, with a
map from every clean character back to the original text.

    from claimline.clean import clean
"""
from .cleaner import MappedText, clean

__all__ = ["clean", "MappedText"]
