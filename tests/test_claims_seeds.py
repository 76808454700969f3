"""The claims stage on the real seed documents (examples/kfor), end to end from the manifest."""
from __future__ import annotations

import re
import unicodedata

import pytest


def _find(claims, doc_prefix, value, measure="troops"):
    hits = [c for c in claims if c.doc.startswith(doc_prefix) and c.value == value and c.measure == measure]
    assert hits, f"no {value} {measure} claim in {doc_prefix}: {[(c.value, c.measure) for c in claims]}"
    return hits


def test_target_stated_in_english_and_french(seed_claims):
    claims, _ = seed_claims
    hits = _find(claims, "000", 5000)
    assert {c.lang for c in hits} == {"en", "fr"}
    for c in hits:
        assert (c.subject, c.kind, c.direction, c.approx, c.time) == ("KFOR", "target", None, True, None)
        assert c.modality == "planned"


def test_peak_level_has_no_invented_date(seed_claims):
    claims, _ = seed_claims
    [c] = _find(claims, "001", 50000)
    assert (c.subject, c.kind, c.time) == ("KFOR", "level", None)
    assert "At its height, KFOR reached 50,000 troops" in c.quote


def test_a_tenth_of_that_number_is_resolved_against_the_figure_before(seed_claims):
    claims, _ = seed_claims
    [c] = _find(claims, "001", 5000)
    assert (c.subject, c.kind, c.approx, c.time) == ("KFOR", "level", True, "2012-07-09")
    assert "a tenth of that number" in c.quote
    assert any(r.startswith("relative:") for r in c.rules)


def test_located_figure_belongs_to_the_whole_not_the_mission(seed_claims):
    claims, _ = seed_claims
    [c] = _find(claims, "002", 60000)
    assert c.subject == "NATO forces in the Balkans"
    assert c.time.startswith("2002")  # the document is undated: the paragraph's date anchors it
    assert c.time_how == "narrative"


def test_relocation_is_a_positive_change_for_the_force_named_after_its_destination(seed_claims):
    claims, _ = seed_claims
    [c] = _find(claims, "003", 700)
    assert (c.subject, c.kind, c.direction, c.approx) == ("KFOR", "change", "+", True)
    assert c.time == "2023-06-01" and c.time_how == "document-date"


def test_reserve_forces_sent_to_the_mission(seed_claims):
    claims, _ = seed_claims
    [c] = _find(claims, "004", 1000)
    assert (c.subject, c.kind, c.direction) == ("KFOR", "change", "+")
    assert c.time == "2023-05/2024-03-14"  # "since … May": from May to the report


def test_present_level_takes_the_document_date(seed_claims):
    claims, _ = seed_claims
    [c] = _find(claims, "004", 4700)
    assert (c.subject, c.kind, c.time, c.approx) == ("KFOR", "level", "2024-03-14", False)


def test_casualties_name_the_victims(seed_claims):
    claims, _ = seed_claims
    [police] = _find(claims, "004", 1, "deaths")
    [assailants] = _find(claims, "004", 3, "deaths")
    assert police.subject.lower() == "kosovo police"
    assert assailants.subject == "assailants"
    assert police.time == assailants.time == "2023-09-24"


def test_multipliers_are_changes_with_star_direction(seed_claims):
    claims, _ = seed_claims
    [patrols] = _find(claims, "004", 3, "patrols")
    assert (patrols.kind, patrols.direction) == ("change", "*")


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("’", "'").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def test_offsets_point_at_the_quote_in_the_original_file(seed_claims):
    claims, processed = seed_claims
    assert claims
    for c in claims:
        original = processed[c.doc].doc.text
        assert 0 <= c.start < c.end <= len(original)
        assert _norm(original[c.start:c.end]) == _norm(c.quote), c


@pytest.mark.parametrize("text, why", [
    ("Tel.: 32 2 707 50 41 – Fax: 32 2 707 50 57 – Internet: www.nato.int", "phone and fax numbers"),
    ("B-1110 Bruxelles Belgique", "postal code"),
    ("Over 12 years after the creation of KFOR in June 1999 under UN Security Council Resolution 1244, "
     "tensions remain and KFOR's presence is still required.", "resolution number, year, duration"),
    ("For the last 12 years, the mission of the NATO-led Kosovo Force – KFOR – has been to maintain a "
     "safe and secure environment for all the people in Kosovo.", "duration"),
    ("The password must be at least 12 characters long, no spaces, include upper/lowercase letters, "
     "numbers and symbols.", "password rule"),
    ("Enter the code to verify your account. This code will expire in 30 minutes.", "code expiry time"),
    ("In 2023, KFOR played a key role in ensuring stability in the country following the escalation "
     "of tensions in Northern Kosovo.", "year"),
    ("Staying the course\n • 09 Jul. 2012 -\n • Last updated: 09 Jul. 2012 08:52", "dateline"),
])
def test_non_figures_yield_no_claim(text, why):
    from claimline import pipeline
    from claimline.model import Document

    p = pipeline.process(Document(id="neg", source="test", text=text))
    assert p.claims == [], f"{why}: {[(c.value, c.measure) for c in p.claims]}"


def test_without_a_manifest_undated_documents_keep_an_unknown_date():
    from claimline import pipeline
    from claimline.ingest import read
    from tests.conftest import EXAMPLES

    docs = {d.id: d for d in read(sorted(str(p) for p in EXAMPLES.glob("*.txt")))}
    assert len(docs) == 5
    done = {d: pipeline.process(doc) for d, doc in docs.items()}
    dated = {d: (p.doc.published, p.doc.published_how) for d, p in done.items()}
    assert dated["001_c35a5a3fca149466"] == ("2012-07-09", "dateline")
    for d in ("000_dcdaffea40f76c5c", "002_a8a29d4b3606206f", "003_863f684e0e38cbdc", "004_4e4e82e7802da668"):
        assert dated[d] == (None, "unknown"), d
    [c] = [c for c in done["004_4e4e82e7802da668"].claims if c.value == 4700]
    assert c.time is None  # "now" in an undated document is unknown, never invented


def test_figure_offsets_cover_the_numeral_and_its_noun(seed_claims):
    claims, processed = seed_claims
    spans = {(c.doc[:3], c.value): processed[c.doc].doc.text[c.fig_start:c.fig_end] for c in claims}
    assert _norm(spans[("001", 50000)]) == "50,000 troops"
    assert _norm(spans[("004", 4700)]) == "4,700 personnel"
    assert "tenth of that number" in spans[("001", 5000)]
    for c in claims:
        assert c.start <= c.fig_start < c.fig_end <= c.end
