"""The probes and word finders that speed up the timex searches (``timex.firstchar``,
``timex.firstword``) find exactly what a plain ``finditer`` finds: every rule over its windows, every tense cue over a clause, on
the real sentences of each language's examples and on the seed documents."""
from __future__ import annotations

import json
import re

import pytest

from claimline.timex import firstchar, firstword, grammar, lexicon, tense
from claimline.timex.lexicon import RESOURCES
from tests.conftest import EXAMPLES

LANGS = lexicon.languages()


def _texts(lang: str) -> list[str]:
    rows = (RESOURCES / lang / "timex_examples.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(r)["text"] for r in rows if r.strip()]
    if lang == "en":
        texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    return texts


def _spans(found, n: int) -> list[list[tuple[int, int]]]:
    """Spans of ``firstchar.matches``'s answer for ``n`` patterns (None: no match)."""
    return [[m.span() for m in ms] for ms in found] if found is not None else [[]] * n


def _plain_scan(lang: str, text: str) -> list[tuple]:
    """The search before probes: each rule's regex, ``finditer`` over each window."""
    spans = grammar.windows(lang, text)
    return [(rule.index, m.span(), m.groupdict()) for rule in grammar.compiled(lang)
            for lo, hi in spans[rule.heads] for m in rule.regex.finditer(text, lo, hi)
            if m.end() > m.start()]


@pytest.mark.parametrize("lang", LANGS)
def test_scan_finds_what_finditer_finds(lang):
    for text in _texts(lang):
        got = [(rule.index, m.span(), m.groupdict()) for rule, m in grammar.scan(lang, text)]
        assert got == _plain_scan(lang, text), text[:80]


@pytest.mark.parametrize("lang", LANGS)
def test_a_worded_group_alone_finds_what_finditer_finds(lang):
    # scan searches the groups with a finder together; each still searches a window alone
    groups = [g for g in grammar.rule_groups(lang) if g.finder is not None]
    assert groups
    for text in _texts(lang)[:60]:
        for group in groups:
            for lo, hi in grammar.windows(lang, text)[group.heads]:
                want = [[m.span() for m in rx.finditer(text, lo, hi)] for rx in group.regexes]
                assert _spans(group.search(text, lo, hi), len(group.regexes)) == want, text[lo:hi]


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_group_has_a_finder_or_a_probe(lang):
    # a rule left without either still works (searched alone), only slower; most rules
    # are tried only where a word they can begin with stands
    groups = grammar.rule_groups(lang)
    assert all(g.finder is not None or g.probe is not None for g in groups)
    worded = sum(len(g.rules) for g in groups if g.finder is not None)
    assert worded >= 0.9 * len(grammar.compiled(lang))


def test_first_words():
    words = firstword.first_words
    assert words(r"(?<!\w)(?:the|a) (?:next|last) day(?!\w)", re.I) == {"the", "a"}
    # a space written "(?:\s+|(?<=-))": after "the" the hyphen way cannot be taken
    assert words(r"(?<!\w)(?:the(?:\s+|(?<=-))|)next(?!\w)", re.I) == {"the", "next"}
    assert words(r"(?<!\w)\d+(?:st|nd)? day(?!\w)", re.I) == {firstword.DIGIT}
    assert words(r"(?<!\w)mid(?:-|)(?:march|may)(?!\w)", re.I) == {"mid", "midmarch", "midmay"}
    assert words(r"(?<!\w)(?-i:New) Year(?!\w)", re.I) == {"new"}  # keys are lower case
    assert words(r"(?<!\w)q[1-4]\b", re.I) == {"q1", "q2", "q3", "q4"}
    assert words(r"the\b", re.I) == {"the"}
    for unknown in (r"\w+ day", r"(?-i:\b[a-z]{3,}ed\b)", r"'90s", r"the", r"q\d\b", r".day", r"(a)\1"):
        assert words(unknown, re.I) is None, unknown  # open-ended, no word first, may go on


def test_words_find_what_finditer_finds_whatever_the_case():
    # constructed phrases in three casings: the table's keys are lower case, the finder
    # ignores case and a rule minding case still decides
    for text in ("a strong New Year's bank holiday, the Sunday Telegraph said on Friday",
                 "A STRONG NEW YEAR'S BANK HOLIDAY, THE SUNDAY TELEGRAPH SAID ON FRIDAY",
                 "a strong new year's bank holiday, the sunday telegraph said on friday"):
        got = [(rule.index, m.span()) for rule, m in grammar.scan("en", text)]
        assert got == [(i, span) for i, span, _groups in _plain_scan("en", text)], text


@pytest.mark.parametrize("lang", LANGS)
def test_tense_cues_over_any_clause(lang):
    _names, cues, probe, owners = tense._cues(lang)
    assert probe is not None
    for text in _texts(lang)[:40]:
        for lo in range(0, len(text), 13):
            for hi in (lo + 1, lo + 40, lo + 150, len(text)):
                hi = min(hi, len(text))
                want = [[m.span() for m in rx.finditer(text, lo, hi)] for rx in cues]
                got = _spans(firstchar.matches(probe, cues, text, lo, hi, owners), len(cues))
                assert got == want, (text[lo:hi], lo, hi)


def test_first_chars():
    cls = re.compile(firstchar.first_chars(r"(?<!\w)(?:(?:about )?the|a) day", re.I))
    assert all(cls.match(c) for c in "tTaAé") and not any(cls.match(c) for c in "bx1 ")
    digits = re.compile(firstchar.first_chars(r"\d{4}|['’]\d0s", re.I))
    assert all(digits.match(c) for c in "09'’") and not digits.match("a")
    assert firstchar.first_chars(r"(?:the )?", re.I) is None  # can match the empty string
    assert firstchar.first_chars(r"(a)?\1b", 0) is None  # a back-reference may come first
    assert firstchar.first_chars(r".x", 0) is None  # any character first: nothing to skip
    assert firstchar.first_chars(r"(?i:k)m", 0) is not None
    assert re.compile(firstchar.first_chars(r"(?i:k)m", 0)).match("K")  # the flags of the group


def test_matches_resume_after_a_match_like_finditer():
    # overlapping candidates: "aaa" at 0 hides the one at 1, as in finditer (constructed)
    rx = re.compile(r"(?<!b)aa|a", re.I)
    probe = firstchar.probe((rx.pattern,), rx.flags)
    text = "aaa baaa Aaab"
    assert _spans(firstchar.matches(probe, (rx,), text, 0, len(text)), 1) == \
        [[m.span() for m in rx.finditer(text)]]
    assert _spans(firstchar.matches(probe, (rx,), text, 5, 9), 1) == \
        [[m.span() for m in rx.finditer(text, 5, 9)]]
    assert firstchar.matches(probe, (rx,), text, 3, 5) is None  # " b": nothing


def test_begins_at_boundary():
    assert firstchar.begins_at_boundary(r"\b(?:will|shall)\b", re.I)
    assert firstchar.begins_at_boundary(r"(?<!\bbe )(?-i:\b[a-z]{3,}ed\b)", re.I)
    assert firstchar.begins_at_boundary(r"(?:\bx|\by)z", 0)
    assert not firstchar.begins_at_boundary(r"'ll\b", re.I)
    assert not firstchar.begins_at_boundary(r"(?:\bx|y)z", 0)  # one way in has none
    assert not firstchar.begins_at_boundary(r"(?a:\bx)", 0)  # another \b than the probe's


def test_probe_with_and_without_boundaries_in_turn():
    # the cues keep their order: the first that matches at a position is still named
    # (a constructed string, not a quoted sentence)
    parts = (r"\bwill\b", r"'ll\b", r"\bwon't\b", r"(?-i:\b[a-z]{3,}ed\b)")
    probe = firstchar.probe(parts, re.I)
    text = "She'll go; they will; it won't; he walked, he'd WALKED"
    rx = [re.compile(p, re.I) for p in parts]
    assert _spans(firstchar.matches(probe, rx, text, 0, len(text)), 4) == \
        [[m.span() for m in r.finditer(text)] for r in rx]


@pytest.mark.parametrize("lang", LANGS)
def test_optional_groups_as_branches_match_alike(lang):
    """Each rule regex as compiled (its optional groups written as branches) finds what the
    regex as written finds, with the same groups."""
    lex = lexicon.load(lang)
    slots = grammar.slot_regexes(lex)
    texts = _texts(lang)
    rewritten = 0
    for rule in grammar.compiled(lang):
        body, _groups = grammar._expand(rule.spec["pattern"], slots, rule.index)
        written = re.compile(rf"{grammar.WORD_START}(?:{body})(?!\w)", re.IGNORECASE)
        rewritten += written.pattern != rule.regex.pattern
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in written.finditer(text)], (rule.name, text[:80])
    assert rewritten


def test_optional_as_branch():
    assert grammar.optional_as_branch(r"(?:a|b)?c") == r"(?:a|b|)c"
    assert grammar.optional_as_branch(r"(?:(?:a)?b)?c") == r"(?:(?:a|)b|)c"
    assert grammar.optional_as_branch(r"(?:[)]x)?y") == r"(?:[)]x|)y"  # a bracket in a set
    for kept in (r"(?:a?)?b", r"(?:a)??b", r"(?:a)*b", r"(?P<n>a)(?:(?P=n)x)?", r"\(?:a\)?"):
        assert grammar.optional_as_branch(kept) == kept


def test_every_rule_has_a_head_word_but_the_known_ones():
    # A rule with no head word is searched over whole texts, not only near its head words:
    # two such English rules cost ~3% of the tagger's time before anyone noticed. New rules
    # must have one; these older ones are known and left as they are.
    from claimline.timex import grammar, lexicon
    known = {"de": {"tag-danach", "tag-davor"},
             "es": {"the-day-before"},
             "fr": {"n-h-span"},
             "it": {"the-next-day"}}
    for lang in lexicon.languages():
        headless = {r.name for r in grammar.compiled(lang) if r.heads is None}
        assert headless <= known.get(lang, set()), (lang, headless - known.get(lang, set()))


def test_a_rule_is_searched_near_its_rarest_sure_head():
    from claimline.timex import grammar
    en, de, fr = (grammar.head_index(lang) for lang in ("en", "de", "fr"))
    # both words are always there: the month is the rarer
    assert grammar._rule_heads("the {ordinal} week of {month}", en) == {"month"}
    # "Sonntagmorgen": the part of the day is no word of its own, so not a head alone
    assert "weekday" in grammar._rule_heads("(?:{rel} )?{weekday}(?:-| )?{pod}", de)
    # "octobre 98": two digits are no digit head, the month is
    assert grammar._rule_heads("(?:{mod} |au mois de )?{month} (?:{year}|{year2})", fr) == {"month"}
    # "quarters?" may be "quarter": the classes of both words
    heads = grammar._rule_heads("(?:{num}|a)(?:-| )quarters? of", en)
    assert heads == en["quarter"] | en["quarters"]


def test_a_group_glued_to_the_word_before_gives_no_head_alone():
    from claimline.timex import grammar
    de = grammar.head_index("de")
    # "Sonntagnacht": the group's part of the day is no word of its own
    assert grammar._rule_heads("{weekday}(?:{pod}|nacht)", de) == {"weekday"}


def test_a_guard_extends_another():
    from claimline.timex import lexicon
    g = lexicon.load("en").guards
    assert g["needs-prep-plural"]["prev"] == g["needs-prep"]["prev"]
    assert g["needs-prep-plural"]["next"] != g["needs-prep"]["next"]
    assert "extends" not in g["needs-prep-plural"]


def test_a_word_glued_to_a_slot_is_no_head_alone():
    from claimline.timex import grammar
    de, es = grammar.head_index("de"), grammar.head_index("es")
    # "Sonntagabend": the literal part of the day after the weekday is no word of its own
    assert "weekday" in grammar._rule_heads("{weekday}abend", de)
    # after a group whose every branch ends with a space, a word begins
    assert grammar._rule_heads("(?:al |el )(?:día siguiente|siguiente día)", es) == {"per"}


def test_letters_a_rule_glues_to_a_head_slot_make_head_words_too():
    from claimline.timex import grammar
    en = grammar.head_index("en")
    # "{weekday}s": English head words are found whole, so "Sundays" is a head word of its
    # own (searched near "Sunday" only, "on Sundays" was never found)
    assert en["sundays"] == {"weekday"} and en["nights"] == {"pod"}
    assert grammar.GLUED_ENDING.findall("{weekday}s(?: {pod}s)?") == [("weekday", "s"), ("pod", "s")]
    windows = grammar.windows("en", "The shop is closed on Sundays.")
    assert windows[frozenset({"weekday"})] != []


def test_a_named_day_written_with_a_possessive_is_looked_for_by_it():
    from claimline.timex import grammar, tag
    en = grammar.head_index("en")
    # "new year's day" is searched near "year's", not near every "year"; "year's" still
    # heads what "year" does ("last year's results")
    assert "holiday" in en["year's"] and "holiday" not in en["year"]
    assert en["year"] <= en["year's"]
    assert [t.text for t in tag("last year's results on New Year's Day", "en", "2019-06-01")] == [
        "last year", "New Year's Day"]


def test_quotations_found_in_one_pass():
    from claimline.timex.tense import Quotations
    # constructed strings: straight marks by turns, German „…“, wire ``…'', a paragraph break
    text = 'He said "today is fine" and „heute“ then ``now\'\' — "open\nnext line'
    q = Quotations(text)
    inside = [text.index(w) for w in ("today", "heute", "now", "open")]
    outside = [text.index(w) for w in ("He", "and", "then", "next")]
    assert all(q.inside(at) for at in inside)
    assert not any(q.inside(at) for at in outside)


@pytest.mark.parametrize("lang", LANGS)
def test_rule_names_are_unique(lang):
    # a rule is named once: a second rule of the same name ('not-last-minute' was written
    # twice) means its words belong in the first one
    names = [spec["name"] for spec in lexicon.load(lang).rules]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_alternatives_split_only_the_top_level():
    assert firstchar.alternatives(r"a|b(?:c|d)") == ("a", "b(?:c|d)")
    assert firstchar.alternatives(r"[|]x|\|y|z") == ("[|]x", r"\|y", "z")  # a set, an escape
    assert firstchar.alternatives(r"[]|]x|y") == ("[]|]x", "y")  # "]" first in a set is literal
    assert firstchar.alternatives(r"(a|b)") == ("(a|b)",)
    assert firstchar.alternatives(r"ab|ac") == ("ab|ac",)  # the parser factors "a" out: kept whole


@pytest.mark.parametrize("lang", LANGS)
def test_entry_finder_finds_where_the_entry_does(lang):
    # "scheduled_before" is searched in the 60 characters before each expression through a
    # probe over its alternatives; it must say "found" exactly where the entry itself does
    rx = tense._tense_entry(lang, "scheduled_before", re.IGNORECASE)
    if rx is None:
        pytest.skip(f"{lang} has no scheduled_before entry")
    finder = tense._entry_finder(lang, "scheduled_before", re.IGNORECASE)
    assert finder is not rx  # the probe was built
    seen = 0
    for text in _texts(lang):
        for start in range(0, len(text), 3):
            lo = max(0, start - 60)
            want = rx.search(text, lo, start) is not None
            assert (finder.search(text, lo, start) is not None) == want, (text[lo:start], lang)
            seen += want
    assert seen > 0
