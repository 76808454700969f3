"""Years said in words (broadcast transcripts say "nineteen ninety-six") and the week rules."""
from claimline.timex import lexicon
from claimline.timex.normalize import year_in_words


def test_years_in_words():
    en = lexicon.load("en")
    assert year_in_words(en, "nineteen ninety-six") == 1996
    assert year_in_words(en, "nineteen oh five") == 1905
    assert year_in_words(en, "nineteen hundred and ten") == 1910
    assert year_in_words(en, "two thousand and three") == 2003
    assert year_in_words(en, "twenty thirteen") == 2013


def test_words_that_make_no_year():
    en = lexicon.load("en")
    assert year_in_words(en, "nineteen apples") is None
