"""Which date belongs to which figure when one sentence holds several (claims.when).

Real sentences from the openly licensed corpora (wikinews-en, news-fr-2, news-es), each with
its source and its document's date. ``_times`` dates every numeral of a sentence as the
claims stage does (the real numbers, timex and kind stages, then ``when.decide``), whether
or not the figure becomes a claim: a claim also needs an owner the sentence alone may not
name. Where a whole claim is asserted and no real sentence of the shape names an owner,
the sentence is constructed and says so.
"""
from __future__ import annotations

import pytest

from claimline.claims import kind, when
from claimline.claims.lexicon import lexicon
from claimline.numbers import find_numbers
from claimline.timex import tag
from tests.test_claims_corpus import claims_of


def _times(text: str, lang: str, dct) -> dict:
    """Numeral surface → the time the claims stage gives that figure."""
    lex = lexicon(lang)
    tmx = tag(text, lang, dct)
    dated = when.dated(tmx, dct)
    out = {}
    for n in find_numbers(text, lang):
        if n.role != "quantity" or any(t.start <= n.start and n.end <= t.end for t in tmx):
            continue
        k = kind.decide(text[:n.start], text[n.end:], n.form, lex, "")
        out[n.surface] = when.decide(k.kind, text, n.start, dated, dct, None, lex, n.end)[0]
    return out


# --- the level a change started from owns the date right after it ---------------------

def test_a_date_right_after_the_level_before_is_its_own():
    # wikinews-en, 11-month old baby finds illegal drugs in playground (2020-07-08)
    t = "That showed a 93% increase from 88 deaths in May 2019."
    assert _times(t, "en", "2020-07-08")["88"] == "2019-05"


def test_the_level_before_and_its_conversion_take_last_year():
    # wikinews-en, Report indicates Mexican monarch butterfly population at ten-year high (2019-02-02)
    t = ("This year, the butterflies occupied roughly 6.05 hectares (14.95 acres; .0605 square km), "
         "up from 2.48 (6.12 acres) last year.")
    times = _times(t, "en", "2019-02-02")
    assert times["2.48"] == times["6.12"] == "2018"  # "(6.12 acres)" restates 2.48 hectares
    assert times["6.05"] == times["14.95"] == times[".0605"] == "2019"


# --- a date after a level compared with ("contre 418 en 2017") is not the other figure's -

@pytest.mark.parametrize("source, date, text, expected", [
    ("news-fr-2 21034", "2019-11-07",
     "L'Observatoire rapporte que dans 11% des cas, les blessures ont été occasionnées à l'aide d'une arme : "
     "666 policiers ont été blessés par arme en mission contre 418 en 2017, soit une hausse de 60%, un niveau "
     "également inédit depuis 2009.", {"666": "2019-11-07", "418": "2017"}),
    ("news-fr-2 1000", "2020-06-15",
     "En mai, le nombre d'accidents corporels a baissé également de 34%, passant à 3.076 contre 4.664 en mai "
     "2019, même tendance pour le nombre de personnes blessées, avec une baisse de 36,7% soit 2.150 personnes "
     "blessées de moins (3.704 en mai 2020).", {"3.076": "2020-05", "4.664": "2019-05"}),
    ("news-fr-2 24293", "2019-06-11",
     "Sur les 597 décès répertoriés durant l'été, 406 sont accidentels, contre 436 en 2015.",
     {"406": "2019-06-11", "436": "2015"}),
    ("news-fr-2 8486", "2020-03-24",
     "En 2014, le taux de participation était de 65% contre 39% cette année, dans la commune.",
     {"65%": "2014", "39%": "2020"}),
    ("news-fr-2 17059", "2020-03-04",
     "Coronavirus : 285 personnes touchées par le virus, soit 73 de plus que la veille",
     {"285": "2020-03-04"}),
])
def test_a_date_after_a_compared_level_is_that_levels(source, date, text, expected):
    times = _times(text, "fr", date)
    assert {k: times[k] for k in expected} == expected, source


# --- a date in another clause that a compared level owns frames no other figure -------

def test_another_clauses_comparison_date_is_not_this_figures():
    # news-fr-2 28136 (2018-12-07): "la semaine dernière" is what 59% is compared with
    t = ("Néanmoins, 59% des sondés indiquent que ce mouvement les inquiète, soit 15 points de plus que la "
         "semaine dernière, et près d'une personne sur deux le trouve \"violent\" (47%, soit 10 points de plus "
         "en une semaine).")
    times = _times(t, "fr", "2018-12-07")
    assert times["59%"] == times["47%"] == "2018-12-07"


def test_the_day_compared_with_is_not_the_next_clauses():
    # news-fr-2 5360 (2020-05-21, a Thursday): "mercredi" is the day 58 deaths fewer were counted
    t = ("Le nombre de décès dans les hôpitaux s'élève à 17.870, soit 58 de plus que mercredi, et celui dans "
         "les Ehpad et établissements médico-sociaux s'élève à 10.345 (+25).")
    times = _times(t, "fr", "2020-05-21")
    assert times["17.870"] == times["10.345"] == "2020-05-21"


def test_a_later_clause_takes_the_framing_date_not_the_compared_levels():
    # constructed (the shape of a company's yearly results; no real sentence of this shape
    # in the openly licensed corpora names an owner the claims stage accepts)
    t = "The European Union earned $3.1bn in 2019, up from $2.9bn in 2018, while its revenue rose 4% to $90bn."
    claims = {c.value: c.time for c in claims_of(t, "en", "2020-01-10")}
    assert claims == {3.1e9: "2019", 2.9e9: "2018", 9e10: "2019"}


def test_a_year_earlier_is_the_level_befores_not_the_level_reached():
    # constructed (same reason as above)
    t = "The European Union's revenue rose 4% to $90bn from $86bn a year earlier."
    claims = {c.value: c.time for c in claims_of(t, "en", "2020-01-10")}
    assert claims[8.6e10] == "2019" and claims[9e10] != "2019"


# --- a currency conversion in parentheses is the same amount ---------------------------

def _spans(text: str, lang: str) -> dict:
    return {n.surface: (n.start, n.end) for n in find_numbers(text, lang) if n.role == "quantity"}


@pytest.mark.parametrize("source, lang, text, main, conversions", [
    ("wikinews-en Paris court jails two police in high-profile rape case", "en",
     "In addition to prison, the men's identities, protected during the three-week trial owing to their police "
     "jobs, are now public and they are to pay €20,000 (£17,500; US$22,900) in compensation.",
     "€20,000", ["£17,500", "US$22,900"]),
    ("news-fr-2 1135", "fr",
     "Une vente aux enchères d'objets et d'effets personnels de la légende des Lakers Kobe Bryant, décédé "
     "accidentellement en janvier, a généré jeudi 202.590 dollars (185.000 euros), soit huit fois plus que les "
     "estimations, a annoncé la maison Julien's Auctions.", "202.590 dollars", ["185.000 euros"]),
    ("news-fr-2 10953", "fr",
     "Alors qu'elle aurait dû payer 23,70 francs (soit 19,80 euros), elle a finalement régler 7700 francs "
     "(soit 6430 euros).", "23,70 francs", ["19,80 euros"]),
    ("news-es 308", "es",
     "El jefe del gobierno español Pedro Sánchez anunció este miércoles un paquete de 11,000 millones de euros "
     "(13,380 millones de dólares) para ayudar a las empresas en dificultades debido a la pandemia del covid-19.",
     "11,000 millones de euros", ["13,380 millones de dólares"]),
])
def test_a_conversion_in_parentheses_restates_the_amount(source, lang, text, main, conversions):
    spans = _spans(text, lang)
    for conv in conversions:
        assert when.converts(text, spans[main][1], *spans[conv], lexicon(lang)), (source, conv)


@pytest.mark.parametrize("source, lang, text, main, other", [
    ("news-fr-2 18961", "fr",
     "Pour un épargnant au plafond de 22.950 euros, la perte est de 57,375 euros (114,75 au lieu de 172,125 "
     "euros)\", ajoute le cabinet.", "57,375 euros", "114,75"),
    ("news-es 79", "es",
     "Si en 2017 el volumen de negocio de la consultora de Redondo fue de 192.120 euros (15.547 euros de "
     "beneficio), en 2018 aumentó hasta los 249.561 euros (41.299 de beneficio, según las cuentas que aparecen "
     "en Registro Mercantil.", "192.120 euros", "15.547 euros"),
])
def test_a_figure_of_its_own_in_parentheses_is_no_conversion(source, lang, text, main, other):
    spans = _spans(text, lang)
    assert not when.converts(text, spans[main][1], *spans[other], lexicon(lang)), source


def test_a_conversion_claim_shares_the_time_of_the_amount():
    # news-es 415
    t = ("Por su parte, en 2016 Rafael Isea, exministro de Finanzas de Venezuela de Chávez, declaró a la Unidad "
         "de Delincuencia Económica y Fiscal (UDEF) de España, que el expresidente pagó siete millones de euros "
         "(7,6 millones de dólares) a la Fundación Podemos.")
    by = {c.measure: c for c in claims_of(t, "es", None)}
    assert by["EUR"].time == by["USD"].time == "2016"
    assert "cue:conversion" in by["USD"].rules


def test_a_conversion_of_a_target_is_a_target_too():
    # constructed (the shape "will pay $X (£Y)"; no real sentence of it names an owner)
    t = "The European Commission will pay $2bn (£1.1bn) to the fund."
    claims = claims_of(t, "en", "2020-01-10")
    assert [(c.measure, c.kind, c.time) for c in claims] == [("USD", "target", None), ("GBP", "target", None)]


def test_a_semicolon_inside_the_parentheses_is_no_clause_break():
    # constructed (the shape "reached $X (£Y;Z euros) in 2018")
    t = "The European Union's exports reached $12.5bn (£6.4bn;9.1bn euros) in 2018."
    claims = claims_of(t, "en", "2020-01-10")
    assert [(c.measure, c.time) for c in claims] == [("USD", "2018"), ("GBP", "2018"), ("EUR", "2018")]


# --- "im Jahr 2010" opens a date; "jährlich" makes a yearly amount -----------------------

@pytest.mark.parametrize("row, value, expected", [
    # German Wikinews is not openly licensed: the sentences are only pointed at
    ({"source": "wikinews-de 74327", "ref": {"corpus": "wikinews-de", "doc": "74327", "start": 739, "end": 826,
                                             "sha1": "dcc820afd3a5"}}, "7.000", "2010"),
    ({"source": "wikinews-de 49204", "ref": {"corpus": "wikinews-de", "doc": "49204", "start": 2364, "end": 2508,
                                             "sha1": "676364b78a5e"}}, "90", "2002"),
])
def test_a_recurring_word_that_opens_a_date_is_that_date(row, value, expected):
    from tests.conftest import SHARED
    from tests.test_subjects_measured import _text

    if not (SHARED / "corpora").is_dir():
        pytest.skip("the shared corpora are absent")
    assert _times(_text(row), "de", None)[value] == expected, row["source"]


def test_a_yearly_amount_stays_undated():
    # news-fr-2 24293 (2019-06-11)
    t = ("En France, les noyades accidentelles sont responsables chaque année d'environ 1.000 décès et sont la "
         "première cause de mortalité par accident de la vie courante chez les moins de 25 ans.")
    assert _times(t, "fr", "2019-06-11")["1.000"] is None


# --- "de 311 en 2017 à 541": the year after "en" dates the level before -----------------

@pytest.mark.parametrize("source, lang, date, text, expected", [
    ("news-fr-2 18139", "fr", "2019-02-12",
     "Les actes antisémites sont passés de 311 en 2017 à 541 l'an passé, a indiqué lundi soir le ministère de "
     "l'Intérieur.", {"311": "2017", "541": "2018"}),
    ("news-es 567", "es", None,
     "La subsecretaría de Salud Pública de Medellín confirmó que mientras en el caso de la depresión mayor la "
     "prevalencia anual pasó de 4,1 por ciento en 2012 a 5,2 en 2019, en el caso del bipolar la tasa pasó 0,8 por "
     "ciento en 2012 a 1,0 por ciento en 2019.",
     {"4,1 por ciento": "2012", "5,2": "2019", "0,8 por ciento": "2012", "1,0 por ciento": "2019"}),
    # the figure in parentheses right after the date compared with is that date's
    ("news-fr-2 1000", "fr", "2020-06-15",
     "205 personnes sont décédées sur les routes, soit 38 de moins qu'un an plus tôt (243).",
     {"205": "2020-06-15", "243": "2019"}),
])
def test_the_year_of_the_level_before(source, lang, date, text, expected):
    times = _times(text, lang, date)
    assert {k: times[k] for k in expected} == expected, source


def test_a_date_to_come_does_not_date_a_past_relative_clause():
    # news-fr-2 36073 (2020-08-05), cut before ", dont …": Thursday is the day of the visit; the deaths are the
    # explosions' ("qui ont … fait"), reported as of the article's date
    t = ("Emmanuel Macron se rendra jeudi au Liban après les explosions qui ont ravagé Beyrouth et fait plus "
         "de 110 morts et des milliers de blessés")
    assert _times(t, "fr", "2020-08-05")["110"] != "2020-08-06"
    assert [c.time for c in claims_of(t + ".", "fr", "2020-08-05") if c.value == 110] == ["2020-08-05"]


def test_a_date_named_far_back_in_the_paragraph_dates_no_undated_figure():
    # wikinews-en 2020-10-29 (Nagorno-Karabakh), read with no document date: the war "in
    # 1994" is named some 560 characters before the claimed 2,300 soldiers killed; the
    # paragraph's last date no longer reaches that far, so the figure's date stays unknown
    t = ("Armenia and Azerbaijan fought a war over the Nagorno-Karabakh region in 1994.   Russia brokered a "
         "cease-fire agreement but skirmishes continued to break out.  The latest violence began with conflicting "
         "claims from both sides. The Armenians claim they were retaliating against missile attacks from "
         "Azerbaijan.  The Azerbaijanis state they were responding to Armenian aggression.  The president of "
         "Turkey vowed support for Azerbaijan, while Russia called for a cessation of fighting.  As of September "
         "30, Armenia claimed 790 Azerbaijani soldiers had been killed, with 103 Artsakh deaths. Azerbaijan "
         "claimed to have killed about 2,300 Artsakh soldiers.")
    times = {c.value: c.time for c in claims_of(t, "en", None)}
    assert 2300 in times and times[2300] is None


def test_a_name_inside_a_temporal_expression_is_no_subject():
    # Constructed: "BC" in "664 BC" is the era of a year, not an actor whose figure it is
    got = claims_of("In 664 BC, the city had 30,000 troops.", "en", "2020-01-01")
    assert all(c.subject != "BC" for c in got)
    got = claims_of("In 664 BC, Greece had 30,000 troops.", "en", "2020-01-01")
    assert [(c.subject, c.value) for c in got] == [("Greece", 30000)]


def test_a_list_of_years_opens_the_span_and_a_later_date_dates_no_past_figure():
    # Constructed sentences (the audit's hostile document): "in 2019, 2020 and 2021" holds
    # from the first year to the last; a year told in the sentence before that lies after
    # the document's date cannot date a death already reported, so its time is unknown
    [c] = claims_of("In 2019, 2020 and 2021 NATO had 12,000 soldiers in Kosovo.", "en", "2022-02-24")
    assert c.time == "2019/2021"
    text = "In 2021 NATO had 12,000 soldiers in Kosovo. The road was closed and 5 people died in Pristina."
    deaths = [c for c in claims_of(text, "en", "2018-02-24") if c.measure == "deaths"]
    assert [(c.value, c.time) for c in deaths] == [(5.0, None)]
    # told after that year, the same year dates it
    deaths = [c for c in claims_of(text, "en", "2022-02-24") if c.measure == "deaths"]
    assert [(c.value, c.time) for c in deaths] == [(5.0, "2021")]
