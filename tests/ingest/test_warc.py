import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.errors import InputError
from onrecord.ingest import read_warc

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
HARBOUR = (FIXTURES / "harbour.html").read_bytes()
MENU = (FIXTURES / "menu_only.html").read_bytes()
UNDATED = (
    "<html><head><title>Gulls</title></head><body><article><h1>Gulls return to the pier</h1><p>Hundreds of gulls "
    "came back to the north pier this week after the fish market reopened, harbour staff said on Thursday.</p>"
    "<p>“They never really left,” said Rosa Quill, who sells chips by the water.</p></article></body></html>"
).encode("utf-8")
CRAWL_DATE = "2023-06-02T08:00:00Z"


def make_warc(path, records, gzip=True):
    """Write (kind, uri, status, content_type, payload) records with warcio; returns the path string."""
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for kind, uri, status, content_type, payload in records:
            http = None
            if kind == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "gazette.example")], is_http_request=True)
            elif kind == "response":
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), http_headers=http,
                                               warc_headers_dict={"WARC-Date": CRAWL_DATE})
            writer.write_record(record)
    return str(path)


CRAWL = [
    ("request", "https://gazette.example/news/ferry-timetable", None, None, b""),
    ("response", "https://gazette.example/news/ferry-timetable", "200 OK", "text/html; charset=utf-8", HARBOUR),
    ("response", "https://gazette.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ("response", "https://gazette.example/gone", "404 Not Found", "text/html", b"<html>Not found</html>"),
    ("response", "https://gazette.example/gulls", "200 OK", "application/xhtml+xml", UNDATED),
    ("response", "https://gazette.example/news/ferry-timetable", "200 OK", "text/html", HARBOUR),
]


@pytest.mark.parametrize("gzip,name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_read_warc_html_responses_only(tmp_path, gzip, name):
    path = make_warc(tmp_path / name, CRAWL, gzip=gzip)
    articles = list(read_warc(path))
    assert [a.id for a in articles] == [
        "https://gazette.example/news/ferry-timetable",
        "https://gazette.example/gulls",
        "https://gazette.example/news/ferry-timetable#2",
    ]
    ferry = articles[0]
    assert ferry.url == "https://gazette.example/news/ferry-timetable"
    assert ferry.title == "Harbour council approves new ferry timetable"
    assert ferry.outlet == "The Gullport Gazette"
    assert ferry.published == "2021-03-14"  # the page's date wins over the crawl date
    assert len(ferry.text.split("\n\n")) == 5
    assert ferry.source.startswith(f"{path}:<urn:uuid:")


def test_read_warc_undated_page_gets_crawl_date_and_host_outlet(tmp_path):
    path = make_warc(tmp_path / "c.warc.gz", CRAWL)
    gulls = [a for a in read_warc(path) if a.id.endswith("gulls")][0]
    assert gulls.published == CRAWL_DATE
    assert gulls.outlet == "gazette.example"
    assert gulls.text.split("\n\n")[-1] == "“They never really left,” said Rosa Quill, who sells chips by the water."


def test_read_warc_record_without_text_is_reported_and_skipped(tmp_path):
    records = [
        ("response", "https://gazette.example/menu", "200 OK", "text/html", MENU),
        ("response", "https://gazette.example/gulls", "200 OK", "text/html", UNDATED),
    ]
    path = make_warc(tmp_path / "c.warc.gz", records)
    with pytest.raises(InputError) as info:
        list(read_warc(path))
    assert str(info.value) == f"{path}: WARC record https://gazette.example/menu: HTML without article text"
    errors = []
    assert [a.id for a in read_warc(path, on_error=errors.append)] == ["https://gazette.example/gulls"]
    assert len(errors) == 1


def test_read_warc_without_html_is_e011(tmp_path):
    path = make_warc(tmp_path / "c.warc.gz", CRAWL[:1] + CRAWL[2:4])
    with pytest.raises(InputError, match=r"c\.warc\.gz: WARC file holds no HTML response record$"):
        list(read_warc(path))


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"hello world this is not a warc file at all\n", "not a readable WARC file (found ARC data)"),
        (b"<html><body>a page</body></html>\n", "not a readable WARC file (Unknown archive format"),
        (b"\x1f\x8b\x08\x00junkjunkjunk", "not a readable WARC file ("),
    ],
)
def test_read_warc_foreign_file_is_e010(tmp_path, data, reason):
    path = tmp_path / "c.warc"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        list(read_warc(path))
    assert str(info.value).startswith(f"{path}: {reason}")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("gzip", [True, False])
def test_read_warc_truncated_file_keeps_complete_records(tmp_path, gzip):
    full = Path(make_warc(tmp_path / "full.warc", CRAWL, gzip=False)).read_bytes()
    cut = full[: full.rfind(b"WARC-Type: response") + 16]  # the last record ends inside its headers
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    if gzip:
        import gzip as gz

        cut = gz.compress(cut)[:-20]  # and the gzip stream loses its end
    path.write_bytes(cut)
    errors = []
    try:
        ids = [a.id for a in read_warc(path, on_error=errors.append)]
    except InputError as exc:  # a reader may also refuse the broken tail: then one clean line
        assert str(exc).startswith(f"{path}: not a readable WARC file (")
        assert "\n" not in str(exc)
    else:
        assert ids[:2] == ["https://gazette.example/news/ferry-timetable", "https://gazette.example/gulls"]


def test_read_warc_empty_and_missing(tmp_path):
    empty = tmp_path / "e.warc.gz"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match=r"e\.warc\.gz: empty file$"):
        list(read_warc(empty))
    with pytest.raises(InputError, match=r"m\.warc: no such file or directory$"):
        list(read_warc(tmp_path / "m.warc"))


def test_read_warc_uses_http_charset(tmp_path):
    page = ("<html><body><article><p>Le maire a déclaré que la fête du port aura lieu en été, malgré les "
            "travaux sur la jetée — « rien ne change », a-t-il dit.</p></article></body></html>").encode("cp1252")
    records = [("response", "https://journal.example/fete", "200 OK", "text/html; charset=Windows-1252", page),
               ("response", "https://journal.example/bad", "200 OK", "text/html; charset=nonsense-9", UNDATED)]
    path = make_warc(tmp_path / "c.warc.gz", records)
    fete, bad = read_warc(path)
    assert "la fête du port aura lieu en été, malgré les travaux sur la jetée — « rien ne change »" in fete.text
    assert "Rosa Quill" in bad.text


def test_read_warc_long_foreign_line_gives_short_message(tmp_path):
    path = tmp_path / "c.warc"
    path.write_bytes(b"<html>" + b"x" * 5000 + b"</html>\n")
    with pytest.raises(InputError) as info:
        list(read_warc(path))
    assert len(str(info.value)) < len(str(path)) + 260
