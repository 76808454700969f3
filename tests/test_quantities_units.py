"""Units of quantity rows on real English news, in the names NewsQuant's scorer expects.

Sentences are quoted from English Wikinews (shared/corpora/wikinews-en, CC BY 2.5). The
NewsQuant sentences themselves carry no licence (shared/eval/quantities/SOURCES.md: for
internal evaluation only, not to be redistributed), so none is quoted here.
"""
from __future__ import annotations

from claimline.numbers.quantities import quantities_for_text


def _units(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in quantities_for_text("wn", text, "en")]


def test_a_share_of_a_whole_is_a_percentage_of_it():
    t = ("Yesterday, what organizers estimated at 1.7 million Hongkongers, about a quarter of the "
         "city's population, marched from downtown Victoria Park toward the Central district")
    assert (0.25, "% city population") in _units(t)
    t = ("Among voters between the ages of 17 and 29, he received two-thirds of the votes; he "
         "secured approximately half of the votes of Latino voters.")
    assert (2 / 3, "% votes") in _units(t) and (0.5, "% votes") in _units(t)


def test_the_whole_runs_through_its_modifiers_to_its_head_noun():
    t = ("On Monday, Nevada became the first state in the United States to begin a state legislative "
         "session in which more than half of the elected officials were women, at 50.8 percent.")
    assert (0.5, "% elected officials") in _units(t)
    t = "According to the research team, half of all people worldwide are affected by limits on their water supply"
    assert _units(t) == [(0.5, "% people")]


def test_a_share_of_a_pronoun_names_no_whole():
    t = "The structure has over 3000 parking spaces; reports said more than half of those were filled."
    assert (0.5, None) in _units(t)


def test_a_gerund_before_a_plural_is_no_part_of_the_unit():
    t = ("In a situational report of NDRRMC, Wednesday's tremor damaged 143 buildings including 70 "
         "schools, 40 houses, seven health facilities, two worshiping areas, and ten commercial buildings.")
    assert (2.0, "areas") in _units(t)


def test_a_bare_figure_takes_the_unit_of_the_next_one_it_is_paired_with():
    # '12 or 11 years old', '1.52 and 2.2m': the unit is said once, after the second figure
    assert _units("I was about 12  or 11 years old, and I went to Syria.") == [
        (12.0, "year of age"), (11.0, "year of age")]
    t = "Which were the two telescopes?   ((Thomas Rivinius))  The 1.52 and 2.2m."
    assert (1.52, "metre") in _units(t) and (2.2, "metre") in _units(t)


def test_a_score_is_no_unit_for_its_neighbour():
    t = "The articles passed by votes of 230-to-197 and 229-to-198 respectively."
    assert all(u is None or not any(ch.isdigit() for ch in u) for _, u in _units(t))


def test_a_bare_number_a_person_is_is_an_age():
    assert _units("He was 101 and died of pneumonia in La Jolla, California.") == [(101.0, "year of age")]
    t = "I had started working at Funimation when I was 19, so I was just barely in college."
    assert _units(t) == [(19.0, "year of age")]


def test_a_part_of_a_whole_counts_the_whole_s_noun_and_keeps_the_whole():
    t = ("Sanders came in second in Iowa, securing 12 of the state's 41 pledged delegates; Pete "
         "Buttigieg, the former mayor of South Bend, Indiana, came in first with 14.")
    units = _units(t)
    assert (12.0, "pledged delegates") in units and 41.0 in [v for v, _ in units]
    assert _units("There were no Change UK candidates elected, which lost all 5 of its seats.") == [(5.0, "seats")]


def test_one_of_the_most_reads_every_adjective_to_the_head_noun():
    t = ("The world-famous cathedral, completed in the 13th century, is one of the most well-known "
         "monuments in France.")
    assert (1.0, "well-known monuments france") in _units(t)


def test_from_without_a_to_figure_is_no_move():
    # 'from five different states ... from hundreds of miles away': two figures, no transition
    t = ("Prosecutors said Smithers gave out the prescriptions to patients from five different states, "
         "some driving to his office from hundreds of miles away, from 2015 to 2017.")
    rows = quantities_for_text("wn", t, "en")
    assert [(r["value"], r["low"], r["high"]) for r in rows] == [(5.0, None, None), (None, 100.0, 1000.0)]


def test_one_of_n_keeps_both_figures():
    # 'one of eighteen B-17s': the eighteen is a figure of its own, not the unit of the one
    t = ("According to Connecticut Senator Richard Blumenthal, the involved airplane is one of "
         "eighteen B-17s still in the United States.")
    units = dict(_units(t))
    assert units.get(1.0) != "eighteen" and 18.0 in units


def test_names_and_modifiers_before_the_counted_noun_belong_to_it():
    t = "After a jury trial in Paris, two French police officers were found guilty on Thursday of raping a Canadian tourist in 2014."
    assert (2.0, "french police officers") in _units(t)
    t = ("Over 100 Republican national security experts signed an open letter urging Republican "
         "officials to push the president to concede the election.")
    assert _units(t) == [(100.0, "republican national security experts")]


def test_a_named_owner_is_part_of_the_whole():
    t = ("On Saturday, incumbent United States President Donald Trump secured all 25 of Nevada's "
         "delegates to the Republican Party's National Convention.")
    assert _units(t) == [(25.0, "nevada delegates")]
