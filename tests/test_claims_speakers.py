"""A speaker that tells what it has owns the figure; one that reports another's does not."""
from tests.test_claims_corpus import claims_of


def _owners(text: str, lang: str = "en"):
    return [(c.subject, c.measure, c.value) for c in claims_of(text, lang, "2019-09-09")]


def test_a_speaker_saying_it_has_a_force_owns_it():
    # Constructed, shaped like the seeds' KFOR statements (the audit's sentence): "KFOR said
    # it has" is KFOR's own count, not "KFOR forces in Kosovo", a subject of its own that
    # left the figure out of KFOR's timeline
    assert _owners("KFOR said it has 4,900 troops in Kosovo.") == [("KFOR", "troops", 4900.0)]
    assert _owners("KFOR said on Monday that it now has 4,600 troops in Kosovo.") == [("KFOR", "troops", 4600.0)]
    assert _owners("La KFOR a indiqué qu'elle compte 4 600 soldats au Kosovo.", "fr") == [("KFOR", "troops", 4600.0)]
    # a speaker that recorded someone else's figure stays its source
    assert _owners("The WHO said it had recorded 500 cases in Brazil.") == [("Brazil", "cases", 500.0)]
