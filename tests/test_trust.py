"""Trustworthy timelines: reprints are one source, reposts keep the story's date, conflicts
are flagged on both sides, derived figures are never observed ones, aliases are one subject.

Real text: the Wikinews article on Samoa's measles vaccination drive (CC BY 2.5) and its
reprint by a site that wraps it in its own masthead and licence footer
(``tests/fixtures/timelines``), and the bundled KFOR seeds.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from claimline import pipeline, timeline
from claimline.model import Claim, Document
from claimline.resolve.conflicts import disagree, same_time, value_range
from claimline.resolve.dedup import DuplicateIndex, jaccard, shingles
from claimline.store import Store
from tests.conftest import EXAMPLES, cli

FIXTURES = Path(__file__).parent / "fixtures" / "timelines"
ORIGINAL = FIXTURES / "wn_2019-12-07_samoa_measles.txt"
REPRINT = FIXTURES / "repost_2019-12-20_samoa_measles.txt"


def run(*args):
    return cli(*args).output


@pytest.fixture(scope="module")
def db(corpus_db):
    return corpus_db


# -- near-duplicates -------------------------------------------------------------------

def test_a_reprint_under_another_masthead_is_a_near_duplicate():
    original, reprint = ORIGINAL.read_text(), REPRINT.read_text()
    other = (FIXTURES / "wn_2019-11-10_iraq_base.txt").read_text()
    assert jaccard(shingles(original), shingles(reprint)) >= 0.8
    assert jaccard(shingles(original), shingles(other)) < 0.05
    index = DuplicateIndex()
    assert index.add("original", original)[0] == "original"
    assert index.add("other", other)[0] == "other"
    group, signature, similarity = index.add("reprint", reprint)
    assert group == "original" and similarity >= 0.8 and len(signature) == 128


def test_ingest_stores_the_reprint_in_the_original_group(db):
    with Store(str(db), read_only=True) as store:
        groups = store.doc_groups()
    assert groups == {"wn-samoa-measles": "wn-samoa-measles",
                      "repost-samoa-measles": "wn-samoa-measles"}


def test_reingest_keeps_the_groups(db):
    assert "0 new document(s)" in run("--db", db, "ingest", FIXTURES / "manifest.jsonl")
    with Store(str(db), read_only=True) as store:
        assert store.doc_groups()["repost-samoa-measles"] == "wn-samoa-measles"


def test_a_reprint_is_one_piece_of_evidence_with_both_documents(db):
    # "the Ministry has successfully vaccinated 58,150 individuals." is in both printings
    data = json.loads(run("--db", db, "timeline", "Ministry", "--measure", "individuals",
                          "--format", "json"))
    [entry] = [e for e in data["entries"] if e["value"] == 58150]
    assert [q["doc"] for q in entry["quotes"]] == ["wn-samoa-measles"]
    assert set(entry["quotes"][0]) == {"doc", "quote", "start", "end", "lang"}
    rows = list(csv.DictReader(io.StringIO(run("--db", db, "timeline", "Ministry", "--measure",
                                               "individuals", "--format", "csv"))))
    [row] = [r for r in rows if float(r["value"]) == 58150]
    assert row["docs"] == "wn-samoa-measles" and row["duplicate_docs"] == "repost-samoa-measles"
    assert "https://news-digest.example/2019/12/20/samoa-measles" in row["urls"]
    table = run("--db", db, "timeline", "Ministry", "--measure", "individuals")
    assert "also printed in" in table and "repost-samoa-measles" in table


def test_the_report_lists_the_reprint_beside_the_quote(db, tmp_path):
    out = tmp_path / "r.html"
    run("--db", db, "report", "--out", out, "--subject", "Ministry")
    html = out.read_text(encoding="utf-8")
    assert "reprinted (one source, not a confirmation)" in html
    assert 'href="https://news-digest.example/2019/12/20/samoa-measles"' in html


# -- reposts ---------------------------------------------------------------------------

def test_a_repost_is_dated_by_the_story_own_dateline(db):
    with Store(str(db), read_only=True) as store:
        docs = {d["id"]: d for d in store.documents()}
        claims = [c for c in store.claims() if c.doc == "repost-samoa-measles"]
    # manifest: 2019-12-20; the text opens with "Saturday, December 7, 2019"
    assert (docs["repost-samoa-measles"]["published"], docs["repost-samoa-measles"]["published_how"]) \
        == ("2019-12-07", "dateline")
    assert claims and {c.reported for c in claims} == {"2019-12-07"}
    assert docs["wn-samoa-measles"]["published_how"] == "manifest"


def test_a_dateline_later_than_the_manifest_date_is_not_a_repost():
    text = ORIGINAL.read_text()
    doc = Document(id="d", source="d", text=text, published="2019-12-01", published_how="manifest")
    done = pipeline.process(doc)
    assert (done.doc.published, done.doc.published_how) == ("2019-12-01", "manifest")


def test_a_dateline_inside_a_sentence_is_not_a_wire_dateline():
    # KFOR seed 004: "March 14" is named in a sentence, not a dateline
    text = (EXAMPLES / "004_4e4e82e7802da668.txt").read_text(encoding="utf-8")
    assert pipeline.wire_dateline(text, "en", "2024-12-31") is None


# -- conflicts -------------------------------------------------------------------------

def test_same_time_at_the_coarser_granularity():
    assert same_time("2012", "2012-07-09") and same_time("2012-07-09", "2012")
    assert not same_time("2012-06", "2012-07-09")
    assert same_time("2010/2012", "2011-05") and not same_time("2010/2011", "2012")
    assert same_time("2010/2012", "2011") and not same_time("2010/2011", "2011/2012")
    assert not same_time(None, "2012") and not same_time("PRESENT_REF", "PRESENT_REF")


def test_values_disagree_only_beyond_their_hedges():
    exact = value_range(4700)
    assert disagree(exact, value_range(5000))
    assert not disagree(value_range(5000, approx=True), exact)  # "about 5,000" covers 4,700
    assert not disagree(value_range(5000, bound="at-most"), exact)  # "nearly 5,000"
    assert disagree(value_range(5000, bound="at-least"), exact)
    assert disagree(value_range(4700, bound="more-than"), exact)
    assert not disagree(value_range(4500, 4000, 5000), exact)  # "4,000-5,000"
    assert not disagree(None, exact)


def _seed_claim(seed_claims, value):
    claims, _ = seed_claims
    return next(c for c in claims if c.subject == "KFOR" and c.measure == "troops" and c.value == value)


def test_two_reports_for_the_same_time_are_both_kept_and_flagged(seed_claims):
    # 4,700 for 2024-03-14 (seed 004) against a second report of the same day that says
    # "at least" 5,000: a newer report never silently replaces the older one
    base = _seed_claim(seed_claims, 4700)
    newer = replace(base, doc="later", value=5000.0, bound="at-least", reported="2024-04-01")
    entries = timeline.build([base, newer], "KFOR", "troops")
    assert len(entries) == 2
    a, b = entries
    assert a.conflicts == [1] and b.conflicts == [0]
    hedged = replace(newer, bound=None, approx=True)  # "about 5,000" agrees with 4,700
    assert all(not e.conflicts for e in timeline.build([base, hedged], "KFOR", "troops"))
    month = replace(newer, bound=None, time="2024-03")  # same month: the coarser time
    assert all(e.conflicts for e in timeline.build([base, month], "KFOR", "troops"))
    other_month = replace(month, time="2024-04")
    assert all(not e.conflicts for e in timeline.build([base, other_month], "KFOR", "troops"))
    # two figures of one document are two things it counts, not two sources disagreeing
    same_doc = replace(month, doc=base.doc)
    assert all(not e.conflicts for e in timeline.build([base, same_doc], "KFOR", "troops"))
    # nor are a story and its reprint two sources
    reprint = replace(month, doc="reprint")
    groups = {base.doc: base.doc, "reprint": base.doc}
    assert all(not e.conflicts for e in timeline.build([base, reprint], "KFOR", "troops", None, groups))


def test_conflicts_show_in_table_csv_json_and_report(seed_claims, tmp_path):
    # Seed 004's 4,700 for 2024-03-14 and a constructed second report (a record, not a
    # sentence: the figure is set on the claim) of 4,200 for the same day.
    claims, processed = seed_claims
    base = _seed_claim(seed_claims, 4700)
    p = processed[base.doc]
    other = replace(p.doc, id="second-report", content_hash="")
    db = tmp_path / "c.duckdb"
    with Store(str(db)) as store:
        store.add_document(p.doc, p.clean, p.sections, [base])
        store.add_document(other, p.clean, p.sections, [replace(base, doc="second-report", value=4200.0)])
    data = json.loads(run("--db", db, "timeline", "KFOR", "--measure", "troops", "--format", "json"))
    assert [(e["value"], e["conflicts"]) for e in data["entries"]] == [(4200, [1]), (4700, [0])]
    assert [[q["doc"] for q in e["quotes"]] for e in data["entries"]] == [["second-report"], [base.doc]]
    rows = list(csv.DictReader(io.StringIO(run("--db", db, "timeline", "KFOR", "--measure", "troops",
                                               "--format", "csv"))))
    assert [r["conflicts"] for r in rows] == ["1", "0"]
    table = run("--db", db, "timeline", "KFOR", "--measure", "troops")
    assert "CONFLICT" in table and "with #1" in table and "with #0" in table
    out = tmp_path / "r.html"
    run("--db", db, "report", "--out", out, "--subject", "KFOR")
    html = out.read_text(encoding="utf-8")
    assert html.count('<span class="badge conflict">conflict</span>') == 2
    assert "Disagrees with" in html
    answer = run("--db", db, "ask", "How many KFOR troops in 2024?")
    assert "4,700" in answer and "4,200" in answer and "Sources disagree" in answer


def test_sums_of_money_never_conflict_nor_derive_a_level(seed_claims):
    # A currency names the unit, not what is counted: two sources giving one actor two sums
    # for one day (a fine and a budget) do not disagree, and a sum after a sum is not the
    # first one changed. Records: seed 004's 4,700 level and its +700 change, as euros.
    level = _seed_claim(seed_claims, 4700)
    euros = replace(level, measure="EUR", rules=level.rules + ["measure:currency:EUR"])
    other = replace(euros, doc="another-outlet", value=1_500_000_000.0)
    assert all(not e.conflicts for e in timeline.build([euros, other], "KFOR", "EUR"))
    as_troops = [replace(c, measure="troops", rules=level.rules) for c in (euros, other)]
    assert all(e.conflicts for e in timeline.build(as_troops, "KFOR", "troops"))
    more = replace(_seed_claim(seed_claims, 700), doc=level.doc, start=level.end + 10, end=level.end + 40,
                   time="2024-06", modality=None, measure="EUR",
                   rules=["measure:currency:EUR"])
    assert not [e for e in timeline.build([euros, more], "KFOR", "EUR") if e.derived]


# -- derived figures -------------------------------------------------------------------

def test_a_transition_gives_levels_before_and_after_and_a_derived_change():
    from claimline.claims import transitions
    from claimline.numbers import find_numbers

    # Wikinews, 2020-04-07 (wn214 in SOURCES.md): the numbers stage reads the transition;
    # the claim at its "to" numeral is the record the claims stage makes for a figure.
    sentence = ("The city of Milwaukee reduced the number of polling stations from 180 to 5, "
                "leading to lines multiple blocks long outside of the polling stations.")
    nums = [n for n in find_numbers(sentence, "en") if n.role == "quantity"]
    assert [(n.value, "transition-from" in n.rule, "transition-to" in n.rule) for n in nums] == [
        (180, True, False), (5, False, True)]
    after = Claim(doc="wn214", subject="Milwaukee", measure="polling stations", value=5.0,
                  time="2020-04-07", time_how="document-date", reported="2020-04-07",
                  quote=sentence, start=0, end=len(sentence), rules=["subject:clause-actor"])
    before, after = transitions.add_levels_before([(nums[1], after)], nums)
    assert (before.kind, before.value, before.time) == ("level", 180.0, None)  # since when: unsaid
    assert (after.kind, after.value, after.time) == ("level", 5.0, "2020-04-07")
    assert "transition:from" in before.rules and "transition:to" in after.rules
    entries = timeline.build([before, after], "Milwaukee", "polling stations")
    [change] = [e for e in entries if e.kind == "change"]
    assert change.derived and change.direction == "-" and change.value == 175
    assert change.time == "2020-04-07" and [c.value for c in change.claims] == [180.0, 5.0]
    assert [e.derived for e in entries if e.kind == "level"] == [False, False]
    # a future clause: the level before holds on the document date
    target = replace(after, kind="target", time="2021", modality="planned")
    before, _ = transitions.add_levels_before([(nums[1], target)], nums)
    assert (before.time, before.time_how) == ("2020-04-07", "document-date")


def test_a_change_after_a_stated_level_gives_a_derived_level(seed_claims):
    # seed 004: "about 1,000 reserve forces" (+, 2023-09) comes *before* the 4,700 level in
    # the text and holds later, so nothing is derived from it on the seeds
    claims, _ = seed_claims
    kfor = [c for c in claims if c.subject == "KFOR" and c.measure == "troops"]
    assert not [e for e in timeline.build(kfor, "KFOR", "troops") if e.derived]
    # a constructed record: the same document stating its base level first (4,700), then
    # a change of about 700 troops later in its text and in time
    level = _seed_claim(seed_claims, 4700)
    more = replace(_seed_claim(seed_claims, 700), doc=level.doc, start=level.end + 10,
                   end=level.end + 40, time="2024-06", modality=None)
    entries = timeline.build([level, more], "KFOR", "troops")
    [derived] = [e for e in entries if e.derived]
    assert (derived.kind, derived.value, derived.time, derived.approx) == ("level", 5400, "2024-06", True)
    # a change that is only planned implies a target, not a level
    planned = replace(more, modality="planned")
    [projected] = [e for e in timeline.build([level, planned], "KFOR", "troops") if e.derived]
    assert (projected.kind, projected.value) == ("target", 5400)
    observed = [e for e in entries if e.kind == "level" and not e.derived]
    assert [e.value for e in observed] == [4700]
    # a change of the same day (or the same year, at the coarser time) adds nothing
    for when in ("2024-03-14", "2024"):
        same = replace(more, time=when)
        assert not [e for e in timeline.build([level, same], "KFOR", "troops") if e.derived]


def test_derived_entries_are_marked_in_table_and_report(seed_claims, tmp_path):
    from claimline.report import render

    level = _seed_claim(seed_claims, 4700)
    more = replace(_seed_claim(seed_claims, 700), doc=level.doc, start=level.end + 10,
                   end=level.end + 40, time="2024-06", modality=None)
    entries = timeline.build([level, more], "KFOR", "troops")
    html = render([("KFOR", "troops", entries)], {})
    assert html.count("derived, not observed") == 1
    _, processed = seed_claims
    p = processed[level.doc]
    db = tmp_path / "d.duckdb"
    with Store(str(db)) as store:
        store.add_document(p.doc, p.clean, p.sections, [level, more])
    table = run("--db", db, "timeline", "KFOR", "--measure", "troops")
    assert table.count("DERIVED") == 1 and "not observed" in table and "computed from" in table
    data = json.loads(run("--db", db, "timeline", "KFOR", "--measure", "troops", "--format", "json"))
    assert sorted((e["kind"], e["value"], e["derived"]) for e in data["entries"]) == [
        ("change", 700, False), ("level", 4700, False), ("level", 5400, True)]


# -- aliases ---------------------------------------------------------------------------

def test_kfor_kosovo_force_and_la_kfor_are_one_subject():
    from claimline.resolve import canonical

    aliases = {"Kosovo Force": "KFOR"}
    assert {canonical(n, aliases) for n in ("KFOR", "Kosovo Force", "la KFOR", "the Kosovo Force",
                                            "la Kosovo Force")} == {"KFOR"}
    assert canonical("US contingent of Kosovo Force", aliases) == "United States contingent of KFOR"
    assert canonical("Stati Uniti contingent of KFOR", aliases) == "United States contingent of KFOR"


def test_places_and_organisations_are_named_alike_in_every_language():
    from claimline.resolve import canonical

    assert {canonical(n, {}) for n in ("l'OTAN", "OTAN", "Nato", "NATO", "la Otan")} == {"NATO"}
    assert {canonical(n, {}) for n in ("l'ONU", "Nations unies", "Vereinten Nationen", "UN")} == {"UN"}
    assert {canonical(n, {}) for n in ("OMS", "Weltgesundheitsorganisation", "WHO")} == {"WHO"}
    assert {canonical(n, {}) for n in ("Etats-Unis", "Stati Uniti", "Estados Unidos", "U.S.")} == {
        "United States"}
    # a learned long form goes through its acronym to the shared name
    assert canonical("Organisation mondiale de la santé", {"Organisation mondiale de la santé": "OMS"}) == "WHO"
    # acronyms match as written: the article "un" is not the UN
    assert canonical("un", {}) == "un" and canonical("us", {}) == "us"


def test_la_kfor_finds_the_kfor_timeline(tmp_path):
    db = tmp_path / "k.duckdb"
    run("--db", db, "ingest", EXAMPLES / "manifest.jsonl")
    outs = [json.loads(run("--db", db, "timeline", name, "--measure", "troops", "--format", "json"))
            for name in ("KFOR", "Kosovo Force", "la KFOR")]
    assert {o["subject"] for o in outs} == {"KFOR"}
    assert outs[0]["entries"] == outs[1]["entries"] == outs[2]["entries"]
    # the French quote ("les effectifs de la KFOR") sits in the same entry as the English one
    [target] = [e for e in outs[0]["entries"] if e["kind"] == "target"]
    assert sorted(q["lang"] for q in target["quotes"]) == ["en", "fr"]


def test_a_unit_named_before_of_its_mission_is_the_unit():
    from claimline.claims.lexicon import lexicon
    from claimline.claims.mentions import find
    from claimline.claims.subject import _part_before

    # Wikinews (wn213, 2020-04-05): "the World Health Organization" is a whole in its own
    # name; a unit "of" an acronym is the unit's figure
    lex = lexicon("en")
    sentence = "By yesterday, the World Health Organization reported 1,051,635 confirmed cases"
    mentions = find(sentence, lex)
    who = next(m for m in mentions if m.text == "World Health Organization")
    assert _part_before(who, mentions, sentence, 0, lex) is None


def test_a_contingent_is_never_merged_into_its_mission(seed_claims):
    claims, _ = seed_claims
    kfor = [c for c in claims if c.subject == "KFOR" and c.measure == "troops"]
    part = replace(kfor[0], subject="US contingent of Kosovo Force", value=1600.0)
    entries = timeline.build(kfor + [part], "KFOR", "troops", {"Kosovo Force": "KFOR"})
    assert 1600 not in {e.value for e in entries}
    [own] = timeline.build(kfor + [part], "US contingent of KFOR", "troops", {"Kosovo Force": "KFOR"})
    assert own.value == 1600 and own.subject == "United States contingent of KFOR"
    listed = {s for s, _, _ in timeline.subjects(kfor + [part], {"Kosovo Force": "KFOR"})}
    assert {"KFOR", "United States contingent of KFOR"} <= listed


def test_explain_and_export_name_the_reprints(db):
    explained = run("--db", db, "explain", "--doc", "repost-samoa-measles")
    assert "near-duplicate group wn-samoa-measles: one source with wn-samoa-measles" in explained
    rows = [json.loads(line) for line in run("--db", db, "export", "--format", "jsonl").splitlines()]
    groups = {r["doc"]: r["duplicate_group"] for r in rows}
    assert groups["repost-samoa-measles"] == groups["wn-samoa-measles"] == "wn-samoa-measles"
    assert groups["wn-iraq-base"] is None


def test_subjects_lists_a_contingent_as_part_of_its_mission(db):
    from claimline.resolve.parts import whole_of

    assert whole_of("US contingent of KFOR") == "KFOR" and whole_of("KFOR") is None
    assert whole_of("Multinational Battle Group East of KFOR") == "KFOR"
    assert whole_of("Group of Seven") is None
    line = next(x for x in run("--db", db, "subjects").splitlines() if "France contingent of Barkhane" in x)
    assert line.endswith("(part of Barkhane, a series of its own)")


def test_documents_left_ungrouped_are_grouped_by_the_next_ingest(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    run("--db", db, "ingest", FIXTURES / "manifest.jsonl")
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM doc_groups")  # as a store made before groups existed
    con.close()
    with Store(str(db), read_only=True) as store:
        listed = (FIXTURES / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
        assert store.doc_groups() == {} and len(store.ungrouped_documents()) == len(listed)
    assert "0 new document(s)" in run("--db", db, "ingest", FIXTURES / "manifest.jsonl")
    with Store(str(db), read_only=True) as store:
        assert store.ungrouped_documents() == []
        assert store.doc_groups()["repost-samoa-measles"] == "wn-samoa-measles"


def test_a_capitalised_common_noun_is_no_one_in_particular():
    from claimline.resolve.generic import is_generic

    # "Police detained eight people" (Wikinews, wn187) and "the Ministry has successfully
    # vaccinated 58,150 individuals" (Samoa): which police, which ministry depends on the story
    assert is_generic("Police") and is_generic("Ministry") and is_generic("people")
    assert is_generic("Deux soldats") and is_generic("militaires")
    assert not any(is_generic(s) for s in ("KFOR", "Barkhane", "France", "Kosovo police",
                                            "Health Ministry", "US contingent of KFOR"))


def test_open_measures_and_unlisted_nouns_never_conflict(seed_claims):
    # Two documents counting "people" in one place on one day count different groups
    # (demonstrators, patients): different values there are not sources disagreeing.
    base = _seed_claim(seed_claims, 4700)
    people = replace(base, measure="people")
    other = replace(people, doc="other", value=23000.0)
    assert all(not e.conflicts for e in timeline.build([people, other], "KFOR", "people"))
    sites = replace(base, measure="sites", rules=base.rules + ["measure:generic-noun"])
    other_sites = replace(sites, doc="other", value=2700.0)
    assert all(not e.conflicts for e in timeline.build([sites, other_sites], "KFOR", "sites"))
    troops = replace(base, doc="other", value=23000.0)  # a listed measure still conflicts
    assert all(e.conflicts for e in timeline.build([base, troops], "KFOR", "troops"))
