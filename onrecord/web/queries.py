"""The web app's read-only SQL over the corpus store (tables documented in onrecord/store/README.md).

Every function takes a DuckDB connection (a cursor of the app's read-only connection) and returns plain
JSON-able values: the HTML pages and the `/api/` routes render the very same dicts. Lists come as a `Page`
dict (`items`, `page`, `size`, `total`, `pages`). Nothing here writes.

Costs, on a store of N quotes and A articles: lookups by id use the primary-key index; per-speaker, per-story and
per-article lists scan the `quotes` table once (DuckDB scans ~100 M values/s, so ~1 ms per 100,000 quotes);
search is one `ILIKE` scan over quote texts per term, plus one count.
"""
from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import Any

import duckdb

MAX_TERMS = 8  # search words beyond this are ignored (each adds a scan)
SEARCH_CACHE_MAX = 1_000_000  # quotes; above this, search scans the store (a copy would cost too much memory)
TOP_SPEAKERS = 10
LATEST_STORIES = 10
TIMELINE_POINTS = 2000  # a speaker's timeline draws at most this many quotes (the latest ones)
STORY_ARTICLES = 200  # a story page lists at most this many articles
REQUIRED_TABLES = ("articles", "quotes", "mentions", "speakers", "utterances", "variants", "stories")

IN_CHUNK = 500  # ids per `IN (...)` lookup
ORDER_HITS = "a.published_ts NULLS LAST, a.seq, q.idx"  # earliest first; ingest order breaks ties


def plain(value: Any) -> Any:
    """A DuckDB value as JSON-able: dates and timestamps as ISO strings, the rest as is."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    """The result of `sql` as a list of dicts keyed by column name."""
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [{n: plain(v) for n, v in zip(names, r)} for r in cur.fetchall()]


def one(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> dict[str, Any] | None:
    """The first row of `sql` as a dict, None when there is none."""
    found = rows(con, sql + " LIMIT 1", params)
    return found[0] if found else None


def page_of(items: list[dict], total: int, page: int, size: int) -> dict[str, Any]:
    """The Page dict every list endpoint returns."""
    return {"items": items, "page": page, "size": size, "total": total, "pages": max(1, math.ceil(total / size))}


def by_ids(con: duckdb.DuckDBPyConnection, select: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Rows of `select` (a SELECT ... FROM table, with an `id` column) whose id is in `ids`, keyed by id.

    `id IN (?, ...)` uses the primary-key index: a few ms for a page of ids, where a join would scan the table.
    """
    out: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(i for i in ids if i is not None))
    for k in range(0, len(unique), IN_CHUNK):
        chunk = unique[k:k + IN_CHUNK]
        for r in rows(con, f"{select} WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            out[r["id"]] = r
    return out


def hits(con: duckdb.DuckDBPyConnection, quote_ids: list[str]) -> list[dict[str, Any]]:
    """Quotes as list items (text, speaker, article, outlet, date, story), in the order of `quote_ids`."""
    qs = by_ids(con, "SELECT id, utterance_id, text, kind, speaker_id, speaker_name, speaker_mention, article_id "
                     "FROM quotes", quote_ids)
    arts = by_ids(con, "SELECT id, title, outlet, url, published, story_id FROM articles",
                  [q["article_id"] for q in qs.values()])
    spks = by_ids(con, "SELECT id, name FROM speakers", [q["speaker_id"] for q in qs.values()])
    sts = by_ids(con, "SELECT id, title FROM stories", [a["story_id"] for a in arts.values()])
    out = []
    for qid in quote_ids:
        q = qs.get(qid)
        if q is None:
            continue
        a = arts.get(q["article_id"], {})
        out.append({"quote_id": qid, "utterance_id": q["utterance_id"], "quote_page": q["utterance_id"] or qid,
                    "text": q["text"], "kind": q["kind"], "speaker_id": q["speaker_id"],
                    "speaker_name": spks.get(q["speaker_id"], {}).get("name") or q["speaker_name"],
                    "speaker_mention": q["speaker_mention"], "article_id": q["article_id"],
                    "article_title": a.get("title"), "outlet": a.get("outlet"), "url": a.get("url"),
                    "published": a.get("published"), "story_id": a.get("story_id"),
                    "story_title": sts.get(a.get("story_id"), {}).get("title")})
    return out


def paged_hits(con: duckdb.DuckDBPyConnection, body: str, order: str, params: list, page: int,
               size: int) -> dict[str, Any]:
    """One page of the quotes `SELECT q.id body ORDER BY order` finds, with the total, from ONE narrow scan.

    The total comes from a `count(*) OVER ()` window (evaluated before ORDER BY and LIMIT); a page past the end
    costs a second, counting query. The page's rows are then filled in by id (`hits`).
    """
    found = con.execute(f"SELECT q.id, count(*) OVER () {body} ORDER BY {order} LIMIT ? OFFSET ?",
                        params + [size, (page - 1) * size]).fetchall()
    if found:
        total = found[0][1]
    else:
        total = con.execute(f"SELECT count(*) {body}", params).fetchone()[0]
    return page_of(hits(con, [r[0] for r in found]), total, page, size)


def missing_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The store tables this app reads that the database lacks (empty for a good store)."""
    have = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_catalog = current_database()").fetchall()}
    return [t for t in REQUIRED_TABLES if t not in have]


def overview(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts, the most-quoted speakers and the latest stories: what the front page shows."""
    counts = con.execute("""
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes), (SELECT count(*) FROM speakers),
               (SELECT count(*) FROM utterances WHERE n_articles > 1), (SELECT count(*) FROM stories)""").fetchone()
    speakers = rows(con, """
        SELECT id, name, quote_count, article_count FROM speakers
        ORDER BY quote_count DESC, name LIMIT ?""", [TOP_SPEAKERS])
    return {"counts": dict(zip(("articles", "quotes", "speakers", "quotes in several outlets", "stories"), counts)),
            "speakers": speakers, "stories": latest_stories(con, LATEST_STORIES)}


def latest_stories(con: duckdb.DuckDBPyConnection, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """Stories with their article count and latest publication date, most recent first."""
    return rows(con, """
        SELECT st.id, st.title, count(a.id) AS articles, max(a.published_ts)::DATE AS last_published
        FROM stories st LEFT JOIN articles a ON a.story_id = st.id
        GROUP BY st.id, st.title, st.created_at
        ORDER BY max(a.published_ts) DESC NULLS LAST, st.created_at DESC, st.id LIMIT ? OFFSET ?""",
        [limit, offset])


def list_stories(con: duckdb.DuckDBPyConnection, page: int, size: int) -> dict[str, Any]:
    """Every story, most recent first, one page of them."""
    total = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    return page_of(latest_stories(con, size, (page - 1) * size), total, page, size)


def list_speakers(con: duckdb.DuckDBPyConnection, page: int, size: int) -> dict[str, Any]:
    """Every speaker, most quoted first, one page of them."""
    total = con.execute("SELECT count(*) FROM speakers").fetchone()[0]
    items = rows(con, """
        SELECT id, name, aliases, quote_count, article_count FROM speakers
        ORDER BY quote_count DESC, name, id LIMIT ? OFFSET ?""", [size, (page - 1) * size])
    return page_of(items, total, page, size)


def like_pattern(term: str) -> str:
    """`term` as an ILIKE pattern matching it anywhere, with % _ and \\ taken literally."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_terms(q: str) -> list[str]:
    """The words of a search query (at most MAX_TERMS, duplicates dropped, case kept)."""
    seen: dict[str, str] = {}
    for word in q.split():
        seen.setdefault(word.lower(), word)
    return list(seen.values())[:MAX_TERMS]


def build_search_cache(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Copy the lowercased quote texts with their sort keys into `table` (a writable in-memory database) when
    the store holds at most SEARCH_CACHE_MAX quotes; True when built. `contains()` on that copy scans ~3x faster
    than `ILIKE` on the store and needs no join. Cost: one scan at start-up, about the quote texts in memory.
    """
    if con.execute("SELECT count(*) FROM quotes").fetchone()[0] > SEARCH_CACHE_MAX:
        return False
    con.execute(f"""CREATE OR REPLACE TABLE {table} AS
        SELECT q.id, lower(q.text) AS t, a.published_ts, a.seq, q.idx
        FROM quotes q JOIN articles a ON a.id = q.article_id""")
    return True


def search(con: duckdb.DuckDBPyConnection, q: str, page: int, size: int, cache: str | None = None) -> dict[str, Any]:
    """Quotes whose text contains every word of `q` (case-insensitive), earliest first.

    `cache` names the table made by `build_search_cache`; without it the store's quotes are scanned with ILIKE.

    Example:
        >>> search(con, "best communicator", 1, 20)["items"][0]["speaker_name"]   # doctest: +SKIP
        'Kim Kardashian'
    """
    terms = search_terms(q)
    if not terms:
        return page_of([], 0, page, size)
    if cache:
        where = " AND ".join(["contains(q.t, ?)"] * len(terms))
        return paged_hits(con, f"FROM {cache} q WHERE {where}", "q.published_ts NULLS LAST, q.seq, q.idx",
                          [t.lower() for t in terms], page, size)
    where = " AND ".join(["q.text ILIKE ? ESCAPE '\\'"] * len(terms))
    return paged_hits(con, f"FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {where}", ORDER_HITS,
                      [like_pattern(t) for t in terms], page, size)


def speaker(con: duckdb.DuckDBPyConnection, speaker_id: str) -> dict[str, Any] | None:
    """One speaker: name, aliases and counts; None when unknown."""
    return one(con, """
        SELECT id, name, aliases, quote_count, article_count FROM speakers WHERE id = ?""",
        [speaker_id])


def speaker_quotes(con: duckdb.DuckDBPyConnection, speaker_id: str, page: int, size: int) -> dict[str, Any]:
    """A speaker's quotes grouped by story (stories in order of first appearance), by date inside a story."""
    first = "min(a.published_ts) OVER (PARTITION BY a.story_id), min(a.seq) OVER (PARTITION BY a.story_id)"
    return paged_hits(con, "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ?",
                      f"{first}, a.story_id NULLS LAST, {ORDER_HITS}", [speaker_id], page, size)


def speaker_timeline(con: duckdb.DuckDBPyConnection, speaker_id: str) -> list[dict[str, Any]]:
    """The dated quotes of a speaker (at most TIMELINE_POINTS, the latest), for the timeline plot."""
    return rows(con, """
        SELECT a.published_ts::DATE AS day, COALESCE(q.utterance_id, q.id) AS quote_page, q.text,
               COALESCE(st.title, 'no story') AS story_title
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN stories st ON st.id = a.story_id
        WHERE q.speaker_id = ? AND a.published_ts IS NOT NULL
        ORDER BY a.published_ts DESC LIMIT ?""", [speaker_id, TIMELINE_POINTS])


def diff_ops(diff_json: str | None) -> list[dict[str, str]]:
    """The stored diff of a variant as a list of ops; an unreadable diff becomes an empty list."""
    try:
        ops = json.loads(diff_json or "[]")
    except ValueError:
        return []
    return [{"op": str(o.get("op", "equal")), "canonical": str(o.get("canonical") or ""),
             "variant": str(o.get("variant") or ""), "typo": bool(o.get("typo"))}
            for o in ops if isinstance(o, dict)] if isinstance(ops, list) else []


def variant_key(v: dict[str, Any]) -> tuple:
    """Sort key of a variant: publication time (unknown last), then ingest order, then position in the article."""
    return (v["_ts"] is None, v["_ts"] or "", v["_seq"], v["_idx"])


def variants(con: duckdb.DuckDBPyConnection, utterance_id: str, first_quote_id: str) -> list[dict[str, Any]]:
    """Every reported form of an utterance, earliest first, each with its diff ops and a first-appearance flag."""
    vs = rows(con, """SELECT quote_id, article_id, start, "end", is_primary, score, labels, diff FROM variants
                      WHERE utterance_id = ?""", [utterance_id])
    qs = by_ids(con, "SELECT id, text, idx, speaker_id, speaker_name FROM quotes", [v["quote_id"] for v in vs])
    arts = by_ids(con, "SELECT id, title, outlet, url, published, published_ts, seq FROM articles",
                  [v["article_id"] for v in vs])
    spks = by_ids(con, "SELECT id, name FROM speakers", [q["speaker_id"] for q in qs.values()])
    out = []
    for v in vs:
        q, a = qs.get(v["quote_id"]), arts.get(v["article_id"])
        if q is None or a is None:
            continue
        out.append({"quote_id": v["quote_id"], "article_id": v["article_id"], "article_title": a["title"],
                    "outlet": a["outlet"], "url": a["url"], "published": a["published"],
                    "text": q["text"][v["start"]:v["end"]] or q["text"], "quote_text": q["text"],
                    "is_primary": v["is_primary"], "score": v["score"], "labels": v["labels"],
                    "diff": diff_ops(v["diff"]), "speaker_id": q["speaker_id"],
                    "speaker_name": spks.get(q["speaker_id"], {}).get("name") or q["speaker_name"],
                    "first": v["quote_id"] == first_quote_id,
                    "_ts": a["published_ts"], "_seq": a["seq"], "_idx": q["idx"]})
    out.sort(key=variant_key)
    for v in out:
        del v["_ts"], v["_seq"], v["_idx"]
    return out


def quote(con: duckdb.DuckDBPyConnection, quote_id: str) -> dict[str, Any] | None:
    """A canonical quote (by utterance id, or by the id of any quote reporting it) with all its variants.

    A quote not (yet) linked to an utterance comes back as its own single variant. None when the id is unknown.
    """
    utt = one(con, "SELECT * FROM utterances WHERE id = ?", [quote_id])
    if utt is None:
        q = one(con, "SELECT id, utterance_id FROM quotes WHERE id = ?", [quote_id])
        if q is None:
            return None
        if q["utterance_id"] is None:
            return lone_quote(con, quote_id)
        utt = one(con, "SELECT * FROM utterances WHERE id = ?", [q["utterance_id"]])
        if utt is None:
            return lone_quote(con, quote_id)
    spk = speaker(con, utt["speaker_id"]) if utt["speaker_id"] else None
    found = variants(con, utt["id"], utt["first_quote_id"])
    return {"id": utt["id"], "text": utt["text"], "speaker": spk, "first_article_id": utt["first_article_id"],
            "first_published": utt["first_published"],
            "variants": found, "related": related(con, utt["id"], [v["quote_id"] for v in found])}


def related(con: duckdb.DuckDBPyConnection, utterance_id: str, quote_ids: list[str]) -> list[dict[str, Any]]:
    """Other utterances carried by the same quotes (a quote that joins passages reports several), at most 20."""
    if not quote_ids:
        return []
    others = con.execute(f"""SELECT DISTINCT utterance_id FROM variants
        WHERE quote_id IN ({', '.join('?' * len(quote_ids[:IN_CHUNK]))}) AND utterance_id <> ?
        ORDER BY utterance_id LIMIT 20""", quote_ids[:IN_CHUNK] + [utterance_id]).fetchall()
    found = by_ids(con, "SELECT id, text FROM utterances", [r[0] for r in others])
    return [found[r[0]] for r in others if r[0] in found]


def lone_quote(con: duckdb.DuckDBPyConnection, quote_id: str) -> dict[str, Any]:
    """An unlinked quote shaped like a canonical quote with one variant."""
    hit = hits(con, [quote_id])[0]
    spk = speaker(con, hit["speaker_id"]) if hit["speaker_id"] else None
    variant = {"quote_id": hit["quote_id"], "article_id": hit["article_id"], "article_title": hit["article_title"],
               "outlet": hit["outlet"], "url": hit["url"], "published": hit["published"], "text": hit["text"],
               "quote_text": hit["text"], "is_primary": True, "score": 1.0, "labels": [],
               "diff": [{"op": "equal", "canonical": hit["text"], "variant": hit["text"], "typo": False}],
               "speaker_id": hit["speaker_id"], "speaker_name": hit["speaker_name"], "first": True}
    return {"id": hit["quote_id"], "text": hit["text"], "speaker": spk, "first_article_id": hit["article_id"],
            "first_published": hit["published"], "variants": [variant], "related": []}


def story(con: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any] | None:
    """One story: its articles (earliest first, at most STORY_ARTICLES) and who spoke in it; None when unknown."""
    st = one(con, "SELECT id, title FROM stories WHERE id = ?", [story_id])
    if st is None:
        return None
    st["articles"] = rows(con, """
        SELECT id, title, outlet, published, n_quotes AS quotes FROM articles WHERE story_id = ?
        ORDER BY published_ts NULLS LAST, seq LIMIT ?""", [story_id, STORY_ARTICLES])
    st["article_count"] = con.execute("SELECT count(*) FROM articles WHERE story_id = ?", [story_id]).fetchone()[0]
    st["speakers"] = rows(con, """
        SELECT q.speaker_id AS id, COALESCE(s.name, any_value(q.speaker_name)) AS name, count(*) AS quotes
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
        WHERE a.story_id = ? AND (q.speaker_id IS NOT NULL OR q.speaker_name IS NOT NULL)
        GROUP BY q.speaker_id, s.name, CASE WHEN q.speaker_id IS NULL THEN q.speaker_name END
        ORDER BY quotes DESC, name LIMIT 50""", [story_id])
    return st


def story_quotes(con: duckdb.DuckDBPyConnection, story_id: str, page: int, size: int) -> dict[str, Any]:
    """The quotes of a story's articles, earliest first, one page of them."""
    body = """FROM quotes q JOIN (SELECT id, published_ts, seq FROM articles WHERE story_id = ?) a
              ON a.id = q.article_id"""
    return paged_hits(con, body, ORDER_HITS, [story_id], page, size)


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article: its text and metadata, its quotes (in text order) and the people named in them."""
    art = one(con, """
        SELECT a.id, a.title, a.outlet, a.url, a.published, a.text, a.story_id, st.title AS story_title
        FROM articles a LEFT JOIN stories st ON st.id = a.story_id WHERE a.id = ?""", [article_id])
    if art is None:
        return None
    art["quotes"] = rows(con, """
        SELECT q.id, q.idx, q.start, q."end", q.text, q.kind, q.nested_in, q.confidence,
               COALESCE(q.utterance_id, q.id) AS quote_page, q.speaker_id,
               COALESCE(s.name, q.speaker_name) AS speaker_name, q.speaker_mention, q.speaker_start, q.speaker_end,
               q.cue_text, q.addressee_name, q.venue_text
        FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.article_id = ?
        ORDER BY q.start, q."end" DESC, q.idx""", [article_id])
    art["mentions"] = rows(con, """
        SELECT DISTINCT m.role, m.mention, m.start, m."end", m.speaker_id, COALESCE(s.name, m.name) AS name
        FROM mentions m LEFT JOIN speakers s ON s.id = m.speaker_id
        WHERE m.article_id = ? AND m.start IS NOT NULL ORDER BY m.start""", [article_id])
    return art
