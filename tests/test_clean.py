"""Cleaning the seed documents and real Wikinews text."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimline.clean import clean

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "kfor"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cleaned():
    return {p: (seed(p), clean(seed(p))) for p in ("000", "001", "002", "003", "004")}


def lines_of(result) -> list[str]:
    return result.text.split("\n")


def test_hard_wrapped_figure_sentence_becomes_one_line(cleaned):
    _, result = cleaned["000"]
    sentence = ("Over the next few months, KFOR will progressively reduce its presence to "
                "around 5,000 troops in total, marking one more step in the adaptation of "
                "KFOR to a deterrent presence.")
    assert sentence in result.text
    (line,) = [l for l in lines_of(result) if "KFOR will progressively reduce" in l]
    assert "around 5,000 troops in total" in line
    assert ("Au cours des prochains mois, les effectifs de la KFOR vont être progressivement "
            "réduits pour passer à environ 5000 soldats au total ; ainsi la KFOR va franchir "
            "une nouvelle étape sur la voie d'une présence dissuasive.") in lines_of(result)


def test_press_footer_and_office_boilerplate_are_removed(cleaned):
    original, result = cleaned["000"]
    for gone in ("Tel.", "Fax", "707 50", "press@hq.nato.int", "www.nato.int", "End of mail",
                 "B-1110", "routinely placed", "régulièrement affichées",
                 "North Atlantic Treaty Organisation"):
        assert gone not in result.text
    reasons = {original[r.start:r.end].strip(): r.reason for r in result.removed}
    assert reasons["End of mail"] == "end-of-mail marker"
    assert reasons["Tel.: 32 2 707 50 41 – Fax: 32 2 707 50 57 – Internet:"] == \
        "contact footer: phone/fax"
    assert result.text.endswith("reste inchangée.")


def test_headings_stay_their_own_lines(cleaned):
    _, result = cleaned["000"]
    lines = lines_of(result)
    assert lines[0] == "STATEMENT BY THE NATO SeCRETARY GENERAL"
    assert any(l.startswith("DÉCLARATION DU SECRÉTAIRE GÉNÉRAL DE L'OTAN") for l in lines)


def test_unicode_is_normalized(cleaned):
    _, result = cleaned["000"]
    for char in "\u00a0\u202f\u2019\u201c\u201d":
        assert char not in result.text
    assert "KFOR's mission" in result.text
    assert "L'OTAN a décidé aujourd'hui d'adapter la présence de la KFOR au Kosovo." in result.text
    assert "Kosovo Force – KFOR –" in cleaned["001"][1].text  # dashes are kept


def test_account_form_is_gone_and_the_article_kept(cleaned):
    original, result = cleaned["002"]
    for gone in ("ACCOUNT", "verification", "password", "newsletter", "Register",
                 "30 minutes", "12 characters"):
        assert gone not in result.text
    assert lines_of(result)[0] == (
        "During a one-day visit to the province on 27 June 2002, Lord Robertson welcomed "
        "the progress made in Kosovo and said that the fact that NATO can now reduce the "
        "number of troops in the area is a testimony to that progress.")
    assert len(lines_of(result)) == 3
    assert all(r.reason for r in result.removed)


def test_summary_widget_navigation_and_placeholder_are_gone(cleaned):
    original, result = cleaned["003"]
    for gone in ("No time to read", "Get a summary", "Previous Article", "Next Article",
                 "Transcranial", "rewrite_title_placeholder"):
        assert gone not in result.text
    reasons = {original[r.start:r.end]: r.reason for r in result.removed}
    assert reasons["Exploring Transcranial Micropolarization in Pediatric Neurodevelopmental "
                   "Care"] == "teaser title after 'Previous Article'"
    assert lines_of(result)[0] == "NATO plans troop adjustments in Kosovo as diplomacy stays in play"
    assert "announced a relocation plan that involves about 700 troops to Kosovo." in result.text


def test_last_updated_dateline_is_kept(cleaned):
    _, result = cleaned["001"]
    assert any(l.endswith("Last updated: 09 Jul. 2012 08:52") for l in lines_of(result))
    assert "At its height, KFOR reached 50,000 troops." in result.text


def test_clean_text_of_clean_lines_is_unchanged(cleaned):
    original, result = cleaned["004"]
    assert result.text == original.strip()
    assert result.offsets == list(range(len(original.strip()) + 1))
    assert result.removed == []


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offsets_map_every_clean_character_back(cleaned, prefix):
    original, result = cleaned[prefix]
    assert len(result.offsets) == len(result.text) + 1
    assert all(a < b for a, b in zip(result.offsets, result.offsets[1:]))
    straight = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")
    for i, char in enumerate(result.text):
        source = original[result.offsets[i]]
        if char in " \n":
            assert source.isspace()
        else:
            assert source.translate(straight) == char


def test_a_quote_maps_back_to_its_original_span(cleaned):
    original, result = cleaned["000"]
    quote = "around 5,000 troops in total"
    start = result.text.index(quote)
    o_start, o_end = result.to_original(start, start + len(quote))
    assert original[o_start:o_end] == "around 5,000 \ntroops in total"
