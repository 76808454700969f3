"""Behaviour of claimline.numbers.find_numbers on real seed sentences, plus properties."""
from hypothesis import given, settings, strategies as st

from claimline.numbers import find_numbers
from claimline.numbers.digits import format_number
from claimline.numbers.lexicon import available_languages, lexicon

LANGS = ["en", "fr", "de", "es", "it"]


def quantities(text, lang):
    return [n for n in find_numbers(text, lang) if n.role == "quantity"]


def test_seed_target_en_is_approx_5000():
    t = ("Over the next few months, KFOR will progressively reduce its presence to around 5,000 \n"
         "troops in total, marking one more step in the adaptation of KFOR to a deterrent presence.")
    q = quantities(t, "en")
    assert [(n.surface, n.value, n.qualifier) for n in q][0] == ("5,000", 5000.0, "approx")


def test_seed_target_fr_is_approx_5000():
    t = "les effectifs de la KFOR vont être progressivement réduits pour passer à environ 5000 soldats au total"
    q = quantities(t, "fr")
    assert [(n.surface, n.value, n.qualifier) for n in q] == [("5000", 5000.0, "approx")]


def test_a_tenth_of_that_number_is_a_relative_fraction():
    t = ("At its height, KFOR reached 50,000 troops. Today, as an indicator of the improved security "
         "situation in Kosovo KFOR’s commander, Major General Erhard Drews, has a tenth of that number.")
    ns = find_numbers(t, "en")
    assert [(n.surface, n.value, n.form) for n in ns] == [("50,000", 50000.0, "digits"), ("a tenth", 0.1, "fraction")]
    assert ns[1].relative


def test_footer_numbers_are_not_quantities():
    t = "B-1110 Bruxelles Belgique\nE-mail: press@hq.nato.int  – \nTel.: 32 2 707 50 41 – Fax: 32 2 707 50 57"
    ns = find_numbers(t, "en")
    assert quantities(t, "en") == []
    assert {n.role for n in ns} == {"code", "phone"}


def test_dateline_years_times_and_date_parts():
    t = "09 Jul. 2012 -\n  • |\n  • Last updated: 09 Jul. 2012 08:52"
    assert [n.role for n in find_numbers(t, "en")] == ["date", "year", "date", "year", "time"]


def test_resolution_and_year_are_not_counted():
    t = "Over 12 years after the creation of KFOR in June 1999 under UN Security Council Resolution 1244, tensions remain"
    ns = find_numbers(t, "en")
    assert [(n.surface, n.role) for n in ns] == [("12", "quantity"), ("1999", "year"), ("1244", "identifier")]
    assert ns[0].qualifier == "more-than"


def test_multipliers_and_words():
    t = '"KFOR is to triple the number of patrols and quadruple its presence in northern Kosovo," the report said.'
    ns = find_numbers(t, "en")
    assert [(n.surface, n.value, n.form) for n in ns] == [("triple", 3.0, "multiplier"), ("quadruple", 4.0, "multiplier")]
    t = "killing one police officer and three assailants"
    assert [(n.surface, n.value, n.form) for n in find_numbers(t, "en")] == [("one", 1.0, "words"), ("three", 3.0, "words")]


def test_dates_in_prose_are_date_parts():
    t = "staged protests that ended in violence on May 29 in Zvečan, when dozens of demonstrators and KFOR soldiers were injured."
    ns = find_numbers(t, "en")
    assert [(n.surface, n.role, n.form) for n in ns] == [("29", "date", "digits"), ("dozens", "quantity", "vague")]
    assert ns[1].low < ns[1].value < ns[1].high


# ------------------------------------------------------------------ properties

@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from(LANGS))
def test_grouped_integers_round_trip(n, lang):
    if lang not in available_languages():
        return
    lx = lexicon(lang)
    for mark in sorted(lx.group_marks | lx.ambiguous_marks):
        if mark in "'’":
            continue
        text = f"Il y a {format_number(n, lx, mark)} personnes."
        ns = find_numbers(text, lang)
        assert len(ns) == 1 and ns[0].value == n, (text, ns)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,-–%$€abcdefKmk\u00a0\u202f")), max_size=40),
       st.sampled_from(LANGS))
def test_offsets_slice_the_surface_and_do_not_overlap(text, lang):
    if lang not in available_languages():
        return
    ns = find_numbers(text, lang)
    last = 0
    for n in ns:
        assert text[n.start:n.end] == n.surface
        assert n.start >= last
        last = n.end


# ------------------------------------------------------------------ quantity rows

def test_quantity_rows_for_a_seed_sentence():
    from claimline.numbers.quantities import quantities_for_text
    t = ("Since the outbreak of violence in May and September, allies have deployed about 1,000 reserve "
         "forces to the mission, the largest increase in a decade.")
    rows = quantities_for_text("seed", t, "en")
    assert [(r["value"], r["change"]) for r in rows] == [(1000.0, "~")]
    assert rows[0]["unit"] == "reserve forces"


def test_quantity_rows_in_french_with_money():
    from claimline.numbers.quantities import quantities_for_text
    t = "Sa \"guerre\" avec le quotidien Midi Libre a par exemple coûté 44.157,73 euros en frais d'avocat."
    rows = quantities_for_text("fr-1", t, "fr")
    assert [(r["value"], r["unit"]) for r in rows] == [(44157.73, "euro")]


def test_run_manifest_skips_a_broken_line(tmp_path, capsys):
    import json
    from claimline.numbers.quantities import run_manifest
    m = tmp_path / "m.jsonl"
    m.write_text('{"id": "a", "text": "about 700 troops"}\nnot json\n{"id": "b", "path": "missing.txt"}\n'
                 '["a JSON list"]\n{"id": "c", "text": "some 40 soldiers"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run_manifest(m, out) == 2
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc"], r["value"]) for r in rows] == [("a", 700), ("c", 40)]
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all(str(m) in line for line in err)


def test_one_of_the_superlative_counts_the_plain_noun_phrase_and_its_frame():
    # wikinews-en 2019 (CC BY 2.5)
    from claimline.numbers.quantities import quantities_for_text

    t = ("Toronto Comicon 2019 returned to its titular city from March 15 to 17, as one of the largest "
         "pop culture events in Canada.")
    rows = [r for r in quantities_for_text("wn", t, "en") if r["value"] == 1.0]
    assert [r["unit"] for r in rows] == ["large pop culture events canada"]


def test_an_adjective_that_is_a_stop_word_still_leads_the_counted_noun():
    # wikinews-en 2020 (CC BY 2.5)
    from claimline.numbers.quantities import quantities_for_text

    rows = quantities_for_text("wn", "Yesterday, Bangladesh has confirmed five new deaths due to COVID-19 on the day.", "en")
    assert [(r["value"], r["unit"]) for r in rows if r["value"] == 5.0] == [(5.0, "new deaths")]


def test_a_figure_in_a_clause_without_nouns_is_about_the_clause_before():
    # wikinews-en 2020 (CC BY 2.5)
    from claimline.numbers.quantities import quantities_for_text

    t = "Among women serving in state legislatures nationwide, about 70 percent belong to the Democratic party."
    (row,) = quantities_for_text("wn", t, "en")
    assert (row["value"], row["unit"], row["change"]) == (70.0, "%", "~")
    assert {"legislatures", "nationwide"} <= set(row["concept"].lower().split())


def test_the_subject_after_an_opening_setting_is_part_of_the_concept():
    # wikinews-en 2020 (CC BY 2.5)
    from claimline.numbers.quantities import quantities_for_text

    t = ("In the United States alone, particulate matter is indirectly responsible for reportedly upwards "
         "of 100,000 deaths annually.")
    (row,) = quantities_for_text("wn", t, "en")
    assert (row["value"], row["unit"]) == (100000.0, "deaths")
    assert {"united", "particulate", "matter"} <= set(row["concept"].lower().split())


def test_names_before_a_plural_belong_to_the_counted_noun():
    # wikinews-en 2020 (CC BY 2.5)
    from claimline.numbers.quantities import quantities_for_text

    t = "As of 2020, Montana had seven Native American reservations with about 70,000 people living on them."
    rows = quantities_for_text("wn", t, "en")
    assert [(r["value"], r["unit"]) for r in rows] == [(7.0, "native american reservations"), (70000.0, "people")]


def test_a_conversion_in_brackets_is_about_what_the_figure_before_it_is_about():
    # wikinews-en 2019 (CC BY 2.5)
    from claimline.numbers.quantities import quantities_for_text

    t = "The oldest of the Turpin's offspring, age 29, weighed 82 pounds (37 kg)."
    rows = quantities_for_text("wn", t, "en")
    assert [(r["value"], r["unit"]) for r in rows] == [(29.0, "year of age"), (82.0, "pound-mass"), (37.0, "kilogram")]
    assert rows[2]["concept"] == rows[1]["concept"]


def test_a_conversion_keeps_no_hedge_of_its_own():
    # wikinews-en 2019 (CC BY 2.5): the hedge word stands before the first saying only
    from claimline.numbers.quantities import quantities_for_text

    rows = quantities_for_text("wn", "The oil field is about 160 km (100 miles) east of the capital, Riyadh.", "en")
    assert [(r["value"], r["unit"], r["change"]) for r in rows] == [(160.0, "kilometre", "~"), (100.0, "miles", "=")]


def test_an_adjective_between_the_article_and_the_figure_belongs_to_the_noun():
    # wikinews-en 2020 (CC BY 2.5)
    from claimline.numbers.quantities import quantities_for_text

    t = "Former Vice President of the United States Joe Biden earned the other two delegates with about 36% of the vote."
    rows = quantities_for_text("wn", t, "en")
    assert [(r["value"], r["unit"]) for r in rows] == [(2.0, "other delegates"), (36.0, "%")]


def test_run_manifest_goes_on_after_a_document_that_breaks_the_reader(tmp_path, capsys, monkeypatch):
    import json
    from claimline.numbers import quantities

    real = quantities.quantities_for_text

    def breaks_on_b(doc, text, lang):
        if doc == "b":
            raise IndexError("reader bug")
        return real(doc, text, lang)

    monkeypatch.setattr(quantities, "quantities_for_text", breaks_on_b)
    m = tmp_path / "m.jsonl"
    m.write_text('{"id": "b", "text": "about 700 troops"}\n{"id": "c", "text": "some 40 soldiers"}\n',
                 encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert quantities.run_manifest(m, out) == 1
    assert [json.loads(x)["doc"] for x in out.read_text(encoding="utf-8").splitlines()] == ["c"]
    assert capsys.readouterr().err.strip() == f"{m}:1: IndexError: reader bug"


def test_a_move_then_the_level_it_led_to_is_no_range():
    # Constructed sentence (not from a corpus), shaped like market reports: after a movement
    # verb, "$1.64 to $47.10" is the change and the new price, never the range 1.64-47.10.
    q = quantities("Light crude rose $1.64 to $47.10 on Friday.", "en")
    assert [(n.value, n.form, n.unit) for n in q] == [(1.64, "digits", "USD"), (47.1, "digits", "USD")]
    # a narrow span after the same verb stays a range of the move ("rose 5 to 10 degrees")
    q = quantities("Temperatures rose 5 to 10 degrees.", "en")
    assert [(n.low, n.high) for n in q] == [(5.0, 10.0)]
    # the move's qualifier stands between the verb and the figure: "lost more than $2 to $43.25"
    q = quantities("US light crude lost more than $2 to $43.25 a barrel.", "en")
    assert [(n.value, n.form, n.qualifier) for n in q] == [(2.0, "digits", "more-than"), (43.25, "digits", "exact")]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion", "trillion"]))
@settings(max_examples=60, deadline=None)
def test_scaled_values_carry_no_float_noise(hundredths, scale):
    text = f"The budget is ${hundredths / 100:.2f} {scale}."
    (n,) = quantities(text, "en")
    factor = {"million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}[scale]
    assert n.value == hundredths * factor / 100
    assert repr(n.value) == repr(float(f"{hundredths * factor / 100:.12g}"))


def test_a_national_phone_number_and_a_hotline_are_no_figures():
    # Constructed (the audit's hostile document; Ofcom keeps 020 7946 0xxx for drama): a
    # number in three groups opening on a trunk zero is a phone, not the counts 800, 555
    # and 199; the number after "hotline" names the line
    q = find_numbers("Call 0800 555 0199 or 020 7946 0000. The hotline 112 received 3,500 calls.", "en")
    assert [(n.surface, n.role) for n in q] == [("0800 555 0199", "phone"), ("020 7946 0000", "phone"),
                                                ("112", "identifier"), ("3,500", "quantity")]
    # a clock reading in four digits stays a time
    assert [(n.surface, n.role) for n in find_numbers("The 0800 GMT flight left.", "en")] == [("0800 GMT", "time")]
