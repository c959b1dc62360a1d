"""A small hand-made corpus store for the web tests, and a uvicorn server over it.

The articles are invented for these tests. Articles, quotes and mentions go in through `onrecord.store.Store`;
the linkers' tables (speakers, utterances, variants) and the links on quotes are written as rows directly, so the
web tests do not depend on the linking code and the expected diff is exactly known.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from onrecord.store import Store
from onrecord.types import Article, Cue, Mention, Quote, Venue

XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'


def quote_in(text: str, words: str, doc_id: str, speaker: Mention | None, cue: str = "said",
             nested_in: int | None = None) -> Quote:
    """A Quote record for `words` as found in `text` (offsets computed, not typed)."""
    start = text.index(words)
    cue_start = text.find(cue)
    return Quote(doc_id, start, start + len(words), words, "direct", speaker,
                 Cue(cue, cue_start, cue_start + len(cue)) if cue_start >= 0 else None, nested_in=nested_in,
                 confidence=0.9)


def mention_in(text: str, words: str, name: str | None, nth: int = 0) -> Mention:
    """A Mention of `words` (its `nth` occurrence) resolved to `name`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Mention(name, words, start, start + len(words))


def fixture_articles() -> list[tuple[Article, list[Quote]]]:
    """Five invented articles: three reports of one speech, a later story, and one full of markup."""
    a_text = ("Mayor Lena Ortiz defended the river bridge plan on Monday.\n\n"
              "“We will build the bridge because [the] city needs it, and we will finish it on time,” "
              "Ortiz told reporters at City Hall.\n\n"
              "Critics were not convinced. “It is a bridge to nowhere,” said council member Paul Avery.")
    b_text = ("Mayor Lena Ortiz said on Monday that the bridge would open on schedule.\n\n"
              "“We will build the bridge because the city needs it and we will finish it on time,” "
              "said Ortiz, who spoke at City Hall.")
    c_text = ("Two years later, the ferry question returned. Lena Ortiz said the ferry service "
              "“is a lifeline for the islands” and promised new boats.")
    e_text = ("At City Hall the mayor was firm. “We will build the bridge ... and we will finsh it on time,” "
              "Lena Ortiz said, adding that the budget was settled.")
    d_text = f"A strange post appeared. “{XSS} is the future,” wrote Sam Rourke on his blog."
    a_sp = mention_in(a_text, "Ortiz", "Lena Ortiz", 1)
    a = [quote_in(a_text, "We will build the bridge because [the] city needs it, and we will finish it on time",
                  "a", a_sp, "told"),
         quote_in(a_text, "It is a bridge to nowhere", "a", mention_in(a_text, "Paul Avery", "Paul Avery"))]
    hall = a_text.index("City Hall")
    a[0].venue = Venue("City Hall", hall, hall + len("City Hall"))
    b = [quote_in(b_text, "We will build the bridge because the city needs it and we will finish it on time",
                  "b", mention_in(b_text, "Ortiz", "Lena Ortiz", 1))]
    c = [quote_in(c_text, "is a lifeline for the islands", "c", mention_in(c_text, "Lena Ortiz", "Lena Ortiz"))]
    e = [quote_in(e_text, "We will build the bridge ... and we will finsh it on time", "e",
                  mention_in(e_text, "Lena Ortiz", "Lena Ortiz"))]
    d = [quote_in(d_text, f"{XSS} is the future", "d", mention_in(d_text, "Sam Rourke", "Sam Rourke"), "wrote")]
    return [
        (Article("a", a_text, "Mayor defends bridge plan", "Harbor Gazette", "https://gazette.example/a",
                 "2019-03-04"), a),
        (Article("b", b_text, "Ortiz: bridge on schedule", "Valley Post", None, "2019-03-05"), b),
        (Article("c", c_text, "Ferry service under review", "Island Times", None, "2021-06-01"), c),
        (Article("e", e_text, "Budget settled, says mayor", "Morning Ledger", None, "2019-03-06"), e),
        (Article("feeds/d.html", d_text, '<img src=x onerror="window.__xss = 3">Odd post', "<b>Evil</b> News",
                 None, "2021-07-01"), d),
    ]


BRIDGE_DIFF = [
    {"op": "equal", "canonical": "We will build the bridge because", "variant": "We will build the bridge because"},
    {"op": "bracket", "canonical": "[the]", "variant": "the"},
    {"op": "equal", "canonical": "city needs", "variant": "city needs"},
    {"op": "substitute", "canonical": "it,", "variant": "it"},
    {"op": "equal", "canonical": "and we will finish it on time", "variant": "and we will finish it on time"},
]


ELISION_DIFF = [
    {"op": "equal", "canonical": "We will build the bridge", "variant": "We will build the bridge"},
    {"op": "elision", "canonical": "because [the] city needs it,", "variant": "..."},
    {"op": "equal", "canonical": "and we will", "variant": "and we will"},
    {"op": "substitute", "canonical": "finish", "variant": "finsh", "typo": True},
    {"op": "equal", "canonical": "it on time", "variant": "it on time"},
]


def link_rows(con) -> None:
    """Speakers, utterances, variants, stories and the links on quotes, written as the linkers would."""
    q = {r[0]: r[1] for r in con.execute("SELECT article_id || ':' || idx, id FROM quotes").fetchall()}
    con.execute("""INSERT INTO speakers VALUES ('s-ortiz', 'Lena Ortiz', ['Lena Ortiz', 'Ortiz', 'Mayor Lena Ortiz'],
                   4, 4), ('s-avery', 'Paul Avery', ['Paul Avery'], 1, 1),
                   ('s-rourke', 'Sam Rourke', ['Sam Rourke', '<i>Rourke</i>'], 1, 1)""")
    for key, sid in (("a:0", "s-ortiz"), ("b:0", "s-ortiz"), ("c:0", "s-ortiz"), ("e:0", "s-ortiz"), ("a:1", "s-avery"),
                     ("feeds/d.html:0", "s-rourke")):
        con.execute("UPDATE quotes SET speaker_id = ?, utterance_id = ? WHERE id = ?", [sid, "u" + q[key][1:], q[key]])
        con.execute("UPDATE mentions SET speaker_id = ? WHERE quote_id = ?", [sid, q[key]])
    bridge = "u" + q["a:0"][1:]
    con.execute("UPDATE quotes SET utterance_id = ? WHERE id IN (?, ?)", [bridge, q["b:0"], q["e:0"]])
    for key in ("a:0", "a:1", "c:0", "feeds/d.html:0"):
        text, aid, published, n = con.execute("""SELECT q.text, q.article_id, a.published, 2 FROM quotes q
            JOIN articles a ON a.id = q.article_id WHERE q.id = ?""", [q[key]]).fetchone()
        n = 3 if key == "a:0" else 1
        con.execute("INSERT INTO utterances VALUES (?, ?, (SELECT speaker_id FROM quotes WHERE id = ?), ?, ?, ?, ?, ?)",
                    ["u" + q[key][1:], text, q[key], q[key], aid, published, n, n])
        con.execute("INSERT INTO variants VALUES (?, ?, ?, 0, length(?), true, 1.0, [], ?)",
                    ["u" + q[key][1:], q[key], aid, text, json.dumps([{"op": "equal", "canonical": text,
                                                                        "variant": text}])])
    b_text = con.execute("SELECT text FROM quotes WHERE id = ?", [q["b:0"]]).fetchone()[0]
    con.execute("INSERT INTO variants VALUES (?, ?, 'b', 0, length(?), true, 0.95, ['bracket', 'punct'], ?)",
                [bridge, q["b:0"], b_text, json.dumps(BRIDGE_DIFF)])
    e_text = con.execute("SELECT text FROM quotes WHERE id = ?", [q["e:0"]]).fetchone()[0]
    con.execute("INSERT INTO variants VALUES (?, ?, 'e', 0, length(?), true, 0.8, ['elision', 'substitute', 'typo'], ?)",
                [bridge, q["e:0"], e_text, json.dumps(ELISION_DIFF)])
    # a joined quote: the first words of b's quote also stand for the ferry utterance (as a linker may decide)
    ferry = "u" + q["c:0"][1:]
    con.execute("INSERT INTO variants VALUES (?, ?, 'b', 0, 24, false, 0.5, ['substitute'], ?)",
                [ferry, q["b:0"], json.dumps([{"op": "substitute", "canonical": "is a lifeline for the islands",
                                                "variant": "We will build the bridge"}])])


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    """The fixture store on disk (built once per session, closed before the app opens it read-only)."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    store = Store(path)
    store.add_articles(fixture_articles())
    with store.transaction() as con:
        link_rows(con)
        store.upsert_story("st-bridge", "Bridge plan defended")
        store.upsert_story("st-ferry", "Ferry <service> review")
        for aid, sid in (("a", "st-bridge"), ("b", "st-bridge"), ("e", "st-bridge"), ("c", "st-ferry"), ("feeds/d.html", "st-ferry")):
            store.set_story(aid, sid)
    store.close()
    return path


@pytest.fixture(scope="session")
def ids(store_path) -> dict[str, str]:
    """Quote and utterance ids of the fixture store, by `article:idx`."""
    import duckdb

    with duckdb.connect(str(store_path), read_only=True) as con:
        rows = con.execute("SELECT article_id || ':' || idx, id, utterance_id FROM quotes").fetchall()
    out = {k: qid for k, qid, _ in rows}
    out.update({"u:" + k: uid for k, _, uid in rows})
    return out


@pytest.fixture(scope="session")
def app(store_path):
    from onrecord.web.app import create_app

    return create_app(store_path)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve_in_thread(app) -> Iterator[str]:
    """A real uvicorn server for `app` on a free port of 127.0.0.1, in a thread; yields its base URL."""
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(5)


@pytest.fixture(scope="session")
def serve():
    """`serve_in_thread`, for tests that serve an app of their own."""
    return serve_in_thread


@pytest.fixture(scope="session")
def server(app) -> Iterator[str]:
    """The fixture store served by uvicorn on 127.0.0.1."""
    with serve_in_thread(app) as url:
        yield url


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium through Playwright (one per session); skips when it is not installed."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: $ONRECORD_SCREENSHOTS when set, else a temporary directory."""
    where = os.environ.get("ONRECORD_SCREENSHOTS")
    path = Path(where) if where else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
