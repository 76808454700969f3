"""Language sections of the seeds and of real French and English news text."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimline.clean import clean
from claimline.lang import detect, sections
from claimline.model import Section

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


# English Wikinews, "Four stabbed to death at Paris police headquarters" (2019-10-05),
# CC BY 2.5, from shared/corpora/wikinews-en with two middle paragraphs left out: an
# English article whose last paragraph quotes the mayor's tweet in English and then in
# the original French.
PARIS = (
    "Four stabbed to death at Paris police headquarters\n\nSaturday, October 5, 2019\xa0 \n\n"
    "On Thursday at the headquarters of the Paris Police Prefecture in Paris, France, an IT "
    "worker went on a stabbing spree, killing four. A fifth person was hospitalized in "
    "critical condition. The attacker was shot dead by police. Three of the victims were "
    "male police officers and the fourth was a female office worker.\n\n\n"
    "The police headquarters, which is situated on an island in the river Seine, was blocked "
    "off after the attack. Cité station, part of the Paris Métro, was temporarily closed."
    "\n\n\nThe mayor of Paris, Anne Hidalgo, wrote on Twitter: \"Paris is mourning its family "
    "this afternoon after this appalling attack on the [Police Prefecture]. The toll is heavy, "
    "several police lost their lives. In my name and that of the Parisians, my first thoughts "
    "go to the families of the victims and their relatives.\" ((fr))French language: \u200d"
    "Paris pleure les siens cet après-midi après cette effroyable attaque survenue à la "
    "@prefpolice. Le bilan est lourd, plusieurs policiers ont perdu la vie. En mon nom et "
    "celui des Parisiens, mes premières pensées vont aux familles des victimes et à leurs "
    "proches.\n\n"
)

# news-fr-2 (OrangeSum test set, text from actu.orange.fr), CC BY-SA 4.0, as stored in
# shared/corpora/news-fr-2: "Fuite de gaz en Inde: au moins 1.000 personnes hospitalisées".
GAS_LEAK = (
    "Fuite de gaz en Inde: au moins 1.000 personnes hospitalisées \n\n\"Au moins 1.000 "
    "personnes de zones situées autour de la fuite de gaz ont été amenées dans différents "
    "hôpitaux publics ou privés de Visakhapatnam\", a déclaré à l'AFP le Dr B K Naik, "
    "coordinateur des hôpitaux du district, en indiquant que le bilan humain pourrait être "
    "beaucoup plus lourd.\"Il est toujours tôt le matin et il y a des gens dormant dans leur "
    "maison et qui sont inconscients. Les autorités fouillent (les maisons) aussi. Nous "
    "travaillons à amener les gens à l'hôpital\", a-t-il ajouté.La police a fait état d'au "
    "moins cinq morts, dans un premier bilan provisoire."
)


def covers(found, text):
    return (found[0].start == 0 and found[-1].end == len(text)
            and all(a.end == b.start for a, b in zip(found, found[1:]))
            and all(s.start < s.end for s in found))


def test_french_article_is_one_french_section():
    text = clean(GAS_LEAK).text
    assert sections(text) == [Section("fr", 0, len(text))]
    assert detect(text) == "fr"


def test_quote_in_another_language_on_the_same_line_is_its_own_section():
    text = clean(PARIS).text
    found = sections(text)
    assert [s.lang for s in found] == ["en", "fr"] and covers(found, text)
    assert text[found[1].start:].startswith("((fr))French language: Paris pleure les siens")
    assert text[:found[0].end].rstrip().endswith("to the families of the victims and their relatives.\"")


def test_document_built_from_english_and_french_articles_splits_between_them():
    english, french = clean(PARIS).text.split("((fr))")[0], clean(GAS_LEAK).text
    text = english.rstrip() + "\n" + french
    found = sections(text)
    assert [s.lang for s in found] == ["en", "fr"] and covers(found, text)
    assert text[found[1].start:].startswith("Fuite de gaz en Inde")


def test_candidate_languages_can_be_limited():
    text = seed_text("000")
    assert [s.lang for s in sections(text, langs=["en", "fr"])] == ["en", "fr"]
    assert sections(text, langs=["en"]) == [Section("en", 0, len(text))]
    with pytest.raises(ValueError):
        sections(text, langs=["xx"])


def test_text_without_letters_is_undetermined():
    assert sections("12 345\n67") == [Section("und", 0, 9)]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_sections_cover_the_seeds(prefix):
    text = seed_text(prefix)
    assert covers(sections(text), text)


def test_one_line_document_in_two_languages_splits_at_the_switch():
    english = " ".join(clean(PARIS).text.split("((fr))")[0].split("\n")[2:]).strip()
    french = " ".join(clean(GAS_LEAK).text.split("\n")[1:])
    text = english + " " + french
    assert "\n" not in text
    found = sections(text)
    assert [s.lang for s in found] == ["en", "fr"] and covers(found, text)
    assert text[found[1].start:].startswith("\"Au moins 1.000 personnes")
