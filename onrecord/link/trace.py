"""Quote tracing: the same utterance reported by different articles, linked into one canonical quote.

Per linking batch (`link_quotes`), for the quotes not yet linked:
1. fingerprints (`fingerprint.fingerprints`, winnowed 4-word shingles) go into the `quote_bands` index;
2. candidate pairs are the quotes of other articles sharing a fingerprint (a DuckDB hash join on the index,
   at most MAX_CANDIDATES per quote): never all pairs;
3. each candidate pair is aligned (`diff.link_score`) and kept when the two report the same words;
4. links, strongest first, merge utterances (union-find) unless that would put two quotes of one article in
   one utterance: then the quote that only partly overlaps (it joins two passages another article splits) is
   added to the other utterance as a secondary variant;
5. every utterance touched is rewritten: canonical wording = its earliest variant (publication date, then
   ingest order), each variant's aligned passage and labelled diff against it.
Cost per batch: linear in the new quotes plus one scan of the fingerprint index, plus the variants of the
utterances touched.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz

from ..errors import Errors, OnrecordError
from .diff import MIN_MATCHED, char_span, diff, labels, link_score, tokenize, words
from .fingerprint import fingerprints

MAX_CANDIDATES = 50  # candidate quotes kept per new quote (most shared fingerprints first)
TRACE_MIN_SCORE = 80  # rapidfuzz partial_ratio of the query against a variant's passage to count as a match


def register(con, name: str, columns: dict[str, list]) -> None:
    """Expose Python columns to SQL as the view `name` (an Arrow table)."""
    import pyarrow as pa

    con.register(name, pa.table(columns))


def new_quotes(con) -> list[tuple[str, str, str, int | None]]:
    """(id, article_id, text, nested_in) of the quotes not yet in any utterance."""
    return con.execute("SELECT id, article_id, text, nested_in FROM quotes WHERE utterance_id IS NULL "
                       "ORDER BY article_id, idx").fetchall()


def index_fingerprints(store, quotes) -> None:
    """Add fingerprints of top-level quotes to `quote_bands` (nested quotes are someone else's words; quotes
    shorter than MIN_MATCHED words are too short to tell one report from a chance match)."""
    rows = [(fp, qid, aid) for qid, aid, text, nested in quotes
            if nested is None and len(words(tokenize(text))) >= MIN_MATCHED for fp in fingerprints(text)]
    store.insert_rows("quote_bands", rows)


def candidate_pairs(con, quote_ids: list[str]) -> list[tuple[str, str]]:
    """Pairs (new quote, other quote) from different articles sharing a fingerprint, each pair once."""
    register(con, "_new", {"qid": quote_ids})
    rows = con.execute(f"""
        WITH n AS (SELECT b.* FROM quote_bands b JOIN _new ON _new.qid = b.quote_id)
        SELECT n.quote_id, o.quote_id, count(*) AS shared
        FROM n JOIN quote_bands o ON o.band_key = n.band_key AND o.article_id <> n.article_id
        GROUP BY 1, 2
        QUALIFY row_number() OVER (PARTITION BY n.quote_id ORDER BY shared DESC, o.quote_id) <= {MAX_CANDIDATES}
        """).fetchall()
    con.unregister("_new")
    return sorted({(a, b) if a < b else (b, a) for a, b, _ in rows})


def quote_info(con, ids) -> dict[str, dict[str, Any]]:
    """Text, article, dates and utterance of the given quotes, by id."""
    register(con, "_ids", {"qid": sorted(set(ids))})
    rows = con.execute("""
        SELECT q.id, q.article_id, q.text, q.utterance_id, q.speaker_id, q.idx,
               a.seq, a.published_ts, a.published
        FROM quotes q JOIN _ids ON _ids.qid = q.id JOIN articles a ON a.id = q.article_id""").fetchall()
    con.unregister("_ids")
    keys = ("id", "article_id", "text", "utterance_id", "speaker_id", "idx", "seq", "published_ts", "published")
    return {r[0]: dict(zip(keys, r)) for r in rows}


class Groups:
    """Utterances being merged: union-find over utterance ids, with members and their articles."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.primary: dict[str, set[str]] = defaultdict(set)
        self.secondary: dict[str, set[str]] = defaultdict(set)
        self.articles: dict[str, set[str]] = defaultdict(set)
        self.old: set[str] = set()

    def add(self, uid: str, qid: str, article_id: str, primary: bool = True) -> None:
        """Put a quote in utterance `uid` (creating it)."""
        self.parent.setdefault(uid, uid)
        (self.primary if primary else self.secondary)[uid].add(qid)
        self.articles[uid].add(article_id)

    def find(self, uid: str) -> str:
        """The surviving id of `uid`'s group."""
        while self.parent[uid] != uid:
            self.parent[uid] = self.parent[self.parent[uid]]
            uid = self.parent[uid]
        return uid

    def union(self, a: str, b: str) -> None:
        """Merge two groups; an utterance already stored keeps its id, else the bigger one does."""
        if (b in self.old, len(self.primary[b])) > (a in self.old, len(self.primary[a])):
            a, b = b, a
        self.parent[b] = a
        for table in (self.primary, self.secondary, self.articles):
            table[a] |= table.pop(b, set())
        self.secondary[a] -= self.primary[a]


def load_groups(con, uids: set[str]) -> Groups:
    """The stored utterances `uids` with their primary and secondary members."""
    g = Groups()
    register(con, "_u", {"uid": sorted(uids)})
    for qid, aid, uid in con.execute("SELECT q.id, q.article_id, q.utterance_id FROM quotes q "
                                     "JOIN _u ON _u.uid = q.utterance_id").fetchall():
        g.add(uid, qid, aid)
    for qid, aid, uid in con.execute("SELECT v.quote_id, v.article_id, v.utterance_id FROM variants v "
                                     "JOIN _u ON _u.uid = v.utterance_id WHERE NOT v.is_primary").fetchall():
        g.add(uid, qid, aid, primary=False)
    con.unregister("_u")
    g.old = set(uids)
    return g


def coverage(text: str, al, side: str) -> float:
    """Share of a quote's words inside its aligned passage."""
    n = len(words(tokenize(text)))
    return ((al.a1 - al.a0) if side == "a" else (al.b1 - al.b0)) / max(n, 1)


def apply_link(g: Groups, info: dict, akey: dict, a: str, b: str, al) -> None:
    """Merge the utterances of a linked pair, or attach the joining quote as a secondary variant.

    Two utterances merge unless both already hold a quote of the article that reported the merged utterance
    first: that article's own split is authoritative, so a later quote spanning two of its quotes joins one as
    primary and the other as a secondary variant. A later article splitting a quote in two merges freely.
    """
    ua, ub = g.find(info[a]["uid"]), g.find(info[b]["uid"])
    if ua == ub:
        return
    first = min(g.articles[ua] | g.articles[ub], key=akey.__getitem__)
    if first not in g.articles[ua] & g.articles[ub]:
        g.union(ua, ub)
        return
    ka, kb = akey[info[a]["article_id"]], akey[info[b]["article_id"]]
    cov = coverage(info[a]["text"], al, "a") < coverage(info[b]["text"], al, "b")
    joiner, target = (a, ub) if (ka > kb or (ka == kb and cov)) else (b, ua)
    if joiner not in g.primary[target]:
        g.secondary[target].add(joiner)
        g.articles[target].add(info[joiner]["article_id"])


def article_keys(con, article_ids) -> dict[str, tuple]:
    """Sort key (date unknown last, date, ingest order) of each article: what "earlier" means."""
    register(con, "_a", {"aid": sorted(article_ids)})
    rows = con.execute("SELECT id, published_ts, seq FROM articles JOIN _a ON _a.aid = articles.id").fetchall()
    con.unregister("_a")
    return {aid: (ts is None, ts or 0, seq) for aid, ts, seq in rows}


def earliest(members: list[dict]) -> dict:
    """The variant that appeared first: by publication time when known, then ingest order."""
    return min(members, key=lambda m: (m["published_ts"] is None, m["published_ts"] or 0, m["seq"], m["idx"]))


def variant_row(uid: str, canon: dict, q: dict, primary: bool) -> tuple:
    """One `variants` row: the quote's passage aligned with the canonical wording and the diff."""
    if q["id"] == canon["id"]:
        return (uid, q["id"], q["article_id"], 0, len(q["text"]), primary, 1.0, [], "[]")
    al = link_score(canon["text"], q["text"])
    c0, c1 = char_span(canon["text"], al, "a")
    v0, v1 = char_span(q["text"], al, "b")
    ops = diff(canon["text"][c0:c1], q["text"][v0:v1])
    score = al.matched / max(1, min(al.a1 - al.a0, al.b1 - al.b0)) if al else 0.0
    return (uid, q["id"], q["article_id"], v0, v1, primary, round(score, 3), labels(ops), json.dumps(ops))


def write_groups(store, g: Groups, info: dict, roots: set[str], gone: set[str]) -> None:
    """Rewrite the utterances `roots` (and delete the merged-away `gone`) with their variants."""
    con = store.con
    register(con, "_del", {"uid": sorted(roots | gone)})
    con.execute("DELETE FROM variants WHERE utterance_id IN (SELECT uid FROM _del)")
    con.execute("DELETE FROM utterances WHERE id IN (SELECT uid FROM _del)")
    con.unregister("_del")
    utts, vars_, moves = [], [], []
    for uid in sorted(roots):
        prim = [info[q] for q in sorted(g.primary[uid])]
        sec = [info[q] for q in sorted(g.secondary[uid])]
        canon = earliest(prim)
        utts.append((uid, canon["text"], canon["speaker_id"], canon["id"], canon["article_id"],
                     canon["published"], len(prim) + len(sec), len({m["article_id"] for m in prim + sec})))
        vars_ += [variant_row(uid, canon, q, True) for q in prim] + [variant_row(uid, canon, q, False) for q in sec]
        moves += [(q["id"], uid) for q in prim if q["utterance_id"] != uid]
    store.insert_rows("utterances", utts)
    store.insert_rows("variants", vars_)
    if moves:
        register(con, "_mv", {"qid": [m[0] for m in moves], "uid": [m[1] for m in moves]})
        con.execute("UPDATE quotes SET utterance_id = _mv.uid FROM _mv WHERE quotes.id = _mv.qid")
        con.unregister("_mv")


def link_quotes(store) -> dict[str, int]:
    """Link every quote not yet in an utterance to the corpus (steps 1-5 of the module docstring).

    Call inside `store.transaction()` to make the batch atomic. RETURNS (dict): quotes linked, links found.
    """
    con = store.con
    fresh = new_quotes(con)
    if not fresh:
        return {"quotes": 0, "links": 0}
    index_fingerprints(store, fresh)
    pairs = candidate_pairs(con, [q[0] for q in fresh])
    info = quote_info(con, [q[0] for q in fresh] + [x for p in pairs for x in p])
    for q in info.values():
        q["uid"] = q["utterance_id"] or "u" + q["id"][1:]
    g = load_groups(con, {q["utterance_id"] for q in info.values() if q["utterance_id"]})
    for qid, aid, _, _ in fresh:
        g.add(info[qid]["uid"], qid, aid)
    akey = article_keys(con, {aid for arts in g.articles.values() for aid in arts} |
                        {q["article_id"] for q in info.values()})
    links = [(al.matched, a, b, al) for a, b in pairs if (al := link_score(info[a]["text"], info[b]["text"]))]
    for _, a, b, al in sorted(links, key=lambda x: (-x[0], x[1], x[2])):
        apply_link(g, info, akey, a, b, al)
    roots = {g.find(u) for u in g.parent}
    missing = {q for r in roots for q in g.primary[r] | g.secondary[r]} - info.keys()
    info.update(quote_info(con, missing))
    write_groups(store, g, info, roots, g.old - roots)
    return {"quotes": len(fresh), "links": len(links)}


def matching_quotes(con, query: str, limit: int = 200) -> list[tuple[str, str]]:
    """(quote id, text) of quotes holding every word of `query` (a scan of `quotes`), best match first."""
    norms = [t.norm for t in words(tokenize(query))]
    if not norms:
        raise OnrecordError(Errors.E204)
    cond = " AND ".join(["replace(lower(text), '’', '''') LIKE ?"] * len(norms))
    rows = con.execute(f"SELECT id, text FROM quotes WHERE {cond}", [f"%{n}%" for n in norms]).fetchall()
    q = query.lower().replace("’", "'")
    scored = sorted(((fuzz.partial_ratio(q, t.lower().replace("’", "'")), i, t) for i, t in rows), reverse=True)
    return [(i, t) for s, i, t in scored[:limit] if s >= TRACE_MIN_SCORE]


def utterances_for(con, query: str, hits: list[tuple[str, str]]) -> list[str]:
    """Utterance ids whose variant passage (in a matching quote) holds the query, best first."""
    register(con, "_hits", {"qid": [h[0] for h in hits]})
    rows = con.execute("""SELECT v.utterance_id, v.quote_id, q.text, v.start, v."end", v.is_primary
                          FROM variants v JOIN _hits ON _hits.qid = v.quote_id JOIN quotes q ON q.id = v.quote_id
                       """).fetchall()
    con.unregister("_hits")
    q = query.lower().replace("’", "'")
    scored: dict[str, float] = {}
    for uid, _, text, s, e, primary in rows:
        score = fuzz.partial_ratio(q, text[s:e].lower().replace("’", "'"))
        if score >= TRACE_MIN_SCORE or primary:
            scored[uid] = max(scored.get(uid, 0), score + (0.5 if score >= TRACE_MIN_SCORE else -100))
    return sorted(scored, key=lambda u: -scored[u])


def utterance(con, uid: str) -> dict[str, Any]:
    """One utterance with every occurrence, earliest first (publication date when known, then ingest order)."""
    u = con.execute("""SELECT u.id, u.text, u.speaker_id, s.name, u.first_article_id, u.first_published,
                              u.n_variants, u.n_articles
                       FROM utterances u LEFT JOIN speakers s ON s.id = u.speaker_id WHERE u.id = ?""",
                    [uid]).fetchone()
    keys = ("id", "canonical", "speaker_id", "speaker", "first_article_id", "first_published", "n_variants",
            "n_articles")
    out = dict(zip(keys, u))
    rows = con.execute("""
        SELECT v.article_id, a.outlet, a.published, a.title, v.quote_id, q.text, v.start, v."end",
               v.is_primary, v.score, v.labels, v.diff, q.speaker_name
        FROM variants v JOIN quotes q ON q.id = v.quote_id JOIN articles a ON a.id = v.article_id
        WHERE v.utterance_id = ? ORDER BY a.published_ts NULLS LAST, a.seq, q.idx""", [uid]).fetchall()
    out["occurrences"] = [
        {"article_id": r[0], "outlet": r[1], "published": r[2], "title": r[3], "quote_id": r[4], "text": r[5],
         "passage": r[5][r[6]:r[7]], "is_primary": r[8], "score": r[9], "labels": list(r[10]),
         "diff": json.loads(r[11]), "speaker_name": r[12]} for r in rows]
    return out


def trace(store, query: str, *, limit: int = 10) -> list[dict[str, Any]]:
    """Every occurrence of the utterance(s) whose words contain `query`.

    Args:
        store (Store): the corpus store.
        query (str): some words from the quote (case, apostrophes and punctuation do not matter).
        limit (int): most utterances returned, best match first.
    Returns:
        list[dict]: per utterance: id, canonical, speaker, first_article_id, first_published, n_variants,
        n_articles and `occurrences` (article_id, outlet, published, title, quote_id, text, passage,
        is_primary, score, labels, diff), earliest first.
    Raises:
        OnrecordError: E204 for an empty query, E203 when nothing matches.
    """
    hits = matching_quotes(store.con, query)
    uids = utterances_for(store.con, query, hits) if hits else []
    if not uids:
        raise OnrecordError(Errors.E203.format(query=query))
    return [utterance(store.con, u) for u in uids[:limit]]
