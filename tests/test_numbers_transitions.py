"""Transitions ('from A to B') whose words are split by an adverb or a qualifier, on real
sentences of the number corpora (the sources are those of the corpus lines: see
resources/SOURCES.md)."""
from claimline.numbers import find_numbers


def _tagged(text, lang):
    return [(n.surface, n.rule.split("|")[0]) for n in find_numbers(text, lang) if n.role == "quantity"]


def test_de_von_derzeit_2000_auf_rund_15000_is_a_transition():
    # wikinews-de 31406
    t = ("Die Sicherheitsratsresolution sieht eine Verstärkung der bereits im Land stationierten "
         "UN-Truppen (UNIFIL) von derzeit 2000 auf rund 15.000 Soldaten vor.")
    assert _tagged(t, "de") == [("2000", "transition-from"), ("15.000", "transition-to")]


def test_it_aumento_da_47mila_a_55mila_is_a_transition_not_a_range():
    # wikinews-it-fr it:103440
    t = ("Sul tavolo, ieri, vi era la richiesta dell'aumento delle truppe combattenti (da 47mila a "
         "55mila, come richiesto dal generale a comando delle operazioni della NATO in Afghanistan) "
         "nonché il caso del Canada, che aveva minacciato di ritirare il proprio contingente (2.500 "
         "soldati) impegnato da vari mesi in duri combattimenti, con numerose perdite.")
    got = [(n.surface, n.value, n.rule.split("|")[0]) for n in find_numbers(t, "it") if n.role == "quantity"]
    assert got == [("47mila", 47000.0, "transition-from"), ("55mila", 55000.0, "transition-to"),
                   ("2.500", 2500.0, "digits")]
