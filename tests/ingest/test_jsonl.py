import json

import pytest

from onrecord.errors import InputError
from onrecord.ingest import read_jsonl
from onrecord.ingest.jsonl import line_ranges, parse_line, read_jsonl_range

GOOD = {"id": "a1", "text": "“Rain again,” sighed the farmer.\n\nShe said so twice.", "title": "Wet week",
        "outlet": "Valley Times", "url": "https://valley.example/a1", "published": "2022-05-01"}


def _write(tmp_path, lines, name="corpus.jsonl", newline="\n", prefix=b""):
    path = tmp_path / name
    path.write_bytes(prefix + newline.join(lines).encode("utf-8") + newline.encode())
    return str(path)


def test_read_jsonl_fields_and_exact_text(tmp_path):
    path = _write(tmp_path, [json.dumps(GOOD, ensure_ascii=False), json.dumps({"id": 7, "text": "Seven."})])
    first, second = read_jsonl(path)
    assert first.id == "a1"
    assert first.text == GOOD["text"]
    assert (first.title, first.outlet, first.url, first.published) == (
        "Wet week", "Valley Times", "https://valley.example/a1", "2022-05-01")
    assert first.source == f"{path}:1"
    assert second.id == "7"
    assert second.title is None and second.source == f"{path}:2"


def test_read_jsonl_text_crlf_inside_json_is_kept(tmp_path):
    path = _write(tmp_path, [json.dumps({"id": "x", "text": "a\r\nb"})])
    assert next(read_jsonl(path)).text == "a\r\nb"


def test_read_jsonl_crlf_lines_bom_and_blank_lines(tmp_path):
    lines = ["", json.dumps({"id": "a", "text": "One."}), "   ", json.dumps({"id": "b", "text": "Two."}), ""]
    path = _write(tmp_path, lines, newline="\r\n", prefix=b"\xef\xbb\xbf")
    articles = list(read_jsonl(path))
    assert [a.id for a in articles] == ["a", "b"]
    assert [a.source for a in articles] == [f"{path}:2", f"{path}:4"]


def test_read_jsonl_extra_keys_ignored(tmp_path):
    path = _write(tmp_path, [json.dumps({"id": "e", "text": "Text.", "story": "s1", "topic": 3})])
    assert next(read_jsonl(path)).id == "e"


@pytest.mark.parametrize(
    "line,reason",
    [
        ('{"id": "a", "text": "x"', "not JSON (Expecting ',' delimiter at column 24)"),
        ("not json at all", "not JSON (Expecting value at column 1)"),
        ('["id", "text"]', "expected a JSON object, got list"),
        ('{"text": "x"}', "missing 'id'"),
        ('{"id": "a"}', "missing 'text'"),
        ('{"id": null, "text": "x"}', "'id' must be a string, got null"),
        ('{"id": true, "text": "x"}', "'id' must be a string, got true"),
        ('{"id": " ", "text": "x"}', "'id' is empty"),
        ('{"id": "a", "text": 5}', "'text' must be a string, got int"),
        ('{"id": "a", "text": ["x"]}', "'text' must be a string, got list"),
        ('{"id": "a", "text": "  "}', "'text' is empty"),
        ('{"id": "a", "text": "x", "published": 2020}', "'published' must be a string or null"),
        ('{"id": "a", "text": "x", "title": {"t": 1}}', "'title' must be a string or null"),
        ('{"id": "a", "text": "Bad \\udca0 text."}', "'text' holds an unpaired surrogate (\\udca0 at offset 4)"),
        ('{"id": "a\\ud83d", "text": "x"}', "'id' holds an unpaired surrogate (\\ud83d at offset 1)"),
    ],
)
def test_parse_line_malformed_reasons(line, reason):
    with pytest.raises(InputError) as info:
        parse_line(line, "c.jsonl", 12)
    assert str(info.value) == f"c.jsonl:12: malformed JSONL line: {reason}"


def test_parse_line_bad_utf8():
    with pytest.raises(InputError, match=r"^c.jsonl:3: malformed JSONL line: not valid UTF-8$"):
        parse_line(b'{"id": "a", "text": "caf\xe9"}', "c.jsonl", 3)


def test_parse_line_keeps_a_surrogate_pair_as_its_one_character():
    assert parse_line('{"id": "a", "text": "Smile \\ud83d\\ude00."}', "c.jsonl", 1).text == "Smile \U0001f600."


def test_parse_line_optional_null_is_fine():
    article = parse_line('{"id": "a", "text": "x", "title": null}', "c.jsonl", 1)
    assert article.title is None


def test_read_jsonl_bad_line_number_counts_blank_lines(tmp_path):
    path = _write(tmp_path, [json.dumps({"id": "a", "text": "One."}), "", "{broken"])
    articles = read_jsonl(path)
    assert next(articles).id == "a"
    with pytest.raises(InputError) as info:
        next(articles)
    assert str(info.value).startswith(f"{path}:3: malformed JSONL line: not JSON")


def test_read_jsonl_on_error_goes_on(tmp_path):
    lines = [json.dumps({"id": "a", "text": "One."}), '{"id": "b"}', "oops", json.dumps({"id": "c", "text": "Three."})]
    path = _write(tmp_path, lines)
    errors = []
    assert [a.id for a in read_jsonl(path, on_error=errors.append)] == ["a", "c"]
    assert [str(e) for e in errors] == [
        f"{path}:2: malformed JSONL line: missing 'text'",
        f"{path}:3: malformed JSONL line: not JSON (Expecting value at column 1)",
    ]


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty file"),
        (b"\n\n  \n", "empty file"),
        (b'{"id": "a", "text": "\x00"}\n', "binary or undecodable file"),
        (b"\x1f\x8b\x08\x00\xff\xfe\xfa", "binary or undecodable file"),
    ],
)
def test_read_jsonl_file_errors(tmp_path, data, message):
    path = tmp_path / "c.jsonl"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        list(read_jsonl(path))
    assert str(info.value) == f"{path}: {message}" + (" (expected UTF-8 text)" if "binary" in message else "")


def test_read_jsonl_streams(tmp_path):
    lines = [json.dumps({"id": str(i), "text": f"Line {i}."}) for i in range(1000)] + ["{bad"]
    path = _write(tmp_path, lines)
    articles = read_jsonl(path)
    assert [next(articles).id for _ in range(3)] == ["0", "1", "2"]  # no error yet: the bad end is unread


def _corpus(path, n=50, bad=None):
    """n articles of growing length, a blank line after the 10th, and a malformed line at index `bad`."""
    lines = []
    for i in range(n):
        lines.append("{broken\n" if i == bad else json.dumps({"id": f"d{i}", "text": "w " * (i + 1)}) + "\n")
        if i == 10:
            lines.append("\n")
    path.write_text("".join(lines))
    return path


@pytest.mark.parametrize("parts", [1, 2, 3, 7, 200])
def test_line_ranges_cover_file_in_whole_lines(tmp_path, parts):
    path = _corpus(tmp_path / "c.jsonl")
    data = path.read_bytes()
    ranges = line_ranges(path, parts)
    assert ranges[0][:1] == (0,) and ranges[-1][1] == len(data) and len(ranges) <= parts
    for (start, end, line), nxt in zip(ranges, ranges[1:] + [None]):
        assert start == 0 or data[start - 1:start] == b"\n"
        assert line == data[:start].count(b"\n") + 1
        assert nxt is None or nxt[0] == end


def test_line_ranges_are_about_equal_in_bytes(tmp_path):
    path = tmp_path / "even.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": "w " * 30}) + "\n" for i in range(100)))
    sizes = [end - start for start, end, _ in line_ranges(path, 4)]
    assert len(sizes) == 4 and max(sizes) - min(sizes) <= 2 * len(path.read_bytes()) // 100


def test_read_jsonl_range_matches_read_jsonl(tmp_path):
    path = _corpus(tmp_path / "c.jsonl", bad=30)
    whole_errors, range_errors = [], []
    whole = [(a.id, a.source) for a in read_jsonl(path, on_error=whole_errors.append)]
    ranged = [(a.id, a.source) for start, end, line in line_ranges(path, 3)
              for a in read_jsonl_range(path, start, end, line, on_error=range_errors.append)]
    assert ranged == whole and len(whole) == 49
    assert [str(e) for e in range_errors] == [str(e) for e in whole_errors] and ":32:" in str(whole_errors[0])


def test_read_jsonl_range_of_empty_file_is_e004(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n")
    [(start, end, line)] = line_ranges(path, 4)
    with pytest.raises(InputError, match="empty"):
        list(read_jsonl_range(path, start, end, line))
