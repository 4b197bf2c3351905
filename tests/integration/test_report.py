"""``etl report`` read back with the standard library's HTML parser: text direction where Arabic
appears, charts with axes, the time section, and nothing loaded from elsewhere."""

import re
from html.parser import HTMLParser

import duckdb
import pytest
from typer.testing import CliRunner

from etl.cli import app

runner = CliRunner()
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children: list[Node] = []
        self.text = ""  # the element's own text, not its children's

    def ancestors(self):
        node = self
        while node is not None:
            yield node
            node = node.parent

    def find(self, tag):
        for child in self.children:
            if child.tag == tag:
                yield child
            yield from child.find(tag)

    def all_text(self) -> str:
        return self.text + "".join(c.all_text() for c in self.children)

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Page(HTMLParser):
    """The document as a tree of Nodes (the report closes every element it opens)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.tags.append((tag, node.attrs))
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.tags.append((tag, node.attrs))

    def handle_endtag(self, tag):
        for node in self.current.ancestors():
            if node.tag == tag:
                self.current = node.parent
                return
        raise AssertionError(f"</{tag}> closes nothing")

    def handle_data(self, data):
        self.current.text += data


def direction_of(node: Node) -> str | None:
    """What sets the base direction of ``node``'s own text: the nearest ``dir`` (HTML) or
    ``direction`` (SVG) on it or an ancestor, or a <bdi> (which isolates and guesses)."""
    in_svg = any(n.tag == "svg" for n in node.ancestors())
    for n in node.ancestors():
        if in_svg:
            if "direction" in n.attrs:
                return n.attrs["direction"]
            if n.tag == "svg":
                return None
        else:
            if n.tag == "bdi":
                return "auto"
            if "dir" in n.attrs:
                return n.attrs["dir"]
    return None


def report(tmp_path, db) -> tuple[str, Page]:
    out = tmp_path / "report.html"
    res = runner.invoke(app, ["report", "--db", str(db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    return text, Page(text)


def execute(db, *statements):
    con = duckdb.connect(str(db))
    try:
        for sql in statements:
            con.execute(sql)
    finally:
        con.close()


def arabic_nodes(page: Page) -> list[Node]:
    out = []

    def walk(node):
        if ARABIC.search(node.text):
            out.append(node)
        for c in node.children:
            walk(c)

    walk(page.root)
    return out


def charts(page: Page) -> list[Node]:
    return list(page.root.find("svg"))


@pytest.fixture
def sample_db(sample_db_copy):
    """The sample's warehouse, built once per process (tests/conftest.py); each test gets its own
    copy of the file, since several change rows to make the case they check."""
    return sample_db_copy


def test_page_is_english_ltr_and_every_arabic_text_has_a_right_to_left_or_auto_direction(tmp_path, sample_db):
    # An outlet key in Arabic puts Arabic into the outlet chart (SVG) and the outlet table too.
    execute(sample_db, "update troop_figures set outlet_key = 'إيلاف' where outlet_key = 'elaph'",
            "update attack_counts set outlet_key = 'إيلاف' where outlet_key = 'elaph'")
    _, page = report(tmp_path, sample_db)
    (html,) = [n for n in page.root.children if n.tag == "html"]
    assert html.attrs.get("lang") == "en" and html.attrs.get("dir") == "ltr"
    nodes = arabic_nodes(page)
    # story titles (tables) and the outlet name (table cell and chart label) at least
    assert sum(n.tag == "td" for n in nodes) >= 3 and any(n.tag == "text" for n in nodes), [n.tag for n in nodes]
    wrong = [(n.tag, n.text[:40], direction_of(n)) for n in nodes if direction_of(n) not in ("rtl", "auto")]
    assert not wrong
    for n in nodes:
        if n.tag == "text":  # SVG text: an RTL base direction, and the language for font choice
            assert n.attrs.get("direction") == "rtl" and n.attrs.get("lang") == "ar", n.attrs
        elif direction_of(n) == "rtl":
            assert any(a.attrs.get("lang") == "ar" for a in n.ancestors()), n.text


def test_an_arabic_title_that_starts_with_a_digit_is_laid_out_right_to_left(tmp_path, sample_db):
    title = "3 قتلى في هجوم على سوق"
    execute(sample_db, f"update stories set title = '{title}' where story_id = (select min(story_id) from story_figures)")
    _, page = report(tmp_path, sample_db)
    cells = [n for n in arabic_nodes(page) if n.text == title]
    assert cells, "the title is in the report"
    for cell in cells:
        # dir=rtl on the element itself: the digit is the first character, so the line starts at the right
        assert cell.attrs.get("dir") == "rtl" and cell.attrs.get("lang") == "ar", cell.attrs


def test_every_chart_has_a_title_axis_lines_ticks_and_axis_titles(tmp_path, sample_db):
    _, page = report(tmp_path, sample_db)
    svgs = charts(page)
    assert len(svgs) == 4  # mentions over time, the event series over time, mentions per outlet, troop claims
    for svg in svgs:
        titles = [t.text.strip() for t in svg.children if t.tag == "title"]
        assert titles and titles[0], svg.attrs
        axes = [ln for ln in svg.find("line") if "axis" in ln.classes()]
        assert any(a.attrs["y1"] == a.attrs["y2"] and a.attrs["x1"] != a.attrs["x2"] for a in axes), "a horizontal axis line"
        assert any(a.attrs["x1"] == a.attrs["x2"] and a.attrs["y1"] != a.attrs["y2"] for a in axes), "a vertical axis line"
        ticks = [t.all_text().strip() for t in svg.find("text") if "tick" in t.classes()]
        numbers = [t for t in ticks if re.fullmatch(r"[\d,]+", t)]
        assert len(numbers) >= 2 and "0" in numbers, ticks  # a value axis from 0
        axis_titles = [t.all_text().strip() for t in svg.find("text") if "axis-title" in t.classes()]
        assert len(axis_titles) == 2 and all(axis_titles), axis_titles
    time_chart, series_chart, outlet_chart, claims_chart = svgs
    assert "each story once" in [t.text for t in series_chart.children if t.tag == "title"][0]
    assert set(t.all_text() for t in time_chart.find("text") if "axis-title" in t.classes()) == {"month of publication", "figure mentions"}
    assert {"Jul", "2021"} <= {t.all_text() for t in time_chart.find("text")}  # the sample's month, July 2021
    outlet_labels = {t.all_text() for t in outlet_chart.find("text") if "tick" in t.classes()}
    assert {"elaph", "xinhua", "unknown"} <= outlet_labels  # the category axis is labelled
    assert "articles" in {t.all_text() for t in claims_chart.find("text") if "axis-title" in t.classes()}


def test_time_chart_has_one_series_per_measure_with_a_legend(tmp_path, sample_db):
    # figures from January 2015 to March 2016 (15 months): one line per measure (a few months
    # would get grouped bars instead)
    execute(sample_db, *[f"update {t} set published_date = date '2015-01-15'" for t in ("troop_figures", "attack_counts")],
            "update attack_counts set published_date = date '2016-03-15' where figure_id = (select min(figure_id) from attack_counts)")
    _, page = report(tmp_path, sample_db)
    time_chart = charts(page)[0]
    legend = next(page.root.find("ul"))
    assert "legend" in legend.classes()
    measures = [li.all_text() for li in legend.children]
    lines = [p for p in time_chart.find("polyline") if "series" in p.classes()]
    assert sorted(next(lines_title.find("title")).text for lines_title in lines) == sorted(measures)
    assert {"troops", "killed"} <= set(measures)
    month_labels = [t.all_text() for t in time_chart.find("text") if "tick" in t.classes() and not re.fullmatch(r"[\d,]+", t.all_text())]
    assert len(month_labels) >= 5 and "Jan" in month_labels


def test_time_section_says_so_when_no_figure_is_dated(tmp_path, sample_db):
    execute(sample_db, *[f"update {t} set published_date = null" for t in ("articles", "troop_figures", "attack_counts")])
    text, page = report(tmp_path, sample_db)
    assert "No dated figures: none of the 5 articles has a publication date" in text
    assert len(charts(page)) == 2  # by outlet and troop claims; no empty time chart


def test_report_loads_nothing_and_its_tables_scroll_on_small_screens(tmp_path, sample_db):
    text, page = report(tmp_path, sample_db)
    assert not [t for t, _ in page.tags if t in ("script", "iframe", "object", "embed", "link")]
    urls = [(t, k, v) for t, a in page.tags for k, v in a.items()
            if k in ("src", "href", "xlink:href", "srcset", "action") and re.match(r"\s*(https?:)?//", v or "")]
    assert not urls
    assert not re.search(r"url\(|@import|https?://", "".join(s.all_text() for s in page.root.find("style")))
    tables = list(page.root.find("table"))
    assert len(tables) >= 3
    assert all(t.parent.tag == "div" and "scroll" in t.parent.classes() for t in tables)
    assert re.search(r"\.scroll\{[^}]*overflow-x:auto", text)
