import io
import json
import logging
import os
import shutil
import sys
from pathlib import Path

import pytest

from onrecord.errors import InputError
from onrecord.ingest import read_articles, read_path, read_stdin

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture
def corpus(tmp_path):
    """A folder: texts, a page, a JSONL file, a subfolder, a hidden file and files no reader takes."""
    root = tmp_path / "news"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "b.txt").write_text("Second story.\n", encoding="utf-8")
    (root / "a.txt").write_text("First story.\n", encoding="utf-8")
    (root / "sub" / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "Third."}) + "\n" + json.dumps({"id": "c2", "text": "Fourth."}) + "\n",
        encoding="utf-8")
    (root / "sub" / "deeper" / "d.TXT").write_text("Fifth.\n", encoding="utf-8")
    shutil.copy(FIXTURES / "harbour.html", root / "sub" / "e.htm")
    (root / "z.txt").write_text("Last.\n", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / "README").write_text("not an article", encoding="utf-8")
    (root / ".hidden.txt").write_text("Hidden.\n", encoding="utf-8")
    (root / ".cache" / "x.txt").write_text("Cached.\n", encoding="utf-8")
    return root


def test_read_path_folder_recursive_sorted(corpus):
    ids = [a.id for a in read_path(str(corpus))]
    root = str(corpus)
    assert ids == [
        os.path.join(root, "a.txt"),
        os.path.join(root, "b.txt"),
        "c1",
        "c2",
        os.path.join(root, "sub", "deeper", "d.TXT"),
        os.path.join(root, "sub", "e.htm"),
        os.path.join(root, "z.txt"),
    ]


def test_read_path_folder_ids_keep_users_spelling(corpus, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    assert next(read_path("news/")).id == "news/a.txt"
    assert next(read_path("./news")).id == "./news/a.txt"


def test_read_path_folder_without_articles_is_e002(tmp_path):
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    (tmp_path / "empty" / "photo.jpg").write_bytes(b"\xff\xd8")
    folder = str(tmp_path / "empty")
    with pytest.raises(InputError) as info:
        list(read_path(folder))
    assert str(info.value) == f"{folder}: directory holds no readable article (.txt, .html, .htm, .jsonl, .warc, .warc.gz)"


@pytest.mark.parametrize("name,suffix", [("report.pdf", ".pdf"), ("notes", "(none)"), ("data.json.gz", ".json.gz")])
def test_read_path_unsupported_file_is_e007(tmp_path, name, suffix):
    path = tmp_path / name
    path.write_bytes(b"x")
    with pytest.raises(InputError) as info:
        list(read_path(path))
    assert str(info.value) == (f"{path}: unsupported file type '{suffix}' "
                               "(use .txt, .html, .htm, .jsonl, .warc or .warc.gz)")


def test_read_path_missing_is_e001_whatever_the_suffix(tmp_path):
    for name in ("gone.txt", "gone.pdf", "gone"):
        with pytest.raises(InputError, match=f"{name}: no such file or directory$"):
            list(read_path(tmp_path / name))


def test_read_articles_stops_at_first_error(corpus):
    (corpus / "b.txt").write_bytes(b"\x00\x01")
    articles = read_articles([corpus])
    assert next(articles).id.endswith("a.txt")
    with pytest.raises(InputError, match=r"b\.txt: binary or undecodable file"):
        next(articles)


def test_read_articles_keep_going_reports_each_bad_item(corpus, tmp_path):
    (corpus / "b.txt").write_bytes(b"")
    (corpus / "sub" / "c.jsonl").write_text('{"id": "c1", "text": "Third."}\n{"id": "c2"}\n', encoding="utf-8")
    shutil.copy(FIXTURES / "menu_only.html", corpus / "sub" / "e.htm")
    errors = []
    paths = [tmp_path / "missing.txt", corpus, tmp_path / "x.pdf"]
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    ids = [a.id for a in read_articles(paths, keep_going=True, on_error=errors.append)]
    root = str(corpus)
    assert ids == [os.path.join(root, "a.txt"), "c1", os.path.join(root, "sub", "deeper", "d.TXT"),
                   os.path.join(root, "z.txt")]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        f"{os.path.join(root, 'b.txt')}: empty file",
        f"{os.path.join(root, 'sub', 'c.jsonl')}:2: malformed JSONL line: missing 'text'",
        f"{os.path.join(root, 'sub', 'e.htm')}: HTML without article text",
        f"{tmp_path / 'x.pdf'}: unsupported file type '.pdf' (use .txt, .html, .htm, .jsonl, .warc or .warc.gz)",
    ]
    assert all(isinstance(e, InputError) for e in errors)


def test_read_articles_keep_going_without_handler_logs(tmp_path, caplog):
    (tmp_path / "ok.txt").write_text("Fine.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="onrecord.ingest"):
        ids = [a.id for a in read_articles([tmp_path / "no.txt", tmp_path / "ok.txt"], keep_going=True)]
    assert ids == [str(tmp_path / "ok.txt")]
    assert f"{tmp_path / 'no.txt'}: no such file or directory" in caplog.text


def test_read_articles_on_error_ignored_without_keep_going(tmp_path):
    errors = []
    with pytest.raises(InputError):
        list(read_articles([tmp_path / "no.txt"], on_error=errors.append))
    assert errors == []


def test_read_articles_single_path_string(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Only one.\n", encoding="utf-8")
    assert [a.text for a in read_articles(str(path))] == ["Only one.\n"]
    assert [a.text for a in read_articles(path)] == ["Only one.\n"]


def test_read_articles_is_lazy(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Only one.\n", encoding="utf-8")
    articles = read_articles([path, tmp_path / "missing.txt"])
    assert next(articles).id == str(path)  # the missing second path is not touched yet
    with pytest.raises(InputError):
        next(articles)


# standard input

def test_read_stdin_jsonl_streams_with_line_numbers():
    data = b"\n\n" + json.dumps({"id": "s1", "text": "One."}).encode() + b"\n{oops\n" + \
        json.dumps({"id": "s2", "text": "Two."}).encode() + b"\n"
    errors = []
    ids = [a.id for a in read_stdin(io.BytesIO(data), on_error=errors.append)]
    assert ids == ["s1", "s2"]
    assert [str(e) for e in errors] == [
        "<stdin>:4: malformed JSONL line: not JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_read_stdin_text_kept_exactly():
    data = "\ufeff\r\n  Headline here\r\n\r\n“Yes,” she said.\r\n".encode("utf-8")
    (article,) = read_stdin(io.BytesIO(data))
    assert article.id == "<stdin>"
    assert article.text == "\n  Headline here\n\n“Yes,” she said.\n"
    assert article.title == "Headline here"


def test_read_stdin_jsonl_with_bom():
    data = b"\xef\xbb\xbf" + json.dumps({"id": "b", "text": "Bom."}).encode() + b"\r\n"
    assert [a.id for a in read_stdin(io.BytesIO(data))] == ["b"]


@pytest.mark.parametrize("data,message", [(b"", "<stdin>: empty file"), (b"\n \n", "<stdin>: empty file"),
                                          (b"\x00\x01\x02", "<stdin>: binary or undecodable file")])
def test_read_stdin_bad_input(data, message):
    with pytest.raises(InputError, match=f"^{message}"):
        list(read_stdin(io.BytesIO(data)))


def test_read_path_dash_reads_sys_stdin(monkeypatch):
    data = json.dumps({"id": "p1", "text": "Piped."}).encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert [a.id for a in read_articles(["-"])] == ["p1"]


def test_read_path_dash_error_with_keep_going(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    errors = []
    assert list(read_articles(["-"], keep_going=True, on_error=errors.append)) == []
    assert [str(e) for e in errors] == ["<stdin>: empty file"]
