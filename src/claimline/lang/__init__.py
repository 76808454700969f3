"""Lang: which language each part of a clean text is in (lingua).

    from claimline.lang import sections, detect
"""
from .detector import detect
from .sections import sections

__all__ = ["detect", "sections"]
