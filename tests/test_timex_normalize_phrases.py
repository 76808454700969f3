"""Normalization of short temporal phrases: years in words, quarters and halves named by
last/this/next year, the 2000s."""
import pytest

from claimline.timex import lexicon, tag
from claimline.timex.normalize import year_in_words
from tests.timex_phrases import _pairs, _texts, _triples, _types, _values  # noqa: F401


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


def test_a_quarter_or_half_of_a_year_named_by_last_this_next():
    got = _pairs("the first quarter of next year", "en", "2013-03-20")
    assert got == [("the first quarter of next year", "2014-Q1")]
    got = _pairs("this year's third quarter", "en", "1989-10-27")
    assert got == [("this year's third quarter", "1989-Q3")]


def test_the_2000s_is_a_decade_the_1800s_a_century():
    assert _values("in the early 2000s", "en", "2013-03-20") == ["200"]
    assert _values("in the 1800s", "en", "2013-03-20") == ["18"]


def test_french_that_year_is_the_year_just_named():
    # Phrase-level check (constructed phrases, not corpus sentences): "cette année-là" is
    # the year named before it, "cette année" the document's.
    got = _pairs("En 2017, puis cette année-là encore.", "fr", "2018-05-10")
    assert got == [("2017", "2017"), ("cette année-là", "2017")]
    got = _pairs("cette année", "fr", "2018-05-10")
    assert got == [("cette année", "2018")]


def test_bare_plural_units_ago_or_earlier_are_the_past():
    # Phrase-level check (constructed phrases; "Khan was convicted of terrorism years ago"
    # is the corpus form, wikinews-en 2019-12-02): a bare plural with "ago" or "earlier" is
    # an unspecified past
    for phrase in ("years ago", "Months earlier"):
        got = _triples(phrase, "en", "2019-12-02")
        assert got == [(phrase, "DATE", "PAST_REF")]


def test_the_current_financial_or_tax_year_is_a_date():
    # Phrase-level check (constructed phrases; the open corpora hold none): a fiscal,
    # financial or tax year named by "the"/"its" is the year of the document
    for phrase in ("the current financial year", "its current fiscal year", "the tax year"):
        got = _triples(phrase, "en", "2005-01-15")
        assert got == [(phrase, "DATE", "2005")]
    assert _texts("its year-end results", "en", "2005-01-15") != ["its year"]


def test_military_time_glued_to_its_zone():
    # Phrase-level check (constructed; the open corpora write "1500 UTC" with a space, which
    # the example corpus covers): "2100GMT" is 21:00 on the document's day
    got = _triples("at 2100GMT", "en", "2005-01-15")
    assert got == [("2100GMT", "TIME", "2005-01-15T21:00")]
    assert _texts("about 2100 people", "en", "2005-01-15") == []


def test_names_rates_and_meeting_records_are_no_timex():
    # Phrase-level checks (constructed phrases shaped like business and sport reports; the
    # open corpora hold none): a clock word capitalized inside a name ("Danny Noon"), a
    # quarter of a percentage point, and the minutes of a meeting are not temporal
    for phrase in ("the partnership of Tom Varley and Danny Noon", "raised by a quarter percentage point",
                   "rates were frozen, the minutes showed"):
        assert tag(phrase, "en", "2005-01-15") == [], phrase
    assert _values("he arrived at noon", "en", "2005-01-15") == ["2005-01-15T12:00"]
    assert _types("in the minutes before the crash", "en", "2005-01-15") == ["DURATION"]


def test_quarters_that_are_no_quarter_years():
    # Phrase-level checks (constructed; the real "a quarter of Puerto Rico's private homes"
    # is in the negative corpus): a quarter of a whole, and "in some quarters" (among some
    # people), are no quarter of a year; "three quarters of the year" still is a span
    assert tag("expectations in some quarters", "en", "2005-01-15") == []
    assert tag("nearly a quarter of workers", "en", "2005-01-15") == []
    assert _texts("for three quarters of the year", "en", "2005-01-15")[0] == "three quarters"


def test_a_bare_day_before_a_dated_day_in_day_month_order():
    # Phrase-level check (constructed; day-month order as British news writes it, which the
    # open English corpora do not use with a range): "on 22 and 23 June", "from 10-12 June"
    got = _pairs("on 22 and 23 June", "en", "2005-01-15")
    assert got == [("22", "2005-06-22"), ("23 June", "2005-06-23")]
    got = _pairs("from 10-12 June", "en", "2005-01-15")
    assert got == [("10", "2005-06-10"), ("12 June", "2005-06-12")]
    assert _types("she won in 2:04.45", "en", "2005-01-15") == ["DURATION"]  # a race time, no clock time


@pytest.mark.parametrize("lang, phrase, first, second", [
    ("de", "vom 27. bis 29. März", "2020-03-27", "2020-03-29"),
    ("it", "dal 27 al 29 marzo", "2020-03-27", "2020-03-29"),
    ("es", "entre los días 13 y 20 de febrero", "2020-02-13", "2020-02-20"),
])
def test_day_ranges_in_other_languages(lang, phrase, first, second):
    # Phrase-level checks (constructed phrases in each language's usual form)
    assert _values(phrase, lang, "2020-02-25") == [first, second]


def test_a_german_passive_is_neither_past_nor_future():
    # Constructed: "wird gewählt" (is voted) says no tense by itself; the nearest June is
    # meant, not the one of the year before
    assert _values("Am 4. Juni wird gewählt.", "de", "2020-02-25") == ["2020-06-04"]


def test_one_day_after_a_modal_is_some_future_day():
    # Phrase-level check (constructed; TimeBank tags "one day" after a modal as FUTURE_REF):
    # "to one day be captain", "will one day return" are no one-day duration
    for phrase in ("to one day be captain", "she will one day return"):
        assert _pairs(phrase, "en", "2005-01-15") == [("one day", "FUTURE_REF")]
    assert _values("it lasted one day", "en", "2005-01-15") == ["P1D"]


def test_a_capitalized_relative_word_inside_prose_names_something():
    # Constructed phrases: "Today" with a capital inside a sentence is a programme's name;
    # at the head of a sentence, or after "[...] ", it is the day
    assert tag("She told Radio Tyne's Today programme the scheme would fail.", "en", "2005-01-15") == []
    assert _values("[...] This week, the firm said so.", "en", "2019-09-02") == ["2019-W36"]
    assert _values("Today the firm said so.", "en", "2005-01-15") == ["2005-01-15"]


@pytest.mark.parametrize("phrase, value", [
    # periods named against a year or a week (business reports' usual forms; TimeBank
    # annotates "the corresponding period last year" as one date)
    ("the same period last year", "2004"),
    ("the corresponding period last year", "2004"),
    ("the same period in 2003", "2003"),
    ("the early part of 2005", "2005"),
    ("the latter part of the year", "2005"),
    ("the earlier part of the week", "2005-W11"),
    ("the first quarter of the year", "2005-Q1"),
    # an hour in a part of the day: the part of the day says a.m. or p.m.
    ("four in the morning", "2005-03-15T04:00"),
    ("eight in the evening", "2005-03-15T20:00"),
    ("11 at night", "2005-03-15T23:00"),
])
def test_phrases_read_as_one_expression(phrase, value):
    # Phrase-level checks (constructed phrases): each is one expression with this value
    assert _pairs(phrase, "en", "2005-03-15") == [(phrase, value)]


def test_at_the_last_minute_is_an_idiom():
    # Constructed phrases: "at the last minute" / "last-minute" say "late", not a minute
    assert tag("the deal was pulled at the last minute", "en", "2005-03-15") == []
    assert tag("a last-minute goal", "en", "2005-03-15") == []
    assert _texts("in the last minute of the match", "en", "2005-03-15") == ["the last minute"]


def test_a_compared_quarter_is_no_period_under_report():
    # Constructed (shaped like a quarterly results story): "a year earlier" counts back from
    # the quarter reported, not from the quarter it was compared with
    text = ("Earnings were $415m in the last quarter of 2004, sharply down from $820m in the fourth quarter of 2003, the group said. "
            "Turnover climbed to $37.6bn from $35.9bn a year earlier.")
    got = {t.text: t.value for t in tag(text, "en", "2005-01-26")}
    assert got["a year earlier"] == "2003-Q4"


def test_month_abbreviations_without_a_period_date_only_beside_a_number():
    # Constructed phrases (the real "on 20 Nov 2019" is in the example corpus): "Nov 19",
    # "Monday, Oct 12" are dates; a bare "Jan" or "Dec" before a name or a verb is not
    got = _pairs("The vote is on Nov 19, officials said.", "en", "2013-03-20")
    assert got == [("Nov 19", "2012-11-19")]
    assert _values("Monday, Oct 12", "en", "2013-03-20") == ["2012-10-12"]
    assert _values("in Jan 2013", "en", "2013-03-20") == ["2013-01"]
    assert tag("the ministers Janos Martonyi and Jan Kavan signed", "en", "2013-03-20") == []
    assert tag("since Oct the fund has grown", "en", "2013-03-20") == []


def test_a_year_named_for_a_period_under_report_is_that_period_of_the_year():
    # Constructed phrases shaped like quarterly earnings reports (TimeBank annotates "the
    # 1989 period" of a third-quarter report as 1989-Q3); with no quarter told, the year
    text = "Net income rose in the third quarter to $5 million from $3 million in the 1988 period."
    got = _pairs(text, "en", "1989-10-30")
    assert got == [("the third quarter", "1989-Q3"), ("the 1988 period", "1988-Q3")]
    assert _values("sales in the 1988 period", "en", "1989-10-30") == ["1988"]


def test_a_period_of_n_units_is_one_duration():
    # Constructed phrases (the Wikinews dev set holds the real "a thirty hour period"):
    # TimeBank and HeidelTime both take the article and "period" into the extent
    got = _pairs("over a 12-month period, sales rose", "en", "2013-03-20")
    assert got == [("a 12-month period", "P12M")]
    assert _texts("a 10-year prison sentence", "en", "2013-03-20") == ["10-year"]


def test_a_year_after_a_day_range_dates_both_days():
    # Constructed phrases (HeidelTime's rule examples list the form; the open English
    # corpora hold none): the year after the second day is the first day's too, and a
    # dashed range stays a range before a lower-case word; "and 25 people" stays a count
    got = _pairs("The talks were held September 14 and 18, 2010, in Paris.", "en", "2013-03-20")
    assert got == [("September 14", "2010-09-14"), ("18, 2010", "2010-09-18")]
    got = _pairs("The summit is on November 19-20 in Lisbon.", "en", "2013-03-20")
    assert [v for _, v in got] == ["2012-11-19", "2012-11-20"]
    assert _texts("April 24 and 25 people", "en", "2013-03-20") == ["April 24"]
    got = _pairs("between May and June 2011", "en", "2013-03-20")
    assert got == [("May", "2011-05"), ("June 2011", "2011-06")]


def test_recurring_seasons_approximate_clock_times_and_year_earlier_parts():
    # Constructed phrases (forms HeidelTime's rule examples list; the open corpora hold
    # none): "every summer" recurs; "circa" is an approximation inside the expression; "the
    # year-earlier first half" is that half of the year before
    assert [(t.type, t.value) for t in tag("every summer the town floods", "en", "2013-03-20")] == [("SET", "XXXX-SU")]
    assert _texts("circa 9 a.m.", "en", "2013-03-20") == ["circa 9 a.m."]
    assert _values("the year-earlier first half", "en", "2013-03-20") == ["2012-H1"]
    assert _values("the year-ago third quarter", "en", "2013-03-20") == ["2012-Q3"]


def test_the_latest_quarter_is_one_already_over():
    # Constructed phrases shaped like quarterly reports: a quarter still to come named just
    # before ("a fourth-quarter charge") is no period "the latest quarter" can mean
    text = "It will result in a fourth-quarter pre-tax charge. Earnings fell 59% in the latest quarter."
    assert _values(text, "en", "1989-11-02") == ["1989-Q4", "1989-Q3"]
    assert _values("Net fell in the third quarter. In the quarter, sales rose.", "en",
                   "1989-11-02") == ["1989-Q3", "1989-Q3"]


def test_an_adjective_in_ed_is_no_past_tense():
    # Constructed: "a still unspecified date", "an undisclosed sum" say nothing of tense;
    # "would be paid" points ahead, so January is the coming one
    text = "The split would be paid on a still unspecified date in January."
    assert _values(text, "en", "1989-10-26") == ["1990-01"]


def test_quarters_are_counted_in_quarters():
    # Constructed phrases (business-report forms): TIMEX3 values keep the quarter unit, as
    # TimeBank annotates "the past two quarters" (P2Q) and "every quarter" (P1Q)
    assert _values("in the past two quarters", "en", "1989-11-02") == ["P2Q"]
    assert [(t.type, t.value) for t in tag("dividends paid every quarter", "en", "1989-11-02")] == [("SET", "P1Q")]


def test_that_quarter_trading_days_lists_of_years_and_into_the_summer():
    # Constructed phrases (forms TimeBank annotates; the open corpora hold none): "that
    # quarter" is the quarter just told; "trading days" are days; a year after another
    # year in a list is a year, though a number before it would make it a count; "well into
    # the summer" is the season
    text = "In the second quarter ended Oct. 31, it had a loss. Results for that quarter included a charge."
    assert _pairs(text, "en", "1989-10-27")[-1] == ("that quarter", "1989-Q2")
    assert _values("Eight trading days after the plunge", "en", "1989-10-27") == ["P8D"]
    assert _texts("crossing the border in 1994, 1995 and 1997", "en", "1999-04-19") == ["1994", "1995", "1997"]
    assert tag("sold 3, 2000 units", "en", "1999-04-19") == []
    assert _values("demand well into the summer", "en", "1989-10-26") == ["1989-SU"]


def test_a_month_of_that_year_the_year_n_and_units_or_so_ago():
    # Constructed phrases (forms HeidelTime's rules list and TimeBank annotates: "a week or
    # so ago"): "January of that year" is of the year just told, and so is its "that year"
    got = _pairs("He came in 2004. In January of that year he left.", "en", "2013-03-20")
    assert got == [("2004", "2004"), ("January of that year", "2004-01")]
    assert _values("He came in 2004. On March 5 of that year he left.", "en", "2013-03-20")[-1] == "2004-03-05"
    assert _pairs("the year 2000", "en", "2013-03-20") == [("the year 2000", "2000")]
    assert _pairs("a week or so ago", "en", "2013-03-20") == [("a week or so ago", "2013-W11")]


def test_the_near_term_is_the_future_but_not_the_short_term_nor_as_soon_as_possible():
    # Constructed phrases: TimeBank tags "the near term" FUTURE_REF; it tags "in the short
    # term" and "as soon as possible" once each, but the Wikinews sets and the local rounds
    # leave them untagged (10 and 11 times), and TimeBank itself leaves one "as soon as
    # possible"; the adjective "short-term" is no timex
    assert _pairs("Prices will stay low in the near term.", "en", "2013-03-20") == [("the near term", "FUTURE_REF")]
    assert _values("in the short term, sales will fall", "en", "2013-03-20") == []
    assert _values("The results will be published as soon as possible.", "en", "2013-03-20") == []
    assert tag("its short-term debt", "en", "2013-03-20") == []


def test_the_next_unit_follows_the_story_in_a_past_clause_the_document_otherwise():
    # Constructed phrases: "left the next year" after "in 2004" is 2005; "over the next year"
    # in a future clause counts from the document date
    assert _values("He joined in 2004 and left the next year.", "en", "2020-10-22") == ["2004", "2005"]
    assert _values("Sales will rise over the next year.", "en", "2020-10-22") == ["2021"]


def test_a_half_named_by_its_year_in_the_possessive():
    # Constructed phrases (business-report forms; HeidelTime's rules list "this year's third
    # quarter", which the quarter rule already reads): "this year's first half" is one date
    for phrase, value in (("this year's first half", "2013-H1"), ("last year's second half", "2012-H2"),
                          ("2012's first half", "2012-H1")):
        assert _pairs(phrase, "en", "2013-03-20") == [(phrase, value)]


@pytest.mark.parametrize("lang, phrase, values", [
    ("en", "three days of national mourning, Wednesday through Friday", ["P3D", "2020-02-26", "2020-02-28"]),
    ("de", "Die Messe läuft von Freitag bis Sonntag.", ["2020-02-28", "2020-03-01"]),
    ("es", "La feria abre de viernes a domingo.", ["2020-02-28", "2020-03-01"]),
])
def test_the_second_weekday_of_a_range_follows_the_first(lang, phrase, values):
    # Constructed phrases in each language's range form (the English one is shaped like the
    # real Mubarak sentence of the example corpus); a list ("Friday and Thursday") is no range
    assert _values(phrase, lang, "2020-02-27") == values
    assert _values("statements made Friday and Thursday", "en", "2020-02-28") == ["2020-02-28", "2020-02-27"]


def test_quarter_and_half_hours_in_words():
    # Constructed phrases (the real "a quarter before 11 a.m." is in the example corpus); a
    # quarter before a percentage or a plural noun is a share, no clock time
    assert _values("at half past eight", "en", "2020-07-09") == ["2020-07-09T08:30"]
    assert _values("a quarter to twelve", "en", "2020-07-09") == ["2020-07-09T11:45"]
    assert all(t.type != "TIME" for t in tag("a quarter to 20 students", "en", "2020-07-09"))


def test_spans_ahead_and_spans_named_by_their_report():
    # Constructed phrases (TimeBank annotates "the weeks ahead", "the latest nine months",
    # "the year-earlier nine months" as one duration each; the open corpora hold none)
    assert _pairs("in the weeks ahead", "en", "1989-10-27") == [("the weeks ahead", "PXW")]
    for phrase in ("the latest nine months", "the year-earlier nine months"):
        assert _pairs(f"net rose in {phrase}", "en", "1989-10-27") == [(phrase, "P9M")]


def test_a_tense_cue_across_a_quotations_edge_is_not_the_clause_tense():
    # Constructed phrases (shaped like a wikinews-de report read by reference, not quoted: a
    # motto in quotation marks held "werden", which made last weekend's days the coming
    # ones): a cue inside a quotation does not date the words outside it, nor the reverse
    text = "Heute endete der Markt. Unter dem Motto „Aus Dörfern werden Städte“ bot er am Sonnabend 16 Vorträge."
    assert _values(text, "de", "2013-03-24") == ["2013-03-24", "2013-03-23"]
    text = 'He said: "We will meet on Friday."'
    assert _values(text, "en", "2013-03-20") == ["2013-03-22"]


def test_a_small_hour_after_a_night_is_in_the_next_day():
    # Constructed phrases (the real "la nuit du 27 au 28 octobre, à 1h30 du matin" is in the
    # French example corpus): before six, a clock time after a night told is the next day's
    got = _values("The fire started on Saturday night. Firefighters arrived at 2 a.m.", "en", "2020-07-20")
    assert got == ["2020-07-18TNI", "2020-07-19T02:00"]
    got = _values("On Saturday night the band played until 11 p.m.", "en", "2020-07-20")
    assert got == ["2020-07-18TNI", "2020-07-18T23:00"]


@pytest.mark.parametrize("phrase, dct, value", [
    ("Work will resume in the fall.", "2020-09-05", "2020-FA"),   # the fall just begun: this one
    ("During the summer, sales fell.", "2020-06-10", "2019-SU"),  # summer barely begun: last one
    ("Sales fell in the summer.", "2020-08-30", "2020-SU"),       # summer nearly over: this one
    ("The games will be held in the summer.", "2020-08-30", "2021-SU"),
])
def test_the_season_we_are_in_by_how_much_of_it_is_left(phrase, dct, value):
    # Constructed phrases: a season named in its own first month is still to come in a future
    # clause and the last one in a past clause; in its last month, the other way round
    assert _values(phrase, "en", dct) == [value]


def test_still_before_a_past_verb_keeps_it_past():
    # Constructed: "still" is no sign of an adjective ("He still owned the company in January"
    # is last January); the "un-" adjective of "a still unspecified date" is
    assert _values("He still owned the company in January.", "en", "1989-10-26") == ["1989-01"]


@pytest.mark.parametrize("phrase, value", [
    # "next to" is a place, no coming day (was the coming Friday, 1998-08-14)
    ("Ten people were wounded in the blasts next to the embassies on Friday.", "1998-08-07"),
    # a plan that "had been" due is over: its day is past
    ("The offer had been due to expire Friday evening.", "1998-08-07TEV"),
    ("The offer had been scheduled to expire Friday.", "1998-08-07"),
    # a past plan dates the day it was made when the day comes before it
    ("On Friday, the government planned to pay the first claims.", "1998-08-07"),
    # ... and, when the day comes after it, a day seen from the past: the nearest one
    ("The government planned to pay the first claims on Friday.", "1998-08-07"),
    ("The government planned to pay the first claims on Tuesday.", "1998-08-11"),
    # a future seen from the past ("was set to", "would") is the nearest such day: it may
    # have come by the document date (written on a Saturday, the Friday just gone)
    ("The vote was set to take place on Friday.", "1998-08-07"),
    ("He said he would resign on Tuesday.", "1998-08-11"),
])
def test_plans_and_places_that_look_like_the_future(phrase, value):
    # Constructed phrases shaped like wire reports TimeBank annotates (DCT a Saturday)
    assert _values(phrase, "en", "1998-08-08") == [value]


def test_n_units_earlier_counts_back_from_the_story_ago_from_the_document_date():
    # Constructed phrases (the real "seven days earlier" is in the example corpus): "earlier"
    # counts from the date the story last told, "ago" from the document's date
    text = "In 1984 she ran for office. Eight years earlier, she had moved to the city."
    assert _values(text, "en", "2020-08-12") == ["1984", "1976"]
    assert _values("In 1984 she ran. She moved eight years ago.", "en", "2020-08-12")[-1] == "2012"


def test_the_following_or_previous_weekday_counts_from_the_day_told():
    # Constructed phrases (the real "following Wednesday's quake", a preposition, is in the
    # example corpus): "the following Wednesday" is the one after the day the story told,
    # or after the document date when none was told
    text = "He arrived on October 3. They left the following Wednesday."
    assert _values(text, "en", "2019-10-22") == ["2019-10-03", "2019-10-09"]
    assert _values("They will leave the following Wednesday.", "en", "2019-10-22") == ["2019-10-23"]


def test_a_clock_time_with_a_m_missing_its_last_period():
    # Constructed (the real "4:53 a.m Thursday morning" is in wikinews-en: a.m without its
    # final period was read as "4:53" alone, on the wrong day)
    assert _pairs("recorded at 4:53 a.m in Manay", "en", "2019-10-22") == [
        ("4:53 a.m", "2019-10-22T04:53")]


@pytest.mark.parametrize("phrase, text, value", [
    # "over" before "a/an" is "more than" (TimeBank: "over a week", "over an hour"); before
    # "the" it is the preposition, outside the expression
    ("for over a week", "over a week", "P1W"),
    ("over the past 20 years", "the past 20 years", "P20Y"),
    ("It happened over a year ago.", "over a year ago", "2018"),
    # "just" stays out (TimeBank, 8 of 8: "just a few minutes", "just over an hour")
    ("just under two years ago", "under two years ago", "2017"),
    # hours after a told event: TimeBank tags the span and leaves "later" out
    ("Just over an hour later, a second quake hit.", "over an hour", "PT1H"),
    # "from now" counts from the document date, whatever the story told
    ("He came in 2004. Three years from now he will retire.", "Three years from now", "2022"),
])
def test_more_or_less_than_a_span_and_spans_from_now(phrase, text, value):
    # Constructed phrases (the real "somewhat over a year" and "under five minutes" are in
    # the example corpus)
    got = _pairs(phrase, "en", "2019-10-22")
    assert got[-1] == (text, value)


def test_since_a_month_is_past_however_long_ago():
    # Constructed: "since March" is the last March even eleven months back; a tense cue
    # alone moves a month only a few months from the nearest one
    assert _values("the first time since early March", "en", "2020-02-10") == ["2019-03"]
    assert _values("on patrol since March", "en", "2020-03-20") == ["2020-03"]


def test_early_or_late_before_a_weekday_is_inside_it():
    # Constructed phrases (TimeBank keeps "early Tuesday", "late yesterday" inside, 3 of 5;
    # the real "late Wednesday night" is in the example corpus); "early next week" too
    assert _texts("He left early Tuesday.", "en", "2019-10-22") == ["early Tuesday"]
    assert _texts("It closed late on Tuesday.", "en", "2019-10-22") == ["late on Tuesday"]


def test_a_unit_word_in_a_title_names_it():
    # Constructed phrases (the real "Imus in the Morning" is in the example corpus): a
    # capitalized unit after a name and a preposition is a title, not a time
    assert _texts("Time named her Person of the Year.", "en", "2019-12-14") == []
    assert _values("He spoke.  And in the 21st Century, every society", "en", "2019-12-14") == ["20"]


def test_this_weekday_in_a_tensed_clause():
    # Constructed phrases (the real "This Wednesday … emphasized" is in the example
    # corpus): past, this week's gone by; future, the coming one; the document's own
    # weekday is that day ("ce mardi", said on a Tuesday)
    assert _values("This Friday the team will play.", "en", "2019-03-31") == ["2019-04-05"]
    assert _values("Ce mardi, le conseil votera.", "fr", "2002-05-07") == ["2002-05-07"]


def test_at_the_moment_leaves_its_preposition_out():
    # Constructed phrases: "the moment" is the expression, "at" its preposition; "at the
    # moment of impact" is no present time
    assert _pairs("He is busy at the moment.", "en", "2020-02-22") == [
        ("the moment", "PRESENT_REF")]
    assert tag("at the moment of impact", "en", "2020-02-22") == []


@pytest.mark.parametrize("lang, phrase, value", [
    ("en", "the trees grew for 15,000 years", "P15000Y"),    # was P15Y: "15,000" read as 15.0
    ("de", "seit 1.270 Jahren", "P1270Y"),                   # was P1Y3.24M
    ("en", "some 2,500 years ago", "BC0494"),                # a year before year 1
    ("de", "vor ungefähr 12.500 Jahren", "BC10494"),         # was 1994-12, then nothing
])
def test_numbers_grouped_in_thousands(lang, phrase, value):
    # Constructed phrases (the German ones are shaped like wikinews-de reports): a group of
    # three digits after a comma or a point is thousands, in every language's amounts
    assert _values(phrase, lang, "2007-06-22") == [value]


def test_a_year_ending_a_name_of_two_capitalized_words_is_no_date():
    # Constructed phrases (the real "Toronto Comicon 2019" is in the example corpus): after
    # two capitalized words a year ends a name; after one place name it dates ("Atlanta
    # nineteen ninety-six", TimeBank); a resolution's "No. 1430/2019" is no date either
    assert tag("the Health Care Reform Bill 2019 which", "en", "2019-11-07") == []
    assert _values("Canada 2019 general election", "en", "2019-11-07") == ["2019"]
    assert tag("With government resolution No. 1430/2019, the state", "en", "2019-11-07") == []


def test_a_list_of_dates_keeps_the_year_written_before_it():
    # Constructed phrases shaped like a tour announcement (the real one is in a local,
    # uncommitted measurement set): bare dates after "June 9, 2020" with no tense of their
    # own are of 2020, not the nearest (2019) ones; a year reached by the nearest-date
    # reading ("payable Jan. 2 to stock of record Dec. 15") does not carry
    text = "The tour opens June 9, 2020 in Florida.\nJune 10 - Tampa\nJune 14 - Atlanta"
    assert _values(text, "en", "2019-11-19") == ["2020-06-09", "2020-06-10", "2020-06-14"]
    text = "The dividend is payable Jan. 2 to stock of record Dec. 15."
    assert _values(text, "en", "1989-11-02") == ["1990-01-02", "1989-12-15"]


@pytest.mark.parametrize("phrase, value", [
    ("The Gophers play Saturday against the Wildcats.", "2019-11-23"),   # a fixture: the coming one
    ("the 2020 session that starts in early January", "2020-01"),
    ("The Senate was to meet Monday.", "2019-11-18"),                      # infinitive: no fixture cue
    ("He played Saturday.", "2019-11-16"),
    # "ahead of" a fixture or a meeting told with its day: that day is still to come, whatever
    # tense the clause before it has; a race's "finished ahead of" another is no fixture
    ("A minute's silence will be held ahead of the club's game against Blackburn on Saturday.",
     "2019-11-23"),
    ("He has tried to pile the pressure on Arsenal ahead of the Gunners facing Newcastle on Wednesday.",
     "2019-11-20"),
    ("Hamilton finished ahead of Vettel on Sunday.", "2019-11-17"),
])
def test_a_scheduled_event_in_the_present_is_to_come(phrase, value):
    # Constructed phrases shaped like sports and politics reports (the real ones are in a
    # local, uncommitted measurement set); written on Tuesday 2019-11-19
    assert _values(phrase, "en", "2019-11-19")[-1] == value


def test_a_quarter_named_by_its_last_month():
    # Constructed phrases (business usage in Indian and Australian reports; the real one is
    # in a local, uncommitted measurement set): the September quarter is the third
    assert _values("net profit rose in the September quarter", "en", "2019-11-19") == ["2019-Q3"]
    assert _values("the December quarter of 2018", "en", "2019-11-19") == ["2018-Q4"]


@pytest.mark.parametrize("phrase", [
    "arrested Elizabeth A. Burton, 32, of 1119 Eighth St., after a stop",   # a street number
    "in the 1967 Six-Day War",                                            # a war's name
    "Fernandes scored the winner in the first half",                     # a game's half
])
def test_numbers_and_spans_that_are_no_times(phrase):
    # Constructed phrases shaped like local-news, history and sport reports (the real ones
    # are in a local, uncommitted measurement set)
    assert [t.text for t in tag(phrase, "en", "2019-11-20") if t.text != "1967"] == []


def test_a_weekday_told_with_a_date_picks_its_year():
    # Constructed: "Friday, Dec. 6" in a November 2019 article is 2019's (a Friday), not
    # 2020's, whatever year the dates around it carry
    text = "The tour opens June 9, 2020. Tickets go on sale at 10 a.m. Friday, Dec. 6."
    assert _values(text, "en", "2019-11-20")[-1] == "2019-12-06T10:00"
    assert _pairs("nearly a quarter century", "en", "2019-11-20") == [
        ("nearly a quarter century", "P25Y")]


def test_rates_fractions_and_seasons_to_come():
    # Constructed phrases shaped like business and product reports (the real ones are in a
    # local, uncommitted measurement set)
    assert tag("Disney's $6.99-a-month service", "en", "2019-11-19") == []
    assert _pairs("a near 1-1/2 year wait", "en", "2019-11-20") == [
        ("near 1-1/2 year", "P1Y6M")]
    assert _values("The car goes on sale in the summer.", "en", "2019-11-20") == ["2020-SU"]


def test_a_bare_year_heads_only_a_list_of_dates():
    # Constructed phrases (the real ones are in local, uncommitted measurement sets): a bare
    # next year told in passing ("the 2020 election") does not date "July 25" in running
    # text; under a heading with the year, dates that begin their lines take it
    text = "Polls for the 2020 election were out. The committee read Trump's July 25 phone call."
    assert _values(text, "en", "2019-11-20")[-1] == "2019-07-25"
    text = "Tour dates for 2020:\nJune 9 - Miami\nJune 10 - Tampa"
    assert _values(text, "en", "2019-11-20") == ["2020", "2020-06-09", "2020-06-10"]


@pytest.mark.parametrize("phrase, dct, got", [
    ("lander that the company unveiled in May, capable", "2019-11-18", [("May", "2019-05")]),  # un-…ed verb: past
    ("an element of shock that may be my worst fear", "2019-11-20", []),          # "that may": the verb
    ("at the end of May last year", "2019-11-20", [("the end of May last year", "2018-05")]),
    ("At the end of the day, the proof is in the pudding.", "2019-11-19", []),    # the idiom
    ("In movies from 2001: A Space Odyssey to Alien", "2019-11-18", []),          # a title
    ("for the following 3-5 years", "2019-11-18", [("3", "P3Y"), ("5 years", "P5Y")]),  # a range: two
])
def test_verbs_idioms_and_titles_that_look_like_times(phrase, dct, got):
    # Constructed phrases shaped like news sentences (the real ones are in a local,
    # uncommitted measurement set)
    assert _pairs(phrase, "en", dct) == got


def test_a_fixture_noun_is_no_scheduled_verb():
    # Constructed (the real sentence is in the seventh Wikinews set): "the originally planned
    # launch on Wednesday afternoon was scrubbed" is last Wednesday's; "launch" is a noun
    got = tag("The originally planned launch on Wednesday afternoon was scrubbed.", "en", "2020-05-31")
    assert [t.value for t in got] == ["2020-05-27TAF"]


def test_a_day_told_again_without_its_year_is_the_same_day():
    # Phrase-level check (constructed, shaped like a tour announcement with its list of
    # dates; the open corpora hold none): "June 9" repeats the "June 9th" the future tense
    # put in next year, and the list goes on in that year; a date told only once keeps
    # the nearest year
    text = ("The band will tour together again; the trek kicks off June 9th in "
            "Florida.\n\nTour Dates\n\nJune 9 – West Palm Beach\nJune 10 – Tampa\n")
    got = _pairs(text, "en", "2019-11-19")
    assert got == [("June 9th", "2020-06-09"), ("June 9", "2020-06-09"), ("June 10", "2020-06-10")]
    got = _pairs("Tour Dates\n\nJune 9 – West Palm Beach\n", "en", "2019-11-19")
    assert got == [("June 9", "2019-06-09")]


def test_a_game_clock_is_no_time_of_day():
    # Phrase-level check (constructed, shaped like ice-hockey reports; the open corpora hold
    # none): a bare clock reading after a scoring word, before "into"/"of regulation", or
    # after "the final" is the game's clock; a bare clock elsewhere is a time of day
    for phrase in ("he scored at 7:14 of the first period", "the winner came 2:55 into overtime",
                   "two goals in the final 4:29 of regulation"):
        assert tag(phrase, "en", "2019-11-19") == [], phrase
    got = _pairs("The last train leaves at 23:40.", "en", "2019-11-19")
    assert got == [("23:40", "2019-11-19T23:40")]


def test_a_weekday_or_weekend_counted_in_a_month():
    # Phrase-level check (constructed; the open corpora hold one real case, "the last weekend
    # of July", which the example corpus has): the nth or last weekday of a month, a weekend
    # by its Saturday; a fifth Monday that February lacks is no date
    for phrase, value in (("the first Monday of September", "2019-09-02"),
                          ("the third Thursday in November", "2019-11-21"),
                          ("the last Friday of November 2020", "2020-11-27"),
                          ("the second weekend in August", "2019-W32-WE")):
        assert _pairs(phrase, "en", "2019-08-05") == [(phrase, value)]
    assert _values("the fifth Monday of February 2019", "en", "2019-08-05") == []


def test_two_single_number_words_are_a_range_not_a_sum():
    # The real case is Wikinews's HIV interview ("the last three-four months", 2020; in the
    # tenth Wikinews set); "three-four" was read as 3 + 4 = P7M. Tens and units still add up.
    got = _pairs("for the last three-four months", "en", "2020-10-18")
    assert got == [("the last three-four months", "PXM")]
    assert _values("twenty-four hours", "en", "2020-10-18") == ["PT24H"]
    assert _values("dix-huit mois", "fr", "2020-10-18") == ["P18M"]


def test_decimal_point_and_thousands_by_language():
    # The real English case is the black-hole interview of the tenth Wikinews set ("just
    # 40.333 ± 0.004 days"): "0.004 days" was read as four days. English writes a decimal
    # point and groups thousands with commas; German the other way round.
    assert _values("15,000 years", "en", "2020-10-18") == ["P15000Y"]
    assert _values("2.5 years", "en", "2020-10-18") == ["P2Y6M"]
    assert _values("0.004 days", "en", "2020-10-18") != ["P4D"]
    assert _values("1.270 Jahre", "de", "2020-10-18") == ["P1270Y"]
    assert _values("1,5 Jahre", "de", "2020-10-18") == ["P1Y6M"]


def test_a_clock_reading_with_seconds():
    # The real cases are in the Wikinews sets: a review notice ("Article last amended: Mar 17
    # 3:24:55 UTC", tenth set), where "24:55 UTC" was read as a clock time (T24:55), and a
    # marathon's times ("2:14:04", seventh set), which are spans of time, not times of day
    got = _triples("amended at 3:24:55 UTC", "en", "2020-10-18")
    assert got == [("3:24:55 UTC", "TIME", "2020-10-18T03:24:55")]
    got = _triples("he ran it in 2:01:39", "en", "2020-10-18")
    assert got == [("2:01:39", "DURATION", "PT2H1M39S")]
    assert _values("at 10:30 UTC", "en", "2020-10-18") == ["2020-10-18T10:30"]


def test_a_game_quarter_is_no_quarter_of_the_year():
    # Phrase-level check (constructed, shaped like a college-football report; the open
    # corpora hold none): a quarter after scoring words is the game's; an economy's stays
    # the year's, "points" and all
    text = "The Eagles led 14-7 at halftime before scoring 24 points in the third quarter."
    assert tag(text, "en", "2019-11-19") == []
    for text in ("Profit rose 50 points in the third quarter.",
                 "The economy has slipped into a technical recession since the third quarter."):
        assert _values(text, "en", "2019-11-19") == ["2019-Q3"]


def test_a_quarter_abbreviated():
    # Phrase-level check (constructed, shaped like the business pages of the local
    # commercial-news sets, which are not openly licensed; the open corpora's one case, "Q2
    # 2021" in the ninth Wikinews set, carries its year): "Q3" is a quarter as "the third
    # quarter" is; a lower-case "q3" is not
    assert _pairs("Sales rose 5% in Q3.", "en", "2019-11-19") == [("Q3", "2019-Q3")]
    assert _pairs("the Q2 2021 release", "en", "2020-12-18") == [("Q2 2021", "2021-Q2")]
    assert tag("the q3 drive", "en", "2019-11-19") == []


def test_business_adjectives_for_a_half_or_the_year():
    # Phrase-level check (constructed, shaped like the business pages of the local
    # commercial-news sets; the open corpora hold none): "second-half" is the half,
    # "full-year" before a figure is the year under report; a "full-year contract" is not
    got = _pairs("a weak second-half outlook", "en", "2019-11-19")
    assert got == [("second-half", "2019-H2")]
    got = _pairs("It cut its full-year sales forecast.", "en", "2019-11-19")
    assert got == [("full-year", "2019")]
    assert tag("a full-year contract", "en", "2019-11-19") == []


def test_a_fiscal_year_abbreviated():
    # Phrase-level check (constructed, shaped like the business pages of the local
    # commercial-news sets; the open corpora hold none): "FY2020" is fiscal 2020
    assert _pairs("its FY2020 results", "en", "2019-11-19") == [("FY2020", "2020")]
    assert _pairs("FY 2021 guidance", "en", "2019-11-19") == [("FY 2021", "2021")]


def test_a_military_clock_reading_before_local_time_or_in_a_range():
    # Phrase-level check (constructed, shaped like BBC reports, which are not openly
    # licensed; the open corpora hold none): "at 2100 local time" is 21:00, not the year
    # 2100; "from 1130 to 1215 GMT" holds two clock times, not the year 1130
    got = _triples("timed to go off at 2100 local time", "en", "2005-03-01")
    assert got == [("2100", "TIME", "2005-03-01T21:00")]
    got = [(t.text, t.type) for t in tag("shown from 1130 to 1215 GMT", "en", "2005-03-01")]
    assert got == [("1130", "TIME"), ("1215 GMT", "TIME")]
    assert _types("the 2100 local elections", "en", "2005-03-01") == ["DATE"]


def test_month_abbreviations_that_are_no_months():
    # Phrase-level check (constructed, shaped like BBC reports, which are not openly
    # licensed): the charity "DEC" and a web address are no Decembers; "Dec. 5" is
    assert tag("funds raised would go to the DEC. It said", "en", "2005-03-01") == []
    assert tag("the appeal's www.dec.org.uk web page", "en", "2005-03-01") == []
    assert _values("on Dec. 5", "en", "2005-03-01") == ["2004-12-05"]
    assert tag("It would mar the event.", "en", "2005-03-01") == []


def test_a_quarter_of_an_hour_and_hyphenated_rates():
    # Phrase-level check (constructed, shaped like BBC reports, which are not openly
    # licensed): "a quarter of an hour" is fifteen minutes (was a quarter of a year and an
    # hour); "thrill-a-minute" and "52-week-a-year" hold no span of time
    got = _pairs("a quarter of an hour later", "en", "2005-03-01")
    assert got == [("a quarter of an hour", "PT15M")]
    assert _values("three quarters of an hour", "en", "2005-03-01") == ["PT45M"]
    assert tag("a thrill-a-minute action film", "en", "2005-03-01") == []


def test_a_match_reports_halves_and_the_quarter_finals():
    # Phrase-level check (constructed, shaped like BBC football reports, which are not openly
    # licensed): in a text with words only a game report holds ("striker", "referee"), a bare
    # "second half" is the match's; "the quarter-finals" is a round, not a quarter; a company's
    # second half keeps its value
    text = ("Rovers pulled level during the second half when their striker scored. "
            "The referee then sent off a defender.")
    assert tag(text, "en", "2005-03-01") == []
    assert tag("They face Lisbon for a place in the quarter-finals.", "en", "2005-03-01") == []
    got = _pairs("Profits rose in the second half.", "en", "2005-03-01")
    assert got == [("the second half", "2005-H2")]


def test_the_same_day_after_a_month_keeps_the_day_unknown():
    # Phrase-level check (constructed phrases): "the same day" after a date without a day
    # is a day of that month, not known; a bare "that day" there is left alone (often
    # generic: "trades made that day").
    got = _pairs("In October 1998 the site changed. "
                 "His name was crossed out that same day.", "en", "1999-02-06")
    assert got == [("October 1998", "1998-10"), ("that same day", "1998-10-XX")]
    got = _pairs("In 1987 they lost money on trades made that day.",
                 "en", "1989-10-30")
    assert got == [("1987", "1987")]


def test_thousands_of_years_and_centuries():
    # Phrase-level check (constructed phrases shaped like TimeBank's; the open corpora hold
    # none): "thousand" multiplies the words before it, and bare "centuries" after a
    # preposition is a vague span as "decades" is.
    got = _pairs("It has stood for more than two thousand years.", "en", "1998-03-06")
    assert got == [("more than two thousand years", "P2000Y")]
    got = _pairs("The city was a port for centuries.", "en", "1998-03-06")
    assert got == [("centuries", "PXCE")]


def test_millions_and_billions_of_years():
    # Phrase-level check (constructed phrases): a scale word after digits multiplies them.
    got = _pairs("over 4.5 billion years", "en", "2019-11-20")
    assert got == [("4.5 billion years", "P4500000000Y")]
    got = _pairs("in a million years", "en", "2019-11-20")
    assert got == [("a million years", "P1000000Y")]


def test_years_onwards_spans_and_early_on_a_morning():
    # Phrase-level check (constructed phrases; the open corpora hold none): "onwards" is no
    # plural noun after a year, a year spanning into the next may end in one digit (which is
    # the next year, as two digits are in "2012–13"), and "early on Tuesday morning" is one time.
    got = _pairs("From 2007 onwards, firms will pay.", "en", "2005-02-02")
    assert got == [("2007", "2007")]
    got = _pairs("Growth was 7.1% in 2005-6.", "en", "2005-02-02")
    assert got == [("2005", "2005"), ("6", "2006")]
    got = _triples("Early on Tuesday morning, the euro slipped.", "en", "2005-02-02")
    assert got == [("Early on Tuesday morning", "TIME", "2005-02-01TMO")]


def test_more_named_days():
    # Phrase-level check (constructed phrases): named days of several countries' calendars
    # and movable feasts. Observances named after a cause ("International Women's Day")
    # are left out: TimeBank and one Wikinews set leave them untagged, as event names.
    cases = {"on Ash Wednesday": "2020-02-26", "on Canada Day": "2020-07-01",
             "on Anzac Day": "2020-04-25", "on Presidents' Day": "2020-02-17",
             "Singles Day sales": "2019-11-11"}
    for text, value in cases.items():
        assert _values(text, "en", "2020-03-02") == [value], text
    assert tag("ahead of International Women's Day", "en", "2020-03-02") == []


def test_a_date_something_takes_effect_is_ahead():
    # Phrase-level check (constructed, shaped like TimeBank's three cases): "effective Feb. 1"
    # names the day a change starts, the coming one even in a past clause.
    got = _pairs("The bank created a new office, effective Feb. 1.", "en", "1989-10-26")
    assert got == [("Feb. 1", "1990-02-01")]


def test_a_bare_plural_before_after_or_before_is_a_span():
    # Phrase-level check (constructed phrases): "days after the attack" is a vague span, as
    # the Wikinews and local sets annotate six of seven; "trading hours" is no span.
    assert _triples("It came days after the attack.", "en", "2020-02-12") == [("days", "DURATION", "PXD")]
    assert _texts("Shares rose in Asian trading hours after a slow start.", "en", "2020-02-12") == []


def test_a_season_is_no_span_before_of():
    # Phrase-level check (constructed): "decades of conflict" is a span, but a season word
    # before "of" is not let in that way ("a fall of $9 a tonne", "a slow summer of gains").
    assert _values("It ended months of twists and turns.", "en", "2005-02-12") == ["PXM"]
    assert _texts("Despite a fall of more than $9 a tonne, prices rose.", "en", "2005-02-12") == []


def test_a_named_day_s_week_and_weekend():
    # Phrase-level check (constructed phrases; TimeBank's one case, 'Easter week', is 2000-W16):
    # the week of a named day, and the weekend next to it (a Monday's is the one before).
    assert _pairs("as Easter week began", "en", "2000-04-24") == [("Easter week", "2000-W16")]
    assert _pairs("over the Labor Day weekend", "en", "2013-03-20") == [("the Labor Day weekend", "2013-W35-WE")]
    assert _pairs("over the Thanksgiving weekend", "en", "2013-03-20") == [("the Thanksgiving weekend", "2012-W47-WE")]


def test_a_military_clock_time_takes_any_written_zone():
    # Phrase-level check (constructed phrases): '1930 BST' is a clock time as '1930 GMT' is;
    # the zone must be written in capitals ('2010 et al.' is a year).
    assert _triples("It happened shortly after 1930 BST.", "en", "2005-06-01") == [("1930 BST", "TIME", "2005-06-01T19:30")]
    assert _values("The execution took place at 0900 AEDT.", "en", "2005-12-02") == ["2005-12-02T09:00"]
    assert _values("as Smith 2010 et al. showed", "en", "2012-01-01") == ["2010"]


def test_a_weekday_and_part_of_day_then_its_date_is_one_time():
    # Phrase-level check (constructed phrases): the date written after 'Monday morning' is
    # that morning's, however far from the document's date.
    got = _triples("The ship burned on Monday morning, May 21, 2007.", "en", "2010-06-15")
    assert got == [("Monday morning, May 21, 2007", "TIME", "2007-05-21TMO")]
    got = _triples("The ship burned in the early hours of Monday morning, May 21, 2007.", "en", "2010-06-15")
    assert got == [("the early hours of Monday morning, May 21, 2007", "TIME", "2007-05-21TMO")]
    assert _values("He left on Sunday night, 3 September 2006.", "en", "2010-06-15") == ["2006-09-03TNI"]


def test_following_a_month_is_after_it_unless_the_following_month():
    # Phrase-level check (constructed phrases): bare 'following' is a preposition ('lean
    # times following December's floods' is that December), 'the following January' the next.
    assert _pairs("Resorts face lean times following December's floods.", "en", "2005-02-12") == [("December", "2004-12")]
    assert _values("The talks resumed the following January.", "en", "2005-02-12") == ["2006-01"]


def test_the_following_weekday_and_part_of_day_counts_from_the_date_told():
    # Phrase-level check (constructed phrases): 'the following Monday morning' is the Monday
    # after the date told, as 'the following Monday' is; 'the previous' the one before.
    got = _triples("He arrived on March 3 and left the following Monday morning.", "en", "2010-06-15")
    assert got == [("March 3", "DATE", "2010-03-03"), ("the following Monday morning", "TIME", "2010-03-08TMO")]
    got = _pairs("He arrived on March 3, having left the previous Monday morning.", "en", "2010-06-15")
    assert got == [("March 3", "2010-03-03"), ("the previous Monday morning", "2010-03-01TMO")]


def test_the_before_a_day_in_digits_is_left_out():
    # Phrase-level check (constructed phrases): 'the 2 November election' tags '2 November',
    # as TimeML leaves a determiner out; 'the 21st of December' keeps it, as one name.
    assert _texts("ahead of the 2 November mayoral election", "en", "2004-10-12") == ["2 November"]
    assert _texts("on the 21st of December", "en", "2004-10-12") == ["the 21st of December"]


def test_weekdays_in_the_plural_recur():
    # Phrase-level check (constructed phrases; TimeBank's 'Tuesday nights' is XXXX-WXX-2TNI):
    # a weekday in the plural, alone or with a part of the day, is a set. 'Fridays for Future'
    # is a movement's name.
    assert _triples("The shop is closed on Sundays.", "en", "2013-07-07") == [("Sundays", "SET", "XXXX-WXX-7")]
    assert _pairs("He plays on Tuesday nights.", "en", "1998-02-10") == [("Tuesday nights", "XXXX-WXX-2TNI")]
    assert tag("the Fridays for Future movement", "en", "2019-09-20") == []


def test_the_last_or_final_quarter_of_a_year_is_its_fourth():
    # Phrase-level check (constructed phrases, shaped like the local BBC business audit):
    # 'the last quarter of the year' is the fourth, not the quarter just ended.
    got = _pairs("Output expanded 2.6% in 2004 after strengthening in the last quarter of the year.", "en", "2005-02-15")
    assert got == [("2004", "2004"), ("the last quarter of the year", "2004-Q4")]
    assert _values("Spending grew 4.2% in the final quarter.", "en", "2005-02-15") == ["2004-Q4"]
    assert _values("Profits fell last quarter.", "en", "2005-02-15") == ["2004-Q4"]


def test_following_a_named_day_is_after_it():
    # Phrase-level check (constructed phrases): as with months, bare 'following' before a
    # named day is a preposition; 'Christmas Island' stays a place after it.
    assert _pairs("following Christmas, sales fell", "en", "2005-06-15") == [("Christmas", "2004-12-25")]
    assert tag("charged following the Christmas Island wreck", "en", "2005-06-15") == []


def test_a_year_before_police_or_military_after_a_preposition():
    # Phrase-level check (constructed phrases): 'police', 'military', 'staff' also count
    # people ('sent 2000 police'), but after 'in', 'a' or a range dash the number is a year.
    assert _values("and in 2004 police defused a time bomb", "en", "2010-06-15") == ["2004"]
    assert _values("a 2006 military hospital report said", "en", "2010-06-15") == ["2006"]
    assert tag("They sent 2000 police to the border.", "en", "2010-06-15") == []


def test_a_day_and_month_of_last_year_is_one_date():
    # Phrase-level check (constructed phrases): day first, as 'December 18 last year' was.
    assert _pairs("On the 18th of December last year, I wrote.", "en", "2006-02-14") == [("the 18th of December last year", "2005-12-18")]
    assert _pairs("on 5 May last year", "en", "2006-02-14") == [("5 May last year", "2005-05-05")]


def test_a_vague_amount_of_units_as_an_adjective_is_a_span():
    # Phrase-level check (constructed phrases, shaped like TimeBank's 'a several-year tenure'
    # (PXY) and a local set's 'a several-hour standoff').
    assert _triples("After a several-hour standoff, they surrendered.", "en", "2006-02-14") == [("several-hour", "DURATION", "PTXH")]
    assert _values("followed a several-year tenure as editor", "en", "1989-11-02") == ["PXY"]


def test_short_decades_named_days_with_a_part_of_day_and_half_decades():
    # Phrase-level check (constructed phrases): 'the 90s' after 'the' is a decade (not 'in
    # her 90s', an age, nor 'in the 10s, 100s', counts); 'Christmas morning' is that
    # morning; 'the past half decade' is one span.
    assert _pairs("during the 80s boom", "en", "2016-07-15") == [("the 80s", "198")]
    assert tag("she is in her 90s", "en", "2016-07-15") == []
    assert tag("Crowds are in the 10s, 100s, and 1,000s.", "en", "2016-07-15") == []
    assert _triples("on Christmas morning", "en", "2016-12-30") == [("Christmas morning", "TIME", "2016-12-25TMO")]
    assert _pairs("on Easter Sunday morning", "en", "2016-07-15") == [("Easter Sunday morning", "2016-03-27TMO")]
    assert _pairs("over the past half decade", "en", "2016-07-15") == [("the past half decade", "P5Y")]


def test_a_clock_time_with_a_point_and_a_zone():
    # Phrase-level check (constructed phrases, shaped like British wire copy): '04.30' and
    # '05.00 GMT' are clock times where a zone or 'local time' shows it; a decimal is not.
    assert _texts("two alarms at 04.30 and 05.00 GMT", "en", "2009-04-17") == ["04.30", "05.00 GMT"]
    assert _values("at 18.45 Moscow time", "en", "2010-05-26") == ["2010-05-26T18:45"]
    assert tag("shares rose 18.45 points", "en", "2009-04-17") == []
    assert _pairs("the 2011-2012 school year", "en", "2012-01-10") == [("the 2011-2012 school year", "2011")]


def test_the_close_of_a_period_is_its_end():
    # Phrase-level check (constructed phrases): 'the close of' reads as 'the end of'.
    assert _pairs("by the close of last year", "en", "2008-03-14") == [("the close of last year", "2007")]
    assert tag("at the close of trading", "en", "2008-03-14") == []


def test_overnight_is_the_night_just_gone_unless_ahead():
    # Phrase-level check (constructed phrases; the Wikinews and local sets value a past
    # 'overnight' as a night before the day told, 5 of 5): 'will stay overnight' is ahead.
    assert _values("Stocks rose after large overnight gains in Asia.", "en", "2019-11-19") == ["2019-11-18TNI"]
    assert _values("He will stay overnight.", "en", "2019-11-19") == ["2019-11-19TNI"]


def test_an_italian_clock_time_with_ora_and_its_zone():
    # Phrase-level check (constructed phrases, shaped like Italian Wikinews): 'alle 13.00 ora
    # italiana' is one o'clock in the afternoon, not thirteen hours; the zone stays outside, as
    # the four local Italian sets write it.
    assert _triples("Alle 13.00 ora italiana il primo ministro ha parlato.", "it", "2010-06-15") == [
        ("13.00", "TIME", "2010-06-15T13:00")]
    assert _values("Dura 2 ore.", "it", "2010-06-15") == ["PT2H"]


def test_at_the_time_is_the_date_told_just_before():
    # Phrase-level check (constructed phrases; a Wikinews example is in the corpus): with no
    # date told near before it, 'at the time' stays a time in the past.
    assert _pairs("It was announced on 2 August. The decision was sharply attacked at the time.", "en", "2005-09-01") == [
        ("2 August", "2005-08-02"), ("the time", "2005-08-02")]
    assert _values("He said at the time that he would stay.", "en", "2005-09-01") == ["PAST_REF"]


def test_that_date_is_the_date_told_before_or_nothing():
    # Phrase-level check (constructed phrases; a Wikinews sentence is in the example corpus):
    # 'by that date' takes the date told just before; with none told it is no timex.
    got = _pairs("The vote is set for March 3, 2005. He must decide by that date.", "en", "2005-02-12")
    assert got == [("March 3, 2005", "2005-03-03"), ("that date", "2005-03-03")]
    assert tag("They had agreed on that date long ago.", "en", "2005-02-12") == []
    # after a clock time, 'that date' is its day, no time
    got = _triples("The polls close on March 3 at 8 p.m. Votes must arrive by that date.", "en", "2011-02-12")
    assert got[-1] == ("that date", "DATE", "2011-03-03")


def test_a_clock_time_in_brackets_converts_the_one_before_across_midnight():
    # Phrase-level check (constructed phrases, shaped like Wikinews reports): the converted
    # time is on the next day when it is up to 10 hours on and wraps past midnight, on the
    # day before when it is earlier and wraps back, else on the same day (New Zealand's
    # '13:40 local time (0040 UTC)' is 13 hours back, the same day).
    got = _pairs("The quake struck at 10:05 p.m. ET (0205 UTC) on Saturday.", "en", "2010-06-15")
    assert got == [("10:05 p.m. ET", "2010-06-12T22:05"), ("0205 UTC", "2010-06-13T02:05"), ("Saturday", "2010-06-12")]
    got = _values("He will be executed tomorrow at 6:00am SGT (2200 UTC, 9:00am AEDT).", "en", "2010-06-15")
    assert got == ["2010-06-16", "2010-06-16T06:00", "2010-06-15T22:00", "2010-06-16T09:00"]
    got = _values("The first attack was at 13:40 local time (0040 UTC) on Friday.", "en", "2019-03-17")
    assert got == ["2019-03-15T13:40", "2019-03-15T00:40", "2019-03-15"]


def test_a_zone_offset_is_no_clock_time():
    # Phrase-level check (constructed phrases): 'UTC+4:30' names a zone, and the day told
    # after it is still the day of the clock time before it.
    got = _pairs("She was shot at 7:30 a.m. local time (UTC+4:30) on Monday.", "en", "2010-06-15")
    assert got == [("7:30 a.m.", "2010-06-14T07:30"), ("Monday", "2010-06-14")]
    assert _texts("The offset there is UTC-5:00 and GMT+10:00.", "en", "2010-06-15") == []


def test_bare_midnight_begins_a_day_and_after_midnight_is_its_small_hours():
    # Phrase-level check (constructed phrases, shaped like Wikinews reports; the Wikinews
    # sets write midnight 00:00 every time): 'as of midnight' after an evening ends that
    # day (00:00 of the next), 'shortly after midnight' is 00:00 of the day told, and
    # 'midnight Friday' stays the end of Friday as TimeBank writes it.
    got = _values("The fire started yesterday at 19:00 and crews were still working as of midnight.", "en", "2019-04-16")
    assert got == ["2019-04-15", "2019-04-15T19:00", "2019-04-16T00:00"]
    got = _values("Early Saturday morning, somewhat after midnight, police arrived.", "en", "2019-07-23")
    assert got == ["2019-07-20TMO", "2019-07-20T00:00"]
    assert _values("The offer was to expire at midnight Friday.", "en", "1989-10-30") == ["1989-10-27T24:00"]
    # the same in every language, each with its own word for 'after'
    assert _values("Le couvre-feu commence à minuit.", "fr", "2020-04-08") == ["2020-04-09T00:00"]
    assert _values("Er kam kurz nach Mitternacht.", "de", "2020-04-08") == ["2020-04-08T00:00"]
    assert _values("Llegó después de la medianoche.", "es", "2020-04-08") == ["2020-04-08T00:00"]


def test_clock_times_joined_by_and_or_to_all_take_the_day_told_after():
    # Phrase-level check (constructed phrases, shaped like a Wikinews and a BBC text):
    # 'at 04.30 and 05.00 GMT on Friday', 'from 1030 to 1145 GMT on Wednesday'.
    got = _values("The ship sent out two alarms at 04.30 and 05.00 GMT on Friday.", "en", "2009-04-19")
    assert got == ["2009-04-17T04:30", "2009-04-17T05:00", "2009-04-17"]
    got = _values("The debate will be aired from 1030 to 1145 GMT on Wednesday.", "en", "2005-01-03")
    assert got == ["2005-01-05T10:30", "2005-01-05T11:45", "2005-01-05"]


def test_a_24_hour_clock_reading_with_a_part_of_day_keeps_its_hour():
    # Phrase-level check (constructed phrases): 'in the evening' makes 'eight' 20:00, and
    # leaves '20:30' as it is (it was no time at all: 20 + 12 is no hour).
    assert _values("It happened at 20:30 in the evening.", "en", "2010-06-15") == ["2010-06-15T20:30"]
    assert _values("It happened at eight in the evening.", "en", "2010-06-15") == ["2010-06-15T20:00"]


def test_a_military_clock_in_brackets_before_its_day_and_zone_is_no_year():
    # Phrase-level check (constructed phrases, shaped like two Wikinews earthquake reports):
    # '(2024 Friday, UTC)' converts the local time; '2024' had been the year 2024. Joined
    # with its day as TimeBank joins '(4 a.m. EDT Thursday)'.
    got = _triples("At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck.", "en", "2019-07-15")
    assert got[-1] == ("2024 Friday", "TIME", "2019-07-12T20:24")
    assert _texts("He was born in 1987 (2024 Friday) and so on.", "en", "2019-07-15") == ["1987", "2024", "Friday"]


def test_a_date_naming_an_event_gives_no_day_to_a_later_clock_time():
    # Phrase-level check (constructed phrases, shaped like a Wikinews report of arrests in
    # 2007 over the 2005 bombings): 'the July 7 suicide bombings' names the event; the
    # arrests 'around 1300 GMT' are on the day of the report. 'the previous day' still
    # counts from such a date ('the January 7 quake … the previous day').
    text = ("Three men suspected of involvement in the July 7 suicide bombings have been detained. "
            "The arrests occurred around 1300 GMT.")
    assert _values(text, "en", "2007-03-22")[-1] == "2007-03-22T13:00"
    text = "Power was out two days after the January 7 quake. This followed a quake the previous day."
    assert _values(text, "en", "2020-01-10")[-1] == "2020-01-06"


def test_units_joined_by_and_or_a_comma_are_one_duration():
    # Phrase-level check (constructed phrases; Wikinews writes '15 years, 8 months' as one
    # P15Y8M): 'two years and nine days' is P2Y9D; units that do not go down stay apart.
    assert _triples("They were found two years and nine days after the theft.", "en", "2006-08-31") == [
        ("two years and nine days", "DURATION", "P2Y9D")]
    assert _values("He served 15 years, 8 months in prison.", "en", "2020-02-01") == ["P15Y8M"]
    assert _values("They spent three days and two weeks there.", "en", "2020-02-01") == ["P3D", "P2W"]
    # each language with its own 'and'
    assert _values("Il a passé deux ans et neuf jours en prison.", "fr", "2020-02-01") == ["P2Y9D"]
    assert _values("Er saß zwei Jahre und neun Tage in Haft.", "de", "2020-02-01") == ["P2Y9D"]


def test_a_month_then_the_ordinal_day():
    # Phrase-level check (constructed phrases): 'August the 13th' is one date; 'the' before a
    # bare number or a word stays out ('In March the 3 companies merged').
    assert _pairs("The hearing is set for August the 13th, 2009.", "en", "2009-07-23") == [
        ("August the 13th, 2009", "2009-08-13")]
    assert _texts("In March the 3 companies merged.", "en", "2009-07-23") == ["March"]


def test_a_number_word_before_o_clock_with_either_apostrophe():
    # Phrase-level check (constructed phrases): 'eleven o’clock' (a curly apostrophe, a
    # number word) is a clock time as '11 o'clock' is.
    assert _values("The blast came at eleven o’clock.", "en", "2010-06-15") == ["2010-06-15T11:00"]
    assert _values("The blast came at 11 o'clock.", "en", "2010-06-15") == ["2010-06-15T11:00"]


def test_abbreviated_units():
    # Phrase-level check (constructed phrases): 'yr', 'hrs', 'mins' count like the words.
    assert _values("He got a 3 yr sentence.", "en", "2015-08-30") == ["P3Y"]
    assert _values("The flight took 14 hrs.", "en", "2015-08-30") == ["PT14H"]
    assert _values("It lasted 90 mins.", "en", "2015-08-30") == ["PT90M"]


def test_the_previous_night_counts_back_from_the_day_told():
    # Phrase-level check (constructed phrases, shaped like a Wikinews report): 'the
    # previous night' is the night before the day told, as 'the next night' is after it.
    got = _values("He arrived on March 3. Over the previous night, the suspects painted the spire.", "en", "2010-06-15")
    assert got == ["2010-03-03", "2010-03-02TNI"]


def test_a_morning_clock_time_after_a_night_told_is_the_next_day():
    # Phrase-level check (constructed phrases, shaped like two Wikinews reports): after
    # 'Tuesday night', 'around 11:30 am' is Wednesday's, as '2 a.m.' always was; an
    # evening time stays on the night's day.
    text = "The outages began late Tuesday night. PG&E announced around 11:30 am that phase one was done."
    assert _values(text, "en", "2019-10-09")[-1] == "2019-10-09T11:30"
    text = "The riot began on Tuesday night. Police arrived at 9 p.m."
    assert _values(text, "en", "2019-10-10")[-1] == "2019-10-08T21:00"


def test_a_clock_reading_without_am_pm_takes_the_half_of_the_day_told():
    # Phrase-level check (constructed phrases, shaped like two Wikinews reports): after
    # 'Monday evening', 'at 6:45' is 18:45; after '12:20 am', '12:35' is 00:35; a day runs
    # on ('opens at 9:30 a.m. and closes at 4:00'); '06:45' and '11:50 UTC' are 24-hour.
    text = "Five people were killed in the mall on Monday evening. The shootings started at 6:45."
    assert _values(text, "en", "2007-02-13")[-1] == "2007-02-12T18:45"
    text = "The doses were injected at 12:20 am, and he was pronounced dead at 12:35."
    assert _values(text, "en", "2005-12-13")[-1] == "2005-12-13T00:35"
    assert _values("The market opens at 9:30 a.m. and closes at 4:00.", "en", "2010-06-15")[-1] == "2010-06-15T16:00"
    assert _values("On Monday evening the quake struck at 11:50 UTC.", "en", "2010-06-15")[-1].endswith("T11:50")


def test_later_in_the_day_is_the_day_of_the_events_told():
    # Phrase-level check (constructed phrases, shaped like two local news reports of the
    # impeachment hearings): 'Trump's July 25 phone call' names an event; 'Later in the day'
    # is the hearing's day, as a clock time would be.
    text = ("The hearing was on Tuesday. In the morning, lawmakers grilled Vindman on Trump's "
            "July 25 phone call with Zelensky. Later in the day, Volker testified.")
    assert _values(text, "en", "2019-11-20")[-1] == "2019-11-19"


def test_a_decimal_duration_goes_down_a_unit_only_where_it_comes_out_whole():
    # Phrase-level check (constructed phrases; the Wikinews sets write 'P40.333D' and a
    # local set 'P3.2Y'): '2.5 hours' is PT2H30M, '3.2 years' (38.4 months) stays P3.2Y.
    assert _values("It lasted 2.5 hours.", "en", "2019-11-08") == ["PT2H30M"]
    assert _values("The average tenure was 3.2 years.", "en", "2019-11-08") == ["P3.2Y"]


def test_a_military_clock_time_told_in_hours_after_at():
    # Phrase-level check (constructed phrases, shaped like a local police report): 'at 2000
    # hours' is a 24-hour reading; without 'at', '2000 hours' is as likely a count.
    assert _values("He was arrested at 2000 hours on Tuesday.", "en", "2009-09-09") == [
        "2009-09-08T20:00", "2009-09-08"]
    assert _values("He worked 2000 hours last year.", "en", "2009-09-09") == ["2008"]


def test_the_day_before_or_after_a_named_day():
    # Phrase-level check (constructed phrases, shaped like a local Wikinews report): 'the day
    # before Christmas' is 24 December, one expression, as 'the eve of Christmas' is.
    assert _pairs("The day before Christmas, the rally was cancelled.", "en", "2008-01-05") == [
        ("The day before Christmas", "2007-12-24")]
    assert _pairs("Shops opened the day after Thanksgiving.", "en", "2019-11-30") == [
        ("the day after Thanksgiving", "2019-11-29")]


def test_the_very_next_day_and_a_fiscal_year_told_relative_to_now():
    # Phrase-level check (constructed phrases): 'very' belongs to 'the very next day';
    # 'next fiscal year' is a year as 'next year' is (TimeBank: 'the current fiscal year').
    assert _pairs("He was elected on November 4 and resigned the very next day.", "en", "2008-11-10") == [
        ("November 4", "2008-11-04"), ("the very next day", "2008-11-05")]
    assert _pairs("The budget for next fiscal year is due.", "en", "2019-11-18") == [("next fiscal year", "2020")]
    assert _pairs("Sales fell last fiscal year.", "en", "2019-11-18") == [("last fiscal year", "2018")]


def test_min_is_an_abbreviated_minute():
    # Phrase-level check (constructed phrase): 'min' counts as 'mins' does.
    assert _values("Going upstairs was a 30 min activity.", "en", "2019-11-18") == ["PT30M"]


def test_that_season_is_of_the_year_just_told():
    # Phrase-level check (constructed phrases, shaped like a local film-news article): 'that
    # summer' after '2009' is the summer of 2009, as 'that year' and 'that September' are.
    assert _pairs("In 2009 she went to Martha's Vineyard. She wrote songs that summer.", "en", "2019-11-13") == [
        ("2009", "2009"), ("that summer", "2009-SU")]
    assert _pairs("That summer was hot.", "en", "2019-11-13") == [("That summer", "2019-SU")]


def test_the_current_fiscal_year_before_when():
    # Phrase-level check (constructed phrase, shaped like a local space-policy article):
    # 'the year when…' names a year by an event, but 'the current fiscal year when…' is still
    # the current one.
    assert _pairs("It is hard to justify spending in the current fiscal year when costs are unknown.",
                  "en", "2019-11-18") == [("the current fiscal year", "2019")]
    assert tag("It was the year when he left.", "en", "2019-11-18") == []


def test_the_part_of_a_weekday_and_its_date():
    # Phrase-level check (constructed phrases): 'the morning of Monday' is one expression with
    # its article; before the weekday's date only 'Friday, Oct. 23' is tagged, as TimeBank
    # tags 'the night of Friday, Oct. 23'.
    assert _pairs("Flowers were laid on the morning of Monday.", "en", "2008-06-10") == [
        ("the morning of Monday", "2008-06-09TMO")]
    assert _pairs("He was seen on the night of Friday, Oct. 23.", "en", "1998-10-26") == [
        ("Friday, Oct. 23", "1998-10-23")]


def test_month_phrases_and_middles():
    # Phrase-level check (constructed phrases): 'the month of March' is one expression;
    # 'midway through next year' is next year (its middle); 'each and every day' one set;
    # 'on the same date' is the date just told, as 'that date' is.
    assert _pairs("Prices rose during the month of March.", "en", "2022-04-08") == [("the month of March", "2022-03")]
    assert _pairs("It goes on sale midway through next year.", "en", "2019-11-20") == [
        ("midway through next year", "2020")]
    assert _pairs("They work each and every day.", "en", "2018-04-09") == [("each and every day", "P1D")]
    assert _pairs("He died on June 8. A school was attacked on the same date.", "en", "2008-06-10") == [
        ("June 8", "2008-06-08"), ("the same date", "2008-06-08")]


def test_a_clock_time_with_a_point_and_an_asian_zone():
    # Phrase-level check (constructed phrases): '19.00 IRST' is a clock time, as '19.00 GMT'.
    assert _pairs("The blast came at approximately 19.00 IRST.", "en", "2009-05-29") == [
        ("approximately 19.00 IRST", "2009-05-29T19:00")]
    assert _pairs("Talks start at 10:00 WIB.", "en", "2009-05-29") == [("10:00 WIB", "2009-05-29T10:00")]


def test_prior_counts_back_as_previous_does():
    # Phrase-level check (constructed phrases, shaped like a local Wikinews report and the
    # tenth Wikinews set's 'two months prior'): 'the prior day' is the day before the one
    # told; 'two months prior' with no event after it is a point, as 'two months earlier'.
    assert _pairs("He was arrested on March 10. The prior day, police raided the house.", "en", "2010-03-12") == [
        ("March 10", "2010-03-10"), ("The prior day", "2010-03-09")]
    assert _pairs("He left in July 2020. Two months prior, he had resigned.", "en", "2020-12-01") == [
        ("July 2020", "2020-07"), ("Two months prior", "2020-05")]
    assert _pairs("It came two days prior to the election.", "en", "2020-12-01") == [("two days", "P2D")]


def test_an_amount_before_with_no_event_after_it_is_a_point():
    # Phrase-level check (constructed phrases, shaped like two local Wikinews reports): 'a
    # day before,' with nothing after it counts back from the day told, as 'a day earlier';
    # 'two years before the election' and 'within two years before' stay amounts.
    assert _pairs("He arrived on Friday. A day before, he had called.", "en", "2016-09-12") == [
        ("Friday", "2016-09-09"), ("A day before", "2016-09-08")]
    assert _pairs("It came two years before the election.", "en", "2016-09-12") == [("two years", "P2Y")]
    assert _pairs("He died within two years before, perhaps sooner.", "en", "2019-08-01") == [("two years", "P2Y")]


def test_shopping_days_after_thanksgiving():
    # Phrase-level check (constructed phrases): 'Black Friday' is the day after Thanksgiving,
    # 'Cyber Monday' the Monday after it; 'mid-day' is noon as 'midday' is.
    assert _pairs("Deals go live on Black Friday.", "en", "2019-11-18") == [("Black Friday", "2019-11-29")]
    assert _pairs("Cyber Monday sales rose.", "en", "2019-12-05") == [("Cyber Monday", "2019-12-02")]
    assert _pairs("The fire was out by mid-day.", "en", "2016-10-21") == [("mid-day", "2016-10-21T12:00")]


def test_this_hour_years_past_and_a_misspelt_month():
    # Phrase-level check (constructed phrases, shaped like local Wikinews and company pages):
    # 'this hour' with no clock in the document date is now; 'in years past' is times gone
    # by; 'Febuary', a common misspelling, is February.
    assert _pairs("In this hour of grief we stand together.", "en", "2006-07-12") == [("this hour", "PRESENT_REF")]
    assert _pairs("As in years past, the show sold out.", "en", "2018-04-09") == [("years past", "PAST_REF")]
    assert _pairs("They will reappear in court on 15 Febuary.", "en", "2011-01-25") == [("15 Febuary", "2011-02-15")]


def test_a_count_before_an_amount_is_not_a_range():
    # Phrase-level check (constructed phrases): 'two five-year sentences' are two sentences
    # of five years, so 'five-year' is the amount; neighbours make a range ('five-six months').
    assert _pairs("He was given two five-year sentences.", "en", "2010-06-15") == [("five-year", "P5Y")]
    assert _pairs("It takes five-six months.", "en", "2010-06-15") == [("five-six months", "PXM")]


def test_last_or_next_season_said_during_that_season():
    # Phrase-level check (constructed phrases; a local set's 'last fall' said in November is
    # the fall of the year before): 'last'/'next' said during the season named is the one
    # before or after it; 'this fall' is the current one.
    assert _pairs("It opened last fall.", "en", "2019-11-18") == [("last fall", "2018-FA")]
    assert _pairs("It will close next spring.", "en", "2013-03-20") == [("next spring", "2014-SP")]
    assert _pairs("It opens this fall.", "en", "2019-11-18") == [("this fall", "2019-FA")]


def test_year_to_date_is_the_year_so_far():
    # Phrase-level check (constructed phrases, shaped like local market reports).
    assert _pairs("Shares are up about 40% year to date.", "en", "2019-11-18") == [("year to date", "2019")]
    assert _pairs("Year-to-date sales rose.", "en", "2019-11-18") == [("Year-to-date", "2019")]


def test_a_quarter_named_by_the_day_it_ends():
    # Phrase-level check (constructed phrases, shaped like TimeBank's earnings reports, which
    # write 'the quarter ended Sept. 30' as 1989-Q3): the quarter is the one that day ends;
    # an ordinal names a fiscal quarter and stays ('its fourth quarter ended June 30').
    assert _pairs("Net income for the quarter ended Sept. 30 rose.", "en", "2013-03-20") == [
        ("the quarter", "2012-Q3"), ("Sept. 30", "2012-09-30")]
    assert _pairs("Its fourth quarter ended June 30.", "en", "1989-10-25")[0] == ("fourth quarter", "1989-Q4")


def test_nights_counted_and_vague_amounts_with_more():
    # Phrase-level check (constructed phrases, shaped like local science and business
    # reports): a count of nights is days; 'multiple', 'several more' are vague amounts.
    assert _pairs("They observed Europa for 17 nights.", "en", "2019-11-19") == [("17 nights", "P17D")]
    assert _pairs("It took multiple days.", "en", "2019-11-19") == [("multiple days", "PXD")]
    assert _pairs("It will take several more years.", "en", "2019-11-19") == [("several more years", "PXY")]


def test_on_the_day_is_the_documents_day():
    # Phrase-level check (constructed phrases, shaped like local market and strike reports,
    # where 'down 2.74% on the day', 'closed schools for the day' and 'the day's testimony'
    # are the document's day); 'on the day of the theft' names another day.
    assert _pairs("Brent was last at $60.73, down 2.74% on the day.", "en", "2019-11-19") == [("the day", "2019-11-19")]
    assert _pairs("Trump watched part of the day's testimony.", "en", "2019-11-19") == [("the day", "2019-11-19")]
    assert tag("He was arrested on the day of the theft.", "en", "2019-11-19") == []


def test_last_century_and_next_decade_are_that_century_and_decade():
    # Phrase-level check (constructed phrases; a local set writes 'the last century' 19,
    # TimeBank 'the last decade' 198): with no amount said, the century or decade itself;
    # 'a decade ago' is still a year ('over the last century', a span, is P100Y).
    assert _pairs("It was built last century.", "en", "2010-06-15") == [("last century", "19")]
    assert _pairs("It was built in the previous century.", "en", "2010-06-15") == [("the previous century", "19")]
    assert _pairs("Prices will rise next decade.", "en", "2010-06-15") == [("next decade", "202")]
    assert _pairs("It was built a decade ago.", "en", "2010-06-15") == [("a decade ago", "2000")]


def test_german_years_articles_and_words_of_the_year():
    # Phrase-level check (constructed German phrases, shaped like two local German Wikinews
    # sets): 'Jahr 2005' with its noun, an article inside as English 'the' is (a contraction
    # such as 'im', 'am' stays out), 'dem Vorjahr', 'Jahresende', 'am Wochenende', 'damals'.
    assert _pairs("Der Umsatz stieg im Jahr 2005.", "de", "2009-07-06") == [("Jahr 2005", "2005")]
    assert _pairs("Das gilt seit dem 25. Februar 2010.", "de", "2009-07-06") == [("dem 25. Februar 2010", "2010-02-25")]
    assert _pairs("Der Umsatz stieg gegenüber dem Vorjahr.", "de", "2009-07-06") == [("dem Vorjahr", "2008")]
    assert _pairs("Der Abzug ist zum Jahresende geplant.", "de", "2009-07-06") == [("Jahresende", "2009")]
    assert _pairs("Nach dem Störfall am Wochenende fordern sie Konsequenzen.", "de", "2009-07-06") == [("Wochenende", "2009-W27-WE")]
    assert _pairs("Er wurde 1969 gewählt. Damals war alles anders.", "de", "2009-07-06") == [("1969", "1969"), ("Damals", "1969")]


def test_german_stretches_back_and_the_year_before_the_one_told():
    # Phrase-level check (constructed German phrases, shaped like local German Wikinews
    # sets): 'in den letzten Jahren' is some years back; 'im Vorjahr' the year before the
    # one just told; 'im letzten Jahr 2,3 Milliarden' keeps its year (a number after it is
    # no ordinal).
    assert _pairs("In den letzten Jahren lebte er zurückgezogen.", "de", "2007-03-19") == [("den letzten Jahren", "PXY")]
    assert _pairs("Im letzten Jahr sandten sie 62 Milliarden. Das sind 14 Prozent mehr als im Vorjahr.", "de", "2007-03-19") == [
        ("letzten Jahr", "2006"), ("Vorjahr", "2005")]
    assert _pairs("Die Bank musste im letzten Jahr 2,3 Milliarden abschreiben.", "de", "2007-03-19") == [("letzten Jahr", "2006")]


def test_spanish_decades_in_words_stretches_past_and_that_day():
    # Phrase-level check (constructed Spanish phrases, shaped like two local Spanish news
    # sets): 'los años ochenta' is a decade; 'hace meses' some time back; 'el pasado
    # noviembre', 'el pasado viernes 22' are dates, not 'the past'; 'ese día' is the day
    # just told; a preposition stays out ('en el futuro' -> 'el futuro').
    assert _pairs("Creció en los años ochenta.", "es", "2020-12-28") == [("los años ochenta", "198")]
    assert _pairs("No llueve desde hace meses.", "es", "2020-12-28") == [("hace meses", "PAST_REF")]
    assert _pairs("Se celebró el pasado noviembre.", "es", "2020-12-28") == [("el pasado noviembre", "2020-11")]
    assert _pairs("Ocurrió el pasado viernes 22 en la capital.", "es", "2019-11-23") == [("el pasado viernes 22", "2019-11-22")]
    assert _pairs("El 20 de diciembre llegó. Ese día hubo fiesta.", "es", "2020-12-28") == [("El 20 de diciembre", "2020-12-20"), ("Ese día", "2020-12-20")]
    assert _pairs("Lo veremos en el futuro.", "es", "2020-12-28") == [("el futuro", "FUTURE_REF")]


def test_spanish_last_quarter_of_a_year():
    # Phrase-level check (constructed phrases, shaped like a local Spanish news set): 'el
    # último trimestre de 2020' is that year's fourth quarter, as English 'the last quarter
    # of 2004'; without a year, the quarter just ended.
    assert _pairs("Creció en el último trimestre de 2020.", "es", "2021-02-16") == [
        ("el último trimestre de 2020", "2020-Q4")]
    assert _pairs("Creció en el último trimestre.", "es", "2021-02-16") == [("el último trimestre", "2020-Q4")]


def test_spanish_every_night():
    # Phrase-level check (constructed phrases): 'cada noche', 'todas las mañanas' are sets.
    assert _pairs("Cada noche salía a caminar.", "es", "2021-02-16") == [("Cada noche", "XXXX-XX-XXTNI")]
    assert _pairs("Lo hacía todas las mañanas.", "es", "2021-02-16") == [("todas las mañanas", "XXXX-XX-XXTMO")]


def test_french_counted_units_gone_and_some_years():
    # Phrase-level check (constructed French phrases, shaped like a local OrangeSum set and
    # French TimeBank's 'les 7 derniers jours' P7D): a count of units just gone; 'près d'un
    # an' keeps its hedge; 'depuis des années' some years; 'le Nouvel An' is 1 January.
    assert _pairs("Il a plu les 7 derniers jours.", "fr", "2019-12-31") == [("les 7 derniers jours", "P7D")]
    assert _pairs("Cela dure depuis près d'un an.", "fr", "2019-12-31") == [("près d'un an", "P1Y")]
    assert _pairs("Il travaille ici depuis des années.", "fr", "2019-12-31") == [("des années", "PXY")]
    assert _pairs("Ils fêtent le Nouvel An.", "fr", "2019-12-31") == [("le Nouvel An", "2020-01-01")]


def test_italian_decades_coming_days_and_parts_of_day_with_clock():
    # Phrase-level check (constructed Italian phrases, shaped like a local Italian set).
    assert _pairs("Negli anni ottanta cantava.", "it", "2010-04-12") == [("anni ottanta", "198")]
    assert _pairs("Arriverà nei prossimi giorni.", "it", "2010-04-12") == [("prossimi giorni", "PXD")]
    assert _pairs("Il treno è partito alle 9 del mattino.", "it", "2010-04-12") == [("9 del mattino", "2010-04-12T09:00")]
    assert _pairs("Aveva solo 42 anni.", "it", "2010-04-12") == []


def test_italian_now_and_the_preposition_outside():
    # Phrase-level check (constructed Italian phrases): 'ora' is now, but not 'un'ora',
    # 'l'ora di pranzo', 'è ora di', 'ora locale'; 'al momento', 'in passato' leave the
    # preposition out, as TimeBank tags 'the moment', 'the past'.
    assert _pairs("Il governo ora deve decidere.", "it", "2016-04-22") == [("ora", "PRESENT_REF")]
    assert tag("È ora di cambiare, all'ora di pranzo.", "it", "2016-04-22") == []
    assert _pairs("Al momento non si sa.", "it", "2016-04-22") == [("momento", "PRESENT_REF")]
    assert _pairs("In passato era diverso.", "it", "2016-04-22") == [("passato", "PAST_REF")]


def test_french_ages_weeks_of_feasts_and_italian_clock_words():
    # Phrase-level check (constructed phrases, shaped like local French and Italian sets):
    # 'fêter ses 100 ans', 'à 94 ans' are ages, 'd'ici à dix ans' is a span; 'la semaine de
    # Noël' is that week; 'au lendemain' leaves 'au' out; 'alle ore 12', 'poco dopo le 13',
    # 'nella mattinata di ieri' are times; 'tre minuti dopo' stays an amount.
    assert tag("Il rêvait de fêter ses 100 ans sur scène.", "fr", "2018-10-01") == []
    assert _pairs("Ils pourraient atteindre 3.000 milliards d'ici à dix ans.", "fr", "1999-08-07") == [("dix ans", "P10Y")]
    assert _pairs("Ils partent la semaine de Noël.", "fr", "2019-01-03") == [("la semaine de Noël", "2018-W52")]
    assert _pairs("Au lendemain du vote, il part.", "fr", "2019-01-03")[0][0] == "lendemain"
    assert _pairs("Poco dopo le 13 si è saputo.", "it", "2010-04-21") == [("le 13", "2010-04-21T13:00")]
    assert _pairs("È arrivato alle ore 12.", "it", "2010-04-21") == [("ore 12", "2010-04-21T12:00")]
    assert _pairs("È morto nella mattinata di ieri.", "it", "2008-07-26") == [("mattinata di ieri", "2008-07-25TMO")]
    assert _pairs("Tre minuti dopo è esploso.", "it", "2008-07-26") == [("Tre minuti", "PT3M")]


def test_results_periods_in_british_business_news():
    # Phrase-level check (constructed phrases, shaped like a local BBC business set): 'the
    # year to March 2005' is a year's length, as TimeBank's 'the year ended March 31'; 'the
    # July-to-September quarter' is the quarter those months make up; '2003/4' is one date,
    # its first year; 'fourth-quarter 2004' keeps its year; 'the previous quarter' is the one
    # before the quarter reported on.
    assert _triples("Inflation was 4.8% in the year to March 2005.", "en", "2005-02-04") == [
        ("the year", "DURATION", "P1Y"), ("March 2005", "DATE", "2005-03")]
    assert _pairs("GDP grew 3.7% in the July-to-September quarter.", "en", "2004-10-29") == [
        ("the July-to-September quarter", "2004-Q3")]
    assert _pairs("It earned $630m in the October to December period.", "en", "2005-01-20") == [
        ("the October to December period", "2004-Q4")]
    assert _pairs("The budget for 2003/4 was cut.", "en", "2004-12-02") == [("2003/4", "2003")]
    assert _pairs("Its fourth-quarter 2004 profits fell.", "en", "2005-01-20") == [("fourth-quarter 2004", "2004-Q4")]
    assert _pairs("Rents in the final quarter of 2004 stood 0.6% lower than in the previous quarter.",
                  "en", "2005-01-12") == [("the final quarter of 2004", "2004-Q4"), ("the previous quarter", "2004-Q3")]


def test_the_year_reported_on_early_in_the_next():
    # Phrase-level check (constructed phrases, shaped like a local BBC business set): in
    # February, after the fourth quarter of 2004 is told, a past 'the year' and 'full-year'
    # are 2004; a future one, or one in June, is the document's year.
    got = _pairs("BP reported fourth quarter profits. Its profit rise for the year was large.", "en", "2005-02-08")
    assert got == [("fourth quarter", "2004-Q4"), ("the year", "2004")]
    got = _pairs("Volvo reported stronger fourth quarter and full-year profits.", "en", "2005-01-20")
    assert got == [("fourth quarter", "2004-Q4"), ("full-year", "2004")]
    assert _pairs("Sales rose in 2004. Sales will rise for the year.", "en", "2005-02-08")[1] == ("the year", "2005")
    assert _pairs("Sales rose in 2004. For the full year, it posted a loss.", "en", "2005-06-08")[1] == ("the full year", "2005")


def test_modifiers_told_with_in_and_on():
    # Phrase-level check (constructed phrases, shaped like local Wikinews and BBC sets):
    # 'early in 2005', 'earlier in December' keep their modifier as 'early December' does;
    # 'later on Tuesday' keeps it, while 'Earlier Friday' does not (TimeBank, four in five).
    assert _pairs("Sales rose early in 2005.", "en", "2005-06-01") == [("early in 2005", "2005")]
    assert _pairs("Sales rose earlier in December.", "en", "2005-01-10") == [("earlier in December", "2004-12")]
    assert _pairs("He spoke later on Tuesday.", "en", "2005-01-06") == [("later on Tuesday", "2005-01-04")]
    assert _pairs("Earlier Friday, he left.", "en", "2005-01-10") == [("Friday", "2005-01-07")]


def test_a_capitalised_open_is_a_tournament_not_a_schedule():
    # Phrase-level check (constructed phrases, shaped like a local BBC sport set): 'won the
    # US Open on Sunday' is past; 'opens on Sunday' is still a schedule.
    assert _pairs("He won the US Open on Sunday.", "en", "2005-01-10") == [("Sunday", "2005-01-09")]
    assert _pairs("The exhibition opens on Sunday.", "en", "2005-01-10") == [("Sunday", "2005-01-16")]
    assert _pairs("The programme is to be shown on Sunday.", "en", "2005-02-02") == [("Sunday", "2005-02-06")]


def test_half_years_in_spanish_italian_and_german():
    # Phrase-level check (constructed phrases): a 'semestre', 'Halbjahr' is a unit of six
    # months: the next one, the last one, a count of them.
    assert _pairs("Lo lanzará el próximo semestre.", "es", "2010-06-15") == [("el próximo semestre", "2010-H2")]
    assert _pairs("Durante tres semestres consecutivos.", "es", "2010-06-15") == [("tres semestres", "P18M")]
    assert _pairs("Nel semestre scorso le vendite sono calate.", "it", "2010-06-15") == [("semestre scorso", "2009-H2")]
    assert _pairs("Im vergangenen Halbjahr sank der Umsatz.", "de", "2010-06-15") == [("vergangenen Halbjahr", "2009-H2")]


def test_a_year_earlier_than_a_month_told_in_the_sentence():
    # Phrase-level check (constructed phrases, shaped like a local BBC business set): after
    # a monthly figure, 'a year earlier' is that month a year back, as after a quarterly
    # one it is that quarter (TimeBank); a month told in an earlier sentence does not count.
    got = _pairs("Mortgage approvals dipped to £18bn in November, from £19.2bn a year earlier.", "en", "2005-01-25")
    assert got == [("November", "2004-11"), ("a year earlier", "2003-11")]
    got = _pairs("Net profit rose in the fourth quarter from $5m a year earlier.", "en", "2005-01-25")
    assert got == [("the fourth quarter", "2004-Q4"), ("a year earlier", "2003-Q4")]
    got = _pairs("It happened in November. A year earlier, sales fell.", "en", "2005-01-25")
    assert got == [("November", "2004-11"), ("A year earlier", "2003")]
    got = _pairs("Wages climbed over 2004, but by just 1.9% during the second half of the year.", "en", "2005-01-07")
    assert got == [("2004", "2004"), ("the second half of the year", "2004-H2")]


def test_seasons_after_before_and_through_and_quarters_with_an_adjective():
    # Phrase-level check (constructed phrases, shaped like a local BBC set): 'before the
    # summer', 'through the summer' are the season; 'a flat second quarter' keeps its
    # article and adjective (TimeBank); 'the two previous quarters' is a length.
    assert _pairs("The handset is expected to reach shops before the summer.", "en", "2005-01-05") == [("the summer", "2005-SU")]
    assert _pairs("Profit rose in a flat second quarter.", "en", "2005-02-16") == [("a flat second quarter", "2004-Q2")]
    assert _triples("GDP fell in the two previous quarters.", "en", "2005-02-16") == [
        ("the two previous quarters", "DURATION", "P2Q")]
    assert _pairs("It is forecast to drop in the March survey.", "en", "2005-01-05") == [("March", "2005-03")]
    assert tag("Theresa May said so.", "en", "2017-06-01") == []


def test_the_early_hours():
    # Phrase-level check (constructed phrases, shaped like local Wikinews and BBC sets):
    # 'the early hours' is a part of the day told, no count of hours; before a day it is
    # one expression with that day's morning, as Wikinews set 6 and the local rounds tag it.
    got = _triples("On Sunday, he died in the early hours.", "en", "2004-10-27")
    assert got == [("Sunday", "DATE", "2004-10-24"), ("the early hours", "TIME", "2004-10-24TMO")]
    assert _pairs("He died in the early hours of Sunday morning.", "en", "2004-10-27") == [
        ("the early hours of Sunday morning", "2004-10-24TMO")]


def test_last_the_verb_and_announcements_still_to_come():
    # Phrase-level check (constructed phrases, shaped like a local BBC set): 'do not even
    # last four days' keeps the verb out; 'will be announced on Sunday', 'is released on
    # Thursday' are still to come, while 'was announced on Monday' is past.
    assert _pairs("The pledges do not even last four days.", "en", "2005-02-14") == [("four days", "P4D")]
    assert _pairs("Sales fell in the last four days.", "en", "2005-02-14") == [("the last four days", "P4D")]
    assert _pairs("The winner will be announced on Sunday.", "en", "2005-01-28") == [("Sunday", "2005-01-30")]
    assert _pairs("The album is released on Thursday.", "en", "2005-01-28") == [("Thursday", "2005-02-03")]
    assert _pairs("The plan was announced on Monday.", "en", "2005-01-28") == [("Monday", "2005-01-24")]


def test_expected_and_tipped_dates_are_still_to_come():
    # Phrase-level check (constructed phrases, shaped like a local BBC set written in the
    # winter of 2004-05, before the May 2005 election): a date right after "expected in",
    # "tipped for", "predicted for" or "an expected" is still to come, even though
    # "expected" ends in -ed; "better than expected in October" is a comparison, not a plan,
    # and "Other games scheduled for Wednesday were still held" keeps its past.
    assert _pairs("The poll, expected in May, will be close.", "en", "2005-02-12") == [("May", "2005-05")]
    assert _pairs("They met ahead of an expected May poll.", "en", "2005-02-12") == [("May", "2005-05")]
    assert _pairs("They campaign for an expected election in May.", "en", "2005-03-05") == [("May", "2005-05")]
    assert _pairs("The election is widely predicted for May.", "en", "2005-02-12") == [("May", "2005-05")]
    assert _pairs("The vote, widely tipped for 5 May, looms.", "en", "2005-02-12") == [("5 May", "2005-05-05")]
    assert _pairs("The awards are held on 26 February.", "en", "2004-12-01") == [("26 February", "2005-02-26")]
    assert _pairs("Sales were better than expected in November.", "en", "2005-01-10") == [("November", "2004-11")]
    assert _pairs("Other games scheduled for Wednesday were still held.", "en", "2020-03-13") == [
        ("Wednesday", "2020-03-11")]


def test_a_reporting_participle_dates_its_day_by_the_verb_it_opens():
    # Phrase-level check (constructed, shaped like a local BBC set): in "Speaking to … on
    # Sunday, Ms Harper said the upcoming vote…", Sunday is the day he spoke, the one
    # gone by, whatever the reported clause says of the future.
    text = "Speaking to Sky News on Sunday, Ms Harper said the upcoming vote would be tight."
    assert _pairs(text, "en", "2005-01-17") == [("Sunday", "2005-01-16")]


def test_hedges_nights_years_and_futures_told_the_british_way():
    # Phrase-level check (constructed phrases, shaped like a local BBC set): "for over
    # forty years" keeps "over" (more than), but "rose 10% over two years" leaves the
    # preposition out; "next morning" without its article is the day after the one told;
    # "the middle of the night" is a night; a capitalized season with a year is a date,
    # no name; "the same 2004 period" is the period reported on; "the future" before the
    # noun it qualifies tells no time, "the immediate future" does.
    assert _pairs("a loyal neighbour for over forty years", "en", "2005-02-13") == [("over forty years", "P40Y")]
    assert _pairs("Prices rose 10% over two years.", "en", "2005-02-13") == [("two years", "P2Y")]
    text = "On 3 June police raided the house. Documents were taken to the office next morning."
    assert _pairs(text, "en", "2005-03-02") == [("3 June", "2004-06-03"), ("next morning", "2004-06-04TMO")]
    assert _pairs("When the crew reached the house, in the middle of the night, it was empty.",
                  "en", "2005-03-02")[0][0] == "the middle of the night"
    assert _pairs("They aim to sign a trade deal by Spring 2005.", "en", "2005-02-04") == [
        ("Spring 2005", "2005-SP")]
    text = "Profit rose in the fourth quarter. Sales were up 27% from the same 2003 period."
    assert _pairs(text, "en", "2005-01-27") == [("the fourth quarter", "2004-Q4"), ("the same 2003 period", "2003-Q4")]
    assert tag("The future ownership of the unit remains unclear.", "en", "2004-12-22") == []
    assert _pairs("Their plan for the immediate future remains", "en", "2005-01-05") == [
        ("the immediate future", "FUTURE_REF")]
    assert _pairs("after the 2003 shootings in Hockley", "en", "2005-01-04") == [("2003", "2003")]
    assert tag("There were 2003 shootings in Hockley.", "en", "2005-01-04") == []


def test_years_previously_and_full_year_without_its_hyphen():
    # Phrase-level check (constructed phrases, shaped like a local BBC set): "23 years
    # previously" is a point, as "23 years earlier"; "full year pre-tax profits" is the
    # year reported on, as "full-year profits", while "a full year" stays a length.
    assert _pairs("The last time was 23 years previously.", "en", "2005-01-21") == [
        ("23 years previously", "1982")]
    assert _pairs("They expect full year pre-tax profits to rise.", "en", "2005-06-10") == [
        ("full year", "2005")]
    assert _pairs("It lasted a full year.", "en", "2005-06-10") == [("a full year", "P1Y")]


def test_awards_titles_decades_and_the_new_year():
    # Phrase-level check (constructed phrases, shaped like a second local BBC set): an
    # award's name tells no year; a song ("All Right Now") or a section ("Cinema of the
    # Future") named with a capital tells no time; a capitalized ordinal century dates;
    # "the 1950s and 60s" are two decades; "in the New Year" is the year it begins, a bare
    # "New Year" the day, another calendar's New Year and the honours list neither.
    assert tag("awards such as artist of the year and album of the year", "en", "2004-11-23") == []
    assert tag("had a chart hit with All Right Now before starting a label", "en", "2004-12-15") == []
    assert tag("New galleries such as Cinema of the Future will open.", "en", "2005-01-25") == []
    assert _pairs("as in Vienna in the early 20th Century, painters will", "en", "2004-11-09") == [
        ("the early 20th Century", "19")]
    assert _pairs("in the 1950s and 60s, the studio made films", "en", "2005-01-02") == [
        ("the 1950s", "195"), ("60s", "196")]
    assert tag("people in their 60s and 70s", "en", "2005-01-02") == []
    assert _pairs("I will ask Parliament to renew it in the New Year.", "en", "2004-12-20") == [
        ("the New Year", "2005")]
    assert _pairs("She would come back early in the new year with a plan.", "en", "2004-12-20") == [
        ("early in the new year", "2005")]
    assert _pairs("said the leader in his New Year message", "en", "2004-12-31") == [("New Year", "2005-01-01")]
    assert tag("celebrations for the Chinese New Year", "en", "2005-01-20") == []
    assert tag("made a Commander in the New Year honours", "en", "2005-01-20") == []
    assert tag("She is also named in the New Year's list.", "en", "2004-12-30") == []


def test_coming_weeks_counts_after_the_past_and_fixtures_ahead():
    # Phrase-level check (constructed phrases, shaped like a second local BBC set):
    # "in coming weeks" is a stretch still to come, as TimeBank writes it (PXW); "the past"
    # before a count qualifies it ("the past three sessions"); the day of a fixture told
    # "ahead of" is still to come, unless a pluperfect tells the forecast made before it;
    # "a manifesto launch on Tuesday" is a noun, no fixture verb.
    assert _triples("Further episodes will follow in coming weeks.", "en", "2005-01-04") == [
        ("coming weeks", "DURATION", "PXW")]
    assert tag("The index has shed 3.4% in the past three sessions.", "en", "2005-02-03") == []
    assert _pairs("It was on her mind ahead of Saturday's exhibition game.", "en", "2005-03-02") == [
        ("Saturday", "2005-03-05")]
    assert _pairs("the figure analysts had predicted ahead of Friday's release", "en", "2005-03-02") == [
        ("Friday", "2005-02-25")]
    assert _pairs("At a manifesto launch on Tuesday, Ms Reid was joined by Mr Carter.", "en", "2005-01-12") == [
        ("Tuesday", "2005-01-11")]


def test_rates_of_currencies_goods_and_activities_are_no_times():
    # Phrase-level check (constructed phrases, shaped like a second local BBC set): a rate
    # after an amount in a currency, of goods, in brackets or of an activity measured before
    # is no time (TimeBank leaves "$500 million a year" untagged 5 times in 7), while
    # "for a week" and "a week ago" stay.
    assert tag("those earning under 28,000 pesos a year", "en", "2005-02-23") == []
    assert tag("Samsung build 150 million mobile phones a year.", "en", "2005-02-07") == []
    assert tag("The presses print 30,000 copies an hour.", "en", "2004-10-29") == []
    assert _texts("roughly 130 a day or one every 11 minutes", "en", "2005-03-01") == [
        "every 11 minutes"]
    assert _texts("It took an hour.", "en", "2004-10-29") == ["an hour"]
    assert tag("a flat-fee £20 ($38) a month tariff", "en", "2005-02-14") == []
    assert _texts("to give pupils three hours of music lessons a week by 2010", "en", "2004-12-14") == [
        "three hours", "2010"]
    assert _texts("He stayed for a week. Talks began a week ago.", "en", "2005-02-07") == ["a week", "a week ago"]


def test_fixtures_a_future_verb_governs_and_hyphenated_adjectives():
    # Phrase-level check (constructed phrases, shaped like a second local BBC set): a
    # weekday's fixture that "will" governs is still to come, one without stays past;
    # "due on Thursday" is still to come; "a well-earned break" holds no past verb, so
    # Christmas told in November is the coming one.
    assert _pairs("The budget will also be debated at Tuesday's meeting.", "en", "2005-01-17") == [
        ("Tuesday", "2005-01-18")]
    assert _pairs("The budget was debated at Tuesday's meeting.", "en", "2005-01-17") == [
        ("Tuesday", "2005-01-11")]
    assert _pairs("the planned reform, due on Thursday, might mean", "en", "2004-12-06") == [
        ("Thursday", "2004-12-09")]
    assert _pairs("enjoy a well-earned break over Christmas", "en", "2004-11-08") == [("Christmas", "2004-12-25")]


def test_the_month_is_the_one_told_and_no_comparison():
    # Phrase-level check (constructed phrases, shaped like a local BBC set): "up 0.9% on
    # the month" compares two months and "flavour of the month" is an idiom; "in the month"
    # after "in December" is December.
    assert tag("retail sales went up by 0.9% on the month", "en", "2005-02-01") == []
    assert tag("whichever band is flavour of the month", "en", "2005-02-01") == []
    assert _pairs("Sales fell in December. They rose 1.2% in the month before that.", "en", "2005-01-20")[0] == (
        "December", "2004-12")
    assert _pairs("Sales fell in December, and prices rose 3% during the month.", "en", "2005-01-20") == [
        ("December", "2004-12"), ("the month", "2004-12")]


def test_this_time_last_year_shares_stakes_and_names_before_may():
    # Phrase-level check (constructed phrases, shaped like a third local BBC set): "this
    # time last year" is the month a year back; "this time of year" is now; "every second"
    # with no noun after it is a rate; "a quarter stake" and "Nearly a quarter, 24%, said"
    # are shares; "Lord Justice May" is a name; "the end of that year" and "the end of the
    # financial year" keep their modifier.
    assert _pairs("up 9% on this time last year", "en", "2005-02-22") == [("this time last year", "2004-02")]
    assert _pairs("flu is common at this time of year", "en", "2004-12-28") == [("this time of year", "PRESENT_REF")]
    assert _pairs("16 trillion calculations every second.", "en", "2005-02-07") == [("every second", "PT1S")]
    assert tag("in which the bank holds a quarter stake", "en", "2004-12-20") == []
    assert tag("Nearly a quarter, 24%, said they would vote for it", "en", "2005-01-10") == []
    assert tag("a ruling by Lord Justice May and two other judges", "en", "2004-12-08") == []
    assert _pairs("In 2007 sales grew. By the end of that year, robots did more.", "en", "2005-03-16")[-1] == (
        "the end of that year", "2007")
    assert _pairs("before the end of the financial year in March", "en", "2005-02-07")[0] == (
        "the end of the financial year", "2005")


def test_a_named_day_qualifying_a_thing_tells_no_date():
    # Phrase-level check (constructed phrases, shaped like the local BBC sets): "Christmas
    # shoppers", "Christmas presents", "her debut Christmas album" tell no date, while
    # "sales before Christmas" and "Christmas Day" do.
    assert tag("as Christmas shoppers packed the high street", "en", "2004-12-16") == []
    assert tag("songs for her debut Christmas album", "en", "2004-11-23") == []
    assert _pairs("Sales before Christmas rose.", "en", "2004-12-16") == [("Christmas", "2004-12-25")]
    assert _pairs("on Christmas Day", "en", "2004-12-16") == [("Christmas Day", "2004-12-25")]


def test_present_passives_elections_to_come_and_percent_rates():
    # Phrase-level check (constructed phrases, shaped like a fourth local BBC set): a present
    # passive ("when the Bill is debated on Monday") and "as expected" tell no past; "a May
    # election" told with "a" is still to come; "rising at 15% a year" is a rate; "the end
    # of its fiscal year" keeps its modifier.
    assert _pairs("She will speak when the Bill is debated on Monday.", "en", "2005-03-02") == [
        ("Monday", "2005-03-07")]
    assert _pairs("if the next referendum is on 5 May as expected", "en", "2005-01-25") == [("5 May", "2005-05-05")]
    assert _pairs("If a May election is announced, the spending review comes first.", "en", "2005-02-23") == [
        ("May", "2005-05")]
    assert tag("personal debt, which is rising at 15% a year", "en", "2005-01-13") == []
    assert _pairs("three million units by the end of its fiscal year", "en", "2005-03-24") == [
        ("the end of its fiscal year", "2005")]


def test_holiday_periods_whole_years_and_first_few_months():
    # Phrase-level check (constructed phrases, shaped like the local BBC sets): "the
    # Christmas period" is the month of the day; "the whole of 2004" and "the first few
    # months" keep their words.
    assert _pairs("Sales rose 2.5% over the Christmas period.", "en", "2005-01-06") == [
        ("the Christmas period", "2004-12")]
    assert _pairs("Prices rose 15.1% over the whole of 2004.", "en", "2005-01-10") == [
        ("the whole of 2004", "2004")]
    assert _triples("a solid showing in the first few months", "en", "2005-02-16") == [
        ("the first few months", "DURATION", "PXM")]


def test_spanish_parts_of_named_days_weeks_of_months_and_some_units():
    # Phrase-level check (constructed phrases, shaped like a local Spanish news set).
    assert _pairs("Ocurrió la noche del viernes.", "es", "2021-03-29") == [("la noche del viernes", "2021-03-26TNI")]
    assert _pairs("La última semana de enero hubo récord.", "es", "2021-03-29") == [("La última semana de enero", "2021-W04")]
    assert _pairs("Abre a las siete de la mañana.", "es", "2021-03-29") == [("las siete de la mañana", "2021-03-29T07:00")]
    assert _pairs("Fue hace ya 15 días.", "es", "2021-03-29") == [("hace ya 15 días", "2021-03-14")]
    assert _triples("Hasta un año después de su muerte.", "es", "2021-03-29") == [("Hasta un año", "DURATION", "P1Y")]
    assert _pairs("Durante décadas parecía imposible.", "es", "2021-03-29") == [("décadas", "PXDE")]
    assert _pairs("No llueve desde hace meses.", "es", "2021-03-29") == [("hace meses", "PAST_REF")]


def test_german_named_days_durations_in_one_word_and_every_evening():
    # Phrase-level check (constructed phrases, shaped like local German Wikinews sets):
    # 'am heutigen Sonntag', 'am gestrigen Samstag' are that day; '9. Juni dieses Jahres'
    # keeps its day; 'jahrelang', 'tagelangen' are some years, days; 'jeden Abend' a set.
    assert _pairs("Am heutigen Sonntag wird gewählt.", "de", "2010-06-13") == [("heutigen Sonntag", "2010-06-13")]
    assert _pairs("Am gestrigen Samstag kam es zu Unruhen.", "de", "2010-06-13") == [("gestrigen Samstag", "2010-06-12")]
    assert tag("Die heutigen Probleme sind groß.", "de", "2010-06-13") == []
    assert _pairs("Am 9. Juni dieses Jahres begann es.", "de", "2010-06-13") == [("9. Juni dieses Jahres", "2010-06-09")]
    assert _pairs("Nach tagelangen Verhandlungen einigten sie sich.", "de", "2010-06-13") == [("tagelangen", "PXD")]
    assert _pairs("Die Kämpfe dauerten jahrelang.", "de", "2010-06-13") == [("jahrelang", "PXY")]
    assert _pairs("Er spielte jeden Abend Klavier.", "de", "2010-06-13") == [("jeden Abend", "XXXX-XX-XXTEV")]


def test_race_times_and_seconds_written_against_the_number():
    # Phrase-level check (constructed phrases, shaped like BBC athletics reports): a race
    # time '7:40.53' is minutes, seconds and hundredths; '44.63secs' is seconds; a clock
    # time '7:40' stays a clock time.
    assert _triples("Cragg won the 3,000m in 7:40.53.", "en", "2005-02-12") == [("7:40.53", "DURATION", "PT7M40.53S")]
    assert _pairs("She set the European record of 44.63secs in 1995.", "en", "2005-02-12") == [
        ("44.63secs", "PT44.63S"), ("1995", "1995")]
    assert _pairs("She clocked three minutes 49.89secs in the heat.", "en", "2005-02-12") == [
        ("three minutes 49.89secs", "PT3M49.89S")]
    assert _types("The meeting starts at 7:40.", "en", "2005-02-12") == ["TIME"]


def test_the_beginning_of_the_year_ahead_said_at_its_end():
    # Phrase-level check (constructed phrases, shaped like a local BBC set): from November,
    # a future 'the start of the year' is the next one; a past one, or one told in June,
    # is the document's year.
    assert _pairs("New rules will take effect at the start of the year.", "en", "2004-12-14") == [
        ("the start of the year", "2005")]
    assert _pairs("Sales rose at the beginning of the year.", "en", "2004-12-14") == [("the beginning of the year", "2004")]
    assert _pairs("New rules will take effect at the start of the year.", "en", "2004-06-14") == [
        ("the start of the year", "2004")]


def test_spanish_that_month_month_of_this_year_and_hedges():
    # Phrase-level check (constructed phrases, shaped like local Spanish news sets).
    assert _pairs("En enero de este año llovió.", "es", "2021-03-29") == [("enero de este año", "2021-01")]
    assert _pairs("En diciembre de 2019 hubo un brote. Ese mes murieron muchos.", "es", "2021-03-29") == [
        ("diciembre de 2019", "2019-12"), ("Ese mes", "2019-12")]
    assert _pairs("Duró poco más de una semana.", "es", "2021-03-29") == [("poco más de una semana", "P1W")]
    assert _pairs("Hasta 2020 no llegó.", "es", "2021-03-29") == [("2020", "2020")]


def test_the_same_year_in_german_and_italian():
    # Phrase-level check (constructed phrases, shaped like local German and Italian sets):
    # 'im gleichen Jahr', 'nello stesso anno', 'quell'anno' are the year told just before.
    assert _pairs("1994 wurde er gewählt. Im gleichen Jahr heiratete er.", "de", "2010-06-15") == [
        ("1994", "1994"), ("gleichen Jahr", "1994")]
    assert _pairs("Nel 1994 fu eletto. Nello stesso anno si sposò.", "it", "2010-06-15") == [
        ("1994", "1994"), ("stesso anno", "1994")]
    assert _pairs("Nel 1994 fu eletto. Quell'anno si sposò.", "it", "2010-06-15") == [
        ("1994", "1994"), ("Quell'anno", "1994")]


def test_german_up_to_and_the_first_months():
    # Phrase-level check (constructed phrases, shaped like local German sets): 'bis zu zwei
    # Jahren' keeps its bound inside (EQUAL_OR_LESS), 'den ersten neun Monaten' its article
    # and 'ersten', as English 'the first nine months'.
    assert _pairs("Ihm drohen bis zu zwei Jahren Haft.", "de", "2010-06-15") == [("bis zu zwei Jahren", "P2Y")]
    assert _pairs("In den ersten neun Monaten stieg der Umsatz.", "de", "2010-06-15") == [
        ("den ersten neun Monaten", "P9M")]


def test_italian_amount_after_an_event_and_ages_before_dopo():
    # Phrase-level check (constructed phrases, shaped like local Italian sets): '13 giorni
    # dopo il distacco' is only the amount; 'all'età di 91 anni dopo una lunga malattia' an
    # age; 'Tre anni dopo' alone is still a point after the date told.
    assert _triples("È morta 13 giorni dopo il distacco dai macchinari.", "it", "2005-03-31") == [
        ("13 giorni", "DURATION", "P13D")]
    assert tag("È scomparso all'età di 91 anni dopo una lunga malattia.", "it", "2022-08-30") == []
    assert _pairs("Nel 2001 partì. Tre anni dopo tornò.", "it", "2010-06-15") == [("2001", "2001"), ("Tre anni dopo", "2004")]


def test_italian_hedges_stay_inside():
    # Phrase-level check (constructed phrases, shaped like local Italian sets).
    assert _pairs("Ha regnato per poco meno di tre anni.", "it", "2010-06-15") == [("poco meno di tre anni", "P3Y")]
    assert _pairs("La gara è durata poco più di 47 minuti.", "it", "2010-06-15") == [("poco più di 47 minuti", "PT47M")]


def test_english_narrative_weekday_and_quarter_of_a_year_named():
    # Phrase-level check (constructed phrases, shaped like local BBC sets): 'on that
    # Wednesday' after a date told is that date's Wednesday, not the document's week (and a
    # clock time before it takes that day); 'said that Saturday' is a plain weekday. 'the
    # same period of 2003' in a report on a quarter is that quarter of 2003, as TimeBank's
    # 'the corresponding period last year'.
    assert _pairs("The Budget will be on 16 March. It will be at 1230 GMT on that Wednesday.", "en",
                  "2005-02-23") == [("16 March", "2005-03-16"), ("1230 GMT", "2005-03-16T12:30"),
                                    ("that Wednesday", "2005-03-16")]
    assert _pairs("Ms Patel said that Saturday had been a triumph.", "en", "2005-02-23") == [
        ("Saturday", "2005-02-19")]
    assert _pairs("Profits for the fourth quarter were up on the same period of 2003.", "en",
                  "2005-03-02") == [("the fourth quarter", "2004-Q4"), ("the same period of 2003", "2003-Q4")]
    assert _pairs("Sales were up on the same period of 2003.", "en", "2005-03-02") == [
        ("the same period of 2003", "2003")]


def test_english_ranges_before_ago_memorial_days_present_and_expected_dates():
    # Phrase-level check (constructed phrases, shaped like local BBC sets).
    assert _triples("It was like it had been 30 or 40 years ago.", "en", "2004-12-14") == [
        ("30", "DATE", "1974"), ("40 years ago", "DATE", "1964")]
    assert _triples("They met two to three weeks ago.", "en", "2004-12-14") == [
        ("two", "DATE", "2004-W49"), ("three weeks ago", "DATE", "2004-W48")]
    # another memorial day is no US Memorial Day; the US one still is
    assert tag("Her cabinet established the Holocaust Memorial Day.", "en", "2005-02-18") == []
    assert _pairs("Americans marked Memorial Day with parades.", "en", "2005-06-01") == [
        ("Memorial Day", "2005-05-30")]
    # 'present' qualifying a noun is now, alone, as TimeBank tags 'current'
    assert _pairs("There are no plans for the present circumstances.", "en", "2004-12-20") == [
        ("present", "PRESENT_REF")]
    assert _pairs("Live in the present and not the past.", "en", "2004-12-20") == [
        ("the present", "PRESENT_REF"), ("the past", "PAST_REF")]
    # an election still expected is still to come; an expectation that was, may be past
    assert _pairs("Many pundits have been expecting a referendum on 5 May.", "en", "2004-10-31") == [
        ("5 May", "2005-05-05")]
    assert _pairs("Analysts had been expecting a rise in September.", "en", "2004-10-31") == [
        ("September", "2004-09")]


def test_some_day_is_a_time_to_come():
    # Real text: wikinews-en 2020-04-14 (Iranian International Master Dorsa Derakhshani),
    # whose Wikinews set 10 tags 'some day' FUTURE_REF; the other phrases are constructed,
    # shaped like a local BBC set. 'one day' is that only after 'that'/'hope' or opening a
    # sentence with a modal verb close after; a day counted stays a duration.
    assert _triples("But I hope that some day I will be able to represent US in Olympiads.", "en",
                    "2020-04-13") == [("some day", "DATE", "FUTURE_REF")]
    assert _triples("He hopes that one day it can be developed.", "en", "2005-02-14") == [
        ("one day", "DATE", "FUTURE_REF")]
    assert _triples("In one day we could finish. It took one day.", "en", "2005-02-14") == [
        ("one day", "DURATION", "P1D"), ("one day", "DURATION", "P1D")]


def test_years_before_nouns_verbs_after_years_and_rates_of_activity():
    # Phrase-level check (constructed phrases, shaped like a second blind BBC round): a year
    # after a possessive qualifies the noun ('half their 1960 levels'); a year opening a
    # sentence before a verb and its object is a year ('2005 offers the chance'), while a
    # count of things stays none; a May election qualified ('a May general election') is
    # still to come; 'centuries-old' is an age; 'two hours' tuition a week' is a rate.
    assert _pairs("Farm subsidies are half their 1960 levels.", "en", "2004-12-06") == [("1960", "1960")]
    assert _pairs('"2005 offers the chance for a breakthrough," he said.', "en", "2004-12-06") == [
        ("2005", "2005")]
    assert tag("Police said 2003 shootings were up.", "en", "2004-12-06") == []
    assert _pairs("Everyone is working towards a May general election.", "en", "2005-01-16") == [
        ("May", "2005-05")]
    assert tag("traces of centuries-old rivalry", "en", "2005-01-31") == []
    assert _texts("Pupils would be given two hours' free music tuition a week.", "en",
                  "2004-12-05") == ["two hours"]


def test_a_plan_in_the_pluperfect_dates_a_day_gone_by():
    # Phrase-level check (constructed phrase, shaped like a third blind BBC round): 'had been
    # due to … on Friday' inside a clause whose main verb is future is last Friday.
    assert _pairs("Ms Lowe, who had been due to greet supporters on Friday, will address them "
                  "in a speech.", "en", "2005-03-12") == [("Friday", "2005-03-11")]


def test_a_quarter_told_by_its_end_is_the_period_under_report():
    # Phrase-level check (constructed phrases, shaped like a blind BBC business round): 'the
    # three months to 31 December 2004' names the quarter that day ends, so 'a year earlier'
    # and 'the quarter' count from it, as from 'the fourth quarter'; a day that ends no
    # quarter names none; 'the year to 31 December' is a year's length (TimeBank tags 'the
    # year ended March 31' P1Y).
    assert _pairs("Profit in the three months to 31 December 2004 fell to £61m, against £98m a "
                  "year earlier. Turnover for the quarter rose.", "en", "2005-02-04") == [
        ("the three months", "P3M"), ("31 December 2004", "2004-12-31"), ("a year earlier", "2003-Q4"),
        ("the quarter", "2004-Q4")]
    assert _pairs("For the three months to December, profit was £61m, against £98m a year "
                  "earlier.", "en", "2005-02-04") == [
        ("the three months", "P3M"), ("December", "2004-12"), ("a year earlier", "2003-Q4")]
    assert _pairs("For the three months to 15 December, profit was £61m, against £98m a year "
                  "earlier.", "en", "2005-02-04")[-1] == ("a year earlier", "2003")
    assert _triples("Earnings for the year to 31 December climbed 12%.", "en", "2005-02-10")[0] == (
        "the year", "DURATION", "P1Y")


def test_a_season_ahead_and_a_naming_participle():
    # Phrase-level check (constructed phrases, shaped like a blind BBC business round):
    # 'ahead of winter' is the winter still to come, even in a past clause; ', dubbed X,' is
    # no past verb for the day after it, the clause's 'is expected to' is.
    assert _pairs("Gas reserves have increased ahead of winter.", "en", "2004-12-02") == [("winter", "2004-WI")]
    assert _pairs("Stocks rose ahead of the summer.", "en", "2004-12-02") == [("the summer", "2005-SU")]
    assert _pairs("Total is expected to join the scheme, dubbed Qatargas-2, on Monday.", "en",
                  "2005-02-27") == [("Monday", "2005-02-28")]


def test_the_month_and_the_year_before_to_and_on():
    # Phrase-level check (constructed phrases, shaped like a blind BBC business round): 'the
    # month to $349bn' is the month just told ('the month to March' stays a span's end, not
    # tagged as the month); 'finished the year on a high' is the year ('year on year' is a
    # comparison, no time).
    assert _pairs("Sales rose in December, pushing spending for the month to $349.4bn.", "en",
                  "2005-01-13") == [("December", "2004-12"), ("the month", "2004-12")]
    assert _pairs("They finished the year on a high note.", "en", "2005-01-13") == [("the year", "2005")]
    assert tag("Profits rose year on year.", "en", "2005-01-13") == []


def test_a_fixture_with_its_object_is_still_to_come():
    # Phrase-level check (constructed phrases, shaped like a blind BBC round): 'play a
    # live match on Sunday', 'plays its opening game on Thursday' name fixtures still to
    # come, as 'play Saturday' does; 'played' keeps the day gone by.
    assert _pairs("Supporters should not demonstrate when the clubs play a live match on Sunday.",
                  "en", "2005-02-11") == [("Sunday", "2005-02-13")]
    assert _pairs("A new women's team plays its opening game on Thursday.", "en", "2005-03-02") == [
        ("Thursday", "2005-03-03")]
    assert _pairs("The clubs played a live match on Sunday.", "en", "2005-02-11") == [
        ("Sunday", "2005-02-06")]


def test_a_page_stamp_time_is_on_the_document_day():
    # Phrase-level check (constructed phrases, shaped like a web news page's update note): a
    # clock time after the language's stamp cues ('This story was updated at', a line
    # 'Updated:') is the page's own stamp, on the DCT, not on the day the story told last;
    # a time in the story keeps the story's day.
    assert _pairs("The finalists had until Nov. 1 to apply. This story was updated at 5:45 p.m. ET.",
                  "en", "2019-11-18") == [("Nov. 1", "2019-11-01"), ("5:45 p.m. ET", "2019-11-18T17:45")]
    assert _pairs("The vote was on Nov. 1.\nUpdated: 10:32 GMT", "en", "2019-11-18") == [
        ("Nov. 1", "2019-11-01"), ("10:32 GMT", "2019-11-18T10:32")]
    assert _pairs("The vote was on Nov. 1. Polls closed at 8 p.m.", "en", "2019-11-18") == [
        ("Nov. 1", "2019-11-01"), ("8 p.m.", "2019-11-01T20:00")]


def test_a_cue_across_a_spaced_dash_counts_as_across_a_comma():
    # Phrase-level check (constructed phrases, shaped like a US news feature): an aside set
    # off by spaced dashes ('– which will be … in January –') keeps its own tense, as one set
    # off by commas does; the main verb after it is another clause's.
    assert _pairs("The campaign – which will be in its third year in January – did well.", "en",
                  "2019-11-19") == [("January", "2020-01")]
    assert _pairs("The campaign, which will be in its third year in January, did well.", "en",
                  "2019-11-19") == [("January", "2020-01")]
    assert _pairs("The campaign – which began in January – will end soon.", "en",
                  "2019-11-19") == [("January", "2019-01"), ("soon", "FUTURE_REF")]


def test_a_fixture_told_ahead_is_still_to_come():
    # Phrase-level check (constructed phrases, shaped like a blind BBC sport and business
    # round): 'ruled out of Saturday's clash', 'changes for Saturday's trip' name a fixture
    # still to come though the verb is past ('in Saturday's match' stays the day gone by);
    # 'and plays Moreau … on Tuesday' is a fixture told in the present; 'a protest rally
    # planned for the weekend' is the coming weekend.
    assert _pairs("Fitzgerald has also been ruled out of Saturday's league clash with Leinster.",
                  "en", "2005-02-10") == [("Saturday", "2005-02-12")]
    assert _pairs("Hansen has made three changes from the side that beat Tonga for Saturday's trip to Samoa.",
                  "en", "2005-02-22") == [("Saturday", "2005-02-26")]
    assert _pairs("He scored twice in Saturday's match.", "en", "2005-02-22") == [("Saturday", "2005-02-19")]
    assert _pairs("Keller has been given a bye and plays Moreau in round two on Tuesday.",
                  "en", "2005-01-09") == [("Tuesday", "2005-01-11")]
    assert _pairs("Residents have cancelled a protest rally planned for the weekend.", "en",
                  "2005-01-26") == [("the weekend", "2005-W04-WE")]


def test_a_bare_plural_after_face_or_before_of_and_a_name():
    # Phrase-level check (constructed phrases, shaped like US news of a blind round): 'could
    # face decades in jail' is a span as 'spent decades in jail' is; 'decades of United States
    # policy' is one as 'decades of conflict' is; a bare plural with no such cue stays untagged.
    assert _pairs("If convicted, he could face decades in jail.", "en", "2019-11-19") == [("decades", "PXDE")]
    assert _pairs("Breaking with decades of United States policy, Trump acted.", "en", "2019-11-19") == [
        ("decades", "PXDE")]
    assert tag("The band Decades is on tour.", "en", "2019-11-19") == []


def test_season_words_with_time():
    # Phrase-level check (constructed phrases): 'summertime', 'springtime' and 'wintertime'
    # are the seasons, read as 'the summer' is.
    assert _pairs("In the summertime, prices rise.", "en", "2019-11-20") == [("the summertime", "2019-SU")]
    assert _pairs("Sales slowed in the springtime.", "en", "2019-11-20") == [("the springtime", "2019-SP")]


def test_a_participle_with_by_in_an_aside_is_no_past_verb():
    # Phrase-level check (constructed phrases, shaped like a blind BBC politics round): '-
    # chaired by the chancellor -' is a participle, not the clause's past verb; the
    # clause's 'will use' dates July ahead. A spaced hyphen sets off an aside as a dash does.
    assert _pairs("July's energy summit - chaired by the chancellor - will adopt the plan.", "en",
                  "2005-02-24") == [("July", "2005-07")]
    assert _pairs("July's summit, chaired by the chancellor, will adopt the plan.", "en",
                  "2005-02-24") == [("July", "2005-07")]
    assert _pairs("The chancellor chaired July's summit.", "en", "2005-02-24") == [("July", "2004-07")]


def test_a_quarter_told_as_a_month_range_or_a_part_of_its_year():
    # Phrase-level check (constructed phrases, shaped like a blind BBC business round):
    # 'during October to December' and 'the last three months of 2004' name the quarter under
    # report, so 'a year earlier' / 'a year before' count from it (TimeBank: 'a year earlier'
    # -> 1988-Q3), as after 'the three months to December'.
    assert _pairs("Net income climbed 31% during October to December, up from $96m a year earlier.", "en",
                  "2005-01-19") == [("October", "2004-10"), ("December", "2004-12"), ("a year earlier", "2003-Q4")]
    assert _pairs("The insurer made a loss over the last three months of 2004 against a profit a year before.",
                  "en", "2005-03-01") == [("the last three months of 2004", "2004-Q4"),
                                          ("a year before", "2003-Q4")]
    assert _pairs("Output in the first three months of 2004 was up on a year earlier.", "en",
                  "2004-05-01") == [("the first three months of 2004", "2004-Q1"),
                                    ("a year earlier", "2003-Q1")]


def test_hedges_around_an_amount_of_time():
    # Phrase-level check (constructed phrases, shaped like US news of a blind round): 'or so'
    # after an amount and 'no longer than' / 'more than' before one belong to the expression
    # (TimeBank: 'the next two years or so', 'no more than sixty days').
    assert _pairs("Stir for a minute or so.", "en", "2019-11-20") == [("a minute or so", "PT1M")]
    assert _pairs("Suspects are held for no longer than 72 hours.", "en", "2019-11-20") == [
        ("no longer than 72 hours", "PT72H")]
    assert _pairs("The outage lasted more than a few minutes.", "en", "2019-11-20") == [
        ("more than a few minutes", "PTXM")]


def test_a_team_sheet_name_and_a_fixture_that_is_the_focus():
    # Phrase-level check (constructed phrases, shaped like a blind BBC sport round): 'Noon'
    # between commas in a list of names is a surname, not midday; 'the most important thing
    # is Sunday's game' names a fixture still to come.
    assert tag("Robinson, Abbott, Noon, Paul, Smith, Tait.", "en", "2005-01-11") == []
    assert _pairs("The most important thing is Sunday's game against Newport.", "en",
                  "2005-01-11") == [("Sunday", "2005-01-16")]
    assert _pairs("Shops close at noon.", "en", "2005-01-11") == [("noon", "2005-01-11T12:00")]


def test_the_new_year_after_of():
    # Phrase-level check (constructed phrase, shaped like a blind BBC politics round): 'the
    # first meeting of the new year' is the year begun, as 'in the new year' is.
    assert _pairs("It was the first meeting of the new year.", "en", "2005-01-10") == [("the new year", "2005")]


def test_a_recurrence_with_its_frequency_and_a_half_period():
    # Phrase-level check (constructed phrases, shaped like a blind BBC round): 'once' before
    # 'every' is the recurrence's frequency, inside the SET as in 'once a year' (Wikinews
    # set 1); 'every five and a half months' is a SET, not a duration.
    assert _pairs("The medal will be awarded once every two years.", "en", "2005-01-11") == [
        ("once every two years", "P2Y")]
    assert tag("Power doubles every five and a half months.", "en", "2005-01-11")[0].type == "SET"
    assert _pairs("Power doubles every five and a half months.", "en", "2005-01-11") == [
        ("every five and a half months", "P5M15D")]


def test_the_rest_of_the_year():
    # Phrase-level check (constructed phrases, shaped like blind BBC and US news rounds):
    # 'the rest of the year' and 'the remainder of this year' are the year, tagged whole.
    assert _pairs("Rates will be held for the rest of the year.", "en", "2005-02-10") == [
        ("the rest of the year", "2005")]
    assert _pairs("Sales will slow for the remainder of this year.", "en", "2005-02-10") == [
        ("the remainder of this year", "2005")]


def test_a_day_in_the_month_of_a_dated_day_just_told():
    # Phrase-level check (constructed phrases, shaped like a blind BBC politics round): a day
    # and month without a year, in the month of a day just told with an older year, is in
    # that year ('on 7 March 2003 … On 10 March'); a future clause keeps the coming one.
    assert _pairs("He was warned on 7 March 2003 that it could be illegal. On 10 March, "
                  "the chiefs asked for a statement.", "en", "2005-02-24") == [
        ("7 March 2003", "2003-03-07"), ("10 March", "2003-03-10")]
    assert _pairs("He was warned on 7 March 2003 that it could be illegal. The inquiry will "
                  "report on 10 March.", "en", "2005-02-24") == [
        ("7 March 2003", "2003-03-07"), ("10 March", "2005-03-10")]


def test_the_coming_year_is_the_twelve_months_ahead():
    # Phrase-level check (constructed phrases, shaped like blind BBC rounds and Wikinews set
    # 1): 'the coming year' said early in a year is mostly that year; said in December, the next.
    assert _pairs("Our focus in the coming year is exports.", "en", "2005-03-22") == [
        ("the coming year", "2005")]
    assert _pairs("This coming year will be hard.", "en", "2005-01-04") == [
        ("This coming year", "2005")]
    assert _pairs("Our focus in the coming year is exports.", "en", "2020-12-14") == [
        ("the coming year", "2021")]


def test_the_past_month_is_a_stretch():
    # Phrase-level check (constructed phrases, shaped like US news of blind rounds and
    # Wikinews set 3): 'the past month' and 'the past week' are the stretch just gone, as
    # 'the past two months' is; 'the past year' stays the year (TimeBank: DATE twice).
    assert _pairs("Prices rose over the past month.", "en", "2019-11-20") == [
        ("the past month", "P1M")]
    assert _pairs("Over the past week, shares fell.", "en", "2019-11-20") == [
        ("the past week", "P1W")]
    assert _pairs("The past year was hard.", "en", "2019-11-20") == [("The past year", "2018")]


def test_a_narrated_clock_time_takes_the_narrative_day_not_a_quoted_one():
    # Phrase-level check (constructed phrases, shaped like a US news page of a blind round):
    # a clock time told outside quotes is on the narrative's day, not on a day a speaker told
    # in a quotation just before; inside the quotation it is on the speaker's day.
    text = ("The deportees returned home on Wednesday. \u201cHe sent me to Mexico on May 2,\u201d "
            "he said.\nThe aircraft landed at 6am, an official said.")
    assert _pairs(text, "en", "2019-11-20") == [
        ("Wednesday", "2019-11-20"), ("May 2", "2019-05-02"), ("6am", "2019-11-20T06:00")]
    quoted = "The deportees returned home on Wednesday. \u201cI left on May 2 at 6am,\u201d he said."
    assert _pairs(quoted, "en", "2019-11-20")[-1] == ("6am", "2019-05-02T06:00")


def test_present_verbs_of_a_start_or_a_run_still_to_come():
    # Phrase-level check (constructed phrases, shaped like a blind BBC round): 'comes into
    # effect in August' and 'runs until Sunday' tell a time still ahead; 'a thing of the
    # past' is an idiom, no time.
    assert _pairs("A European Union directive comes into effect in August.", "en",
                  "2005-01-20") == [("August", "2005-08")]
    assert _pairs("The festival, which runs until Sunday, showcased films.", "en",
                  "2005-02-02") == [("Sunday", "2005-02-06")]
    assert _pairs("The law came into force in August.", "en", "2005-01-20") == [
        ("August", "2004-08")]
    assert tag("The old image becomes a thing of the past.", "en", "2004-11-10") == []


def test_the_weekend_of_a_date_and_most_recently():
    # Phrase-level check (constructed phrases, shaped like a blind BBC round): 'the weekend of
    # 12-13 March' is one weekend, and it dates what follows ('two weeks later'); 'most
    # recently' is tagged whole, as TimeBank tags 'More recently'.
    assert _pairs("The semi-finals will be staged on the weekend of 12-13 March, the league said.", "en",
                  "2005-02-21") == [("the weekend of 12-13 March", "2005-W10-WE")]
    assert _pairs("The home leg will be staged on the weekend of 27-28 November, with the return "
                  "two weeks later.", "en", "2005-02-21")[-1] == (
        "two weeks later", "2005-W50")
    assert _pairs("He has spoken out most recently on tax.", "en", "2005-02-21") == [
        ("most recently", "PAST_REF")]


def test_this_weekday_without_a_tense_is_the_coming_one():
    # Phrase-level check (constructed phrases, shaped like a blind BBC round): 'this Sunday'
    # with no tense cue, said on a Wednesday, is the coming Sunday, not the nearest one back;
    # said on a Sunday it is that day; a past clause keeps the one gone by.
    assert _pairs("Other topics range from Haiti's future after this Sunday's vote.", "en",
                  "2005-01-26") == [("this Sunday", "2005-01-30")]
    # inside a quotation, said on a day the story may not tell, it stays the nearest one
    assert _pairs('He wrote: "The Shooting to occur this Friday."', "en", "2008-04-19") == [
        ("this Friday", "2008-04-18")]
    assert _pairs("Shooting to occur this Friday.", "en", "2008-04-19") == [
        ("this Friday", "2008-04-25")]
    assert _pairs("Fans gather for this Sunday's final.", "en", "2005-01-30") == [
        ("this Sunday", "2005-01-30")]
    assert _pairs("This Monday the minister emphasized the cuts.", "en", "2005-01-26") == [
        ("This Monday", "2005-01-24")]


def test_a_quarter_of_a_century():
    # Phrase-level check (constructed phrases, shaped like blind BBC rounds): 'a quarter of a
    # century' is 25 years, as 'a quarter century' is (TimeBank: 'quarter century' P25Y),
    # and 'the past' before such a word belongs to the stretch.
    assert _pairs("It lasted a quarter of a century.", "en", "2005-02-09") == [
        ("a quarter of a century", "P25Y")]
    assert _pairs("Things have stayed this way for the past quarter of a century, she said.", "en",
                  "2005-02-09") == [("the past quarter of a century", "P25Y")]


def test_this_years_without_its_apostrophe():
    # Phrase-level check (constructed phrase, shaped like reader comments of a blind BBC round
    # and a US news page): 'this years Brits' is 'this year's' with the apostrophe dropped.
    assert _pairs("I liked this years Brits.", "en", "2005-02-09") == [("this years", "2005")]
    assert _pairs("For this years\u2019 edition, artists applied.", "en", "2018-11-29") == [
        ("this years", "2018")]


def test_a_date_written_year_first_with_dots():
    # Phrase-level check (constructed phrases, shaped like a theatre listing of a US news
    # round): '2018.04.05' is a date; a version number or a decimal is not.
    assert _pairs("The show runs 2018.04.05 ~ OPEN RUN", "en", "2018-11-29") == [
        ("2018.04.05", "2018-04-05")]
    assert tag("Install version 2018.04.05.1 first.", "en", "2018-11-29") == []
    assert tag("It rose 2018.4.5 points.", "en", "2018-11-29") == []


def test_the_last_decade_or_so():
    # Phrase-level check (constructed phrase, shaped like a blind BBC round): 'or so' after
    # 'the last decade' belongs to it (TimeBank: 'the next year or so').
    assert _pairs("Sales grew over the last decade or so.", "en", "2004-12-28") == [
        ("the last decade or so", "P10Y")]


def test_a_season_after_decided_to_and_this_weekend_late_in_the_week():
    # Phrase-level check (constructed phrases, shaped like a blind BBC round): a season in a
    # future seen from the past ('decided to file charges … in the summer', told in
    # December) is this year's, which may have come already; 'this weekend' told on a
    # Friday is the one ahead even after a perfect ('has promised'), but told on a Tuesday
    # after a past verb it is the one just gone.
    assert _pairs("The regulator decided to file charges against him in the summer.", "en",
                  "2004-12-10") == [("the summer", "2004-SU")]
    assert _pairs("The hunt has promised a meet this weekend.", "en", "2005-02-18") == [
        ("this weekend", "2005-W07-WE")]
    assert _pairs("The band formed this weekend.", "en", "2005-02-15") == [
        ("this weekend", "2005-W06-WE")]
    # 'is expected to … on Monday' is a plain future, not a future seen from the past
    assert _pairs("The coach is expected to reveal her line-up on Monday.", "en",
                  "2005-03-02") == [("Monday", "2005-03-07")]


def test_a_bare_month_told_again():
    # Phrase-level check (constructed phrases, shaped like a blind BBC business round): a
    # bare month told again just after is the same month ('hit in December … December's share
    # fall … next month'); a month written with its year in a comparison ('from 10.9% in
    # December 2003') leaves a later bare month to the tense.
    assert _pairs("Its shares were hit in December. December's fall means it may be "
                  "relegated next month.", "en", "2005-02-17") == [
        ("December", "2004-12"), ("December", "2004-12"), ("next month", "2005-03")]
    assert _pairs("It fell to 9.6% from 10.9% in December 2003. It will fall in December.",
                  "en", "2005-02-17") == [("December 2003", "2003-12"), ("December", "2005-12")]


def test_a_club_name_and_a_screen_resolution():
    # Phrase-level check (constructed phrases, shaped like blind BBC rounds): 'Sheffield
    # Wednesday' is a football club; '2048 * 1080 pixels' is a resolution, not a year.
    assert _pairs("He joined Sheffield Wednesday in May.", "en", "2005-02-26") == [
        ("May", "2004-05")]
    assert tag("The projector displays images at 2048 * 1080 pixels.", "en", "2005-02-26") == []
    assert tag("It has a 2048×1080 screen.", "en", "2005-02-26") == []


def test_a_week_later_after_a_month_with_no_day():
    # Phrase-level check (constructed phrases, shaped like a blind BBC round and Wikinews set
    # 10): 'a week later' after 'In July 2004', with no day told to count from, is the month
    # it falls in, and 'at that time' is that month too.
    assert _pairs("In July 2004, the company announced it had won a licence. The regulator said a "
                  "week later that it had not granted one. The company said at that time "
                  "that it held a licence.", "en", "2005-01-13") == [
        ("July 2004", "2004-07"), ("a week later", "2004-07"), ("that time", "2004-07")]


def test_names_and_fractions_that_are_no_times_and_one_day_in_a_quote():
    # Phrase-level check (constructed phrases, shaped like blind BBC rounds): 'the winter of
    # discontent' and 'the winter fuel allowance' are names; rugby's 'three-quarters' is a
    # position; 'One day you will …' opening a quotation is a time to come (TimeBank:
    # 'Islam will one day be').
    assert tag("Critics compared it to the winter of discontent.", "en", "2004-12-19") == []
    assert tag("She claimed the winter fuel allowance twice.", "en", "2004-12-02") == []
    assert tag("The three-quarters found no room to attack.", "en", "2004-11-27") == []
    assert _pairs("It took three quarters of an hour.", "en", "2004-11-27") == [
        ("three quarters of an hour", "PT45M")]
    assert _pairs('She said: "One day you will look back on this with pride."', "en",
                  "2005-03-12") == [("One day", "FUTURE_REF")]


def test_words_ending_in_ed_that_are_no_past_verbs():
    # Phrase-level check (constructed phrases, shaped like a blind BBC business round):
    # 'succeed', 'exceed', 'hundred' end in -ed but tell no past, so 'will succeed … in
    # April', said in February, is the April ahead.
    assert _pairs("Mr Morrow will succeed Mr Tsuda as president of the firm in April.", "en",
                  "2005-02-07") == [("April", "2005-04")]
    assert _pairs("A hundred fans will march in April.", "en", "2005-02-07") == [
        ("April", "2005-04")]
    assert _pairs("It succeeded in April.", "en", "2005-02-07") == [("April", "2004-04")]


def test_a_weekday_disaster_has_happened():
    # Phrase-level check (constructed phrase, shaped like a blind BBC business round): a
    # disaster named by its weekday ('Sunday's earthquake') has happened, even under 'will'.
    assert _pairs("Tourism will be hit by Sunday's 7.2 magnitude earthquake.", "en",
                  "2004-12-27") == [("Sunday", "2004-12-26")]
    assert _pairs("Police will guard Saturday's match.", "en", "2004-12-27") == [
        ("Saturday", "2005-01-01")]


def test_a_month_that_is_a_first_name():
    # Phrase-level check (constructed phrases, shaped like a blind BBC round): 'June', 'April'
    # and 'August' before a surname, after no word that leads a date, are first names.
    assert tag("He wrote the song with June Carter Cash.", "en", "2005-02-07") == []
    assert tag("The singer April Ashley spoke.", "en", "2005-02-07") == []
    assert _pairs("In June Parliament voted.", "en", "2005-02-07") == [("June", "2004-06")]
    assert _pairs("The June Fed meeting was key.", "en", "2005-02-07") == [("June", "2004-06")]


def test_a_weekday_listed_after_one_still_to_come():
    # Phrase-level check (constructed phrases, shaped like a blind BBC business round): in a
    # list after a weekday still to come, the next weekday is to come too, even the DCT's own
    # ('is to close on Monday and Tuesday', said on a Tuesday); a past list keeps its order.
    assert _pairs("It is to close the factory on Monday and Tuesday.", "en", "2005-02-01") == [
        ("Monday", "2005-02-07"), ("Tuesday", "2005-02-08")]
    assert _pairs("He spoke on Friday and Thursday.", "en", "2005-02-01") == [
        ("Friday", "2005-01-28"), ("Thursday", "2005-01-27")]


def test_a_weekday_set_off_by_commas_before_said():
    # Phrase-level check (constructed phrase, shaped like a Wikinews round): 'the company, on
    # Sunday, said' is said on the Sunday gone by; the commas around the day do not cut it
    # from its reporting verb.
    assert _pairs('A spokesperson of the company, on Sunday, said, "We make an effort".', "en",
                  "2017-09-21") == [("Sunday", "2017-09-17")]


def test_a_written_time_zone_between_a_clock_time_and_its_day():
    # Phrase-level check (constructed phrases, shaped like a Wikinews round): a zone written
    # out ('Korean Standard Time', ', local time,') between a clock time and the day after it
    # does not cut the clock time from its day.
    assert _pairs("Around 8:50 p.m. Korean Standard Time (11:50 UTC) on Sunday, a fire broke "
                  "out.", "en", "2008-02-11") == [
        ("Around 8:50 p.m.", "2008-02-10T20:50"), ("11:50 UTC", "2008-02-10T11:50"),
        ("Sunday", "2008-02-10")]
    assert _pairs("The riot started at around 5:00 p.m., local time, on Saturday.", "en",
                  "2008-02-11") == [("around 5:00 p.m.", "2008-02-09T17:00"),
                                    ("Saturday", "2008-02-09")]


def test_a_long_or_holiday_weekend():
    # Phrase-level check (constructed phrases, shaped like Wikinews rounds): 'this holiday
    # weekend' and 'the long weekend' are the weekend, tagged whole.
    assert _pairs("Riots continued this holiday weekend.", "en", "2005-11-13") == [
        ("this holiday weekend", "2005-W45-WE")]
    assert _pairs("Over the long weekend, traffic rose.", "en", "2020-03-09") == [
        ("the long weekend", "2020-W10-WE")]
    assert _pairs("Shops were busy over the long weekend of Labour Day.", "en", "2020-03-09") == [
        ("the long weekend of Labour Day", "2020-W10-WE")]


def test_remanded_or_postponed_until_a_day_ahead():
    # Phrase-level check (constructed phrases, shaped like a Wikinews round and TimeBank's
    # 'postponed until Tuesday morning'): a remand or a postponement runs until a day still
    # to come; 'stayed until' is past.
    assert _pairs("He has been remanded in custody until Wednesday.", "en", "2009-12-26") == [
        ("Wednesday", "2009-12-30")]
    assert _pairs("The trial was adjourned until Monday.", "en", "2009-12-26") == [
        ("Monday", "2009-12-28")]
    assert _pairs("He stayed until Wednesday.", "en", "2009-12-26") == [
        ("Wednesday", "2009-12-23")]


def test_a_clock_time_and_a_part_of_a_day_are_two_expressions():
    # Phrase-level check (constructed phrases, shaped like the Wikinews sets, which tag
    # 'about 8:10 am' and 'this morning' apart): the clock time takes the part's day.
    assert _pairs("A bus crashed at 8:10 am this morning.", "en", "2020-09-10") == [
        ("8:10 am", "2020-09-10T08:10"), ("this morning", "2020-09-10TMO")]
    assert _pairs("He resigned shortly before midnight Wednesday night.", "en",
                  "2019-07-28") == [("midnight", "2019-07-25T00:00"),
                                    ("Wednesday night", "2019-07-24TNI")]


def test_about_before_a_clock_time_or_an_amount():
    # Phrase-level check (constructed phrases, shaped like the Wikinews sets, which tag
    # 'about 5:17 p.m.' whole four times out of four and 'about' before an amount of time 22
    # times in 23; TimeBank splits, 2 in 6): 'about' belongs to the expression, as 'around'
    # and 'roughly' do; 'about a quarter as much money' is a fraction.
    assert _pairs("A bus crashed at about 8:10 am.", "en", "2020-09-10") == [
        ("about 8:10 am", "2020-09-10T08:10")]
    assert _pairs("It lasted about three years.", "en", "2020-09-10") == [
        ("about three years", "P3Y")]
    assert tag("Congress approved a budget with about a quarter as much money.", "en",
               "2020-09-10") == []


def test_last_after_a_persons_possessive_is_final():
    # Phrase-level check (constructed phrase, shaped like a Wikinews round): 'on his last day
    # in the country' is his final day there, not yesterday.
    assert tag("He spoke to the press on his last day in the country.", "en", "2018-01-19") == []
    assert _pairs("Sales rose last year.", "en", "2018-01-19") == [("last year", "2017")]


def test_a_military_clock_time_before_a_bracketed_zone():
    # Phrase-level check (constructed phrases, shaped like a Wikinews round): '1900 (BST)' is
    # a clock time, its zone in brackets left out; '1900 (photo)' stays a year.
    assert _pairs("He chaired a meeting at 1900 (BST), after which the level rose.", "en",
                  "2007-06-30") == [("1900", "2007-06-30T19:00")]
    assert _pairs("It was built in 1900 (photo).", "en", "2007-06-30") == [("1900", "1900")]


def test_a_weekday_event_told_with_a():
    # Phrase-level check (constructed phrase, shaped like a Wikinews round): 'held until a
    # Monday hearing' is a hearing still to come, as 'a May election' is.
    assert _pairs("A judge declared that he would be held until a Monday hearing.", "en",
                  "2011-01-06") == [("Monday", "2011-01-10")]


def test_a_day_before_a_hedged_clock_time():
    # Phrase-level check (constructed phrase, shaped like a Wikinews round): 'Monday around
    # 2:25 p.m.' is two expressions, the hedge opening the clock time's, not one tag with
    # the hedge inside; the clock time is on that Monday.
    assert _pairs("A man was shot Monday around 2:25 p.m. outside the Capitol.", "en",
                  "2007-11-27") == [("Monday", "2007-11-26"), ("around 2:25 p.m.", "2007-11-26T14:25")]


def test_a_maximum_of_years():
    # Phrase-level check (constructed phrases, shaped like Wikinews set 8, which tags 'a
    # maximum of three years' whole): the cap belongs to the amount of time.
    assert _pairs("She faces a maximum of 10 years in prison.", "en", "2009-04-18") == [
        ("a maximum of 10 years", "P10Y")]
    assert _pairs("It needs a minimum of three months.", "en", "2009-04-18") == [
        ("a minimum of three months", "P3M")]


def test_a_weekday_told_again_with_no_tense():
    # Phrase-level check (constructed phrase, shaped like a Wikinews round): a weekday told
    # again with no tense cue is the day it named before ('announced last Thursday … the
    # initial Thursday announcement'), not the nearest one.
    assert _pairs("Since a lockdown was first announced last Thursday, cases rose. Restrictions "
                  "remain the same from the initial Thursday announcement.", "en",
                  "2021-07-21") == [("last Thursday", "2021-07-15"), ("Thursday", "2021-07-15")]


def test_a_quoted_clock_time_takes_a_day_of_its_own_quotation():
    # Phrase-level check (constructed phrase, shaped like a Wikinews round): a clock time in
    # one quotation does not take a day told in another ('"postponed until Wednesday" …
    # He said, "At 19:15 CET, there were three explosions"': the day of the story, yesterday).
    text = ('Yesterday in Dortmund, explosives detonated near a bus. The match was "postponed '
            'until Wednesday at 18:45 CET", read the statement. He said, "At 19:15 CET, there '
            'were three explosions."')
    assert _pairs(text, "en", "2017-04-12")[-1] == ("19:15 CET", "2017-04-11T19:15")


def test_a_later_time_and_the_recent_past():
    # Phrase-level check (constructed phrases, shaped like Wikinews rounds): 'a later time' is
    # a time to come, as TimeBank's 'a later date' is; 'the recent past' is the past.
    assert _pairs("They will meet at a later time.", "en", "2008-12-29") == [
        ("a later time", "FUTURE_REF")]
    assert _pairs("In the recent past, it rained.", "en", "2008-12-29") == [
        ("the recent past", "PAST_REF")]
    assert _pairs("Stores opened from 10AM, a later time than usual.", "en", "2021-09-05") == [
        ("10AM", "2021-09-05T10:00")]


def test_small_hours_after_an_evening_clock_time():
    # Phrase-level check (constructed phrases, shaped like a Wikinews round): a clock time in
    # the small hours told after evening ones of the same day is the next day's; after
    # 'midnight … Tuesday' (the end of a day in TimeBank's reading) it is not moved.
    text = ("Around 8:50 p.m. on Sunday, a fire broke out. However, around 10:40 p.m., the "
            "fire rekindled. At about 12:40 a.m., the roof collapsed.")
    assert _pairs(text, "en", "2008-02-11")[-1] == ("about 12:40 a.m.", "2008-02-11T00:40")
    assert _pairs("He left at 9 a.m. on Sunday and came back at 11 p.m.", "en",
                  "2008-02-11")[-1] == ("11 p.m.", "2008-02-10T23:00")


def test_coming_after_is_no_future_cue():
    # Phrase-level check (constructed phrases, shaped like a BBC round): 'coming after' (and
    # 'coming from', 'coming as', …) is a participle of what followed, not a time ahead;
    # 'the coming days', 'is coming in' still are.
    assert _pairs("The fall was predicted, coming after December's 2.5% gain.", "en",
                  "2005-02-15") == [("December", "2004-12")]
    assert _pairs("The cut is coming in December.", "en", "2005-02-15") == [
        ("December", "2005-12")]
    assert _pairs("Coming out in the autumn in Japan, the device is a games console.", "en", "2005-01-08") == [
        ("the autumn", "2005-FA")]


def test_a_clock_time_far_on_keeps_the_one_day_told():
    # Phrase-level check (constructed phrases, shaped like a Wikinews round): when the story
    # has told one day only, days before the DCT and never as a night, a clock time told
    # more than CLOCK_REACH characters on is still on that day; after 'overnight' the
    # story may have reached the next morning, and the clock time keeps the DCT.
    filler = "Witnesses described the scene to reporters at length. " * 20
    text = "Two bombs exploded yesterday at a market. " + filler + "The first went off at 5:25 AM."
    assert _pairs(text, "en", "2013-07-08")[-1] == ("5:25 AM", "2013-07-07T05:25")
    text = ("Fighting went on overnight. Yesterday, the minister spoke. " + filler
            + "As of 7:31 a.m., shelling could be heard.")
    assert _pairs(text, "en", "2009-01-13")[-1] == ("7:31 a.m.", "2009-01-13T07:31")


def test_annually_is_a_set_but_not_in_a_growth_rate():
    # Phrase-level check (constructed phrases, shaped like TimeBank, which tags '$200,000
    # annually' as SET P1Y and leaves 'to rise 8.5% annually' untagged): a percentage
    # before 'annually' makes it a growth rate.
    assert _pairs("The fair is held annually.", "en", "2005-02-15") == [("annually", "P1Y")]
    assert _pairs("Sales will rise 8.5% annually.", "en", "2005-02-15") == []
    assert _pairs("Costs grew 3 per cent annually.", "en", "2005-02-15") == []


def test_pre_or_post_a_holiday_is_no_day():
    # Phrase-level check (constructed phrases, shaped like the BBC rounds, which leave every
    # 'pre-Christmas' and 'post-Christmas' untagged, as 'pre-dawn'): the season around the
    # named day, not the day.
    assert _pairs("It blamed disappointing pre-Christmas sales.", "en", "2005-01-10") == []
    assert _pairs("Strong post-Christmas sales helped.", "en", "2005-01-10") == []
    assert _pairs("Sales rose at Christmas.", "en", "2005-01-10") == [("Christmas", "2004-12-25")]


def test_may_owning_a_chairman_or_a_debt_is_a_name():
    # Phrase-level check (constructed phrases, shaped like a BBC round about May Department
    # Stores): 'May's chairman', 'May's debt' name a firm (or a person: 'May's government'),
    # while 'May's figures' are the month's.
    assert _pairs("Talks sped up after May's chairman resigned.", "en", "2005-03-01") == []
    assert _pairs("Federated will assume $6bn of May's debt.", "en", "2005-03-01") == []
    assert _pairs("Sales fell after May's figures.", "en", "2005-03-01") == [("May", "2004-05")]


def test_the_fall_blamed_for_is_a_decline():
    # Phrase-level check (constructed phrases, shaped like a BBC round): what is 'blamed for'
    # or the 'reason for' is the decline, not the season.
    assert _pairs("Poor harvests were blamed for the fall.", "en", "2005-03-01") == []
    assert _pairs("The reason for the fall was clear.", "en", "2005-03-01") == []
    assert _pairs("He will return in the fall.", "en", "2005-03-01") == [("the fall", "2005-FA")]


def test_the_same_month_in_a_year_is_the_month_told():
    # Phrase-level check (constructed phrases, shaped like a BBC round): 'the same month in
    # 2004' is the month told just before, in the year named.
    assert _pairs("Sales rose 3% in January, compared with the same month in 2004.", "en",
                  "2005-02-21") == [("January", "2005-01"), ("the same month in 2004", "2004-01")]
    assert _pairs("Sales were weak in the same month of 2003.", "en", "2005-02-21") == [
        ("the same month of 2003", "2003")]


def test_at_least_before_a_date_is_in_its_extent():
    # Phrase-level check (constructed phrases, shaped like Wikinews set 3's 'at least midday
    # tomorrow' and the local rounds' 'until at least 2021'): the bound is part of the date.
    assert _pairs("It will run until at least 2008.", "en", "2005-02-21") == [
        ("at least 2008", "2008")]
    assert _pairs("At least 2000 people died in 2004.", "en", "2005-02-21") == [("2004", "2004")]
    assert _pairs("Rates are frozen until at least March.", "en", "2005-02-21") == [
        ("at least March", "2005-03")]


def test_this_season_said_in_january_or_february_is_this_calendar_years():
    # Phrase-level check (constructed phrases, shaped like a BBC round): the winter that holds
    # 3 February 2005 is named 2004, but 'this spring' and 'this summer' then are 2005's.
    assert _pairs("He is to be presented with the award this spring.", "en", "2005-02-03") == [
        ("this spring", "2005-SP")]
    assert _pairs("It was cold this winter.", "en", "2005-02-03") == [("this winter", "2004-WI")]
    assert _pairs("Sales rose this spring.", "en", "2004-11-03") == [("this spring", "2004-SP")]


def test_a_year_compared_with_is_no_base_for_a_year_earlier():
    # Phrase-level check (constructed phrases, shaped like a BBC round): the year a figure is
    # compared with ('compared with 0.9bn yuan in 2003') is not what 'a year earlier' in the
    # next sentence counts from; 'more than five million in 2004' is no comparison.
    text = ("Net profit rose to 2.1bn yuan in 2004, compared with 0.9bn yuan in 2003. Revenue "
            "climbed to 4.7bn yuan, from 2.2bn yuan a year earlier.")
    assert _pairs(text, "en", "2005-02-22")[-1] == ("a year earlier", "2003")
    text = "It added more than 5.5 million customers in 2004. A year earlier, it had lost some."
    assert _pairs(text, "en", "2005-02-22")[-1] == ("A year earlier", "2003")


def test_to_be_launched_looks_ahead():
    # Phrase-level check (constructed phrases, shaped like a BBC round): 'to be launched',
    # 'to be unveiled' name a time still to come, as 'to be released' does; 'was to be
    # launched' does not say so.
    text = ("LG has a handset too that will be among those sold to subscribers of the "
            "digital radio service to be launched in Taiwan in May.")
    assert _pairs(text, "en", "2005-02-18") == [("May", "2005-05")]


def test_up_a_percentage_on_a_year_is_a_comparison():
    # Phrase-level check (constructed phrases, shaped like a BBC round): 'up 4.1% on 2003'
    # compares with 2003, so 'the previous year' later counts from the year reported on.
    text = ("Audi sold almost 70,000 cars in China last year, up 4.1% on 2003. It sold more than "
            "300 sports models compared with just forty the previous year.")
    assert _pairs(text, "en", "2005-02-16")[-1] == ("the previous year", "2003")


def test_a_rugby_report_s_halves_are_the_game_s():
    # Phrase-level check (constructed phrases, shaped like a BBC round): a rugby report
    # ('fly-half', 'full-back') has halves and quarters of play, not of the year.
    text = ("The fly-half missed two penalties and the full-back dropped the ball. For the first "
            "quarter, the pack struggled, and they trailed at the end of the first half.")
    assert _pairs(text, "en", "2005-02-06") == []


def test_overnight_meaning_suddenly_and_a_programme_clock_are_no_times():
    # Phrase-level check (constructed phrases, shaped like BBC rounds): 'happen overnight',
    # 'an overnight success' mean suddenly; 'the 10 O'clock News' is a programme's name.
    assert _pairs("This is not going to happen overnight.", "en", "2004-12-27") == []
    assert _pairs("He became an overnight success.", "en", "2004-12-27") == []
    assert _pairs("It was mentioned on the 10 O'clock News.", "en", "2004-12-27") == []
    assert _pairs("Fighting continued overnight.", "en", "2004-12-27") == [
        ("overnight", "2004-12-26TNI")]


def test_hours_a_week_are_an_amount_at_a_rate():
    # Phrase-level check (constructed phrases, shaped like the Wikinews sets' 'at least 23
    # hours per day' and the BBC rounds): hours or minutes a day or a week are a DURATION,
    # the rate no time; days a week and times a week are a SET.
    assert _pairs("He plays 20 hours a week.", "en", "2005-02-17") == [("20 hours", "PT20H")]
    assert _pairs("The shop opens seven days a week.", "en", "2005-02-17") == [
        ("seven days a week", "P1W")]
    assert _pairs("He trains three times a week.", "en", "2005-02-17") == [
        ("three times a week", "P1W")]


def test_the_early_hours_of_a_day_are_one_time():
    # Phrase-level check (constructed phrases, shaped like Wikinews set 6's 'the early hours
    # of this morning' and the BBC rounds): the start of that day's morning, one TIME.
    assert _pairs("The attack came in the early hours of 25 October.", "en", "2004-10-28") == [
        ("the early hours of 25 October", "2004-10-25TMO")]
    assert _pairs("He arrived in the early hours of Monday morning.", "en", "2004-10-28") == [
        ("the early hours of Monday morning", "2004-10-25TMO")]


def test_a_clock_time_far_on_keeps_the_one_day_still_to_come():
    # Phrase-level check (constructed phrases, shaped like a BBC round's awards preview):
    # the story's one day told is still to come, and the clock time's clause looks ahead.
    text = ("The awards take place in Hollywood on Sunday. " + "Organisers spoke of the guests. " * 6
            + "The event will be televised from 1700 local time.")
    assert _pairs(text, "en", "2005-02-26")[-1] == ("1700", "2005-02-27T17:00")
    # a past clause far on stays on the document's day
    text = ("The awards take place in Hollywood on Sunday. " + "Organisers spoke of the guests. " * 6
            + "The red carpet was laid at 1100 local time.")
    assert _pairs(text, "en", "2005-02-26")[-1] == ("1100", "2005-02-26T11:00")


def test_a_football_report_s_first_half_is_the_game_s():
    # Phrase-level check (constructed phrases, shaped like a BBC round's match report):
    # 'keeper' and 'header' mark a football report.
    text = ("The keeper was beaten by a header. United led at the end of an entertaining "
            "first half.")
    assert _pairs(text, "en", "2005-02-27") == []


def test_shares_counts_and_periodicals_at_a_rate_are_no_times():
    # Phrase-level checks (constructed phrases, shaped like BBC rounds): a share of many
    # with a plural verb, a count of things a month, a periodical named by how often it
    # comes out.
    assert _pairs("Some say that less than a quarter are maintained.", "en", "2005-02-27") == []
    assert _pairs("The portal draws about 8 million players a month.", "en", "2005-02-27") == []
    assert _pairs("It described 2005 as a year of contradictions.", "en", "2006-05-23") == [
        ("2005", "2005"), ("a year", "P1Y")]
    assert _pairs("Ticket sales fell, according to the film weekly.", "en", "2005-01-19") == []
    assert _pairs("It appeared in the German daily Die Welt.", "en", "2005-01-19") == []
    assert _pairs("At his weekly press conference, he spoke.", "en", "2005-01-19") == [
        ("weekly", "P1W")]


def test_military_clock_times_between_and_to_local_time():
    # Phrase-level check (constructed phrases, shaped like BBC rounds): both ends of a range
    # of 24-hour clock readings with a zone or 'local time' after the second are times.
    assert _pairs("Viewers tuned in between 2000 and 2100 GMT.", "en", "2005-02-18") == [
        ("2000", "2005-02-18T20:00"), ("2100 GMT", "2005-02-18T21:00")]
    # opening hours recur, so they are on no one day
    assert _pairs("The crossing is open from 0900 to 2100 local time.", "en", "2005-02-18") == [
        ("0900", "XXXX-XX-XXT09:00"), ("2100", "XXXX-XX-XXT21:00")]
    assert _pairs("Prices rose between 1990 and 2000.", "en", "2005-02-18") == [
        ("1990", "1990"), ("2000", "2000")]


def test_the_month_ending_a_range_follows_the_one_beginning_it():
    # Phrase-level check (constructed phrase, shaped like a BBC round): alone, the past
    # clause would make April last year's.
    text = ("The scheme, which has been designed with the bus operator, begins with a "
            "pilot from early March to the end of April.")
    assert _pairs(text, "en", "2005-02-15") == [
        ("early March", "2005-03"), ("the end of April", "2005-04")]


def test_a_team_named_to_face_a_side_on_a_weekday_plays_ahead():
    # Phrase-level check (constructed phrase, shaped like a BBC round's team news).
    text = "The lock has been picked in Ireland's team to face Samoa in Apia on Saturday."
    assert _pairs(text, "en", "2005-01-31") == [("Saturday", "2005-02-05")]


def test_now_before_an_adjective_is_no_time():
    # Phrase-level checks (constructed phrases, shaped like BBC rounds): 'the now vacant
    # role' qualifies an adjective, 'every now and then' is an idiom; 'now that' joining a
    # clause stays a time, as TimeBank tags it three times in four.
    assert _pairs("Now that Jones has recovered, he will start.", "en", "2005-02-07") == [
        ("Now", "PRESENT_REF")]
    assert _pairs("The now vacant captaincy role went to him.", "en", "2005-02-07") == []
    assert _pairs("I dip into it every now and then.", "en", "2005-02-07") == []
    assert _pairs("He is now the leader.", "en", "2005-02-07") == [("now", "PRESENT_REF")]
    assert _pairs("He knows now that it is over.", "en", "2005-02-07") == [("now", "PRESENT_REF")]


def test_names_with_christmas_are_no_day():
    # Phrase-level check (constructed phrases, shaped like BBC rounds).
    assert _pairs("The film stars a boy and Father Christmas.", "en", "2004-12-07") == []
    assert _pairs("The choir sang Do They Know It's Christmas? at the gig.", "en", "2004-12-07") == []
    assert _pairs("Sales rose before Christmas.", "en", "2004-12-07") == [("Christmas", "2004-12-25")]


def test_the_days_of_an_era_are_no_amount_of_days():
    # Phrase-level checks (constructed phrases, shaped like BBC rounds); the first or last
    # days of a month or year are its start or end.
    assert _pairs("It has been a problem since the days of Napster.", "en", "2005-02-07") == []
    assert _pairs("It is still early days for the project.", "en", "2005-02-07") == []
    assert _pairs("He spent days in hospital.", "en", "2005-02-07") == [("days", "PXD")]
    assert _pairs("He campaigned in the final days of October.", "en", "2005-02-07") == [
        ("the final days of October", "2004-10")]


def test_sums_and_counts_at_a_rate_are_no_time():
    # Phrase-level checks (constructed phrases, shaped like BBC rounds).
    assert _pairs("Workers were underpaid by 75p an hour.", "en", "2005-02-07") == []
    assert _pairs("The site attracts 600,000 page views a day.", "en", "2005-02-07") == []
    assert _pairs("Whatever I do between now and then counts.", "en", "2005-02-07") == [
        ("now", "PRESENT_REF")]


def test_at_the_end_of_the_day_opening_a_sentence_means_ultimately():
    # Phrase-level check (constructed phrases, shaped like BBC rounds): 'ultimately'; a day
    # named after it keeps it a time.
    assert _pairs('"At the end of the day it is only a quiz show," she says.', "en", "2005-03-04") == []
    assert _pairs("Shares closed higher at the end of the day.", "en", "2005-03-04") == [
        ("the end of the day", "2005-03-04")]


def test_the_films_of_the_year_are_an_award_s_words():
    # Phrase-level check (constructed phrase, shaped like a BBC round).
    assert _pairs("If this is not one of the films of the year, nothing is.", "en", "2005-02-07") == []


def test_years_into_the_future_are_a_point_ahead():
    # Phrase-level check (constructed phrase, shaped like a BBC round).
    assert _pairs("He imagined games 20 years into the future.", "en", "2004-10-28") == [
        ("20 years into the future", "2024")]


def test_weeks_time_is_in_the_duration():
    # Phrase-level check (constructed phrases, shaped like BBC rounds, which tag "two weeks'
    # time" whole every time).
    assert _pairs("It opens in two weeks' time.", "en", "2005-02-12") == [("two weeks' time", "P2W")]


def test_out_of_this_weekend_s_event_is_ahead():
    # Phrase-level check (constructed phrases, shaped like a BBC round): said on a Monday,
    # a past verb, the event still to come.
    text = "Lewis has been forced to pull out of this weekend's championships."
    assert _pairs(text, "en", "2005-02-28") == [("this weekend", "2005-W09-WE")]
    assert _pairs("Lewis won this weekend's race.", "en", "2005-02-28") == [
        ("this weekend", "2005-W08-WE")]


def test_a_year_running_into_the_next_written_whole_is_one_date():
    # Phrase-level check (constructed phrases, shaped like BBC rounds, which tag
    # '2003/2004' whole as its first year, as '2003/04').
    assert _pairs("Figures for 2003/2004 showed a rise.", "en", "2005-03-02") == [("2003/2004", "2003")]
    assert _pairs("Figures for 1997/2004 showed a rise.", "en", "2005-03-02") == [
        ("1997", "1997"), ("2004", "2004")]


def test_a_game_s_opening_and_dying_minutes_are_a_stretch_of_its_clock():
    # Phrase-level check (constructed phrases, shaped like BBC match reports).
    assert _pairs("Chelsea dominated the opening 45 minutes.", "en", "2005-02-27") == [
        ("the opening 45 minutes", "PT45M")]
    assert _pairs("He scored in the dying seconds.", "en", "2005-02-27") == [
        ("the dying seconds", "PTXS")]
    assert _pairs("It rained in the opening days of the festival.", "en", "2005-02-27") == []


def test_the_weekend_of_two_days_written_with_a_slash():
    # Phrase-level check (constructed phrase, shaped like a BBC round's cup draw).
    assert _pairs("Games to be held on weekend of 8/9 January.", "en", "2004-12-05") == [
        ("weekend of 8/9 January", "2005-W01-WE")]


def test_a_cue_past_a_subordinating_word_is_another_clause_s():
    # Phrase-level check (constructed phrase, shaped like a BBC round's team news): 'failed'
    # after 'after' is the injury's tense, not the match's.
    text = "Shanklin will start for Wales on Saturday after Parker failed to recover."
    assert _pairs(text, "en", "2005-02-01") == [("Saturday", "2005-02-05")]
    # a past decision's cue alone ('decided to') leaves the whole sentence to decide
    text = "Prosecutors decided to reopen the investigation in May after he was arrested."
    assert _pairs(text, "en", "2019-11-20") == [("May", "2019-05")]


def test_a_scored_result_is_past_and_a_missed_fixture_is_ahead():
    # Phrase-level checks (constructed phrases, shaped like BBC rounds).
    text = "She will have an operation on Monday after hurting her wrist in the 31-12 win over Italy on Saturday."
    assert _pairs(text, "en", "2005-02-27") == [("Monday", "2005-02-28"), ("Saturday", "2005-02-26")]
    assert _pairs("The striker misses Wednesday's first-leg tie.", "en", "2005-02-22") == [
        ("Wednesday", "2005-02-23")]


def test_a_clock_time_keeps_a_day_ahead_told_in_its_sentence():
    # Phrase-level check (constructed phrase, shaped like a BBC round): a past clause, yet
    # the kick-off is on the day its own sentence names.
    text = "Kick-off for the cup tie on 17 March has also been brought forward, from 2115 GMT to 1945 GMT."
    assert _pairs(text, "en", "2005-03-02") == [
        ("17 March", "2005-03-17"), ("2115 GMT", "2005-03-17T21:15"), ("1945 GMT", "2005-03-17T19:45")]


def test_two_days_written_with_a_slash_before_their_month():
    # Phrase-level check (constructed phrase, shaped like a BBC round's cup draw).
    assert _pairs("Games to be held on 19/20 February.", "en", "2005-01-31") == [
        ("19", "2005-02-19"), ("20 February", "2005-02-20")]


def test_a_fixture_verb_with_its_place_before_a_weekday_looks_ahead():
    # Phrase-level checks (constructed phrases, shaped like BBC rounds): a present fixture
    # verb and its place ('begins in Oslo', 'meet again at Oakfield Park'), or 'ahead of its
    # launch', before the weekday; a past verb keeps it past.
    assert _pairs("She misses the match, which begins in Oslo on Friday.", "en", "2005-03-01") == [
        ("Friday", "2005-03-04")]
    assert _pairs("The clubs have clashed before and they meet again at Oakfield Park on Tuesday.", "en",
                  "2005-01-31") == [("Tuesday", "2005-02-01")]
    assert _pairs("Networks rejected the advert ahead of its launch on Friday.", "en", "2005-02-21") == [
        ("Friday", "2005-02-25")]
    assert _pairs("The film opened in London on Friday.", "en", "2005-02-21") == [("Friday", "2005-02-18")]


def test_a_fixture_ahead_by_the_verb_after_it_or_its_opponent():
    # Phrase-level checks (constructed phrases, shaped like BBC rounds).
    assert _pairs("Tuesday's charity match will go ahead.", "en", "2004-12-13") == [
        ("Tuesday", "2004-12-14")]
    assert _pairs("Monday's ruling will allow the sale.", "en", "2004-12-14") == [("Monday", "2004-12-13")]
    assert _pairs("We must kick on when we play Samoa on Saturday.", "en", "2005-02-07") == [
        ("Saturday", "2005-02-12")]
    assert _pairs("They met Samoa on Saturday.", "en", "2005-02-07") == [("Saturday", "2005-02-05")]


def test_a_year_shaped_clock_after_a_day_is_its_time():
    # Phrase-level check (constructed phrases, shaped like a BBC round's listings).
    assert _pairs("The rematch is shown on Wednesday 19 January, from 1945 on ITV.", "en",
                  "2005-01-10") == [("Wednesday 19 January", "2005-01-19"), ("1945", "2005-01-19T19:45")]
    assert _pairs("It ran on 5 May from 1950 onwards.", "en", "2005-01-10") == [
        ("5 May", "2004-05-05"), ("1950", "1950")]


def test_a_past_end_of_the_year_told_early_in_a_year_is_the_last_one():
    # Phrase-level checks (constructed phrases, shaped like a BBC round).
    assert _pairs("At the end of the year I was completely worn out.", "en", "2005-01-12") == [
        ("the end of the year", "2004")]
    assert _pairs("By the end of the year we will be ready.", "en", "2005-01-12") == [
        ("the end of the year", "2005")]


def test_a_contract_that_runs_out_and_a_player_who_should_be_back_look_ahead():
    # Phrase-level checks (constructed phrases, shaped like BBC rounds).
    assert _pairs("His contract runs out in the summer.", "en", "2004-12-06") == [("the summer", "2005-SU")]
    assert _pairs("He should be back playing by March.", "en", "2004-12-07") == [("March", "2005-03")]
    assert _pairs("His contract ran out in June.", "en", "2004-12-06") == [("June", "2004-06")]


def test_a_year_after_a_preposition_of_time_before_a_verb_in_s_is_a_year():
    # Phrase-level checks (constructed phrases, shaped like a round of 2019 web news):
    # "aims" after "in 2011" is the verb, not a count of aims
    assert _pairs("The initiative launched by the government in 2011 aims to cut costs.", "en",
                  "2019-11-20") == [("2011", "2011")]
    assert _pairs("In Aston 2003 shootings were reported.", "en", "2019-11-20") == []


def test_as_recently_as_tags_the_time_and_a_matter_of_weeks_is_none():
    # Phrase-level checks (constructed phrases; TimeBank leaves "a matter of days" untagged,
    # and the local rounds tag only the time after "as recently as")
    assert _pairs("Inflation, which as recently as 2001 was as high as 70%, fell.", "en",
                  "2005-01-10") == [("2001", "2001")]
    assert _pairs("They were optimistic as recently as yesterday.", "en", "2019-11-18") == [
        ("yesterday", "2019-11-17")]
    assert _pairs("He recently left.", "en", "2019-11-18") == [("recently", "PAST_REF")]
    assert _pairs("It is just a matter of days before he leaves.", "en", "2019-11-18") == []
    assert _pairs("It will take weeks.", "en", "2019-11-18") == [("weeks", "PXW")]


def test_a_part_of_the_next_decade_is_a_point_and_a_figure_s_month_is_past():
    # Phrase-level checks (constructed phrases, shaped like a round of 2019 web news)
    assert _pairs("It wants 24% by the end of the next decade.", "en", "2019-11-20") == [
        ("the end of the next decade", "202")]
    assert _pairs("It changed at the start of the last century.", "en", "2019-11-20") == [
        ("the start of the last century", "19")]
    assert _pairs("It will grow over the next decade.", "en", "2019-11-20") == [("the next decade", "P10Y")]
    assert _pairs("It is still down from the March high of 21.8 percent.", "en", "2019-11-20") == [
        ("March", "2019-03")]
    assert _pairs("The December figures will be published in January.", "en", "2019-11-20") == [
        ("December", "2019-12"), ("January", "2020-01")]
    assert _pairs("They joined the March on Washington.", "en", "2019-11-20") == []


def test_was_due_to_be_released_is_a_future_seen_from_the_past():
    # Constructed phrases (shaped like a round of 2019 web news): "was due to be released"
    # looks ahead from the past, as "was expected to" does; "is due to be released" ahead
    from claimline.timex.tense import FUTURE_IN_PAST, clause_tense
    for text, want in (("Assange was due to be released in September.", FUTURE_IN_PAST),
                       ("The film was expected to be released in September.", FUTURE_IN_PAST),
                       ("He is due to be released in September.", "future"),
                       ("The film is to be released in September.", "future")):
        at = text.index("September")
        assert clause_tense("en", text, at, at + len("September")) == want, text


def test_today_set_against_another_time_is_the_present_and_otherwise_the_day():
    # Constructed phrases (shaped like the BBC and Wikinews "today" of an age): "than it is
    # today" and "the kids of today" are now, while the day stays the day
    assert _pairs("The economy will be healthier than it is today, she said.", "en", "2005-02-10") == [
        ("today", "PRESENT_REF")]
    assert _pairs("The show was made for the kids of today.", "en", "2005-02-10") == [
        ("today", "PRESENT_REF")]
    assert _pairs("We were labelled savages up to today.", "en", "2005-02-10") == [
        ("today", "PRESENT_REF")]
    assert _pairs("As of today, 84 people are dead.", "en", "2005-02-10") == [("today", "2005-02-10")]
    assert _pairs("It is today, he said.", "en", "2005-02-10") == [("today", "2005-02-10")]
    assert _pairs("The meeting is today at noon.", "en", "2005-02-10") == [
        ("today", "2005-02-10"), ("noon", "2005-02-10T12:00")]
    assert _pairs("The vote is today.", "en", "2005-02-10") == [("today", "2005-02-10")]
    assert _pairs("It is a wake-up call to today's gamers.", "en", "2005-02-10") == [
        ("today", "PRESENT_REF")]
    assert _pairs("Today's ruling was welcome.", "en", "2005-02-10") == [("Today", "2005-02-10")]


def test_march_before_an_event_noun_is_the_month():
    # Constructed phrases (shaped like TimeBank's "The March accession will enable"): "March"
    # and "May" name the month before an event noun, not the protest or the person
    assert _pairs("The March accession will enable them to sign.", "en", "1999-02-10") == [
        ("March", "1999-03")]
    assert _pairs("The May referendum was close.", "en", "1999-07-10") == [("May", "1999-05")]
    assert _pairs("They joined the March on Washington.", "en", "1999-02-10") == []


def test_a_month_looked_ahead_to_from_the_past_is_the_nearest_unless_would():
    # Constructed phrases (shaped like a BBC business report of January 2005): an agreement
    # about December, told in January, may be behind us; a conditional "would" still looks ahead
    assert _pairs("The two unions agreed to drop their claims at the beginning of December.", "en",
                  "2005-01-11") == [("the beginning of December", "2004-12")]
    assert _pairs("The campaign would begin with the Northern Cup in October.", "en",
                  "2005-03-02") == [("October", "2005-10")]
    assert _pairs("The campaign will begin with the Northern Cup in October.", "en",
                  "2005-03-02") == [("October", "2005-10")]


def test_at_the_moment_before_a_present_clause_and_of_the_moment_are_now():
    # Constructed phrases (shaped like BBC reports): "at the moment it can't" is now, while
    # "at the moment he arrived" means "when"; "the gadget of the moment" is of now
    assert _pairs("At the moment it can't even pay the wages of its staff.", "en",
                  "2005-02-10") == [("the moment", "PRESENT_REF")]
    assert _pairs("At the moment he arrived, the bomb exploded.", "en", "2005-02-10") == []
    assert _pairs("MP3 players, the mass gadget of the moment, will disappear.", "en",
                  "2005-02-10") == [("the moment", "PRESENT_REF")]
    assert _pairs("It happened on the spur of the moment.", "en", "2005-02-10") == []


def test_at_this_time_is_now_outside_a_past_clause():
    # Constructed phrases (shaped like officials' statements in BBC and Wikinews reports)
    assert _pairs("It is best for my game at this time.", "en", "2005-02-10") == [
        ("this time", "PRESENT_REF")]
    assert _pairs("He couldn't have been more than three feet behind him at this time.", "en",
                  "2005-02-10") == []
    assert _pairs("House prices are 6% lower than at this time last year.", "en", "2005-02-10") == [
        ("this time last year", "2004-02")]


def test_a_market_that_ended_the_day_names_the_trading_day():
    # Constructed phrases (shaped like BBC market reports)
    assert _pairs("The Hang Seng index ended the day down 1.2% at 13,905.10 points.", "en",
                  "2005-02-28") == [("the day", "2005-02-28")]
    assert _pairs("On Friday, the Dax closed the day 16.29 points lower.", "en", "2005-02-28") == [
        ("Friday", "2005-02-25"), ("the day", "2005-02-25")]
    assert _pairs("The plan is to end the day with a sizeable lead.", "en", "2005-02-28") == []


def test_a_range_of_amounts_is_two_durations():
    # Constructed phrases (shaped like BBC and Wikinews reports; TimeBank splits "two to six
    # days" and the Wikinews sets split every range): the first amount takes the unit after it
    assert _pairs("Restoration will take two to three years.", "en", "2005-02-10") == [
        ("two", "P2Y"), ("three years", "P3Y")]
    assert _pairs("The session lasts for 10-15 minutes.", "en", "2005-02-10") == [
        ("10", "PT10M"), ("15 minutes", "PT15M")]
    assert _pairs("They could be jailed for between 12 and 14 years.", "en", "2005-02-10") == [
        ("12", "P12Y"), ("14 years", "P14Y")]
    assert _pairs("It was built 30 or 40 years ago.", "en", "2005-02-10") == [
        ("30", "1975"), ("40 years ago", "1965")]
    assert _pairs("The victims were 41-50 years old.", "en", "2005-02-10") == []


def test_a_quarter_still_to_come_is_no_period_under_report():
    # Constructed phrases (shaped like TimeBank's steel report of October 1989): a forecast
    # "through the third quarter of 1990" and the quarter under way are not what "the year-ago
    # period" compares with; the quarter just reported is
    text = ("Bethlehem had third-quarter profit of $46.9 million. He expects losses in the fourth "
            "quarter and through the third quarter of 1990. In the year-ago period, it earned "
            "$101.4 million.")
    assert _pairs(text, "en", "1989-10-26")[-1] == ("the year-ago period", "1988-Q3")


def test_a_quarter_after_after_is_no_period_under_report():
    # Constructed phrases (shaped like TimeBank's Kimberly-Clark report): "After a flat second
    # quarter" looks back from the quarter reported, which "the 1989 period" still names
    text = ("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
            "quarter, it attributed the gain to its consumer businesses. In the 1989 period, "
            "interest expense was lower.")
    assert _pairs(text, "en", "1989-11-01")[-1] == ("the 1989 period", "1989-Q3")


def test_the_night_of_an_event_is_the_night_told():
    # Constructed phrases (shaped like BBC awards reports and a Wikinews protest report)
    assert _pairs("In one of the night's biggest upsets, she missed out.", "en", "2005-02-14") == [
        ("the night", "2005-02-14TNI")]
    assert _pairs("The warmest cheer of the night went to the band.", "en", "2005-02-14") == [
        ("the night", "2005-02-14TNI")]
    text = ("Friday night was the fourth night of protests. The election on June 21 was held anyway. "
            "Rebic said the night's incidents injured 14 officers.")
    assert _pairs(text, "en", "2020-07-12")[-1] == ("the night", "2020-07-10TNI")
    assert _pairs("He stayed there for the night.", "en", "2005-02-14") == []


def test_the_last_three_months_of_a_year_are_its_fourth_quarter():
    # Constructed phrases (shaped like BBC business reports; Wikinews set 10 tags "the last 6
    # months of 2017" as 2017-H2): the months a quarter or a half spans name it
    assert _pairs("Exports jumped over the last three months of 2004 alone.", "en", "2005-02-10") == [
        ("the last three months of 2004", "2004-Q4")]
    assert _pairs("Profit doubled in the first six months of 2005.", "en", "2005-08-10") == [
        ("the first six months of 2005", "2005-H1")]
    assert _pairs("in the final three months of last year", "en", "2005-02-10") == [
        ("the final three months of last year", "2004-Q4")]


def test_soon_after_a_modal_and_shortly_are_the_future():
    # Constructed phrases (shaped like TimeBank and BBC reports): a modal before "soon" looks
    # ahead even in a clause a past reporting verb governs; "shortly" alone is "soon"
    assert _pairs("Prosecutors told him that they may soon seek an indictment.", "en",
                  "1989-11-01") == [("soon", "FUTURE_REF")]
    assert _pairs("They are expected to reach Los Angeles shortly.", "en", "2009-08-05") == [
        ("shortly", "FUTURE_REF")]
    assert _pairs("He left shortly after the bombings.", "en", "2009-08-05") == []
    assert _pairs("He was soon released.", "en", "2009-08-05") == []


def test_a_weekday_after_a_modal_or_a_present_progressive_plan_is_ahead():
    # Constructed phrases (shaped like BBC reports, told on Wednesday 2 March 2005): a
    # modal or a planned act in the present progressive right before the day looks ahead
    dct = "2005-03-02"
    assert _pairs("He said the minister should make a speech on Thursday.", "en", dct) == [
        ("Thursday", "2005-03-03")]
    assert _pairs("She must make a decision by Tuesday.", "en", dct) == [("Tuesday", "2005-03-08")]
    assert _pairs("The chief executive is meeting his rival on Monday.", "en", dct) == [
        ("Monday", "2005-03-07")]
    # not a plan: a modal that looks back, and people held since a day before
    assert _pairs("He said the minister should have made a speech on Monday.", "en", dct) == [
        ("Monday", "2005-02-28")]
    assert _pairs("Police are holding five suspects in the December 11 bombings.", "en", dct) == [
        ("December 11", "2004-12-11")]


def test_an_adjective_in_ed_after_of_is_no_past_verb():
    # Constructed, shaped like a BBC report: "of detailed debate" is no past tense, so the
    # present "begin" looks ahead
    assert _pairs("MPs begin two days of detailed debate on the plan on Thursday.", "en",
                  "2005-03-02") == [("two days", "P2D"), ("Thursday", "2005-03-03")]


def test_a_day_in_a_background_phrase_is_no_clock_time_s_day():
    # Wikinews, 8 August 2019 (El Paso shooting; Puerto Rico's Supreme Court): the day of a
    # "with …-ing" phrase or of "a lawsuit filed by …" is background; a clock time told
    # later is on the main event's day
    el_paso = ("On Saturday morning, a gunman shot shoppers at a Walmart store in the U.S. border city "
               "of El Paso, Texas, with the death toll rising to 22 people on Monday, reported "
               "officials, with 25 others injured. Police said the suspected gunman surrendered "
               "himself to police after being confronted by officers.  The shooting began at 10:39 "
               "a.m. local time (1639 UTC),")
    assert _pairs(el_paso, "en", "2019-08-08") == [
        ("Saturday morning", "2019-08-03TMO"), ("Monday", "2019-08-05"),
        ("10:39 a.m.", "2019-08-03T10:39"), ("1639 UTC", "2019-08-03T16:39")]
    ruling = ("On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding in favor of a "
              "lawsuit filed by the Puerto Rico Senate on Sunday against Pedro Pierluisi over his "
              "claim to the governorship.  Following the ruling, Secretary of Justice Wanda Vázquez "
              "Garced was sworn in as Puerto Rico's governor at 5:00 p.m. (2100 UTC)")
    assert _pairs(ruling, "en", "2019-08-08") == [
        ("Wednesday", "2019-08-07"), ("Sunday", "2019-08-04"), ("5:00 p.m.", "2019-08-07T17:00"),
        ("2100 UTC", "2019-08-07T21:00")]
    # a day in the main clause stays the clock time's day
    assert _pairs("On Saturday, the Senate filed a lawsuit. On Monday, the court ruled at 5:00 p.m.",
                  "en", "2019-08-08")[-1] == ("5:00 p.m.", "2019-08-05T17:00")


def test_a_weekday_someone_is_given_until_is_ahead():
    # Constructed, shaped like a BBC report: a deadline given "until Monday" looks ahead;
    # one that "had" been given may have passed
    dct = "2005-03-02"
    assert _pairs("A judge gave the defence until Monday to review the files.", "en", dct) == [
        ("Monday", "2005-03-07")]
    assert _pairs("Students had given the government until Monday to act.", "en", dct) == [
        ("Monday", "2005-02-28")]


def test_very_early_and_very_late_belong_to_the_expression():
    # Constructed phrases (shaped like Wikinews reports, whose gold spans take in 'Very')
    assert _texts("Very early Wednesday morning, the storm hit.", "en", "2019-09-19") == [
        "Very early Wednesday morning"]
    assert _texts("Very early yesterday morning, he tweeted.", "en", "2019-09-19") == [
        "Very early yesterday morning"]
    assert _pairs("He hopes to be back very early in April.", "en", "2005-02-19") == [
        ("very early in April", "2005-04")]


def test_a_year_with_its_era_named():
    # Constructed phrases: a year before Christ is BCnnnn; one after, the plain year
    assert _pairs("Rome was founded in 753 BC.", "en", "2020-01-01") == [("753 BC", "BC0753")]
    assert _pairs("It was built in 664 b.c.e. and rebuilt in 250 c.e.", "en", "2020-01-01") == [
        ("664 b.c.e.", "BC0664"), ("250 c.e.", "0250")]
    assert _pairs("Vesuvius erupted in AD 79.", "en", "2020-01-01") == [("AD 79", "0079")]
    # era words only as written: an advertisement is no era
    assert _pairs("The firm ran 30 ad slots.", "en", "2020-01-01") == []
    # each language names its eras in its own words
    assert _values("Rome fut fondée en 753 av. J.-C.", "fr", "2020-01-01") == ["BC0753"]
    assert _values("Pompeji wurde 79 n. Chr. zerstört.", "de", "2020-01-01") == ["0079"]
    assert _values("Roma fue fundada en el 753 a. C.", "es", "2020-01-01") == ["BC0753"]
    assert _values("Pompei fu distrutta nel 79 d.C.", "it", "2020-01-01") == ["0079"]
    # a century with its era
    assert _pairs("The temple dates from the 5th century BC.", "en", "2020-01-01") == [
        ("the 5th century BC", "BC04")]
    assert _pairs("It was rebuilt in the third century AD.", "en", "2020-01-01") == [
        ("the third century AD", "02")]


def test_a_year_range_ending_in_one_digit():
    # Constructed phrases (shaped like BBC reports): one digit after a year and a dash that is
    # the next year's last ends a range of years and is that year; another digit is not
    assert _pairs("Growth of 7.1% is forecast for 2005-6.", "en", "2005-03-01") == [
        ("2005", "2005"), ("6", "2006")]
    assert _pairs("It was the worst since 2000-1, he said.", "en", "2005-03-01") == [
        ("2000", "2000"), ("1", "2001")]
    assert _pairs("Prices fell in 2005-7.", "en", "2013-03-01") == [("2005", "2005")]


def test_super_tuesday_is_the_first_tuesday_of_march():
    # Constructed phrases (shaped like Wikinews election reports): the primaries' day, not
    # the Tuesday nearest the report
    assert _pairs("After Super Tuesday, Warren ended her campaign.", "en", "2020-04-16") == [
        ("Super Tuesday", "2020-03-03")]
    assert _pairs("Candidates prepare for Super Tuesday.", "en", "2016-02-20") == [
        ("Super Tuesday", "2016-03-01")]


def test_a_weekday_then_an_early_or_late_part_of_day_is_one_time():
    # Constructed phrases: "Friday early morning" is the morning of that Friday, as "early
    # Friday morning" is; the adjective inside the span, no other value
    dct = "2006-09-15"
    assert _pairs("Her parents recognized the baby on Friday early morning.", "en", dct) == [
        ("Friday early morning", "2006-09-15TMO")]
    assert _pairs("The talks resumed on Tuesday late afternoon.", "en", dct) == [
        ("Tuesday late afternoon", "2006-09-12TAF")]
    assert _pairs("The talks resumed early Tuesday morning.", "en", dct) == [
        ("early Tuesday morning", "2006-09-12TMO")]
