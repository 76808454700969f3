"""`claimline explain` traces a figure to its rules, on a real seed sentence."""
from __future__ import annotations

from click.testing import CliRunner

from claimline.cli import main

SENTENCE = ("At its height, KFOR reached 50,000 troops. Today, as an indicator of the improved security "
            "situation in Kosovo KFOR's commander, Major General Erhard Drews, has a tenth of that number.")


def test_explain_text_shows_numbers_timexes_and_rules():
    result = CliRunner().invoke(main, ["explain", SENTENCE, "--date", "2012-07-09", "--lang", "en"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "number “50,000” = 50000.0 | role quantity" in out
    assert "timex “Today” = DATE 2012-07-09" in out
    assert "claim: KFOR | troops | ~5,000 | level | time 2012-07-09" in out
    assert "relative:that number" in out
    assert "subject:clause-actor" in out


def test_explain_without_input_is_a_usage_error():
    result = CliRunner().invoke(main, ["explain"])
    assert result.exit_code != 0 and "TEXT or --doc" in result.output


def test_explain_an_unknown_document_is_a_one_line_error(tmp_path):
    from tests.conftest import EXAMPLES, cli

    db = tmp_path / "kfor.duckdb"
    cli("--db", db, "ingest", EXAMPLES / "manifest.jsonl")
    result = cli("--db", db, "explain", "--doc", "no-such-doc", ok=False)
    assert result.exit_code == 1
    assert result.output == f"Error: {db}: no document 'no-such-doc'\n"
    stored = cli("--db", db, "explain", "--doc", "004_4e4e82e7802da668").output
    assert stored.startswith("004_4e4e82e7802da668: ") and "now has 4,700 personnel" in stored


def test_explain_refuses_a_date_that_is_not_iso():
    for bad in ("yesterday", "2012-02-30"):
        result = CliRunner().invoke(main, ["explain", SENTENCE, "--date", bad, "--lang", "en"])
        assert result.exit_code == 2 and f"not an ISO date: {bad!r}" in result.output
