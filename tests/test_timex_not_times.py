"""Words that look like times and are not: nouns ('the fall in prices', 'the current
account'), names ('Easter Island', 'the Sunday Times', 'Jean-Noël', 'Di Natale'), a name
told in quotes, ages; each test says which real or constructed text it stands for."""
from claimline.timex import tag
from tests.timex_phrases import _pairs, _texts, _triples, _types, _values  # noqa: F401


def test_fall_the_noun_is_no_season():
    # Phrase-level check (constructed phrases, shaped like business reports in the local BBC
    # audit): 'fall' as a decline or a collapse is no autumn; the season still is.
    for text in ("Traders warned that the fall could be short-lived.",
                 "Strikes were blamed for the fall in turnout.",
                 "After the fall of the regime, he fled.",
                 "It forecasts this fall from the current 3.4% rate.",
                 "Many fall prey to the scam."):
        assert [t.text for t in tag(text, "en", "2005-02-12") if "fall" in t.text.lower()] == [], text
    assert _pairs("He was shot last fall in his home.", "en", "1999-06-07") == [("last fall", "1998-FA")]
    assert _pairs("Machine-tool makers are busy this fall.", "en", "1989-10-27") == [("this fall", "1989-FA")]
    assert _pairs("In the fall of 1989 he left.", "en", "2005-02-12") == [("the fall of 1989", "1989-FA")]


def test_current_in_the_name_of_a_thing_is_no_present():
    # Phrase-level check (constructed phrases, shaped like the local BBC business audit, where
    # 'current account' was 17 of the 'current' tagged): the account is no time.
    assert tag("The current account deficit widened.", "en", "2005-02-12") == []
    assert tag("a current affairs programme", "en", "2005-02-12") == []
    assert _values("The current chief executive resigned.", "en", "2005-02-12") == ["PRESENT_REF"]


def test_a_named_day_inside_a_name_is_no_day():
    # Phrase-level check (constructed phrases; Wikinews' 'Easter Island' and 'Great Orchestra
    # of Christmas Charity' are in the negative corpus): a named day before a capitalized word
    # that tells no time is part of a name, and no word inside it is tagged.
    assert tag("the historic Good Friday Agreement", "en", "2005-02-12") == []
    assert _values("on Easter Monday", "en", "2005-02-12") == ["2005-03-28"]
    assert _values("since Christmas Eve, his family said", "en", "2005-02-12") == ["2004-12-24"]


def test_a_weekday_in_a_newspaper_s_name_is_no_day():
    # Phrase-level check (constructed phrases; the local BBC texts name these papers 37 times).
    for text in ("The Sunday Times reported the deal.", "He told the Mail on Sunday.",
                 "The Sunday Telegraph said.", "The Independent on Sunday said",
                 "A story in the Sunday Business alleged it.", "Mr Grant told GMTV's Sunday programme.",
                 "Appearing on Radio Wales's Sunday Live programme."):
        assert tag(text, "en", "2005-06-15") == [], text
    assert _values("He appeared on Sunday's programme.", "en", "2005-06-15") == ["2005-06-12"]
    assert _values("He left on Sunday.", "en", "2005-06-15") == ["2005-06-12"]


def test_a_named_day_is_written_with_a_capital():
    # Phrase-level check (constructed phrases; a Wikinews set leaves 'election day' in lower
    # case untagged): 'a thanksgiving day' names no Thanksgiving.
    assert _texts("after declaring 5 November a thanksgiving day", "en", "2005-06-15") == ["5 November"]
    assert _texts("on the Fourth of July", "en", "2005-06-15") == ["the Fourth of July"]
    # so is the week or weekend of one
    assert _texts("Sales rose over the Thanksgiving weekend.", "en", "2009-12-01") == ["the Thanksgiving weekend"]
    assert tag("Sales rose over the thanksgiving weekend.", "en", "2009-12-01") == []


def test_a_name_quoted_after_known_as_is_no_day():
    # Phrase-level check (constructed phrases; a Wikinews sentence is in the negative corpus):
    # a day's name told in quotes after 'known as', 'the name' is the words, and no shorter
    # match takes 'Tuesday' from it; a quoted day used as a day stays.
    assert tag('in an event known as "Super Tuesday" in the context', "en", "2020-03-02") == []
    got = _pairs('after failing to win the contests of "Super Tuesday", March 3.', "en", "2020-03-05")
    assert got == [("Super Tuesday", "2020-03-03"), ("March 3", "2020-03-03")]


def test_a_named_day_after_a_qualifies_a_thing():
    # Phrase-level check (constructed phrases): 'a Christmas tree' is no day; bare
    # 'following months of unrest' is after them, no future.
    assert tag("They lit the house up like a Christmas tree.", "en", "2005-06-15") == []
    assert _triples("Following months of unrest, the baht fell.", "en", "2005-06-15") == [("months", "DURATION", "PXM")]
    assert _values("in the following months", "en", "2005-06-15") == ["FUTURE_REF"]


def test_a_word_of_a_class_may_stand_only_after_another():
    # The English data says 'following' is a relative word only right after 'the'
    # ('only_after'), so every rule using {rel} or {rel_span} leaves bare 'following' out.
    import re
    from claimline.timex import grammar, lexicon
    lex = lexicon.load("en")
    assert lex.only_after == {"rel": {"following": "the"}}
    slots = grammar.slot_regexes(lex)
    for name in ("rel", "rel_span"):
        rel = re.compile(slots[name], re.IGNORECASE)
        assert rel.match("the following year", 4) and rel.match("the next year", 4)
        assert not rel.match("following the war") and rel.match("next year")
    assert _texts("following three years of war", "en", "2005-06-15") == ["three years"]
    assert _texts("in the following three years", "en", "2005-06-15") == ["the following three years"]


def test_french_ages_and_the_verb_passer_are_no_spans():
    # Phrase-level check (constructed phrases, shaped like the French news audit): an age
    # ('âgées de plus de 70 ans', 'les jeunes de 18-24 ans', 'un enfant d'un an') is no span,
    # and 'a passé 21 heures' (spent) tags the hours without the verb.
    for text in ("les personnes âgées de plus de 70 ans", "les jeunes de 18-24 ans",
                 "Le couple a un enfant d'un an."):
        assert tag(text, "fr", "2020-06-17") == [], text
    assert _texts("certains voyageurs auront passé 21 heures dans un train", "fr", "2020-06-17") == ["21 heures"]
    assert _texts("au bout d'un an", "fr", "2020-06-17") == ["un an"]


def test_noel_in_a_french_name_is_no_christmas():
    # Phrase-level check (constructed phrases, shaped like the French news audit, where 10 of
    # the 'Noël' tagged were people): 'Jean-Noël Barrot', 'Sandra Noël', 'le Père Noël'.
    for text in ("comme Marc Fesneau ou Jean-Noël Barrot.", "sa mère, Sandra Noël, a déclaré",
                 "le Père Noël est passé", "Noël Le Graët a démissionné"):
        assert tag(text, "fr", "2019-12-30") == [], text
    assert _values("Depuis Noël, les ventes ont chuté.", "fr", "2019-12-30") == ["2019-12-25"]
    assert _values("pendant les vacances de Noël\n\nLa rentrée a eu lieu", "fr", "2019-12-30") == ["2019-12-25"]


def test_natale_in_an_italian_name_is_no_christmas():
    # Phrase-level check (constructed phrases, shaped like Italian Wikinews sports reports).
    assert tag("per l'Italia sono andati a segno Di Natale e Quagliarella", "it", "2010-06-15") == []
    assert tag("Babbo Natale arriva", "it", "2010-06-15") == []
    assert _values("le truppe torneranno a casa entro Natale, ha detto Brown.", "it", "2010-06-15") == ["2010-12-25"]


def test_last_minute_before_a_noun_is_an_idiom():
    # Phrase-level check (constructed phrases, shaped like BBC texts that were tagged as
    # TIME with no value): 'last minute shopping', 'a last-minute rush' name no minute;
    # 'the last minute' of a game is still one.
    assert tag("People are doing last minute shopping.", "en", "2004-12-24") == []
    assert tag("Sales rose after a last-minute rush.", "en", "2004-12-24") == []
    assert _texts("He scored in the last minute of the game.", "en", "2004-12-24") == ["the last minute"]


def test_a_guard_rejects_only_when_every_condition_of_a_check_holds():
    # Phrase-level check (constructed phrases, shaped like a Wikinews and a BBC text): a
    # number before a capitalized street word is a street number unless an article comes
    # before it; a number before 'police' is a count unless a preposition shows a year.
    assert _texts("He lives at 1600 Pennsylvania Avenue in Washington.", "en", "2010-06-15") == []
    assert _texts("after a 1972 Supreme Court of California decision", "en", "2017-11-22") == ["1972"]
    assert _texts("The government sent 2000 police to the city.", "en", "2010-06-15") == []
    assert _texts("In 2004 police defused a bomb.", "en", "2010-06-15") == ["2004"]


def test_the_year_after_a_noun_phrase_is_no_time():
    # Phrase-level check (constructed phrases, shaped like BBC texts): 'player of the year
    # after taking…', 'to begin the week after the brand took a stake' are no 'year
    # after'; 'rose the year after.' and 'followed the week after by…' are.
    assert _texts("Jones was voted best player of the year after taking the title.", "en", "2004-12-10") == []
    assert _texts("Sales fell in 2004 and rose the year after.", "en", "2006-01-10") == ["2004", "the year after"]


def test_shots_fired_are_no_game_words():
    # Phrase-level check (constructed phrases, shaped like two Wikinews reports of attacks):
    # 'heard several shots … at about 12:45', 'The police shot him … at 16:05' are clock
    # times of the day; 'he scored at 7:14 of the second period' stays the game's clock.
    assert _texts("Students heard several shots in the building at about 12:45 local time.", "en", "2006-09-13") == ["about 12:45"]
    assert tag("He scored at 7:14 of the second period.", "en", "2006-09-13") == []


def test_an_old_year_after_back_to():
    # Phrase-level check (constructed phrases, shaped like a Wikinews and a BBC text): a
    # year before 1800 needs a word that shows it is one; 'dating back to' does, 'rose to'
    # does not.
    assert _texts("The market has a history dating back to 1382.", "en", "2009-02-22") == ["1382"]
    assert tag("The index rose to 1382 points.", "en", "2009-02-22") == []


def test_a_document_named_after_a_day_is_no_day():
    # Phrase-level check (constructed phrases, shaped like a Wikinews quotation): 'the Good
    # Friday agreement' in lower case names the agreement, as 'the Good Friday Agreement' does.
    assert tag("He brought about the Good Friday agreement.", "en", "2008-04-02") == []
    assert _texts("They met on Good Friday.", "en", "2008-04-02") == ["Good Friday"]


def test_a_basketball_report_has_quarters_of_play():
    # Phrase-level check (constructed phrases, shaped like a local sports report): with
    # 'dunked' and 'fouled' the text reports a game, so its quarters are the game's.
    text = ("Schroder got a technical foul in the third quarter after Davis dunked and was fouled. "
            "Kuzma left the court in the second quarter.")
    assert tag(text, "en", "2019-11-20") == []
    assert _values("Profits rose in the third quarter.", "en", "2019-11-20") == ["2019-Q3"]


def test_a_day_care_centre_is_no_day():
    # Phrase-level check (constructed phrases, shaped like a local Wikinews report): 'a day
    # care centre', 'day jobs' are kinds of things, not a day.
    assert tag("A man stabbed children in a day care centre.", "en", "2009-01-24") == []
    assert tag("Many keep their day jobs.", "en", "2009-01-24") == []
    assert _values("He stayed a day in the centre.", "en", "2009-01-24") == ["P1D"]


def test_a_programme_named_after_a_weekday_is_no_day():
    # Phrase-level check (constructed phrase, shaped like a local Wikinews report): 'Fox News
    # Sunday' is a programme, as 'The Sunday Times' is a newspaper.
    assert tag("Its director, on Fox News Sunday, said they do not know.", "en", "2005-06-06") == []


def test_an_event_named_after_its_weekday_is_no_day():
    # Phrase-level check (constructed phrases, shaped like a local Wikinews report):
    # 'Bloody Sunday', 'Black Monday' name events, not a Sunday or Monday near the document.
    assert tag("Relatives of those killed on Bloody Sunday marched.", "en", "2010-06-15") == []
    assert _pairs("Shares fell as on Black Monday in 1987.", "en", "2010-06-15") == [("1987", "1987")]


def test_the_september_11_attacks_is_a_name():
    # Phrase-level check (constructed phrases, shaped like local Wikinews reports, which
    # leave it untagged as they leave '9/11'): with its year it is a date again.
    assert tag("Security was tightened after the Sept. 11 attacks.", "en", "2005-04-22") == []
    assert _pairs("It happened on September 11, 2001.", "en", "2005-04-22") == [("September 11, 2001", "2001-09-11")]


def test_rates_comparisons_and_turns_of_phrase_are_no_times():
    # Phrase-level check (constructed phrases, shaped like a local BBC set): a rate ('$2.3m
    # an hour', '$3bn (£1.6bn) a year'), a comparison ('on a month-to-month basis', 'a year
    # on year comparison'), a fraction ('slid by nearly a quarter'), television's
    # 'overnight figures' and 'one minute …, the next' name no time.
    assert tag("The bank is making about $2.3m an hour.", "en", "2005-02-08") == []
    assert tag("It has to save $3bn (£1.6bn) a year.", "en", "2004-11-09") == []
    assert tag("The data can swing on a month-to-month basis.", "en", "2005-01-07") == []
    assert tag("Its share fell in a year on year comparison.", "en", "2005-02-02") == []
    assert tag("Output slid by nearly a quarter from the level before.", "en", "2005-02-08") == []
    assert tag("The overnight figures suggested nearly 40% watched.", "en", "2005-02-19") == []
    assert tag("Superb one minute, hopeless the next.", "en", "2005-02-14") == []
    assert _pairs("They would keep me one day, fire the next day.", "en", "2020-12-01")[0] == ("one day", "P1D")
    assert tag("He spoke on GMTV's Sunday Programme.", "en", "2005-01-09") == []


def test_the_11_september_attacks_and_shares_of_people():
    # Phrase-level check (constructed phrases, shaped like a local BBC set): the British
    # 'the 11 September attacks' is the name, as 'the Sept. 11 attacks'; 'Nearly a quarter
    # (23%) of those asked', 'Three-quarters said' are shares of people.
    assert tag("Security was tightened after the 11 September attacks.", "en", "2005-01-05") == []
    assert tag("Nearly a quarter (23%) of those asked agreed.", "en", "2004-12-19") == []
    assert tag("Three-quarters said he was right to go.", "en", "2004-12-19") == []
    assert _pairs("It lasted three quarters.", "en", "2004-12-19") == [("three quarters", "P3Q")]


def test_no_expression_runs_over_a_blank_line():
    # Phrase-level check (constructed text, shaped like BBC sport pages: a dated heading,
    # then a kick-off time opening the next paragraph): the date keeps its own year and
    # the clock time is the heading's day, not a year 1945.
    got = _pairs("Tuesday, 1 March\n\n1945 GMT kick-off at the Stadium.", "en", "2005-02-27")
    assert got == [("Tuesday, 1 March", "2005-03-01"), ("1945 GMT", "2005-03-01T19:45")]


def test_a_rate_of_one_a_week_and_for_one_minute_that():
    # Phrase-level check (constructed phrases, shaped like a local BBC set).
    assert tag("They release the singles at the rate of one a week.", "en", "2005-01-09") == []
    assert tag("Nobody thinks for one minute that he is guilty.", "en", "2005-02-14") == []
    assert _pairs("He waited for one minute.", "en", "2005-02-14") == [("one minute", "PT1M")]


def test_a_day_set_aside_for_something_is_no_length_of_time():
    # Real text: wikinews-en 2019-01-05 (escape-room fire, Koszalin), whose Wikinews set leaves
    # 'a day of mourning' untagged; the second phrase is constructed, shaped like a local BBC
    # set. The amount before 'after' stays a duration.
    assert _pairs("Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.", "en",
                  "2019-01-05") == [("tomorrow", "2019-01-06")]
    assert _triples("He was sentenced one day after a day of action in defence of bloggers.", "en",
                    "2005-02-23") == [("one day", "DURATION", "P1D")]
    assert _triples("The strike lasted a day.", "en", "2005-02-23") == [("a day", "DURATION", "P1D")]


def test_at_the_end_of_the_day_after_a_connective_is_ultimately():
    # Phrase-level check (constructed phrases, shaped like a second blind BBC round and a
    # Wikinews set-5 quote, which leaves the idiom untagged): after 'but', 'and', 'that'… it
    # means 'ultimately'; a market's day or a deadline is still a day.
    assert tag("It is not simple, but at the end of the day someone must choose.", "en",
               "2004-12-14") == []
    assert _pairs("Shares closed higher at the end of the day.", "en", "2004-12-14") == [
        ("the end of the day", "2004-12-14")]
    assert _pairs("The report is due by the end of the day.", "en", "2004-12-14") == [
        ("the end of the day", "2004-12-14")]


def test_a_studio_named_after_its_century_is_no_century():
    # Phrase-level check (constructed phrases; the local BBC texts name the studio 8 times).
    assert tag("Twentieth Century Fox has yet to name a director.", "en", "2004-12-09") == []
    assert tag("the Fox channel and the 20th Century Fox movie studio", "en", "2004-12-09") == []
    assert _pairs("In the 20th century, films were shot on celluloid.", "en", "2004-12-09") == [
        ("the 20th century", "19")]


def test_ages_in_days_quarters_of_opinion_and_the_present_study():
    # Phrase-level check (constructed phrases, shaped like a fourth blind BBC round): the days
    # of an age, 'quarters' as sources and 'the present study' (this study) are no times;
    # quarters of a year and a count of years with an adjective still are.
    assert tag("He won the by-election aged 21 and 144 days.", "en", "2005-01-27") == []
    assert tag("It drew offers of support from several quarters.", "en", "2004-10-25") == []
    assert tag("The findings of the present study support this.", "en", "2004-12-07") == []
    assert _pairs("Profits rose for several quarters.", "en", "2004-10-25") == [("several quarters", "PXQ")]
    assert _pairs("She sat on the council for 47 continuous years.", "en", "2005-01-27") == [
        ("47 continuous years", "P47Y")]
    assert _pairs("Its battery lasted little more than 20 minutes.", "en", "2005-01-01") == [
        ("little more than 20 minutes", "PT20M")]


def test_a_film_named_after_a_day_is_no_day():
    # Phrase-level check (constructed phrases, shaped like a fourth blind BBC round): a
    # numeral or a subtitle after a named day, a genre word before it, or its sequels make
    # it a title; the day itself is still one.
    text = ("He scored the horror classic Halloween and its sequels, among them Halloween II, "
            "Halloween: Resurrection and other Halloween sequels.")
    assert tag(text, "en", "2005-03-08") == []
    assert tag("the film Black Friday, which had been due to open", "en", "2005-02-01") == []
    assert _pairs("Children went trick-or-treating on Halloween.", "en", "2005-03-08") == [
        ("Halloween", "2004-10-31")]


def test_windows_2000_is_a_product_and_70s_rock_a_decade():
    # Phrase-level check (constructed phrases, shaped like a fifth blind BBC round; the local
    # BBC texts name Windows 2000 four times): a year after 'Windows' names the product; a
    # decade written '70s' before a kind of music or film is that decade without 'the'.
    assert tag("Made for Windows 2000 and XP machines, the program removes viruses.", "en",
               "2004-12-17") == []
    assert _pairs("from 70s rock through to 80s pop", "en", "2005-01-13") == [("70s", "197"), ("80s", "198")]
    assert _values("She is in her 70s.", "en", "2005-01-13") == []


def test_weekdays_after_a_capitalized_word_name_a_band():
    # Constructed phrases (shaped like BBC entertainment reports about the Happy Mondays)
    assert _pairs("Punters backed the former Happy Mondays drummer to win.", "en",
                  "2005-01-13") == []
    assert _pairs("He works on Mondays.", "en", "2005-01-13") == [("Mondays", "XXXX-WXX-1")]
    assert _pairs("Mondays are hard.", "en", "2005-01-13") == [("Mondays", "XXXX-WXX-1")]


def test_the_years_a_phrase_picks_out_are_no_span():
    # Constructed phrases (shaped like BBC and Wikinews reports): "the years of the study",
    # "the years in which", "All the years I've been coaching" name no span; "over the years"
    # and "in the years that followed" are one
    assert _pairs("During the years of the study, censorship grew.", "en", "2005-01-13") == []
    assert _pairs("All the years I've been coaching, I hoped for this.", "en", "2005-01-13") == []
    assert _pairs("Over the years, this team has helped.", "en", "2005-01-13") == [
        ("the years", "PXY")]
    assert _pairs("In the years that followed, the war went on.", "en", "2005-01-13") == [
        ("years", "PXY")]


def test_a_day_told_about_or_a_day_off_is_no_length_of_time():
    # Constructed phrases (shaped like BBC and Wikinews quotations)
    assert _pairs("This is a day for Europe to look ahead.", "en", "2005-01-13") == []
    assert _pairs("I have a day off and hope to play better.", "en", "2005-01-13") == []
    assert _pairs("They spent a day in talks.", "en", "2005-01-13") == [("a day", "P1D")]


def test_a_football_quote_s_half_is_the_game_s():
    # Constructed phrases (shaped like BBC football reports whose quotes name one game word):
    # "football" and "Uefa" also tell a game report, so "the first half" is the game's
    text = ("Everton boss Dan Harper praised his team's Uefa Cup football. "
            '"We did rather well in the first half," he said.')
    assert _pairs(text, "en", "2005-02-25") == []
    assert _pairs("Profits rose in the first half.", "en", "2005-08-25") == [("the first half", "2005-H1")]


def test_meeting_minutes_and_idioms_of_time_are_no_times():
    # Constructed phrases (shaped like BBC business and sport reports)
    assert _pairs("However, the minutes added: some members noted a risk.", "en", "2005-01-13") == []
    assert _pairs("Never in a million years did we expect this result.", "en", "2005-01-13") == []
    assert _pairs("He played every minute of the final.", "en", "2005-01-13") == []
    assert _pairs("He checks the score every minute.", "en", "2005-01-13") == [("every minute", "PT1M")]


def test_a_programme_named_after_a_time_is_no_time():
    # Constructed phrases (shaped like TimeBank's Wall Street Journal reports of 1990-91)
    assert _pairs('Baker said on ABC-TV\'s "This Week With David Brinkley" that talks failed.', "en",
                  "1991-02-25") == []
    assert _pairs('He said: "This week was hard."', "en", "1991-02-25") == [("This week", "1991-W09")]


def test_a_march_named_as_one_is_no_month():
    # Constructed phrases (shaped like a TimeBank report): 'March' after 'the' or a quotation
    # mark and before 'of'/'for' and a capitalized word names a march
    assert _pairs("Mothers led the ``March of the Fighting Mothers'' through Havana.", "en", "2000-01-15") == []
    assert _pairs("The March of Dimes raised money.", "en", "2000-01-15") == []
    assert _pairs("It will go on sale in March for the US market.", "en", "2000-01-15") == [("March", "2000-03")]
    assert _pairs("He came back in March of 2004.", "en", "2000-01-15") == [("March of 2004", "2004-03")]


def test_the_last_day_of_something_is_no_span():
    # Constructed phrases: the final day of an event is neither a span of one day nor
    # yesterday; "over the last day" still is a span, "now imagine" no time (Wikinews set 10)
    for text in ("Talks broke down on the last day of the summit.",
                 "The law was passed on the final day before the recess.",
                 "On the last day, the leaders signed the treaty."):
        assert _pairs(text, "en", "2005-03-18") == [], text
    assert _pairs("Prices rose sharply over the last day.", "en", "2005-03-18") == [("the last day", "P1D")]
    assert _pairs("Now imagine a city without cars.", "en", "2005-03-18") == []
    assert _pairs("Now the city has no cars.", "en", "2005-03-18") == [("Now", "PRESENT_REF")]
