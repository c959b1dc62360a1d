"""Every message onrecord shows a user, in one catalogue (after spacy/errors.py).

Raise `OnrecordError(Errors.E001.format(path=...))`; the CLI prints the message on one line and exits non-zero.
Add new messages at the end of the class of your area; keep each one line, with a hint where one helps.
"""


class OnrecordError(Exception):
    """A problem with the user's input or settings: shown as one line, never as a traceback."""


class InputError(OnrecordError):
    """An article or input file that cannot be read; `--keep-going` reports it and goes on."""


def report_or_raise(exc: InputError, on_error) -> None:
    """The per-item policy: raise the error, or hand it to `on_error` (the `--keep-going` case) and go on."""
    if on_error is None:
        raise exc
    on_error(exc)


class Errors:
    # reading input (onrecord/ingest)
    E001 = "{path}: no such file or directory"
    E002 = "{path}: directory holds no readable article (.txt, .html, .htm, .jsonl, .warc, .warc.gz)"
    E003 = "{path}: binary or undecodable file (expected UTF-8 text)"
    E004 = "{path}: empty file"
    E005 = "{path}: HTML without article text"
    E006 = "{path}:{line}: malformed JSONL line: {reason}"
    E007 = "{path}: unsupported file type '{suffix}' (use .txt, .html, .htm, .jsonl, .warc or .warc.gz)"
    E008 = "{path}: cannot read: {reason}"
    E009 = "{path}: WARC record {record}: {reason}"
    E010 = "{path}: not a readable WARC file ({reason})"
    E011 = "{path}: WARC file holds no HTML response record"
    E012 = "{path}: HTML extraction failed: {reason}"
    # pipeline and settings (onrecord/quotes, onrecord/speakers)
    E101 = "the spaCy pipeline '{name}' is not installed; run the README's setup command"
    E102 = "unknown output format '{fmt}' (use one of: {options})"
    E103 = "{id}: quote extraction failed ({reason}); the article was skipped, please report it"
    E104 = "{id}: the text is not Unicode text (an unpaired surrogate, {reason}); the article was skipped"
    # store (onrecord/store)
    E201 = "{path}: cannot open the store: {reason}"
    E202 = "{path}: no store here (run `onrecord ingest --db {path} INPUT...` first)"
    E203 = "no quote matches '{query}' (try fewer or other words)"
    E204 = "empty query: give some words from the quote"
    E205 = "no speaker matches '{name}' (see `onrecord speakers`)"
    E206 = "no story '{story}' in the store (see `onrecord stories`)"
    E207 = "{article}: cannot store article: {reason}"
    # linking (onrecord/link)
    E351 = "unknown story setting '{key}' in [stories] (known: {options})"
    E352 = "{path}: cannot read story settings: {reason}"
    # web (onrecord/web)
    E401 = "{path}: no such store; create it with `onrecord ingest --db {path} INPUT...`"
    E402 = "{path}: cannot open the store read-only ({reason}); is `onrecord ingest` still writing to it?"
    E403 = "{path}: not an onrecord store (missing tables: {tables}); point --db at a file made by `onrecord ingest`"
    E404 = "cannot listen on {host}:{port} ({reason}); pick another --port"
    # spark (onrecord/spark)
    E501 = "{pattern}: no input file matches (expected .jsonl, .warc or .warc.gz shards, or a folder of them)"
    E502 = "{path}: output directory is not empty (use --overwrite to replace it, or choose another)"
    E503 = "Spark needs Java 17+ and no java was found (apt-get install openjdk-17-jre-headless, or set JAVA_HOME)"
    E504 = "pyspark is not installed (pip install 'onrecord[spark]')"
    E505 = "{path}: not a Spark output directory (expected articles/ and quotes/ Parquet tables)"
    E506 = "the Spark job failed: {reason} (see the executor log above for the whole trace)"
    E507 = "unknown Spark master '{master}' (use local, local[N], local[*], spark://HOST:PORT, yarn or k8s://URL)"
