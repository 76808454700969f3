"""The HTML report on the seed timeline: self-contained, escaped, every quote in context."""
from __future__ import annotations

import json
import re
import shutil
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.model import Claim, Entry
from claimline.report import render
from claimline.report.chart import place
from claimline.report.context import snippet
from claimline.report.links import document_href
from claimline.report.render import script_hash
from claimline.report.timeaxis import span

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "kfor"
PUBLISHED = {
    "000_dcdaffea40f76c5c": "2010-10-29",
    "001_c35a5a3fca149466": "2012-07-09",
    "002_a8a29d4b3606206f": None,
    "003_863f684e0e38cbdc": "2023-06-01",
    "004_4e4e82e7802da668": "2024-03-14",
}


def seed_text(doc_id: str) -> str:
    return (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")


def claim(doc_id: str, quote: str, value, kind="level", direction=None, approx=False,
          time=None, lang="en", text: str | None = None) -> Claim:
    """A claim on the seed's own words; offsets found in the original text."""
    text = seed_text(doc_id) if text is None else text
    m = re.search(r"\s+".join(map(re.escape, quote.split())), text)
    assert m, quote
    return Claim(doc=doc_id, subject="KFOR", measure="troops", value=value, kind=kind,
                 direction=direction, approx=approx, time=time, quote=quote,
                 start=m.start(), end=m.end(), lang=lang, reported=PUBLISHED.get(doc_id))


def doc_info(doc_id: str, **over) -> dict:
    d = {"text": seed_text(doc_id), "source": str(SEEDS / f"{doc_id}.txt"), "url": None,
         "title": None, "published": PUBLISHED[doc_id],
         "published_how": "manifest" if PUBLISHED[doc_id] else "unknown"}
    d.update(over)
    return d


def kfor_entries() -> list[Entry]:
    """The six KFOR troop entries of issue 3, on the seeds' sentences."""
    en = claim("000_dcdaffea40f76c5c",
               "KFOR will progressively reduce its presence to around 5,000 troops in total",
               5000, kind="target", approx=True)
    fr = claim("000_dcdaffea40f76c5c",
               "les effectifs de la KFOR vont être progressivement réduits pour passer à "
               "environ 5000 soldats au total", 5000, kind="target", approx=True, lang="fr")
    height = claim("001_c35a5a3fca149466", "At its height, KFOR reached 50,000 troops", 50000)
    tenth = claim("001_c35a5a3fca149466", "has a tenth of that number", 5000, approx=True,
                  time="2012-07-09")
    plus700 = claim("003_863f684e0e38cbdc",
                    "a relocation plan that involves about 700 troops to Kosovo", 700,
                    kind="change", direction="+", approx=True, time="2023")
    plus1000 = claim("004_4e4e82e7802da668",
                     "allies have deployed about 1,000 reserve forces to the mission", 1000,
                     kind="change", direction="+", approx=True, time="2023")
    now = claim("004_4e4e82e7802da668",
                "the KFOR mission now has 4,700 personnel in Kosovo, including reserves",
                4700, time="2024-03-14")

    def entry(kind, value, claims, **kw):
        return Entry(subject="KFOR", measure="troops", kind=kind, value=value,
                     reported=claims[0].reported if claims else None, claims=claims, **kw)

    return [
        entry("level", 50000, [height]),
        entry("target", 5000, [en, fr], approx=True, time="2010-10-29"),
        entry("level", 5000, [tenth], approx=True, time="2012-07-09"),
        entry("change", 700, [plus700], approx=True, direction="+", time="2023"),
        entry("change", 1000, [plus1000], approx=True, direction="+", time="2023"),
        entry("level", 4700, [now], time="2024-03-14"),
    ]


def seed_documents() -> dict[str, dict]:
    return {doc_id: doc_info(doc_id) for doc_id in PUBLISHED}


class Page(HTMLParser):
    """Collects scripts (attributes and raw content), marks, links and the CSP."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict, str]] = []
        self.marks: list[str] = []
        self.links: list[str] = []
        self.csp = None
        self._in_script = None
        self._in_mark = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._in_script = (attrs, [])
        elif tag == "mark":
            self._in_mark = []
        elif tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        elif tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.csp = attrs["content"]

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script[0], "".join(self._in_script[1])))
            self._in_script = None
        elif tag == "mark" and self._in_mark is not None:
            self.marks.append("".join(self._in_mark))
            self._in_mark = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._in_script[1].append(data)
        if self._in_mark is not None:
            self._in_mark.append(data)

    def executable(self) -> list[str]:
        return [body for attrs, body in self.scripts if "type" not in attrs]

    def charts(self) -> list[dict]:
        return [json.loads(body) for attrs, body in self.scripts
                if attrs.get("type") == "application/json" and "data-chart" in attrs]


@pytest.fixture(scope="module")
def seed_report() -> str:
    return render([("KFOR", "troops", kfor_entries())], seed_documents())


def test_plotly_is_inline_and_nothing_is_fetched(seed_report):
    page = Page(seed_report)
    assert all("src" not in attrs for attrs, _ in page.scripts)
    assert not re.search(r"<script[^>]*\bsrc\s*=", seed_report, re.I)
    assert not re.search(r"<link\b", seed_report, re.I)
    plotly_js, charts_js = page.executable()
    assert "plotly.js" in plotly_js[:300] and len(plotly_js) > 1_000_000
    assert "Plotly.newPlot" in charts_js
    # The CSP allows exactly these two scripts and no network.
    hashes = re.findall(r"'sha256-[^']+'", page.csp)
    assert hashes == [script_hash(plotly_js), script_hash(charts_js)]
    assert "default-src 'none'" in page.csp and "http" not in page.csp


def test_one_chart_per_series_with_kinds_kept_apart(seed_report):
    (fig,) = Page(seed_report).charts()
    traces = {t["name"]: t for t in fig["data"]}
    assert traces["level (reported)"]["mode"] == "lines+markers"
    assert traces["level (reported)"]["y"] == [5000, 4700]
    assert traces["target (planned or announced)"]["marker"]["symbol"] == "diamond-open"
    assert traces["target (planned or announced)"]["x"][0].startswith("2010-10-29")
    assert traces["change"]["type"] == "bar" and traces["change"]["yaxis"] == "y2"
    assert traces["change"]["y"] == [700, 1000]
    # The two changes dated to the year 2023 share that year side by side.
    assert sum(traces["change"]["width"]) == 365 * 86_400_000
    assert [x[:7] for x in traces["change"]["x"]] == ["2023-04", "2023-10"]
    plotted = [y for t in fig["data"] for y in t.get("y", []) if y is not None]
    assert 50000 not in plotted  # undated: not put on an invented date


def test_undated_entry_is_listed_as_date_unknown(seed_report):
    block = seed_report[seed_report.index('class="unknown"'):]
    block = block[: block.index("</div>")]
    assert "Date unknown" in block
    assert re.search(r'<a href="#s0-e1">#1 50,000 troops</a> \(level\) — date unknown; '
                     r'reported 2012-07-09', block)
    assert "5,000" not in block.replace("50,000", "")
    card = seed_report[seed_report.index('id="s0-e1"'):]
    card = card[: card.index("</article>")]
    assert "<dt>Time</dt><dd>date unknown</dd>" in card


def test_every_quote_is_highlighted_in_its_sentence(seed_report):
    page = Page(seed_report)
    expected = [
        "At its height, KFOR reached 50,000 troops",
        "KFOR will progressively reduce its presence to around 5,000 troops in total",
        "les effectifs de la KFOR vont être progressivement réduits pour passer à environ "
        "5000 soldats au total",
        "has a tenth of that number",
        "a relocation plan that involves about 700 troops to Kosovo",
        "allies have deployed about 1,000 reserve forces to the mission",
        "the KFOR mission now has 4,700 personnel in Kosovo, including reserves",
    ]
    assert page.marks == expected
    # The sentence around, from the original text (hard line breaks squashed).
    assert ("Over the next few months, <mark>KFOR will progressively reduce its presence to "
            "around 5,000 troops in total</mark>, marking one more step in the adaptation of "
            "KFOR to a deterrent presence.") in seed_report
    assert ("Major General Erhard Drews, <mark>has a tenth of that number</mark>.") in seed_report
    assert ("Au cours des prochains mois, <mark>les effectifs") in seed_report
    assert ('<blockquote lang="fr">') in seed_report
    assert "According to Stoltenberg&#39;s March 14 report, <mark>the KFOR mission" in seed_report


def test_cards_show_value_kind_direction_time_reported_and_link(seed_report):
    card = seed_report[seed_report.index('id="s0-e4"'):]
    card = card[: card.index("</article>")]
    assert '<span class="figure">~+700 troops</span>' in card
    assert "<dt>Kind</dt><dd>change</dd>" in card
    assert "<dt>Direction</dt><dd>increase</dd>" in card
    assert "<dt>Time</dt><dd>2023</dd>" in card
    assert "<dt>Reported</dt><dd>2023-06-01</dd>" in card
    assert (SEEDS / "003_863f684e0e38cbdc.txt").as_uri() in card
    assert "<span>language en</span>" in card
    target = seed_report[seed_report.index('id="s0-e2"'):]
    target = target[: target.index("</article>")]
    assert "2 supporting quotes from" not in target  # both quotes come from one document
    assert target.count("<blockquote") == 2 and "<span>language fr</span>" in target


def test_derived_and_conflicting_entries_are_marked():
    entries = kfor_entries()
    entries[2].conflicts = [5]
    entries[5].conflicts = [2]
    # A level worked out from a change (no quote of its own in this test).
    entries.append(Entry(subject="KFOR", measure="troops", kind="level", value=5700,
                         time="2023", derived=True, claims=[]))
    html = render([("KFOR", "troops", entries)], seed_documents())
    (fig,) = Page(html).charts()
    derived = next(t for t in fig["data"] if t["name"] == "level (derived from a change)")
    assert derived["y"] == [5700] and derived["marker"]["symbol"] == "circle-open-dot"
    reported = next(t for t in fig["data"] if t["name"] == "level (reported)")
    assert 5700 not in reported["y"]
    assert reported["marker"]["line"]["color"] == ["#c0392b", "#c0392b"]
    assert "derived, not observed" in html
    assert '<a href="#s0-e6">#6 4,700 (2024-03-14)</a>' in html


def test_hostile_document_text_is_escaped():
    doc_id = "004_4e4e82e7802da668"
    original = seed_text(doc_id)
    # The seed article with markup injected around and inside the quoted sentence.
    quote = "the KFOR mission now has 4,700 personnel in Kosovo, including reserves"
    hostile = original.replace(
        "According to Stoltenberg's", "<script>alert(1)</script> According to Stoltenberg's"
    ).replace("4,700 personnel", "4,700 </script><img src=x onerror=alert(2)> personnel")
    c = claim(doc_id, quote.replace("4,700 personnel",
                                    "4,700 </script><img src=x onerror=alert(2)> personnel"),
              4700, time="2024-03-14", text=hostile)
    evil = "</script><script>alert(3)</script><!--"
    entry = Entry(subject=evil, measure=evil, kind="level", value=4700, time="2024-03-14",
                  claims=[c])
    undated = Entry(subject=evil, measure=evil, kind="level", value=1, time=evil, claims=[c])
    docs = {doc_id: doc_info(doc_id, text=hostile, title=evil, url="javascript:alert(4)",
                             published=evil)}
    html = render([(evil, evil, [entry, undated])], docs, title=evil)
    page = Page(html)
    # Only our two scripts and two JSON blocks (chart, shared template) exist; nothing
    # from the document runs.
    assert len(page.scripts) == 4 and len(page.executable()) == 2
    assert html.lower().count("<script") == 4 and html.lower().count("</script") == 4
    assert "alert(" not in "".join(page.executable())
    outside = html
    for body in page.executable():
        outside = outside.replace(body, "")
    assert "<img" not in outside and "javascript:" not in outside
    assert "&lt;script&gt;alert(1)&lt;/script&gt; According to Stoltenberg" in html
    assert page.marks[0].startswith("the KFOR mission now has 4,700 </script><img")
    assert "<mark>the KFOR mission now has 4,700 &lt;/script&gt;&lt;img src=x" in html
    # The chart JSON carries the subject, but never a literal "<" that could close it.
    body = next(b for a, b in page.scripts if "data-chart" in a)
    assert "<" not in body and ">" not in body
    fig = json.loads(body)
    assert fig["layout"]["title"]["text"].startswith("&lt;/script&gt;")
    # The javascript: url is not linked; the source file is.
    assert all(h.startswith(("#", "file:", "http")) for h in page.links)


def test_long_sentence_context_is_bounded():
    doc_id = "001_c35a5a3fca149466"
    text = seed_text(doc_id)
    # The seed article with its full stops and paragraph breaks removed: one very long
    # "sentence".
    run_on = re.sub(r"\s*\n\s*", " ", re.sub(r"\.(\s)", r",\1", text))
    q = "has a tenth of that number"
    start = run_on.index(q)
    snip = snippet(run_on, start, start + len(q))
    assert snip.quote == q
    assert snip.before.startswith("…") and len(snip.before) + len(snip.after) <= 402
    assert snip.before.endswith("Major General Erhard Drews, ")
    huge = "troops " * 5000
    s = snippet(huge, 10, 30_000)
    assert len(s.quote) <= 300 and "…" in s.quote


def test_snippet_refuses_offsets_outside_the_text():
    text = seed_text("003_863f684e0e38cbdc")
    assert snippet(text, 10, 5) is None
    assert snippet(text, 0, len(text) + 1) is None
    assert snippet(None, 0, 3) is None


def test_missing_document_text_shows_the_stored_quote():
    entries = kfor_entries()[5:]
    html = render([("KFOR", "troops", entries)], {})
    assert "the document text is not available" in html
    assert "<mark>the KFOR mission now has 4,700 personnel in Kosovo, including reserves</mark>" in html


def test_links_prefer_web_urls_and_fall_back_to_the_source_file(tmp_path, monkeypatch):
    assert document_href({"url": "https://www.nato.int/cps/en/natohq/news_89281.htm",
                          "source": "a.txt"}) == "https://www.nato.int/cps/en/natohq/news_89281.htm"
    (tmp_path / "a b.txt").write_text("KFOR has 4,700 troops.")
    assert document_href({"url": " javascript:alert(1)", "source": str(tmp_path / "a b.txt")}) == \
        (tmp_path / "a b.txt").as_uri()
    assert document_href({"url": "data:text/html,x", "source": "ftp://host/x"}) is None
    monkeypatch.chdir(tmp_path)
    rel = document_href({"url": None, "source": "a b.txt"})
    assert rel.startswith("file:///") and rel.endswith("/a%20b.txt")
    # a manifest's inline text, or a file no longer there, has nothing to link
    assert document_href({"url": None, "source": str(tmp_path / "m.jsonl:12")}) is None
    assert document_href({"url": None, "source": str(tmp_path / "gone.txt")}) is None


def test_time_spans():
    assert span("2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert span("2012-07") == (date(2012, 7, 1), date(2012, 7, 31))
    assert span("2012-07-09") == (date(2012, 7, 9), date(2012, 7, 9))
    assert span("2024-03-14T08:52") == (date(2024, 3, 14), date(2024, 3, 14))
    assert span("2010-10/2011-04") == (date(2010, 10, 1), date(2011, 4, 30))
    assert span("2012-Q4") == (date(2012, 10, 1), date(2012, 12, 31))
    assert span("2012-SU") == (date(2012, 6, 1), date(2012, 8, 31))
    assert span("2012-WI") == (date(2012, 12, 1), date(2013, 2, 28))
    for bad in (None, "", "PRESENT_REF", "P3M", "2012-13", "2012-02-30", "2020/2019"):
        assert span(bad) is None
    placed, rest = place([Entry("K", "troops", "level", 5, time="PRESENT_REF"),
                          Entry("K", "troops", "level", None, time="2020")])
    assert placed == [] and rest == [0, 1]


def test_empty_report_still_renders():
    html = render([], {})
    assert "No timeline entries to show." in html and Page(html).charts() == []


CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium to render the page in")
def test_renders_in_headless_chromium(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    entries = kfor_entries()
    # A payload that would rename the page if any document text ran as script.
    doc_id = "004_4e4e82e7802da668"
    hostile = seed_text(doc_id).replace(
        "According to", "<script>document.title='pwned'</script> According to")
    entries[5].claims = [claim(doc_id, "the KFOR mission now has 4,700 personnel in Kosovo",
                               4700, time="2024-03-14", text=hostile)]
    docs = seed_documents()
    docs[doc_id] = doc_info(doc_id, text=hostile)
    out = tmp_path / "report.html"
    out.write_text(render([("KFOR", "troops", entries)], docs), encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM,
                                     args=["--no-sandbox", "--disable-dev-shm-usage"])
        try:
            page = browser.new_page()
            failed = []
            page.on("requestfailed", lambda r: failed.append(r.url))
            page.goto(out.as_uri())
            # Plotly drew the chart offline, under the page's CSP, with nothing fetched
            page.wait_for_selector("svg.main-svg", timeout=20000)
            assert failed == [] and page.title() == "claimline report"
            assert page.locator('[data-title="Share chart"]').count() == 0  # no upload button
            # the hostile text is shown as text, in its quote
            assert "<script>document.title='pwned'</script>" in page.locator("body").inner_text()
            # the table of contents and the date-unknown list lead to their entries
            page.locator('a[href^="#"]').first.click()
            series = page.locator("section.series").first
            assert series.is_visible() and series.locator("svg.main-svg").count() >= 1
            unknown = page.locator("li a", has_text="50,000 troops").first
            target = unknown.get_attribute("href")
            unknown.click()
            assert "50,000 troops" in page.locator(target).inner_text()
            assert page.evaluate("location.hash") == target
        finally:
            browser.close()


def test_a_quote_that_is_a_whole_sentence_gets_no_neighbours():
    text = seed_text("001_c35a5a3fca149466")
    sentence = "At its height, KFOR reached 50,000 troops."
    start = text.index(sentence)
    snip = snippet(text, start, start + len(sentence))
    assert (snip.before, snip.quote, snip.after) == ("", sentence, "")
    # Without its full stop, the stop is context.
    snip = snippet(text, start, start + len(sentence) - 1)
    assert (snip.before, snip.after) == ("", ".")

SEED_TEXTS = [seed_text(doc_id) for doc_id in PUBLISHED]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_snippet_on_any_span_of_a_seed_is_bounded_and_faithful(data):
    text = data.draw(st.sampled_from(SEED_TEXTS))
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 500)))
    snip = snippet(text, start, end)
    squashed = re.sub(r"\s+", " ", text[start:end]).strip()
    if len(squashed) <= 300:
        assert snip.quote == squashed
    else:
        assert len(snip.quote) <= 300 and " … " in snip.quote
    assert len(snip.before) + len(snip.after) <= 400 + 2  # two ellipses at most
    # Context is the text's own words, in order, on each side of the quote.
    flat_before = re.sub(r"\s+", " ", text[max(0, start - 3000):start])
    flat_after = re.sub(r"\s+", " ", text[end:end + 3000])
    assert snip.before.lstrip("…").strip() in flat_before
    assert snip.after.rstrip("…").strip() in flat_after


def test_huge_document_strings_are_bounded():
    entries = kfor_entries()[5:]
    base = len(render([("KFOR", "troops", entries)], seed_documents()))
    huge = "x" * 100_000
    entries[0].time = "2024-03-14T" + huge  # still placeable: a day with junk after it
    entries[0].reported = huge
    entries[0].claims[0].lang = huge
    docs = seed_documents()
    docs["004_4e4e82e7802da668"]["title"] = huge
    html = render([("KFOR " + huge, "troops " + huge, entries)], docs)
    assert len(html) - base < 5_000
