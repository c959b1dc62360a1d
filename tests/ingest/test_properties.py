"""Property tests: whatever bytes arrive, a reader returns Articles or raises InputError, never anything else."""
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.errors import InputError
from onrecord.ingest import read_stdin
from onrecord.ingest.html import html_to_article
from onrecord.ingest.jsonl import parse_line
from onrecord.ingest.text import text_to_article

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOUP = st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<br>", "<nav>", "“", "”", '"', "said", " ", "\n", "\r\n",
                                 "word", "\x00", "é", "<!--", "<script>", "{", "}", "\ufeff"]), max_size=60)


@FAST
@given(st.binary(max_size=300))
def test_text_to_article_bytes_give_article_or_input_error(data):
    try:
        article = text_to_article(data, "t.txt")
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert article.text.strip() and "\r\n" not in article.text


@FAST
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_parse_line_gives_article_or_e006(raw):
    try:
        parse_line(raw, "c.jsonl", 1)
    except InputError as exc:
        assert str(exc).startswith("c.jsonl:1: malformed JSONL line: ")
        assert "\n" not in str(exc)


@FAST
@given(SOUP.map("".join))
def test_html_to_article_soup_gives_article_or_input_error(html):
    try:
        article = html_to_article(html.encode("utf-8"), "p.html")
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert "\n\n\n" not in article.text


@FAST
@given(SOUP.map("".join))
def test_read_stdin_soup_gives_articles_or_input_error(data):
    errors = []
    try:
        articles = list(read_stdin(io.BytesIO(data.encode("utf-8")), on_error=errors.append))
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert all(a.text for a in articles)
    assert all("\n" not in str(e) for e in errors)


def test_parse_line_deeply_nested_json():
    raw = '{"id": "a", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    try:
        parse_line(raw, "c.jsonl", 1)
    except InputError as exc:
        assert "malformed JSONL line" in str(exc)
