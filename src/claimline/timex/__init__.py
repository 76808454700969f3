"""The timex stage: temporal expressions (TIMEX3) in every language with data files
(English, French, German, Spanish, Italian: ``resources/<lang>/timex_*``).

``tag(text, lang, dct)`` finds and normalizes them; ``infer_dct(text, lang)`` guesses a
document's date from its own text; ``tml`` writes TimeML and span files.
"""
from .dct import DCT_MIN_CONFIDENCE, DctGuess, infer_dct
from .tagger import tag
from .tml import run_manifest, write_spans, write_tml

__all__ = ["tag", "infer_dct", "DctGuess", "DCT_MIN_CONFIDENCE", "write_tml", "write_spans",
           "run_manifest"]
