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
