from pathlib import Path

import pytest

from onrecord.errors import InputError
from onrecord.ingest import html_fields, read_html
from onrecord.ingest.html import paragraphs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
HARBOUR = str(FIXTURES / "harbour.html")


@pytest.fixture(scope="module")
def harbour():
    return read_html(HARBOUR)


def test_read_html_keeps_four_paragraphs_separated_by_blank_lines(harbour):
    blocks = harbour.text.split("\n\n")
    assert blocks[0] == "Harbour council approves new ferry timetable"
    body = blocks[1:]
    assert len(body) == 4
    assert body[0].startswith("The Gullport harbour council voted on Tuesday evening")
    assert body[1].startswith("“We listened to the nurses")
    assert body[3].endswith("the ferry operator said in a statement.")
    assert "\n\n\n" not in harbour.text


def test_read_html_drops_boilerplate(harbour):
    for junk in ("Subscribe today", "Most read", "Lighthouse keeper", "All rights reserved", "Privacy policy",
                 "Cookie settings", "Home"):
        assert junk not in harbour.text


def test_read_html_metadata(harbour):
    assert harbour.id == HARBOUR
    assert harbour.source == HARBOUR
    assert harbour.title == "Harbour council approves new ferry timetable"
    assert harbour.outlet == "The Gullport Gazette"
    assert harbour.url == "https://gazette.example/news/ferry-timetable"
    assert harbour.published == "2021-03-14"


def test_read_html_quote_marks_survive(harbour):
    start = harbour.text.index("“asks too much of old engines”")
    assert harbour.text[start + 1:start + 29] == "asks too much of old engines"


def test_read_html_menu_only_page_has_no_article():
    path = str(FIXTURES / "menu_only.html")
    with pytest.raises(InputError) as info:
        read_html(path)
    assert str(info.value) == f"{path}: HTML without article text"


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body></body></html>",
        b"<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    ],
)
def test_read_html_no_text_is_e005(tmp_path, html):
    path = tmp_path / "page.html"
    path.write_bytes(html)
    with pytest.raises(InputError, match=r"page\.html: HTML without article text$"):
        read_html(path)


def test_read_html_short_brief_is_kept(tmp_path):
    path = tmp_path / "brief.htm"
    path.write_text(
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav><article>"
        "<h1>Bridge shut for repairs</h1><p>The stone bridge over the Lenn will close for two weeks from Monday, "
        "the county said.</p><p>\"It is overdue,\" said engineer Maria Stoll.</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_html(path)
    assert article.text.split("\n\n")[-1] == '"It is overdue," said engineer Maria Stoll.'
    assert "Home" not in article.text


def test_read_html_latin1_page_by_meta_charset(tmp_path):
    path = tmp_path / "latin.html"
    body = ("<html><head><meta charset='iso-8859-1'></head><body><article><p>Le maire a déclaré que la "
            "fête du port aura lieu en été, malgré les travaux sur la jetée et le café fermé.</p></article>"
            "</body></html>")
    path.write_bytes(body.encode("latin-1"))
    assert "fête du port aura lieu en été" in read_html(path).text


@pytest.mark.parametrize("data,message", [(b"", "empty file"), (b" \n ", "empty file"),
                                          (b"<html>\x00\x00\x00</html>", "binary or undecodable file")])
def test_read_html_bad_bytes(tmp_path, data, message):
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    with pytest.raises(InputError, match=f"bad.html: {message}"):
        read_html(path)


def test_read_html_extraction_crash_is_one_line(tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("parser\nexploded")

    monkeypatch.setattr("onrecord.ingest.html.trafilatura.bare_extraction", boom)
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Some words.</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_html(path)
    assert str(info.value) == f"{path}: HTML extraction failed: parser exploded"


def test_html_fields_uses_given_url_for_outlet():
    html = ("<html><body><article><p>The ferry company said on Monday that the new boats would arrive in the "
            "spring, two months later than planned, because of a shortage of steel.</p></article></body></html>")
    fields = html_fields(html, url="https://news.example.org/ferry")
    assert fields["url"] == "https://news.example.org/ferry"
    assert fields["outlet"] == "news.example.org"


def test_paragraphs_blank_line_between_blocks():
    assert paragraphs("a\nb \n\n  c\n") == "a\n\nb\n\nc"
