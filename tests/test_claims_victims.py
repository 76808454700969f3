"""Victims counted in words are named as those counted in digits."""
from tests.conftest import bbc_line, wikinews_it_fr_line
from tests.test_claims_corpus import claims_of


def _owners(text: str, lang: str, date: str):
    return [(c.subject, c.measure, c.value) for c in claims_of(text, lang, date)]


def test_a_number_word_opening_the_sentence_is_no_part_of_the_victims_name():
    # Real sentences (English Wikinews, "World War II era plane crashes in Connecticut, US,
    # killing at least seven", 2019-10-03; news-fr-2 20613, 2019-11-26): "Fourteen people"
    # are "people" as "14 people" are, not a name "Fourteen people"
    text = ("Fourteen people were injured in the crash, including all on board the plane, and one airport "
            "worker on the ground, according to Commissioner James Rovella of the Connecticut Department of "
            "Emergency Services and Public Protection.")
    assert _owners(text, "en", "2019-10-03") == [("people", "injured", 14.0)]
    assert _owners("Seventeen soldiers were injured in Kabul.", "en", "2019-10-03") == \
        _owners("17 soldiers were injured in Kabul.", "en", "2019-10-03") == [("soldiers", "injured", 17.0)]
    # a name before the counted noun stays the victims' body
    assert _owners("Five NATO soldiers lost their lives in the attack.", "en", "2019-10-03") == \
        [("NATO soldiers", "deaths", 5.0)]


def test_soldiers_killed_after_a_relative_clause_are_deaths_not_a_force():
    # Constructed, shaped like a French Wikinews report the audit found (2012-06-28, not
    # openly licensed): the verb that kills comes after a relative clause on the soldiers,
    # past the usual reach; they were a troop level of 2 for France
    for text, lang in (("Two French soldiers who were taking part in Operation Harpie against illegal gold "
                        "mining in French Guiana were killed on Wednesday.", "en"),
                       ("Two French soldiers, who were taking part in an operation, were killed on Wednesday.", "en"),
                       ("Deux militaires français, qui participaient à une opération, ont été tués mercredi.", "fr")):
        [(subject, measure, value)] = _owners(text, lang, "2012-06-28")
        assert (measure, value) == ("deaths", 2.0), text
    # a comma that opens another clause, or another count, keeps its verb to itself
    assert _owners("NATO has 4,000 troops who patrol the north, where a civilian was killed.", "en",
                   "2012-06-28") == [("NATO", "troops", 4000.0)]
    assert ("NATO", "troops", 4000.0) in _owners(
        "NATO has 4,000 troops who patrol the north, where two civilians were killed.", "en", "2012-06-28")


def test_a_toll_told_with_no_noun_counts_people():
    # Constructed phrases, shaped like Wikinews and BBC reports: a casualty verb next to a
    # bare count makes a toll of people, whatever follows after a comma
    assert _owners("The fire killed three, including a 92-year-old woman.", "en", "2019-01-07") == [
        ("people", "deaths", 3.0)]
    assert _owners("Nine killed in mall shooting", "en", "2019-01-07") == [("people", "deaths", 9.0)]
    assert _owners("The bombing killed five and wounded 110.", "en", "2019-01-07") == [
        ("people", "deaths", 5.0), ("people", "injured", 110.0)]
    assert [m for _, m, _ in _owners("Zwei Menschen starben, bis zu 50 wurden verletzt.", "de", "2009-07-20")] \
        == ["deaths", "injured"]


def test_an_age_a_ratio_or_a_name_beside_a_casualty_word_is_no_toll():
    # Constructed phrases: ages told after "died", a ratio, a year named by its last digits,
    # and a title that holds a casualty word are no tolls
    for text, lang in (("The conductor died in Vienna at 61.", "en"),
                       ("The actor died on Sunday aged 79.", "en"),
                       ("The singer died at the age of 95, her son said.", "en"),
                       ("The studio remade Dead Or Alive 1 and 2.", "en"),
                       ("Le tabac cause plus d'un décès sur huit.", "fr"),
                       ("El año no ha tenido más muertos que el 19.", "es")):
        assert [c for c in claims_of(text, lang, "2020-01-10") if c.measure == "deaths"] == [], text


def test_the_victims_are_the_first_people_counted_after_the_number():
    # Constructed phrases: the first person noun after the count names the victims, not one
    # in another count or in the source of the toll
    assert _owners("Six children and three adults were injured.", "en", "2019-01-07") == [
        ("children", "injured", 6.0), ("adults", "injured", 3.0)]
    assert [s for s, _, _ in _owners("The storm hit on Wednesday, killing at least 20 according to "
                                     "officials.", "en", "2019-12-26")] != ["officials"]


def test_the_target_of_an_attack_is_no_target_figure():
    # Constructed phrases: "the target of" a suicide attack names what was attacked; the toll
    # after it is a level. A figure right after "a target of" is still a target
    rows = [(c.value, c.kind) for c in claims_of(
        "The same marketplace was the target of a suicide attack in which three people were killed "
        "and 18 injured.", "en", "2009-02-22")]
    assert rows == [(3.0, "level"), (18.0, "level")]
    assert [c.kind for c in claims_of("NATO set a target of about 5,000 troops.", "en", "2009-02-22")] == [
        "target"]


def test_the_verb_after_an_aside_on_the_people_counted_is_their_fate():
    # Constructed phrases: "including …" between the people counted and their verb
    assert _owners("Six people, including a police officer, were injured.", "en", "2017-08-21") == [
        ("people", "injured", 6.0)]
    assert _owners("Nine people, including the gunman, were killed at the school.", "en", "2017-08-21") == [
        ("people", "deaths", 9.0)]


def test_people_charged_with_a_killing_are_no_toll():
    # Constructed phrases: a killing told after "accused of" or "convicted of" is what the
    # people counted are charged with, not what befell them
    for text, charged in (("Three individuals accused of involvement in the killing of a journalist were "
                           "acquitted.", 3.0),
                          ("Eleven people were wrongly convicted of the killing of five soldiers.", 11.0)):
        assert charged not in [c.value for c in claims_of(text, "en", "2009-02-22") if c.measure == "deaths"], text
    assert _owners("The blast killed at least 27 individuals.", "en", "2009-02-22") == [
        ("individuals", "deaths", 27.0)]


def test_someones_children_are_relatives_not_a_count_of_children():
    # Constructed phrases: children after a possessive or before "of" and a name are someone's
    # offspring; children counted by a toll stay its victims
    for text, lang in (("The minister travelled with his wife and three children to Brussels, KFOR said.", "en"),
                       ("The widow and five children of former dictator Augusto Pinochet were arrested in Chile.",
                        "en"),
                       ("Le ministre a laissé ses deux enfants à Paris, selon la KFOR.", "fr")):
        assert [c for c in claims_of(text, lang, "2009-02-22") if c.measure == "children"] == [], text
    assert _owners("Five children of the village died.", "en", "2009-02-22") == [("children", "deaths", 5.0)]


def test_soldiers_charged_with_an_act_are_no_troop_level():
    # Constructed phrases: soldiers counted before "responsible for" or "involved in" an act
    # are people charged, not the size of a force; "involved in the mission" still is one
    for text in ("Four US soldiers involved in the burning of two bodies now face disciplinary measures.",
                 "The two soldiers responsible for recording a message will face punishment."):
        assert [c for c in claims_of(text, "en", "2009-02-22") if c.measure == "troops"] == [], text
    assert [(c.value, c.measure) for c in claims_of("The US has 4,000 soldiers involved in the mission.", "en",
                                                   "2009-02-22")] == [(4000.0, "troops")]


def test_the_bodies_found_are_a_death_toll():
    # English rows of wikinews-it-fr (no licence stated: quoted by reference): "the bodies
    # of 12 young men who were killed" was a count of people, "The bodies of five women …
    # have been found" no figure at all
    line = wikinews_it_fr_line(8580, 1, "4ed257cea2e7")
    assert [(c.measure, c.value) for c in claims_of(line, "en", None) if c.value == 12] == [("deaths", 12.0)]
    line = wikinews_it_fr_line(56537, 0, "04b62daf06ff")
    assert [(c.measure, c.value) for c in claims_of(line, "en", None) if c.value == 5] == [("deaths", 5.0)]


def test_a_toll_after_an_aside_or_told_as_martyrs():
    # English rows of wikinews-it-fr, quoted by reference. The cue after an aside on the
    # counted people may follow an auxiliary and a word or two: "where at least 20 people,
    # including at least eight foreigners, are reported dead" was a count of 20 people;
    # "martyred" is killed ("Thirty eight people were martyred which includes 21 security
    # forces personnel and 17 civilians" was 38 people and 17 civilians, no deaths).
    def deaths(line):
        return [c.value for c in claims_of(line, "en", None) if c.measure == "deaths"]
    assert 20.0 in deaths(wikinews_it_fr_line(2377081, 0, "20ebbf487479"))
    assert {38.0, 17.0} <= set(deaths(wikinews_it_fr_line(246206, 0, "50572b0fb420")))
    wounded = [c.value for c in claims_of(wikinews_it_fr_line(126961, 0, "dbf9349e18fe"), "en", None)
               if c.measure == "injured"]
    assert wounded[:1] == [3.0]


def test_a_cue_past_when_is_another_clause_s_dead():
    # BBC News archive, entertainment/060, quoted by reference: "the film follows three
    # children who are orphaned when their parents die in a fire" was 3 children dead
    line = bbc_line("bbc/entertainment/060.txt", 4, "bca26b15f69f")
    assert not [c for c in claims_of(line, "en", None) if c.measure == "deaths"]


def test_shot_and_killed_is_one_fate():
    # English rows of wikinews-it-fr, quoted by reference: "Four people have been shot and
    # killed and at least 15 wounded" made the four injured (the "and killed" was taken
    # for another predicate)
    line = wikinews_it_fr_line(130159, 0, "041818428d17")
    got = {(c.measure, c.value) for c in claims_of(line, "en", None)}
    assert {("deaths", 4.0), ("injured", 15.0)} <= got and ("injured", 4.0) not in got


def test_a_person_noun_used_as_an_adjective_names_no_victims():
    # French row of wikinews-it-fr, quoted by reference: "la police qui compte trois blessés
    # mineurs" (three minor injuries) named the injured "mineurs" (miners); they are people
    line = wikinews_it_fr_line(27839, 0, "0259d8c61b54")
    got = [(c.subject, c.measure, c.value) for c in claims_of(line, "fr", None) if c.value == 3]
    assert got == [("personnes", "injured", 3.0)]
    # "mineurs" right after a numeral still counts miners: "avait causé la mort de 110 mineurs"
    line = wikinews_it_fr_line(69805, 0, "55bcd01eebcb")
    assert [(c.subject, c.measure) for c in claims_of(line, "fr", None) if c.value == 110] == [("mineurs", "deaths")]
