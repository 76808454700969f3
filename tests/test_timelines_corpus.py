"""Hand-checked timelines on a small multi-document corpus of real articles.

``tests/fixtures/timelines/`` holds Wikinews (CC BY 2.5) and actu.orange.fr (news-fr-2,
CC BY-SA 4.0) articles about several subjects, one reprint of a Wikinews article, and a
manifest; SOURCES.md names each one. Each test states what a subject's timeline must hold,
read by hand from the articles, and that no entry carries another subject's figure.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import cli
from claimline.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "timelines"


def run(*args):
    return cli(*args).output


@pytest.fixture(scope="module")
def db(corpus_db):
    return corpus_db


def timeline(db, subject, measure=None):
    args = ["--db", db, "timeline", subject, "--format", "json"]
    if measure:
        args += ["--measure", measure]
    return json.loads(run(*args))


def figures(data):
    return {(e["kind"], e["value"], e["time"]) for e in data["entries"]}


def quotes(data):
    return [q["quote"] for e in data["entries"] for q in e["quotes"]]


def test_barkhane_troops_over_two_years(db):
    data = timeline(db, "Barkhane", "troops")
    assert data["subject"] == "Barkhane"
    # "forte actuellement de 4.500 militaires" (2018-12-22),
    # "L'opération Barkhane compte autour de 5.100 soldats." (2020-09-05)
    assert ("level", 4500, "2018-12-22") in figures(data)
    assert ("level", 5100, "2020-09-05") in figures(data)
    [about] = [e for e in data["entries"] if e["value"] == 5100]
    assert about["approx"] is True and about["quotes"][0]["doc"] == "fr-mali-operation"
    # the subheading "5.100 soldats engagés" after that sentence is the same figure of the
    # operation the sentence before names (its first actor), not of the last acronym named
    assert len(about["quotes"]) == 2 and {q["doc"] for q in about["quotes"]} == {"fr-mali-operation"}
    # two years apart: different times, so no conflict
    assert all(e["conflicts"] == [] for e in data["entries"])
    # every entry is backed by a sentence naming Barkhane ("5.100 soldats engagés", the
    # subheading glued after "L'opération Barkhane compte autour de 5.100 soldats.", is
    # the same figure of the operation the sentence before names)
    assert all(any("Barkhane" in q["quote"] for q in e["quotes"]) for e in data["entries"])


def test_barkhane_is_one_subject_under_its_french_names(db):
    names = {"Barkhane", "l'opération Barkhane", "la force Barkhane", "Operation Barkhane"}
    seen = {json.dumps(timeline(db, n, "troops")["entries"], sort_keys=True) for n in names}
    assert len(seen) == 1


def test_french_soldiers_at_the_chad_base_are_a_series_of_their_own(db):
    # "avec les quelques 1.000 militaires français" of the force Barkhane in Chad
    part = timeline(db, "France contingent of Barkhane", "troops")
    assert any(e["value"] == 1000 and e["approx"] for e in part["entries"])
    whole = timeline(db, "Barkhane", "troops")
    assert 1000 not in {e["value"] for e in whole["entries"]}
    listed = run("--db", db, "subjects")
    assert "France contingent of Barkhane\ttroops" in listed and "Barkhane\ttroops" in listed


def test_us_troops_in_iraq(db):
    data = timeline(db, "United States", "troops")
    # "There are reportedly about 5000 U.S. troops now in the country." (2019-11-10)
    [entry] = [e for e in data["entries"] if e["value"] == 5000]
    assert entry["approx"] is True and entry["time"] == "2019-11-10"
    # a country's own troops are not a contingent of that country
    listed = run("--db", db, "subjects")
    assert "contingent of U.S." not in listed and "contingent of United States" not in listed
    assert all("U.S." in q for q in quotes(data))


def test_uk_election_seats_per_party(db):
    tories = timeline(db, "Conservative Party", "seats")
    # the results table: "Conservative Party - 365 seats"; "netted an additional 66 seats"
    assert ("level", 365, "2019-12-16") in figures(tories)
    assert ("change", 66, "2019-12-12") in {(e["kind"], e["value"], e["time"]) for e in tories["entries"]
                                            if e["direction"] == "+"}
    labour = timeline(db, "Labour Party", "seats")
    assert ("level", 203, "2019-12-16") in figures(labour)
    # no other party's figure in the Conservative series
    other = {203, 48, 13, 8}
    assert not other & {e["value"] for e in tories["entries"]}
    assert all("Conservative" in q for q in quotes(tories))


def test_no_entry_mixes_two_subjects(db):
    with Store(str(db), read_only=True) as store:
        claims = store.claims()
        aliases = store.aliases()
    from claimline import timeline as tl
    from claimline.resolve import canonical

    for subject, measure, _ in tl.subjects(claims, aliases):
        for e in tl.build(claims, subject, measure, aliases):
            names = {canonical(c.subject, aliases) for c in e.claims}
            assert names == {subject}, (subject, measure, names)


def test_generic_victims_of_two_stories_never_share_an_entry(db):
    # "twenty people have been confirmed killed" (Hurricane Dorian, Bahamas) and "at least
    # 116 people died" / "two people died" (Aegean Sea earthquake): "people" names no one
    data = timeline(db, "people", "deaths")
    assert ("level", 20, "2019-09-04") in figures(data)
    assert {e["value"] for e in data["entries"] if e["time"] == "2020-11-07"} >= {116, 2}
    for e in data["entries"]:
        assert len({q["doc"] for q in e["quotes"]}) == 1 and e["conflicts"] == []


def test_generic_victims_of_one_figure_in_two_documents_stay_two_entries():
    from dataclasses import replace

    from claimline import pipeline, timeline as tl
    from claimline.ingest import read_manifest

    done, _ = pipeline.process_all(read_manifest(str(FIXTURES / "manifest.jsonl")))
    [twenty] = [c for p in done for c in p.claims if c.subject == "people" and c.value == 20]
    elsewhere = replace(twenty, doc="another-story")  # a record: the same figure in another story
    assert len(tl.build([twenty, elsewhere], "people", "deaths")) == 2
    named = [replace(twenty, subject="Bahamas"), replace(elsewhere, subject="Bahamas")]
    assert len(tl.build(named, "Bahamas", "deaths")) == 1  # a named subject merges


def test_covid_deaths_in_france_from_four_articles(db):
    data = timeline(db, "France", "deaths")
    seen = {(e["kind"], e["direction"], e["value"], e["time"]) for e in data["entries"]}
    # "La France déplore 21.340 décès depuis le 1er mars" (a total as of 2020-04-22, not
    # of March 1), "80 décès en 24 heures" (2020-05-09), "87 décès supplémentaires …,
    # portant à 29.296 le nombre total de morts" (2020-06-10)
    assert {("level", None, 21340, "2020-04-22"), ("change", "+", 80, "2020-05-09"),
            ("change", "+", 87, "2020-06-10"), ("level", None, 29296, "2020-06-10")} <= seen
    assert all("France" in q for q in quotes(data))
    assert all(e["conflicts"] == [] and not e["derived"] for e in data["entries"])
    cases = timeline(db, "France", "cases")
    # "La France compte au moins 130 cas de contamination depuis fin janvier." (2020-03-02)
    assert ("level", 130, "2020-03-02") in figures(cases)
    answer = run("--db", db, "ask", "Combien de décès en France en avril 2020 ?")
    assert "21,340" in answer and "29,296" not in answer


def test_covid_deaths_in_the_united_states_are_the_countrys_not_the_reporters(db):
    data = timeline(db, "United States", "deaths")
    # "In the United States, … linking to at least 5,900 deaths." (wn, 2020-04-05);
    # "at least 55,000 deaths linked to COVID-19 in the United States as of yesterday"
    seen = {(e["value"], e["time"]) for e in data["entries"]}
    assert {(5900, "2020-04-04"), (55000, "2020-04-28")} <= seen
    assert all("United States" in q or "États-Unis" in q for q in quotes(data))
    # the world-wide figures of the same articles stay out of the US series, and the US
    # figures out of the series of whoever reported them
    assert not {52000, 1051635} & {e["value"] for e in data["entries"]}
    for reporter in ("WHO", "JHU"):
        assert not {5900, 55000} & {e["value"] for e in timeline(db, reporter, "deaths")["entries"]}
    cases = timeline(db, "United States", "cases")
    assert (1600000, "2020-05-27") in {(e["value"], e["time"]) for e in cases["entries"]}


# -- conflicts between outlets, on real articles -----------------------------------------

def test_two_outlets_give_france_different_measles_counts_for_2018(db):
    # "En 2018, la France a enregistré 2.800 cas de rougeole." (reported 2019-03-13) and
    # "En France, Santé publique France a recensé 2.741 cas depuis novembre 2017."
    # (2018-08-23): the same year at the coarser granularity, exact values that differ.
    data = timeline(db, "France", "cases")
    by_value = {e["value"]: (i, e) for i, e in enumerate(data["entries"])}
    (i, year), (j, august) = by_value[2800], by_value[2741]
    assert (year["time"], august["time"]) == ("2018", "2018-08-23")
    assert year["conflicts"] == [j] and august["conflicts"] == [i]
    # both are kept with their own source; the later report does not replace the earlier
    assert [q["doc"] for q in year["quotes"]] == ["fr-rougeole-2019-03-13"]
    assert [q["doc"] for q in august["quotes"]] == ["fr-rougeole-2018-08-23"]
    assert year["reported"] == "2019-03-13" and august["reported"] == "2018-08-23"
    # a figure of another year is not part of the disagreement
    assert all(e["conflicts"] == [] for e in data["entries"] if e["value"] not in (2800, 2741))
    table = run("--db", db, "timeline", "France", "--measure", "cases")
    assert table.count("CONFLICT") == 2



# -- a figure derived from a change, on a real article -----------------------------------

def test_a_projected_change_after_a_stated_level_derives_a_target(db):
    # Wikinews, 2020-05-29: "SARS-CoV-2 surpasses 100,000 confirmed deaths in the United
    # States" (the title, a level), then "… the coronavirus may cause roughly 32,000 more
    # deaths in the United States by August 4." (a possible change): together they imply
    # about 132,000 deaths by August 4 — a projection, shown as derived, never observed.
    data = timeline(db, "United States", "deaths")
    [derived] = [e for e in data["entries"] if e["derived"]]
    assert (derived["kind"], derived["value"], derived["time"], derived["approx"]) == (
        "target", 132000, "2020-08-04", True)
    assert {q["doc"] for q in derived["quotes"]} == {"wn-covid-us-2020-05-29"}
    assert any("32,000 more deaths" in q["quote"] for q in derived["quotes"])
    observed = {e["value"] for e in data["entries"] if e["kind"] == "level" and not e["derived"]}
    assert 100000 in observed and 132000 not in observed
    table = run("--db", db, "timeline", "United States", "--measure", "deaths")
    assert table.count("DERIVED") == 1
    # a question about August answers with what the article says, not the computed figure
    answer = run("--db", db, "ask", "How many deaths in the United States in August 2020?")
    assert "32,000" in answer and "132,000" not in answer


# -- one place under its names in every language ---------------------------------------------

def test_the_united_states_is_one_subject_in_english_and_french(db):
    # "In the United States, … at least 5,900 deaths" (Wikinews, 2020-04-05) and "Les
    # États-Unis sont le pays le plus touché …, avec 194.081 décès" (news-fr-2, 2020-09-14)
    data = timeline(db, "United States", "deaths")
    langs = {q["lang"] for e in data["entries"] for q in e["quotes"]}
    assert langs == {"en", "fr"}
    [french] = [e for e in data["entries"] if e["value"] == 194081]
    assert french["time"] == "2020-09-14" and "États-Unis" in french["quotes"][0]["quote"]
    for name in ("États-Unis", "Etats-Unis", "U.S.", "USA", "Stati Uniti"):
        assert timeline(db, name, "deaths") == data, name
    listed = run("--db", db, "subjects")
    assert "États-Unis" not in listed and "United States\tdeaths" in listed


def test_stored_entries_keep_the_conflicts_between_them(db):
    # the measles disagreement above, read back from the entries the ingest stored
    rows = [json.loads(line) for line in run("--db", db, "export", "--what", "entries").splitlines()]
    by_id = {r["id"]: r for r in rows}
    [year] = [r for r in rows if r["subject"] == "France" and r["measure"] == "cases" and r["value"] == 2800]
    [other] = [by_id[i] for i in year["conflicts"]]
    assert other["value"] == 2741 and other["conflicts"] == [year["id"]]


def test_forces_counted_with_no_owner_go_to_no_acronym_or_outlet(db):
    # news-fr-2 34970: the subheading '5.100 soldats engagés' follows a sentence naming an
    # "engin explosif improvisé (IED)"; the soldiers are no IED's. Forces with no owner in
    # their clause fall back only on a force or a country the document names.
    listed = run("--db", db, "subjects")
    troops = {line.split("\t")[0].strip().split("  ")[-1].strip() for line in listed.splitlines()
              if "\ttroops" in line}
    assert troops == {"Barkhane", "France", "France contingent of Barkhane", "United States"}


def test_tolls_of_two_events_filed_under_one_country_never_conflict(db):
    # news-fr-2: "… avec 290 personnes tuées" on the roads of France in June 2019, and the
    # three SNSM volunteers who drowned ("la France est une nation d'océans …", dated by the
    # Monday of the sentence, 2019-06-10, the day of the tribute in an article of Thursday
    # 2019-06-13): both are France's deaths of one month, of two events — apart, never a
    # disagreement.
    data = timeline(db, "France", "deaths")
    [road] = [e for e in data["entries"] if e["quotes"][0]["doc"] == "fr-routes-2019-07-10"]
    [sea] = [e for e in data["entries"] if e["quotes"][0]["doc"] == "fr-snsm-2019-06-13"]
    assert (road["value"], sea["value"]) == (290, 3)
    assert (road["time"], sea["time"]) == ("2019-06", "2019-06-10")
    assert road["conflicts"] == [] and sea["conflicts"] == []
    assert [q["doc"] for q in road["quotes"]] == ["fr-routes-2019-07-10"]
