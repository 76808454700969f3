"""Cleaning the seed documents and real Wikinews text."""
from __future__ import annotations

import textwrap
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


# English Wikinews, "Typhoon Phanfone strikes Philippines" (2019-12-28), CC BY 2.5, from
# shared/corpora/wikinews-en; the test wraps it at 60 columns as a mail or PDF would.
PHANFONE = [
    "Typhoon Phanfone made landfall on the central Philippines from Tuesday night through "
    "to Wednesday, killing at least 20 according to Philippine officials on Thursday, and "
    "leaving reportedly at least 15,000 stranded at ports.",
    "Phanfone impacted upon popular tourist attractions, such as Boracay and Coron, as well "
    "as the Kalibo International Airport. It also blocked roads and forced over 58,000 "
    "civilians to evacuate.",
]


def test_real_paragraphs_wrapped_at_60_columns_are_joined_back():
    wrapped = "TYPHOON PHANFONE\nSaturday, December 28, 2019\u00a0\n\n" + "\n\n".join(
        textwrap.fill(p, 60) for p in PHANFONE)
    assert clean(wrapped).text.split("\n") == [
        "TYPHOON PHANFONE", "Saturday, December 28, 2019", *PHANFONE]


def test_wrapped_lines_without_blank_lines_still_split_at_sentence_ends():
    wrapped = "\n".join(textwrap.fill(p, 55) for p in PHANFONE)
    assert clean(wrapped).text.split("\n") == PHANFONE


def test_words_split_by_a_hyphen_or_soft_hyphen_are_rejoined():
    result = clean("It also blocked roads and forced over 58,000 civil\u00ad\nians to "
                   "evacuate. A well-\nknown route.")
    assert result.text == "It also blocked roads and forced over 58,000 civilians to evacuate. A well-known route."


def test_a_long_paragraph_after_next_article_is_not_a_teaser():
    text = "Next Article\n" + PHANFONE[0] + "\nNext Article\nA short teaser title"
    assert clean(text).text == PHANFONE[0]


# news-fr-2 (OrangeSum, text from actu.orange.fr), CC BY-SA 4.0: the start of "Inondations
# meurtrières à Majorque", placed by the test between French page furniture.
MAJORQUE = ("Les services d'urgence ont aussi indiqué à la presse que plusieurs personnes "
            "étaient portées disparues.")


def test_french_page_furniture_is_removed():
    text = ("Pas le temps de lire ?\nInondations meurtrières à Majorque\n\n" + MAJORQUE
            + "\nArticle précédent\nUn autre titre\nArticle suivant\nTél. : 01 23 45 67 89\n"
            "Fin du message")
    assert clean(text).text == "Inondations meurtrières à Majorque\n" + MAJORQUE


def test_every_boilerplate_file_parses_with_reasons():
    from claimline.clean.rules import load_rules

    rules = load_rules().rules
    assert {rule.lang for rule in rules} >= {"en", "fr", "de", "es", "it"}
    assert all(rule.reason for rule in rules)


def test_a_bad_rule_line_is_reported_with_its_place():
    from claimline.clean.rules import RuleError, parse_rules

    with pytest.raises(RuleError, match=r"xx/boilerplate.txt:2: bad regex"):
        parse_rules("# comment\n(unclosed ## a reason\n", "xx")
    with pytest.raises(RuleError, match="expected 'REGEX ## reason'"):
        parse_rules("no reason here\n", "xx")


def test_title_stays_apart_from_the_first_sentence(cleaned):
    _, result = cleaned["000"]
    assert lines_of(result)[1] == "Progress in Kosovo allows for adaptation of KFOR presence"
    assert lines_of(result)[2].startswith("Today, NATO has decided to adjust the KFOR presence")


def test_windows_line_endings_and_decomposed_accents(cleaned):
    original, result = cleaned["000"]
    crlf = original.replace("\n", "\r\n")
    assert clean(crlf).text == result.text
    decomposed = clean("Les conditions de se\u0301curite\u0301.")
    assert decomposed.text == "Les conditions de sécurité."
    start = decomposed.text.index("sécurité")
    assert decomposed.to_original(start, start + len("sécurité")) == (18, 28)


def test_real_news_text_loses_nothing():
    for text in ("\n\n".join(PHANFONE), MAJORQUE):
        result = clean(text)
        assert result.removed == [] and result.text == text.replace("\n\n", "\n")


def test_rights_notices_and_widgets_are_removed_but_sentences_about_them_stay():
    kept = "Copyright lawsuits rose sharply last year, the report said."  # made up, as a negative
    text = ("Share\n" + PHANFONE[1] + "\n12 Comments\nFollow us on Twitter @example\n"
            "Copyright © 2019 Example Media. All rights reserved.\n" + kept)
    assert clean(text).text.split("\n") == [PHANFONE[1], kept]


def test_list_items_stay_their_own_lines():
    text = "Two figures:\n1) " + PHANFONE[0][:60] + "\n2) " + PHANFONE[1][:40] + "\n- last item"
    assert clean(text).text.split("\n") == [
        "Two figures:", "1) " + PHANFONE[0][:60].rstrip(), "2) " + PHANFONE[1][:40].rstrip(),
        "- last item"]
