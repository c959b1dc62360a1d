"""Story features of one article: the cheap signals `onrecord.link.stories` compares articles and stories by.

`extract_features(article)` turns an `Article` into a `StoryFeatures` value: term counts in three fields
(content words, capitalised name sequences, numbers and dates), hashed word shingles of the quoted passages, and
the publication day (the `published` field, else a dateline near the top of the text). No model is loaded:
everything is regular expressions over the text, linear in its length (about 0.3 ms per 400-word article).
"""
from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..types import Article

DATA_DIR = Path(__file__).parent / "data"
FIELDS = ("words", "entities", "numbers")

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

TOKEN_RE = re.compile(r"[^\W\d_](?:[^\W_]|['’\-.](?=[^\W\d_]))*|\d+(?:[.,]\d+)*")
QUOTE_RE = re.compile(r"(?:``|“|\")(.{12,}?)(?:''|”|\")", re.S)
URL_RE = re.compile(r"https?\s*:\s*/\s*/\S*(?:\s*[/.\-]\s*\S+)*")
ISO_DATE_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-/]\s*(\d\d?)\s*[-/]\s*(\d\d?)\b")
MDY_RE = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d\d?)(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b")
DMY_RE = re.compile(r"\b(\d\d?)\s+([A-Za-z]{3,9})\.?\s*,?\s+((?:19|20)\d\d)\b")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"“])|\n")
NAME_LINKS = {"of", "de", "del", "la", "van", "von", "bin", "al"}


@dataclass
class StoryFeatures:
    """What the story clusterer knows of one article.

    words / entities / numbers: term -> count (title terms already boosted); shingles: hashed word 4-grams of the
    quoted passages; day: publication day or None; title: a display title (never None).
    """

    words: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)
    shingles: frozenset = frozenset()
    day: dt.date | None = None
    title: str = ""

    def field(self, name: str) -> Counter:
        """The term counts of field `name` (one of FIELDS)."""
        return getattr(self, name)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The stop list in data/stop_words.txt (function words and web boilerplate), read once."""
    text = (DATA_DIR / "stop_words.txt").read_text(encoding="utf8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def extract_features(article: Article, *, quotes: list[str] | None = None, title_boost: float = 2.0,
                     lead_sentences: int = 2, lead_boost: float = 1.0, dateline_lines: int = 4) -> StoryFeatures:
    """Compute the story features of `article`.

    Args:
        article: the article; `title` and `published` are used when set.
        quotes: the quoted passages when already extracted (e.g. from the store); else found by quote marks.
        title_boost: how many times a title term counts.
        lead_sentences, lead_boost: the first sentences of the body (the news lead, which states the event) count
            `1 + lead_boost` times.
        dateline_lines: how many leading lines may hold the dateline used when `published` is unknown.
    Returns:
        StoryFeatures. Cost: linear in the text length.
    """
    title, body = split_title(article)
    feats = StoryFeatures(title=display_title(article, title))
    add_terms(feats, body, 1.0)
    if lead_boost and lead_sentences:
        add_terms(feats, lead(body, lead_sentences), lead_boost)
    if title:
        add_terms(feats, title, title_boost, names_from=Counter(feats.entities))
    passages = quotes if quotes is not None else [m.group(1) for m in QUOTE_RE.finditer(article.text)]
    feats.shingles = frozenset(h for p in passages for h in shingle_hashes(p))
    feats.day = parse_day(article.published) or find_dateline(article.text, dateline_lines)
    return feats


def split_title(article: Article) -> tuple[str, str]:
    """The title (Article.title, else a short first line without a final full stop) and the remaining text."""
    text = article.text
    if article.title:
        return article.title, text
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines[:2]):
        if URL_RE.match(line.strip()):
            continue
        if len(line.split()) <= 20 and not line.rstrip().endswith((".", "?", "!", '"', "''", "”")):
            return line, "\n".join(lines[:i] + lines[i + 1:])
        break
    return "", text


def lead(body: str, n: int) -> str:
    """The first `n` sentences of `body` (split at . ! ? followed by space and a capital, or a line break), URL
    and dateline lines skipped."""
    lines = [ln for ln in body.splitlines() if ln.strip() and not URL_RE.match(ln.strip())
             and not (len(ln.split()) <= 12 and (MDY_RE.search(ln) or DMY_RE.search(ln)))]
    sentences = SENTENCE_RE.split("\n".join(lines))
    return " ".join(sentences[:n])


def display_title(article: Article, title: str) -> str:
    """A title to show for the article: its title, else its first 80 characters of non-URL text."""
    if title:
        return " ".join(title.split())
    text = " ".join(URL_RE.sub(" ", article.text).split())
    return text[:80] + ("…" if len(text) > 80 else "")


def add_terms(feats: StoryFeatures, text: str, weight: float, names_from: Counter | None = None) -> None:
    """Count the words, capitalised name sequences and numbers of `text` into `feats`, each `weight` times; with
    `names_from`, only the names already in it count (a Title Case headline capitalises verbs too)."""
    stops = stop_words()
    tokens = TOKEN_RE.findall(text)
    for tok in tokens:
        low = tok.lower()
        if tok[0].isdigit():
            feats.numbers[number_term(low)] += weight
        elif len(low) > 2 and low not in stops:
            feats.words[stem(low)] += weight
    for name in name_sequences(tokens):
        if names_from is not None and name not in names_from:
            continue
        feats.entities[name] += weight
        parts = name.split()
        if len(parts) > 1:
            for part in parts:
                if part not in NAME_LINKS:
                    feats.entities[part] += weight / 2
    for m in MDY_RE.finditer(text):
        if m.group(1).lower() in MONTHS:
            feats.numbers[f"{MONTHS[m.group(1).lower()]}/{int(m.group(2))}"] += weight


def number_term(tok: str) -> str:
    """A number as a term: years stay as they are, other numbers lose thousands separators."""
    return tok.replace(",", "") if "," in tok and "." not in tok else tok


def stem(word: str) -> str:
    """A light English suffix stripper (plural -s/-es, possessive, -ing, -ed): 'checks' and 'checked' -> 'check'."""
    word = word.replace("’", "'").split("'")[0]
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith(("ss", "us", "is")):
            return word[: len(word) - len(suffix)] + keep
    return word


def is_name_token(tok: str) -> bool:
    """A capitalised word ('Lohan', 'McDonald') or a short acronym ('NBA'); not an all-caps headline word."""
    if not tok[0].isupper() or tok[0].isdigit():
        return False
    return not tok.isupper() or len(tok) <= 4


def name_sequences(tokens: list[str]) -> list[str]:
    """Runs of capitalised tokens, lowercased ('Betty Ford Center' -> 'betty ford center'); a capitalised stop
    word (a sentence opening 'The', a headline's 'Into', "He's") ends a run; a possessive 's is dropped."""
    stops, names, run = stop_words(), [], []
    for tok in [t.replace("’", "'").split("'")[0] for t in tokens] + ["."]:
        if (is_name_token(tok) and tok.lower() not in stops) or (run and tok.lower() in NAME_LINKS):
            run.append(tok.lower())
            continue
        while run and (run[-1] in NAME_LINKS or run[-1] in stops):
            run.pop()
        while run and run[0] in stops:
            run.pop(0)
        if run:
            names.append(" ".join(run))
        run = []
    return names


def shingle_hashes(passage: str, k: int = 4) -> list[int]:
    """CRC32 hashes of the lowercased word k-grams of a quoted passage (a passage shorter than k words: none)."""
    words = [w.lower() for w in TOKEN_RE.findall(passage)]
    return [zlib.crc32(" ".join(words[i:i + k]).encode()) for i in range(len(words) - k + 1)]


def parse_day(value: str | None) -> dt.date | None:
    """The day of an ISO 8601 date or datetime string; None when absent or unparseable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def find_dateline(text: str, max_lines: int) -> dt.date | None:
    """The first full date (ISO, 'May 3, 2013' or '3 May 2013', also inside a URL) in the first `max_lines`
    non-empty lines; None when there is none."""
    head = "\n".join([ln for ln in text.splitlines() if ln.strip()][:max_lines])
    found = []
    for m in ISO_DATE_RE.finditer(head):
        found.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in MDY_RE.finditer(head):
        if m.group(1).lower() in MONTHS:
            found.append((m.start(), int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))))
    for m in DMY_RE.finditer(head):
        if m.group(2).lower() in MONTHS:
            found.append((m.start(), int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))))
    for _, year, month, day in sorted(found):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None
