"""Money told as a vague amount, and the object a multiplier multiplies."""
from claimline.claims import measure
from claimline.claims.lexicon import lexicon
from tests.conftest import wikinews_it_fr_line
from tests.test_claims_corpus import claims_of


def test_a_vague_amount_of_money_is_measured_in_its_currency():
    # Constructed, shaped like a business report: "billions of dollars" is money in USD, as
    # "two billion dollars" is, not a count of "dollars"; the conservative reading of the
    # plural is at least two billion
    [c] = claims_of("The IMF may sell billions of dollars of gold.", "en", "2005-01-10")
    assert (c.measure, c.value, c.approx) == ("USD", 2_000_000_000, True)
    [c] = claims_of("The IMF may sell two billion dollars of gold.", "en", "2005-01-10")
    assert (c.measure, c.value, c.approx) == ("USD", 2_000_000_000, False)


def _object(text: str, lang: str = "en"):
    hit = measure.noun_object(text, 0, lexicon(lang))
    return hit.measure if hit else None


def test_a_multiplier_counts_only_a_measure_or_a_plural_noun():
    # Real phrases from English Wikinews: "put double the effort" (an interview, 2019-03) and
    # "halving its staff" (Tesco Polska, 2020-06); "double that figure" is constructed
    assert _object(" the effort, and the recognition comes very late.") is None
    assert _object(" that figure.") is None
    assert _object(" its staff, shutting off home deliveries") == "employees"
    assert _object(" the number of patrols") == "patrols"
    assert _object(" their troops in the north") == "troops"


def test_a_currency_code_owns_no_figure():
    # English rows of wikinews-it-fr, quoted by reference: "at 170 DKK (US$27.6), from which
    # 35 DKK (US$5.7)" and "= about 86.7 billion USD." made DKK and USD the owners of sums
    for row, index, sha in ((31381, 0, "a4c046fc0437"), (9370, 0, "c212bdaa51a9")):
        owners = {c.subject for c in claims_of(wikinews_it_fr_line(row, index, sha), "en", None)}
        assert not owners & {"DKK", "USD"}, owners
