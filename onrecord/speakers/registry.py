"""The corpus speaker registry: one speaker per person over all articles, with every alias seen.

Extraction resolves a speaker inside one article to a name such as "Kim Kardashian"; this module maps those
names onto corpus-wide speakers (`speakers`, `speaker_aliases` tables):
1. a full name (given name + surname words) joins the speaker with the same given name whose surname words
   equal, extend or end its own ("Kim Kardashian" ~ "Kim Kardashian West" ~ "Kim West"); a different given
   name is a different person ("Kanye West", "Khloe Kardashian");
2. a surname-only form ("Kardashian West", "Kardashian") is resolved per article: the speaker named in full
   in the same article, else the only speaker with those surname words, else a clearly dominant one (by
   quotes, DOMINANCE times the next); otherwise it stays a speaker of its own, never guessed.
Incremental: only the names of new articles are resolved. Cost: linear in their quotes, plus one read of the
alias table (distinct names, small next to the corpus).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from ..quotes.lexicon import name_titles

SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md"}
PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "i", "me", "we", "us", "you"}
DOMINANCE = 3.0  # a surname-only mention goes to the top speaker only with this many times the runner-up's quotes


@dataclass(frozen=True)
class NameKey:
    """A person's name, normalized: `given` None for a surname-only form."""

    given: str | None
    surnames: tuple[str, ...]

    def key(self) -> str:
        """The `speaker_aliases.alias` string ("kim kardashian west"; "~kardashian" for surname-only)."""
        surnames = " ".join(self.surnames)
        return f"{self.given} {surnames}" if self.given else "~" + surnames


def name_words(name: str) -> list[str]:
    """Lowercase, accent-free words of a name, titles, suffixes and possessives dropped."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"['’]s\b", "", plain)
    toks = [t.strip(".") for t in re.findall(r"[a-z][a-z.'-]*", plain)]
    toks = [t for t in toks if t and t not in name_titles() and t not in SUFFIXES]
    return [] if len(toks) == 1 and toks[0] in PRONOUNS else toks


def contains(seq: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """True when `part` occurs in `seq` as a contiguous run."""
    n = len(part)
    return any(seq[i:i + n] == part for i in range(len(seq) - n + 1))


def surnames_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same surname words, or one extends the other at either end ("kardashian" / "kardashian west")."""
    short, long_ = sorted((a, b), key=len)
    return long_[:len(short)] == short or long_[-len(short):] == short


def given_match(a: str, b: str) -> bool:
    """Equal given names, or an initial against a name ("k" / "kim")."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def speaker_id_for(key: str) -> str:
    """Stable speaker id from the first key registered for the person."""
    return "s" + hashlib.sha256(key.encode()).hexdigest()[:12]


class Registry:
    """The alias index in memory: full keys -> speaker, and each speaker's full name keys."""

    def __init__(self, aliases: list[tuple[str, str]], counts: dict[str, int]) -> None:
        self.alias: dict[str, str] = dict(aliases)
        self.keys: dict[str, list[NameKey]] = defaultdict(list)
        self.by_word: dict[str, set[str]] = defaultdict(set)  # surname word -> speakers having it
        for key, sid in aliases:
            if not key.startswith("~"):
                given, *rest = key.split()
                self.add_key(sid, NameKey(given, tuple(rest)))
        self.counts = Counter(counts)
        self.new_aliases: list[tuple[str, str, str]] = []

    def add_key(self, sid: str, nk: NameKey) -> None:
        """Remember a full-name key of speaker `sid` (and index its surname words)."""
        self.keys[sid].append(nk)
        for w in nk.surnames:
            self.by_word[w].add(sid)

    def parse(self, name: str) -> NameKey | None:
        """A name's key; two words that are a known person's surname words are a surname-only form."""
        toks = name_words(name)
        if not toks:
            return None
        if len(toks) == 1 or self.surname_owners(tuple(toks)):
            return NameKey(None, tuple(toks))
        return NameKey(toks[0], tuple(toks[1:]))

    def surname_owners(self, surnames: tuple[str, ...]) -> list[str]:
        """Speakers with a full name whose surname words contain `surnames`."""
        pool = set.intersection(*(self.by_word.get(w, set()) for w in surnames))
        return sorted(sid for sid in pool if any(contains(k.surnames, surnames) for k in self.keys[sid]))

    def full(self, name: str, nk: NameKey) -> str:
        """The speaker of a full name, registering the alias (and the speaker) when new."""
        key = nk.key()
        if key in self.alias:
            return self.alias[key]
        pool = self.by_word.get(nk.surnames[0], set()) | self.by_word.get(nk.surnames[-1], set())
        cands = [sid for sid in sorted(pool) for keys in [self.keys[sid]]
                 if any(k.given and given_match(k.given, nk.given) and surnames_match(k.surnames, nk.surnames)
                        for k in keys)]
        sid = max(cands, key=lambda s: (self.counts[s], s)) if cands else speaker_id_for(key)
        self.alias[key] = sid
        self.add_key(sid, nk)
        self.new_aliases.append((key, name, sid))
        return sid

    def surname_only(self, name: str, nk: NameKey, in_article: set[str]) -> str:
        """The speaker of a surname-only form in one article (named there in full, unique, or dominant)."""
        owners = self.surname_owners(nk.surnames)
        here = [s for s in owners if s in in_article]
        if len(here) == 1:
            return here[0]
        pool = here or owners
        ranked = sorted(pool, key=lambda s: -self.counts[s])
        if len(ranked) == 1 or (ranked and self.counts[ranked[0]] >= DOMINANCE * max(1, self.counts[ranked[1]])):
            return ranked[0]
        key = nk.key()
        if key not in self.alias:
            self.alias[key] = speaker_id_for(key)
            self.new_aliases.append((key, name, self.alias[key]))
        return self.alias[key]


def resolve_article_names(reg: Registry, names: list[str]) -> dict[str, str]:
    """Speaker ids of the names used in one article: longest full names first, then surname-only forms."""
    out, deferred = {}, []
    for n in sorted(set(names), key=lambda n: (-len(name_words(n)), n)):
        nk = reg.parse(n)
        if nk is not None and nk.given is not None:
            out[n] = reg.full(n, nk)
        elif nk is not None:
            deferred.append((n, nk))
    here = set(out.values())
    for n, nk in deferred:
        out[n] = reg.surname_only(n, nk, here)
    reg.counts.update(out.values())
    return out


def register(con, name: str, columns: dict[str, list]) -> None:
    """Expose Python columns to SQL as the view `name`."""
    import pyarrow as pa

    con.register(name, pa.table(columns))


def link_speakers(store) -> dict[str, int]:
    """Give a corpus speaker to every named quote and mention without one, then refresh speaker rows.

    Call inside `store.transaction()`. RETURNS (dict): names resolved, speakers touched.
    """
    con = store.con
    rows = con.execute("SELECT DISTINCT article_id, name FROM mentions WHERE speaker_id IS NULL "
                       "AND name IS NOT NULL ORDER BY article_id").fetchall()
    if not rows:
        return {"names": 0, "speakers": 0}
    by_article: dict[str, list[str]] = defaultdict(list)
    for aid, name in rows:
        by_article[aid].append(name)
    reg = Registry(con.execute("SELECT alias, speaker_id FROM speaker_aliases").fetchall(),
                   dict(con.execute("SELECT id, quote_count FROM speakers").fetchall()))
    mapping = [(aid, n, sid) for aid in sorted(by_article)
               for n, sid in resolve_article_names(reg, by_article[aid]).items()]
    store.insert_rows("speaker_aliases", reg.new_aliases)
    register(con, "_sp", {"aid": [m[0] for m in mapping], "name": [m[1] for m in mapping],
                          "sid": [m[2] for m in mapping]})
    con.execute("UPDATE mentions SET speaker_id = _sp.sid FROM _sp "
                "WHERE mentions.article_id = _sp.aid AND mentions.name = _sp.name AND mentions.speaker_id IS NULL")
    con.execute("UPDATE quotes SET speaker_id = _sp.sid FROM _sp "
                "WHERE quotes.article_id = _sp.aid AND quotes.speaker_name = _sp.name AND quotes.speaker_id IS NULL")
    con.unregister("_sp")
    touched = sorted({m[2] for m in mapping})
    refresh_speakers(con, touched)
    return {"names": len(mapping), "speakers": len(touched)}


def refresh_speakers(con, ids: list[str]) -> None:
    """Recompute name, aliases and counts of the given speakers from their quotes and aliases."""
    register(con, "_ids", {"sid": ids})
    con.execute("DELETE FROM speakers WHERE id IN (SELECT sid FROM _ids)")
    con.execute("""
        INSERT INTO speakers
        WITH q AS (SELECT speaker_id, speaker_name, article_id FROM quotes JOIN _ids ON _ids.sid = speaker_id),
        names AS (SELECT speaker_id, speaker_name AS name, count(*) AS n FROM q GROUP BY 1, 2
                  UNION ALL SELECT speaker_id, name, 0 FROM speaker_aliases JOIN _ids ON _ids.sid = speaker_id),
        best AS (SELECT speaker_id, arg_max(name, (NOT starts_with(alias_key, '~'), n, length(name))) AS name,
                        list(DISTINCT name ORDER BY name) AS aliases
                 FROM (SELECT *, CASE WHEN strpos(name, ' ') > 0 THEN name ELSE '~' || name END AS alias_key
                       FROM names) GROUP BY 1)
        SELECT _ids.sid, coalesce(best.name, _ids.sid), coalesce(best.aliases, []),
               (SELECT count(*) FROM q WHERE q.speaker_id = _ids.sid),
               (SELECT count(DISTINCT article_id) FROM q WHERE q.speaker_id = _ids.sid)
        FROM _ids LEFT JOIN best ON best.speaker_id = _ids.sid""")
    con.unregister("_ids")


def speakers(store) -> list[dict[str, Any]]:
    """Every speaker with at least one quote, with counts and aliases, most quoted first (people only ever
    addressed stay in the `speakers` table with quote_count 0)."""
    rows = store.con.execute("SELECT id, name, aliases, quote_count, article_count FROM speakers "
                             "WHERE quote_count > 0 ORDER BY quote_count DESC, name").fetchall()
    return [{"id": i, "name": n, "aliases": list(a), "quote_count": q, "article_count": c}
            for i, n, a, q, c in rows]
