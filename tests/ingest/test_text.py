import pytest

from onrecord.errors import InputError
from onrecord.ingest import read_text
from onrecord.ingest.text import guess_title

TEXT = "Mill reopens after the flood\n\nThe old mill opened its doors again on Friday.\n\n“We are back,” said Ines Darrow.\n"


def _write(tmp_path, data: bytes, name="story.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_read_text_keeps_text_exactly(tmp_path):
    path = _write(tmp_path, TEXT.encode("utf-8"))
    article = read_text(path)
    assert article.text == TEXT
    assert article.id == path
    assert article.source == path
    assert article.title == "Mill reopens after the flood"


def test_read_text_id_is_path_as_given(tmp_path, monkeypatch):
    _write(tmp_path, TEXT.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    assert read_text("./story.txt").id == "./story.txt"


def test_read_text_crlf_becomes_lf(tmp_path):
    path = _write(tmp_path, TEXT.replace("\n", "\r\n").encode("utf-8"))
    article = read_text(path)
    assert "\r" not in article.text
    assert article.text == TEXT


def test_read_text_lone_cr_kept(tmp_path):
    path = _write(tmp_path, b"one line\rsame line\n")
    assert read_text(path).text == "one line\rsame line\n"


def test_read_text_bom_dropped(tmp_path):
    path = _write(tmp_path, b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    article = read_text(path)
    assert article.text == TEXT
    assert article.text[0] == "M"


def test_read_text_offsets_index_into_text(tmp_path):
    path = _write(tmp_path, ("\ufeff" + TEXT).replace("\n", "\r\n").encode("utf-8"))
    text = read_text(path).text
    start = text.index("We are back")
    assert text[start:start + 11] == "We are back"
    assert start == TEXT.index("We are back")


@pytest.mark.parametrize(
    "data,code",
    [
        (b"", "empty file"),
        (b"  \n\r\n\t", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"abc\x00def", "binary or undecodable file"),
        (b"caf\xe9 au lait", "binary or undecodable file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary or undecodable file"),
    ],
)
def test_read_text_bad_bytes(tmp_path, data, code):
    path = _write(tmp_path, data)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(info.value).startswith(f"{path}: {code}")
    assert "\n" not in str(info.value)


def test_read_text_missing(tmp_path):
    path = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="nope.txt: no such file or directory$"):
        read_text(path)


@pytest.mark.parametrize(
    "text,title",
    [
        ("Headline\n\nBody text here.", "Headline"),
        ("\n\n  Headline  \nBody", "Headline"),
        ("Only one line, no title.", None),
        ("Only one line\n", None),
        ("x" * 201 + "\n\nBody", None),
    ],
)
def test_guess_title_table(text, title):
    assert guess_title(text) == title
