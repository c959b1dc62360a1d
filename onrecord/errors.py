"""Every message onrecord shows a user, in one catalogue (after spacy/errors.py).

Raise `OnrecordError(Errors.E001.format(path=...))`; the CLI prints the message on one line and exits non-zero.
Add new messages at the end of the class of your area; keep each one line, with a hint where one helps.
"""


class OnrecordError(Exception):
    """A problem with the user's input or settings: shown as one line, never as a traceback."""


class InputError(OnrecordError):
    """An article or input file that cannot be read; `--keep-going` reports it and goes on."""


class Errors:
    # reading input (onrecord/ingest)
    E001 = "{path}: no such file or directory"
    E002 = "{path}: directory holds no readable article (.txt, .html, .htm, .jsonl, .warc, .warc.gz)"
    E003 = "{path}: binary or undecodable file (expected UTF-8 text)"
    E004 = "{path}: empty file"
    E005 = "{path}: HTML without article text"
    E006 = "{path}:{line}: malformed JSONL line: {reason}"
    E007 = "{path}: unsupported file type '{suffix}' (use .txt, .html, .htm, .jsonl, .warc or .warc.gz)"
    # pipeline and settings (onrecord/quotes, onrecord/speakers)
    E101 = "the spaCy pipeline '{name}' is not installed; run the README's setup command"
    E102 = "unknown output format '{fmt}' (use one of: {options})"
    # store (onrecord/store)
    # linking (onrecord/link)
    # web (onrecord/web)
    # spark (onrecord/spark)
