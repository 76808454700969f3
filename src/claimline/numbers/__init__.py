"""The ``numbers`` stage: numerals in text, in every form news uses, per language.

``find_numbers(text, lang)`` is the public entry point; ``quantities`` turns numerals
into NewsQuant-style quantity rows.
"""
from .finder import find_numbers

__all__ = ["find_numbers"]
