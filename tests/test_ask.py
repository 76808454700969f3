"""`claimline ask` on the bundled example corpus, in English and French (issue 6's questions)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from claimline.cli import main
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ask") / "kfor.duckdb"
    result = CliRunner().invoke(main, ["--db", str(path), "ingest", str(EXAMPLES / "manifest.jsonl")])
    assert result.exit_code == 0, result.output
    return path


def ask(db, question):
    result = CliRunner().invoke(main, ["--db", str(db), "ask", question])
    assert result.exit_code == 0, result.output
    return result.output


def test_2012_is_about_5000_quoting_the_july_2012_sentence(db):
    out = ask(db, "How many KFOR troops were there in 2012?")
    assert "~5,000 troops (level, 2012-07-09)" in out
    assert "has a tenth of that number" in out
    assert "No figure" not in out


def test_2024_is_4700(db):
    out = ask(db, "How many KFOR troops in 2024?")
    assert "4,700 troops (level, 2024-03-14)" in out
    assert "now has 4,700 personnel" in out


def test_2011_has_no_figure_and_gives_the_nearest_on_each_side(db):
    out = ask(db, "How many KFOR troops in 2011?")
    assert out.startswith("No figure for KFOR troops in 2011.")
    assert "target stated 2010-10-29" in out
    assert "(level, 2012-07-09)" in out


def test_french_question(db):
    out = ask(db, "Combien de soldats compte la KFOR en 2011 ?")
    assert out.startswith("Aucun chiffre pour KFOR (troops) en 2011.")
    assert "objectif annoncé le 2010-10-29" in out
    assert "environ 5000 soldats" in out


def test_alias_in_question(db):
    out = ask(db, "How many troops did the Kosovo Force have in 2012?")
    assert "~5,000 troops (level, 2012-07-09)" in out


def test_threshold_question(db):
    out = ask(db, "When did KFOR fall below 10,000?")
    assert "first below 10,000: 2012-07-09" in out


def test_a_threshold_met_only_by_an_undated_figure_says_the_date_is_unknown(db):
    # seed 001: "At its height, KFOR reached 50,000 troops." gives no date
    out = ask(db, "When did KFOR exceed 40,000 troops?")
    assert out.startswith("No dated KFOR troops figure above 40,000")
    assert "50,000 troops (level, date unknown)" in out and "At its height" in out
    out = ask(db, "Quand la KFOR a-t-elle dépassé 40 000 soldats ?")
    assert out.startswith("Aucun chiffre daté de KFOR") and "date inconnue" in out
    assert ask(db, "When did KFOR exceed 60,000 troops?").strip() == "No KFOR troops figure above 60,000 on record."


def test_unknown_subject_says_so(db):
    out = ask(db, "How many soldiers does Atlantis have?")
    assert "Could not find a subject" in out and "KFOR" in out


def test_a_figure_dated_to_a_period_answers_for_any_time_inside_it(db):
    # "Since the outbreak of violence in May ..." (reported 2024-03-14): 2023-05/2024-03-14
    out = ask(db, "How many KFOR troops in January 2024?")
    assert out.startswith("KFOR troops in 2024-01:")
    assert "+~1,000 troops (change, 2023-05/2024-03-14)" in out and "No figure" not in out


def test_a_question_about_the_dead_asks_for_deaths(db):
    # "died" / "killed" count deaths, whatever noun names the dead
    out = ask(db, "How many Kosovo police died?")
    assert out.startswith("Kosovo police deaths:\n") and "1 deaths (level, 2023-09-24)" in out
    assert "killing one police officer" in out


def test_a_question_with_no_time_lists_every_figure_without_a_placeholder(db):
    out = ask(db, "How many KFOR troops?")
    assert out.startswith("KFOR troops:\n") and "None" not in out and "—" not in out.splitlines()[0]
    assert "4,700 troops (level, 2024-03-14)" in out
    assert ask(db, "How many KFOR patrols?").startswith("KFOR patrols:\n  ×3 patrols (change, 2024-03-14)")
    out = ask(db, "How many assailants were injured?")
    assert out.strip() == "No assailants injured figure on record."
