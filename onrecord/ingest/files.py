"""Paths in, checked bytes and text out: file kinds, folder walks and the checks every reader shares.

All problems become `InputError` with one line from the catalogue (missing E001, nothing readable E002,
binary E003, empty E004, unsupported type E007, unreadable E008).
"""
from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import Errors, InputError, report_or_raise

# file kind by (lower-case) name ending; longest endings first so ".warc.gz" wins over ".gz"
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".jsonl", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".txt", "text"),
)
SNIFF_BYTES = 8192  # how much of a file is looked at for NUL bytes and bad UTF-8 before reading it all
STDIN = "-"
STDIN_NAME = "<stdin>"  # the article id and the name in messages for text read from standard input


def kind_of(path: str | os.PathLike) -> str | None:
    """The reader for a file name ("text", "html", "jsonl", "warc"), None when no reader fits."""
    name = os.fspath(path).lower()
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


def suffix_of(path: str | os.PathLike) -> str:
    """The suffix shown in E007: the whole ending after the name's first dot, or "(none)"."""
    suffixes = Path(path).suffixes
    return "".join(suffixes[-2:]) if suffixes else "(none)"


REASON_MAX_CHARS = 200  # a quoted line of a foreign file can be long; messages stay one readable line


def one_line(reason: object) -> str:
    """An exception or reason as a single line of at most REASON_MAX_CHARS (messages are shown on one line)."""
    text = " ".join(str(reason).split()) or type(reason).__name__
    return text if len(text) <= REASON_MAX_CHARS else text[: REASON_MAX_CHARS - 1] + "…"


def looks_binary(prefix: bytes) -> bool:
    """True when the bytes hold a NUL or are not UTF-8 (a character cut at the end of `prefix` is fine)."""
    if b"\x00" in prefix:
        return True
    try:
        codecs.getincrementaldecoder("utf-8")().decode(prefix, final=False)
    except UnicodeDecodeError:
        return True
    return False


SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair: JSON may escape one alone, no text holds it


def unpaired_surrogate(text: str) -> str | None:
    """Why `text` is no Unicode text (`\\udca0 at offset 4`: a surrogate escaped alone), or None if it is."""
    lone = SURROGATE.search(text)
    return f"\\u{ord(lone.group()):04x} at offset {lone.start()}" if lone else None


def check_file(path: str) -> int:
    """Size in bytes of a readable, non-empty file; E001 when missing, E004 when empty."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise InputError(Errors.E001.format(path=path)) from None
    except OSError as exc:
        raise InputError(Errors.E008.format(path=path, reason=one_line(exc.strerror or exc))) from None
    if size == 0 and os.path.isfile(path):
        raise InputError(Errors.E004.format(path=path))
    return size


def read_bytes(path: str) -> bytes:
    """The whole file; E008 on an OS error (permission, a folder where a file was expected, ...)."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise InputError(Errors.E008.format(path=path, reason=one_line(exc.strerror or exc))) from None


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 bytes as text: BOM dropped, CRLF made LF, nothing else changed; E003 binary, E004 blank.

    Quote offsets index into this string, so it is kept exactly as written otherwise.
    """
    if b"\x00" in data:
        raise InputError(Errors.E003.format(path=name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(Errors.E003.format(path=name)) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if not text.strip():
        raise InputError(Errors.E004.format(path=name))
    return text


def walk_folder(folder: str, on_error: Callable[[InputError], object] | None = None) -> Iterator[str]:
    """Readable files under `folder`, recursively, sorted by name at each level (so "a", "b/c", "d").

    Hidden names (starting with ".") are skipped and symbolic links to folders are not followed (no loops);
    files with other suffixes are skipped silently. Paths are `folder` joined with the relative path, so an id
    keeps the user's spelling of the folder. A folder that cannot be listed raises E008, or is passed to
    `on_error` and skipped. Streams: one folder listing in memory at a time.
    """
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        report_or_raise(InputError(Errors.E008.format(path=folder, reason=one_line(exc.strerror or exc))), on_error)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(path, on_error)
        elif kind_of(entry.name) and entry.is_file():
            yield path
