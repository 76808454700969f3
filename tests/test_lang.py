"""Language sections of the seeds and of real French and English news text."""
from __future__ import annotations

from pathlib import Path

from claimline.clean import clean
from claimline.lang import detect, sections

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "kfor"


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return clean(path.read_text(encoding="utf-8")).text


def test_first_seed_is_english_then_french():
    text = seed_text("000")
    found = sections(text)
    assert [s.lang for s in found] == ["en", "fr"]
    english, french = found
    assert english.start == 0 and french.end == len(text) and english.end == french.start
    assert text[french.start:].startswith("DÉCLARATION DU SECRÉTAIRE GÉNÉRAL DE L'OTAN")


def test_english_seeds_are_one_section():
    for prefix in ("001", "002", "003", "004"):
        text = seed_text(prefix)
        assert sections(text) == [sections(text)[0]]
        assert sections(text)[0].lang == "en" and sections(text)[0].end == len(text)


def test_detect_one_language():
    assert detect("Les conditions de sécurité au Kosovo continuent de s'améliorer.") == "fr"
    assert detect("KFOR will remain able to deploy forces quickly and effectively.") == "en"
    assert detect("12 345") == "und"


def test_empty_text_has_no_sections():
    assert sections("") == []
