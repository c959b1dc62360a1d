"""kill -9 during a long ingest loses no article reported done and leaves no half article."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from onrecord.store import Store

WRITER = textwrap.dedent("""
    import sys
    from onrecord.corpus import IngestSummary, ingest_pairs
    from onrecord.store import Store
    from onrecord.types import Article, Mention, Quote

    def pairs():
        for i in range(100000):
            text = f"Reporter {i} wrote that the mayor said: " + " ".join(f"w{i}x{k}" for k in range(40))
            quotes = [Quote(f"a{i}", 40 + 5 * k, 44 + 5 * k, text[40 + 5 * k:44 + 5 * k], "direct",
                            Mention(f"Mayor Number{i % 7}", "the mayor", 30, 39)) for k in range(6)]
            yield Article(f"a{i}", text), quotes

    def done(s):
        print(s.new, flush=True)

    ingest_pairs(Store(sys.argv[1]), pairs(), IngestSummary(), on_done=done, link_every=50)
""")


def test_ingest_kill_9_keeps_done_articles_whole(tmp_path):
    db = tmp_path / "crash.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    reported = 0
    for line in proc.stdout:
        reported = int(line)
        if reported >= 120:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as s:
        ids = {r[0] for r in s.con.execute("SELECT id FROM articles").fetchall()}
        assert {f"a{i}" for i in range(reported)} <= ids
        half = s.con.execute("""SELECT count(*) FROM articles a
                                WHERE n_quotes <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
                                   OR n_quotes <> (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)
                             """).fetchone()[0]
        orphans = s.con.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN "
                                "(SELECT id FROM articles)").fetchone()[0]
    assert half == 0 and orphans == 0
