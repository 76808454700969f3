"""Temporal phrases whose value hangs on the text around them: a year written earlier in the
sentence, a day told before a bare year, the year ahead, a clock time that recurs."""
from tests.timex_phrases import _pairs


def test_the_year_after_a_year_written_in_its_sentence_is_that_year():
    # Constructed phrases (shaped like BBC business reports): "the year" takes a year written
    # out earlier in its sentence, else the document's (or the year under report)
    dct = "2004-12-23"
    assert _pairs("Analysts see the euro rising in 2005, finishing the year near $1.40.", "en", dct) == [
        ("2005", "2005"), ("the year", "2005")]
    assert _pairs("2005 offers a chance, but unless leaders act the year will end in failure.", "en",
                  dct) == [("2005", "2005"), ("the year", "2005")]
    # a year in the sentence before, or on the line above, is not the sentence's
    assert _pairs("Sales rose in 2005. For the year, profit fell.", "en", dct)[-1] == ("the year", "2004")
    assert _pairs("Jobless total hits 1990 level\nUnemployment rose for the year.", "en", dct)[-1] == (
        "the year", "2004")


def test_the_next_year_outside_a_past_story_is_the_year_ahead():
    # Constructed phrases (shaped like TimeBank and Wikinews reports): "the next year" said in
    # the first half of a year is mostly that year, as "the coming year"; later, the next one;
    # in a past story, the year after the one told
    assert _pairs("In the next year, the company will grow.", "en", "2019-05-06") == [
        ("the next year", "2019")]
    assert _pairs("The plant will be closed over the next year or so.", "en", "1989-11-02") == [
        ("the next year or so", "1990")]
    assert _pairs("He won in 2003. The next year, he lost.", "en", "2019-05-06") == [
        ("2003", "2003"), ("The next year", "2004")]


def test_the_same_day_after_a_bare_year_is_the_day_told_before_it():
    # Constructed, shaped like a Wikinews report (14 February 2020, the New Hampshire
    # primary): a bare year told in between is no day; "the same day" is the primary's Tuesday
    text = ("On Tuesday, Democrats held their primary in New Hampshire. Sanders won the primary "
            "in 2016. Following the Democratic primary, three candidates withdrew from the race: "
            "Andrew Yang and Michael Bennet suspended their campaigns the same day.")
    assert _pairs(text, "en", "2020-02-14") == [
        ("Tuesday", "2020-02-11"), ("2016", "2016"), ("the same day", "2020-02-11")]
    # with no day told before, the year's day stays unknown
    assert _pairs("It opened in 2016. It closed the same day.", "en", "2020-02-14")[-1] == (
        "the same day", "2016-XX-XX")


def test_a_clock_time_that_recurs_is_on_no_one_day():
    # Wikinews, 5 April 2020 (SARS-CoV-2 surpasses one million infections): a curfew's hours
    # recur every day, so their day is unknown
    text = ("Saudi Arabia extended curfews in the holy cities of Mecca and Medina to last the entire "
            "day; previously, the curfew was only in effect between 3 p.m. and 6 a.m. Thailand "
            "planned to implement a curfew between 10 p.m. and 4 a.m.")
    assert [v for _, v in _pairs(text, "en", "2020-04-05")] == [
        "P1D", "XXXX-XX-XXT15:00", "XXXX-XX-XXT06:00", "XXXX-XX-XXT22:00", "XXXX-XX-XXT04:00"]
    # constructed: a clock time with its own day keeps it; a cue in another sentence is not its
    assert _pairs("The curfew began at 10 p.m. on Friday.", "en", "2020-04-05") == [
        ("10 p.m.", "2020-04-03T22:00"), ("Friday", "2020-04-03")]
    assert _pairs("He arrived at 3 p.m. on Friday. A curfew was imposed.", "en", "2020-04-05")[0] == (
        "3 p.m.", "2020-04-03T15:00")
    # French, constructed: "chaque jour", "tous les mardis", "couvre-feu" are the language's cues
    assert _pairs("Le feuilleton sera diffusé chaque jour à 11 h.", "fr", "2016-12-20")[-1] == (
        "11 h", "XXXX-XX-XXT11:00")
    assert _pairs("Un couvre-feu a été imposé entre 19 h et 7 h.", "fr", "2012-06-15") == [
        ("19 h", "XXXX-XX-XXT19:00"), ("7 h", "XXXX-XX-XXT07:00")]
    # a curfew that begins at a time is one night's: no span of hours, no recurrence told
    assert _pairs("Le couvre-feu commence à minuit.", "fr", "2020-04-08") == [("minuit", "2020-04-09T00:00")]
    assert _pairs("The curfew begins at 10 p.m. tonight.", "en", "2020-04-08")[0] == ("10 p.m.", "2020-04-08T22:00")


def test_today_of_what_lasts_or_of_a_level_to_move_from_is_the_present():
    # Constructed phrases (shaped like BBC reports): what goes on in the present age, or the
    # present level a figure is to move from, is PRESENT_REF; a day's event keeps the day
    dct = "2005-02-08"
    assert _pairs("The show built a loyal following, which continues today with fan clubs.", "en",
                  dct) == [("today", "PRESENT_REF")]
    assert _pairs("The effects of the crash are still being felt today.", "en", dct) == [
        ("today", "PRESENT_REF")]
    assert _pairs("He failed to tackle the problems pensioners face today.", "en", dct) == [
        ("today", "PRESENT_REF")]
    assert _pairs("The plan would lift coverage from about 3.5% today to 20% by 2015.", "en", dct)[0] == (
        "today", "PRESENT_REF")
    assert _pairs("The trial continues today at 2pm.", "en", dct)[0] == ("today", "2005-02-08")


def test_today_opening_a_present_clause_after_a_long_past_time_is_the_present_age():
    # Wikinews, 2019 (Magellanic penguins), a press release quoted: "Today" set against a time
    # two decades before is the present age
    text = ("Two decades ago, there were about 1.5 adult male Magellanic penguins for every adult "
            "female at Punta Tombo[...] Today, it's approaching three males for every female.")
    assert _pairs(text, "en", "2019-01-27") == [("Two decades ago", "1999"), ("Today", "PRESENT_REF")]
    # constructed: 'Today' as the subject, a past clause, or no long-past time before is the day
    assert _pairs("It was founded in 1960. Today is a sad day for us.", "en", "2005-02-26")[-1] == (
        "Today", "2005-02-26")
    assert _pairs("It was founded in 1960. Today, hundreds of people began to arrive.", "en",
                  "2005-02-26")[-1] == ("Today", "2005-02-26")
    assert _pairs("It opened last year. Today it has 50 staff.", "en", "2005-02-26")[-1] == (
        "Today", "2005-02-26")


def test_the_same_week_is_the_week_of_the_day_told_or_its_month():
    # Constructed phrases: "the same week" after a day is its ISO week; after a month, the
    # month (as the local gold annotates it); with nothing told before, no timex
    assert _pairs("He arrived on 3 March 2004. He left the same week.", "en", "2005-01-14") == [
        ("3 March 2004", "2004-03-03"), ("the same week", "2004-W10")]
    assert _pairs("It came out in August 2004. A rival came out the same week.", "en", "2005-01-14") == [
        ("August 2004", "2004-08"), ("the same week", "2004-08")]
    assert _pairs("He left the same week.", "en", "2005-01-14") == []


def test_a_daily_newspaper_tells_no_habit():
    # Constructed: "the daily Le Monde" is a newspaper; the clock time keeps its day
    assert _pairs("The daily Le Monde said the attack happened at 10 p.m.", "en", "2012-06-15") == [
        ("10 p.m.", "2012-06-15T22:00")]
    assert _pairs("Flights run daily from 9 a.m.", "en", "2012-06-15")[-1] == ("9 a.m.", "XXXX-XX-XXT09:00")


def test_the_day_before_or_after_in_apposition_restates_the_day_told():
    # Constructed phrases: "the day before …" right after a day and a comma restates that
    # day (TimeBank's "Oct. 12, the day [before the stock market plunge]" is 1989-10-12)
    dct = "2005-03-18"
    assert _pairs("The awards are held on 26 February, the day before the final.", "en", dct) == [
        ("26 February", "2005-02-26"), ("the day before", "2005-02-26")]
    assert _pairs("They met on Thursday morning, the day after the budget was read.", "en", dct) == [
        ("Thursday morning", "2005-03-17TMO"), ("the day after", "2005-03-17")]
    # elsewhere "the day before" is the day before the last day told
    assert _pairs("The awards were held on 26 February. He had left the day before.", "en", dct) == [
        ("26 February", "2005-02-26"), ("the day before", "2005-02-25")]


def test_a_modal_with_no_other_tense_cue_looks_ahead_for_a_weekday():
    # Constructed phrases (shaped like BBC sport reports), said on a Monday: a weekday in a
    # clause whose only clue is a modal and a verb is the coming one, not the nearest one
    dct = "2005-02-14"
    assert _pairs("The striker may make his comeback in the cup tie at Everton on Saturday.", "en",
                  dct) == [("Saturday", "2005-02-19")]
    # a past cue still wins, and a modal inside a quotation before it does not count
    assert _pairs("The striker may say he was injured at Everton on Saturday.", "en", dct) == [
        ("Saturday", "2005-02-12")]
    assert _pairs('"We must act now." Rules stay as in the Saturday statement.', "en", dct)[-1] == (
        "Saturday", "2005-02-12")


def test_a_later_weekday_listed_after_today_is_to_come():
    # Constructed, shaped like a BBC sport report dated Tuesday 28 December 2004: the
    # meeting "on Tuesday and Wednesday" is today and tomorrow, not today and last Wednesday
    text = "Walker had hoped to run in the sprint, which is staged at Musselburgh on Tuesday and Wednesday."
    assert _pairs(text, "en", "2004-12-28") == [("Tuesday", "2004-12-28"), ("Wednesday", "2004-12-29")]
    # a list in no weekday order keeps each its own reading
    assert _pairs("Results came on Tuesday and Monday.", "en", "2004-12-28") == [
        ("Tuesday", "2004-12-28"), ("Monday", "2004-12-27")]


def test_a_date_moved_to_by_a_verb_in_ing_is_the_nearest_one():
    # Constructed, shaped like a Wikinews report (7 April 2020): a month an election is
    # moved to is the nearest one, whatever the tense of the clause ("signed … delaying")
    assert _pairs("The governor signed an order delaying the vote to June.", "en", "2020-04-07") == [
        ("June", "2020-06")]
    assert _pairs("The governor signed an order that delayed the vote to June.", "en", "2020-04-07") == [
        ("June", "2020-06")]


def test_a_year_in_square_brackets_after_a_date_is_its_year():
    # Constructed phrases, shaped like a transcribed interview published in July 2020: an
    # editor's bracketed year dates the words before it, even "this year"
    dct = "2020-07-06"
    assert _pairs("It was run by one woman until March this year [2019].", "en", dct) == [
        ("March this year", "2019-03"), ("2019", "2019")]
    assert _pairs("Then, on June 27 [2019], two bombs went off.", "en", dct) == [
        ("June 27", "2019-06-27"), ("2019", "2019")]
    assert _pairs("I started the group last year [in 2018].", "en", dct) == [
        ("last year", "2018"), ("2018", "2018")]
    # a year in brackets elsewhere, or one that makes no such day, changes nothing
    assert _pairs("The list [2019] is out since March.", "en", dct)[-1] == ("March", "2020-03")
    assert _pairs("It was due on February 29 [2019].", "en", dct)[0] == ("February 29", "2020-02-29")


def test_midnight_begins_or_ends_its_day():
    # Constructed phrases: midnight before the day it takes, or told on the document's day
    # in a past clause, begins that day; a deadline's midnight, or one after a day told
    # before, ends it
    assert _pairs("The new lira will be launched at midnight on 1 January.", "en", "2004-12-31") == [
        ("midnight", "2005-01-01T00:00"), ("1 January", "2005-01-01")]
    assert _pairs("Many shops opened at midnight to let gamers in.", "en", "2005-03-11") == [
        ("midnight", "2005-03-11T00:00")]
    assert _pairs("The talks must end by midnight on Monday.", "en", "2005-03-02") == [
        ("midnight", "2005-03-08T00:00"), ("Monday", "2005-03-07")]
    assert _pairs("The fire broke out on Monday. Crews were still there as of midnight.", "en",
                  "2019-04-16") == [("Monday", "2019-04-15"), ("midnight", "2019-04-16T00:00")]
    assert _pairs("The new law takes effect at midnight.", "en", "2005-03-11") == [
        ("midnight", "2005-03-12T00:00")]


def test_a_law_named_by_its_year_is_no_time_of_the_story():
    # Wikinews, 'On the campaign trail in the USA, September 2020' (CC BY 2.5), shortened:
    # "N years later" counts from the year the sentence told, not the law's
    text = ("In 1937, he proposed a bill to amend the Judiciary Act of 1869, which sets the number of "
            "Supreme Court justices at nine. The Senate voted 70 to 20 to send the bill back to committee, "
            "where it died. Now, 83 years later, some Democrats have revisited a plan.")
    assert ("83 years later", "2020") in _pairs(text, "en", "2020-09-30")
    # a year told as a time, not a name, is still counted from
    assert ("83 years later", "1952") in _pairs(text.replace("Judiciary Act of 1869", "act passed in 1869"),
                                                "en", "2020-09-30")


def test_last_or_next_before_a_month_and_day_keeps_the_day():
    # Constructed phrases: "last"/"next" before a month and its day picks the occurrence,
    # and the day stays in the expression (it was "last Oct." and a lost 23)
    dct = "1999-04-19"
    assert _pairs("The mayor was elected last Oct. 23 by a wide margin.", "en", dct) == [("last Oct. 23", "1998-10-23")]
    assert _pairs("The council called a day of protest for next January 30.", "en", dct) == [
        ("next January 30", "2000-01-30")]
    assert _pairs("He died last March 3.", "en", dct) == [("last March 3", "1999-03-03")]


def test_the_quarter_ended_on_a_day_is_the_quarter_under_report():
    # Constructed phrases, shaped like a 1989 earnings round-up: "the quarter ended Sept. 30"
    # puts the third quarter under report, whatever quarter another company reported before
    dct = "1989-10-26"
    text = ("Acme reported net of $20 million in the fiscal first quarter.\n\n"
            "For the quarter ended Sept. 30, Zenith posted net income of $52 million, up from $40 million "
            "a year earlier. During the quarter, Zenith hired 900 people.")
    pairs = _pairs(text, "en", dct)
    assert ("a year earlier", "1988-Q3") in pairs and pairs[-1] == ("the quarter", "1989-Q3")
    # a fiscal quarter named in the same paragraph is the one that ended that day
    text = ("The retailer earned $5 million in its fiscal second-quarter. Sales rose in the quarter ended "
            "Sept. 30 to $90 million from $80 million a year ago. The latest period includes a one-time gain.")
    assert _pairs(text, "en", dct)[-1] == ("The latest period", "1989-Q2")


def test_expects_to_looks_ahead():
    # Constructed phrase: "expects to" is a plan, like "plans to": a quarter it names is to come
    assert _pairs("The company expects to report second-quarter results on April 25.", "en", "2013-03-22") == [
        ("second-quarter", "2013-Q2"), ("April 25", "2013-04-25")]


def test_last_as_a_verb_is_no_past():
    # Constructed phrases: "will last", "to last" is the verb, not the "last" of a past time
    dct = "2013-03-22"
    assert _pairs("The talks will last until the summer.", "en", dct) == [("the summer", "2013-SU")]
    assert _pairs("The talks are expected to last until the summer.", "en", dct) == [("the summer", "2013-SU")]
    # the adverb still tells a past: "last met"
    assert _pairs("The two leaders last met in September.", "en", dct) == [("September", "2012-09")]


def test_every_other_weekday_recurs():
    # Constructed phrases: "every other Thursday" recurs, as "every Thursday" does
    dct = "2013-03-22"
    assert _pairs("Meetings are held every other Thursday.", "en", dct) == [("every other Thursday", "XXXX-WXX-4")]
    assert _pairs("Every second Sunday evening is free.", "en", dct) == [("Every second Sunday evening", "XXXX-WXX-7TEV")]


def test_the_quarter_ending_in_a_month_is_the_quarter_that_month_ends():
    # Constructed phrase: "ending in June" names the second quarter
    assert _pairs("The figures for the quarter ending in June will be released next month.", "en",
                  "2013-03-22")[:2] == [("the quarter", "2013-Q2"), ("June", "2013-06")]
    # and puts it under report: "a year earlier" and a later "the quarter" count from it
    assert _pairs("Sun reported results for the quarter ending in June. Sales rose 5% from a year earlier. "
                  "During the quarter, it hired 100 people.", "en", "2013-03-22")[2:] == [
        ("a year earlier", "2011-Q2"), ("the quarter", "2012-Q2")]


def test_a_year_earlier_compares_with_the_quarter_its_sentence_named():
    # Constructed phrases, shaped like a market report written at the end of a quarter: the
    # quarter under way is named in the sentence, another quarter was named before as a record
    text = ("The S&P 500 is on pace for its best quarterly gain since the fourth quarter of 2011. "
            "Analysts expect first-quarter earnings to rise 1.4 percent from a year earlier.")
    assert _pairs(text, "en", "2013-03-26")[-1] == ("a year earlier", "2012-Q1")


def test_last_as_a_verb_before_a_duration():
    # Constructed phrase: "and last 48 hours" is the verb: the duration is "48 hours", and
    # the strike's Sunday is the coming one
    assert _pairs("The strike will begin at midnight on Sunday and last 48 hours.", "en", "2013-03-22") == [
        ("midnight", "2013-03-24T00:00"), ("Sunday", "2013-03-24"), ("48 hours", "PT48H")]


def test_is_forecast_looks_ahead():
    # Constructed phrases: a forecast is of what is to come
    dct = "2013-03-22"
    assert _pairs("Snow is forecast for much of the country over the weekend.", "en", dct) == [
        ("the weekend", "2013-W12-WE")]
    assert _pairs("Growth is projected to slow in the second half.", "en", dct) == [("the second half", "2013-H2")]


def test_a_season_of_a_relative_year():
    # Constructed phrases: the season of the year "next", "last", "this" picks
    dct = "2013-03-22"
    assert _pairs("It will open in the spring of next year.", "en", dct) == [("the spring of next year", "2014-SP")]
    assert _pairs("It was built in the summer of this year.", "en", dct) == [("the summer of this year", "2013-SU")]
    assert _pairs("In the fall last year, he left.", "en", dct) == [("the fall last year", "2012-FA")]


def test_all_day_and_all_week_are_stretches():
    # Made-up and Wikinews-like phrases (the local rounds and the Wikinews sets tag each such case): the
    # whole day or week as a duration; "all-day" and "all day long" are left alone
    dct = "2013-03-22"
    assert _pairs("The team trained hard all week.", "en", dct) == [("all week", "P1W")]
    assert _pairs("People kept sitting all day here and there.", "en", dct) == [("all day", "P1D")]
    assert _pairs("The all-day event was a success.", "en", dct) == []


def test_presently_the_other_day_and_the_entire_day():
    # Wikinews, "Florida highway pileup fire kills five children" (CC BY 2.5), shortened, and constructed
    # phrases: the Wikinews sets and the local rounds tag all of these
    dct = "2019-01-05"
    assert _pairs("It is presently unable to operate due to a shutdown of much of the Federal government.",
                  "en", dct) == [("presently", "PRESENT_REF")]
    assert _pairs("She mentioned it to me the other day.", "en", dct) == [("the other day", "PAST_REF")]
    assert _pairs("Curfews were extended to last the entire day.", "en", dct) == [("the entire day", "P1D")]


def test_a_clock_reading_and_today_or_yesterday_are_two_expressions():
    # Wikinews, "SpaceX successfully launches its first crewed spaceflight" (CC BY 2.5),
    # shortened: the Wikinews sets tag a clock reading in digits and "yesterday" as two, the
    # clock time on that day; "noon today" stays one
    assert _pairs("SpaceX successfully launched its first crewed mission at 1922 UTC yesterday from Kennedy "
                  "Space Center.", "en", "2020-05-31") == [("1922 UTC", "2020-05-30T19:22"), ("yesterday", "2020-05-30")]
    assert _pairs("By noon today over half a million could be affected.", "en", "2019-10-09") == [
        ("noon today", "2019-10-09T12:00")]


def test_an_instruction_to_act_looks_ahead_from_when_it_was_given():
    # Wikinews, "New Zealand mosque murder suspect appears in court" (CC BY 2.5), shortened:
    # "instructed X to report … on Monday", said on a Sunday, is the next day
    text = ('She said, "I have instructed ODESC [Officials Committee for Domestic and External Security '
            'Coordination] to report to Cabinet on Monday on these events."')
    assert _pairs(text, "en", "2019-03-17") == [("Monday", "2019-03-18")]


def test_overnight_after_a_day_told_is_that_days_night():
    # Wikinews, "New Zealand mosque murder suspect appears in court" (CC BY 2.5): the night
    # after Friday's arrest, and the next day is Saturday
    text = ("After his arrest on Friday, Brenton stayed in the Christchurch central police station overnight "
            "before appearing in court on the next day.")
    assert _pairs(text, "en", "2019-03-17") == [
        ("Friday", "2019-03-15"), ("overnight", "2019-03-15TNI"), ("the next day", "2019-03-16")]
    # told on the document's own day, "overnight" is the night just gone
    assert _pairs("A guard rail killed ten people today in an overnight crash.", "en", "2009-12-26")[-1] == (
        "overnight", "2009-12-25TNI")


def test_heading_to_the_polls_is_a_fixture():
    # Constructed phrase: an election day told in the present is the coming one
    assert _pairs("Voters head to the polls on Sunday.", "en", "2013-03-18") == [("Sunday", "2013-03-24")]


def test_one_day_opening_a_clause_of_a_story_is_no_span():
    # Wikinews interviews, 2020 (CC BY 2.5): "one day" before its clause's subject is an untold
    # day of a story; a span ("it lasted one day") and a day to come keep their values
    dct = "2020-10-18"
    assert _pairs("Oh, so, one day I was singing and dancing in a mall.", "en", dct) == []
    assert _pairs("I was living like this and one day Raju just started falling ill.", "en", dct) == []
    assert _pairs("It lasted one day.", "en", dct) == [("one day", "P1D")]
    assert _pairs('"One day you will be able to tell your grandchildren," he said.', "en", dct) == [
        ("One day", "FUTURE_REF")]


def test_the_midnight_sun_is_no_clock_time():
    # Wikinews, "Open source game developer Perttu Ahola talks about Minetest" (CC BY 2.5), adapted
    assert _pairs("He was visiting Oulu with a group to see the midnight sun.", "en", "2020-06-30") == []
    assert _pairs("It closes at midnight.", "en", "2020-06-30") == [("midnight", "2020-07-01T00:00")]


def test_the_day_after_counts_from_the_day_told():
    # Constructed phrases: "the day after" counts from the last day the story told; with none
    # told there is nothing to count from; "the day after tomorrow" is its own expression
    assert _pairs("The blasts struck on Tuesday. The day after the blast, schools reopened.", "en", "2006-07-14") == [
        ("Tuesday", "2006-07-11"), ("The day after", "2006-07-12")]
    assert _pairs("Few expect a new cabinet to be named the day after polling.", "en", "2005-02-25") == []
    assert _pairs("We meet the day after tomorrow.", "en", "2006-07-14") == [("the day after tomorrow", "2006-07-16")]


def test_a_short_weekday_before_a_month_and_day():
    # Constructed datelines: "Fri March 22, 2013", "Thu, Mar 21, 2013" keep their weekday; a
    # short weekday elsewhere ("on Sat.") or in lower case ("he sat March 16") is not read as one
    dct = "2013-03-22"
    assert _pairs("Posted Thu, Mar 21, 2013.", "en", dct) == [("Thu, Mar 21, 2013", "2013-03-21")]
    assert _pairs("Published Sat. March 16.", "en", dct) == [("Sat. March 16", "2013-03-16")]
    assert _pairs("He sat March 16 in the chair.", "en", dct) == [("March 16", "2013-03-16")]


def test_the_first_clock_reading_of_a_range_takes_the_meridiem_after_it():
    # Constructed phrases: "between 1 and 3 p.m." is 13:00 and 15:00, as ranges of amounts
    # are two expressions
    dct = "2013-03-22"
    assert _pairs("Voting takes place between 1 and 3 p.m.", "en", dct) == [
        ("1", "2013-03-22T13:00"), ("3 p.m.", "2013-03-22T15:00")]
    assert _pairs("The shop opens from 9 to 11 a.m.", "en", dct)[0] == ("9", "2013-03-22T09:00")
    assert _pairs("Polls are open 7-10 p.m.", "en", dct)[0] == ("7", "2013-03-22T19:00")


def test_future_quarters_and_years_are_the_future():
    # Constructed phrases: TimeBank tags "future quarters" FUTURE_REF, a local round "future years"
    dct = "1989-10-30"
    assert _pairs("The carry-forwards will cut tax payments in future quarters.", "en", dct) == [
        ("future quarters", "FUTURE_REF")]
    assert _pairs("Future generations will pay.", "en", dct) == []


def test_the_latest_and_the_previous_fiscal_year():
    # Constructed phrases: the latest fiscal year is the last one completed (TimeBank's
    # "sales in the latest fiscal year" is 1988 in October 1989); "the previous fiscal year"
    # is the one before the story's last
    dct = "1989-10-26"
    assert _pairs("Sales rose in the latest fiscal year.", "en", dct) == [("the latest fiscal year", "1988")]
    assert _pairs("Exports grew in 2004; in the previous fiscal year they had shrunk.", "en",
                  "2005-03-02")[-1] == ("the previous fiscal year", "2003")


def test_a_slash_date_whose_first_number_is_above_12_is_day_first():
    # Constructed phrases: "22/03/2013" can only be 22 March; "3/22/2013" stays month first
    dct = "2013-03-22"
    assert _pairs("Posted on 22/03/2013.", "en", dct) == [("22/03/2013", "2013-03-22")]
    assert _pairs("The report is dated 3/22/2013.", "en", dct) == [("3/22/2013", "2013-03-22")]


def test_a_figures_month_in_an_aside_is_not_dated_by_the_main_clause():
    # Constructed phrases: a figure told between commas with its month ("up 3% in January")
    # has no verb of its own; the main clause's "will" after it is not its tense
    dct = "2013-03-22"
    assert _pairs("Sales, up 3 percent in January, will slow.", "en", dct) == [("January", "2013-01")]
    assert _pairs("Exports, at $4 billion in November, are forecast to fall.", "en", dct) == [
        ("November", "2012-11")]
    # without the aside, the clause's tense holds
    assert _pairs("Sales will slow in January.", "en", dct) == [("January", "2014-01")]


def test_last_and_next_weekday_skip_the_day_beside_the_document_date():
    # Constructed phrases: "last Thursday" told on a Friday is the Thursday of the week before
    # (the day before would be "yesterday"), "next Tuesday" told on a Monday the one after
    # tomorrow's; every such case of the Wikinews sets and the local rounds reads so
    assert _pairs("The delegations met last Thursday.", "en", "2020-01-10") == [("last Thursday", "2020-01-02")]
    assert _pairs("The match is next Tuesday.", "en", "2020-01-06") == [("next Tuesday", "2020-01-14")]
    # two days or more away, the nearest one stays
    assert _pairs("The delegations met last Wednesday.", "en", "2020-01-10") == [("last Wednesday", "2020-01-08")]
    assert _pairs("The match is next Wednesday.", "en", "2020-01-06") == [("next Wednesday", "2020-01-08")]
    # a bare weekday the day before is that day
    assert _pairs("The delegations met on Thursday.", "en", "2020-01-10") == [("Thursday", "2020-01-09")]


def test_the_weekend_ahead_said_on_a_saturday_is_the_weekend_under_way():
    # Constructed phrases: a patient "expected to be discharged during the weekend", said on
    # a Saturday, leaves this weekend (its Sunday is still to come); said on a Sunday, or any
    # weekday, the next one; a past clause keeps the weekend just gone
    assert _pairs("Several patients are expected to be discharged during the weekend.", "en",
                  "2009-01-24") == [("the weekend", "2009-W04-WE")]
    assert _pairs("Several patients are expected to be discharged during the weekend.", "en",
                  "2009-01-25") == [("the weekend", "2009-W05-WE")]
    assert _pairs("Several patients are expected to be discharged during the weekend.", "en",
                  "2009-01-22") == [("the weekend", "2009-W04-WE")]
    assert _pairs("Several patients were discharged during the weekend.", "en",
                  "2009-01-27") == [("the weekend", "2009-W04-WE")]
