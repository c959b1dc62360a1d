"""Rules 3 to 3e: speakers read from typography alone, with no parse: a tweet's signature line
(`— ye (@kanyewest) September 30, 2018`), a tweet pasted without quote marks, a dash and a name after a quote,
on its line or under it (`- Bernie Sanders.`), a digest's capitalised headline before an excerpt, an article's
headline in the form `Name: claim` and the lines of a transcript (`TAPPER: Why now?`). Cost: one regex match per
paragraph or quote.
"""
from __future__ import annotations

import re
from collections import Counter

from .draft import MAX_HEADLINE_CHARS, Draft
from .layout import Layout
from .lexicon import anonymous_heads, cue_forms, headline_labels, organisation_words, role_nouns
from .marks import QuoteSpan

TWEET_SIGNATURE = re.compile(
    r"(?:pic\.twitter\.com/\S+\s*)?[\u2014\u2013-]{1,2}\s*(?P<who>[^\n()\u2014]{1,60}?\s*\(@(?P<handle>\w{1,30})\))"
    r"\s*(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*\.?\s*$"
)
HEADLINE = re.compile(r"(?P<head>[A-Z0-9][A-Z0-9 \u2019\u2018',:.?!&$%-]{8,80}[A-Z0-9.?!\u2019'])\s+")
# a label in capitals may come first: `EXCLUSIVE – Anna Marsh: Close the River Ferries by June`
HEADLINE_CLAIM = re.compile(r"(?:[A-Z]{3,}(?: [A-Z]{2,})? ?[\u2013\u2014-] )?(?P<who>[A-Z][^\s:]*(?: [^\s:]+){0,11}): "
                            r"(?P<what>\S[^\n]*?)[.;\s]*")
MAX_HEADLINE_SPEAKER_WORDS = 5  # `Former Gov. Jane Roe`; a longer part before the colon names a topic
HEADLINE_LINKS = {"at", "on", "to"}  # `Mukasey at RNC: …`, `CNN President On Trump: …`: the speaker is before it
TRANSCRIPT_LABEL = re.compile(r"(?P<who>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):[ \t]+(?=\S)")
SIGNATURE_LINE = re.compile(r"[-\u2014\u2013]{1,2} ?(?P<who>(?:@\w+|[A-Z][\w'\u2019-]*\.?)(?: [A-Z][\w'\u2019-]*\.?){0,4}?)(?<!\.)\.?(?:,[^\n]{0,80})?\s*$")


def tweet_bodies(text: str, layout: Layout):
    """(body start, body end, signature match) of each tweet signature: the body is the signature's own paragraph
    up to it, or the paragraph before when the signature stands on a line of its own (as pasted from a page)."""
    paras = layout.paras
    for k, (s, e) in enumerate(paras):
        m = TWEET_SIGNATURE.search(text, s, e)
        if not m:
            continue
        body_end = m.start()
        pic = text.rfind("pic.twitter.com", s, body_end + 1)
        if pic != -1:
            body_end = pic
        while body_end > s and text[body_end - 1] in " \t\u2014\u2013-":
            body_end -= 1
        if body_end == s and k:
            s, body_end = paras[k - 1]
        yield s, body_end, m


def apply_tweet_signatures(text: str, layout: Layout, spans: list[QuoteSpan], drafts: list[Draft]) -> None:
    """Rule 3: a quote that ends a paragraph closed by a tweet signature is that tweet."""
    for s, e, m in tweet_bodies(text, layout):
        for q, d in zip(spans, drafts):
            if q.depth == 0 and s <= q.open_mark and q.end <= m.start() and d.cue is None:
                d.speaker_span = (m.start("who"), m.end("who"))
                d.speaker_text, d.handle = m.group("who"), m.group("handle")


def apply_signature_lines(text: str, layout: Layout, spans: list[QuoteSpan], drafts: list[Draft]) -> None:
    """Rule 3b: a dash and a name (`- Bernie Sanders.`, `-Michelle Marks, Philadelphia.`) after the quote that
    ends a paragraph signs it, as fact-check lists, quote boxes and round-ups print them: on a line of its own
    or on the quote's own line (`“…” — Mayor Lila Fenn, on Twitter`)."""
    paras = layout.paras
    for k, (s, e) in enumerate(paras):
        below = SIGNATURE_LINE.match(text, *paras[k + 1]) if k + 1 < len(paras) else None
        for q, d in zip(spans, drafts):
            if q.depth or not s <= q.open_mark < e or d.cue is not None or d.speaker_span is not None:
                continue
            after = q.end + 1
            while after < e and text[after] in " .\u201d\u2019\"'":
                after += 1
            m = SIGNATURE_LINE.match(text, after, e) if after < e else below
            if m:
                d.speaker_span, d.speaker_text = m.span("who"), m.group("who")


def apply_headlines(text: str, layout: Layout, spans: list[QuoteSpan], drafts: list[Draft]) -> None:
    """Rule 3c: a quote opening right after a capitalised headline at the start of its paragraph (`HOW CHINA’S
    DECLINE AFFECTS THE WORLD “China’s slowdown …”`) is an excerpt of the piece under that headline, as
    newsletter digests print them; the headline is its source mention, naming no person."""
    for q, d in zip(spans, drafts):
        if q.depth or d.cue is not None or d.speaker_span is not None:
            continue
        s = layout.paras[layout.para_of(q.open_mark)][0]
        m = HEADLINE.fullmatch(text, s, q.open_mark)
        if m:
            d.speaker_span, d.speaker_text = m.span("head"), m.group("head")
            d.extra["anonymous"] = True


def tweets_without_marks(text: str, layout: Layout, spans: list[QuoteSpan]) -> list[Draft]:
    """Embedded tweets pasted as plain text: the text before the signature, on its line or the line before, is
    the quote."""
    out = []
    for s, e, m in tweet_bodies(text, layout):
        if any(s <= q.open_mark < m.start() for q in spans) or len(text[s:e].split()) < 3:
            continue
        out.append(Draft(s, e, speaker_span=(m.start("who"), m.end("who")), speaker_text=m.group("who"),
                         handle=m.group("handle"), extra={"medium": "tweet"}))
    return out


def transcript_lines(text: str, layout: Layout, spans: list[QuoteSpan]) -> list[Draft]:
    """Rule 3e: in an article that prints a transcript, each paragraph `SPEAKER: words` is that speaker's words
    (`TAPPER: Why now?`, `Matthews: Well, speculation is bad.`), as PolNeAR annotates them. An article prints one
    when some label opens two or more paragraphs; a label word of `headline_labels` (`Update:`) is no speaker,
    nor is an interview's `Q:` or `A:` (PolNeAR reads the reports inside its answers instead), and a line whose
    words are themselves in quote marks is left to the rules for quotes."""
    lines = []
    for s, e in layout.paras[1:]:  # the first paragraph is the headline (rule 3d)
        m = TRANSCRIPT_LABEL.match(text, s, e)
        if m and len(m.group("who")) > 1 and not any(w.lower().strip(".") in headline_labels() for w in m.group("who").split()):
            lines.append((m, e))
    counts = Counter(m.group("who").split()[-1].lower() for m, _ in lines)
    if not lines or max(counts.values()) < 2:
        return []
    opens = {q.open_mark for q in spans if q.depth == 0}
    out = []
    for m, e in lines:
        words = text[m.end() : e].split()
        if len(words) < 2 or words[0][:1].isdigit() or m.end() in opens or m.end() + 1 in opens:
            continue
        end = m.end() + len(text[m.end() : e].rstrip())
        out.append(Draft(m.end(), end, speaker_span=m.span("who"), speaker_text=m.group("who"),
                         extra={"medium": "transcript"}))
    return out


def headline_claim(text: str, layout: Layout, spans: list[QuoteSpan], drafts: list[Draft]) -> list[Draft]:
    """Rule 3d: an article's first paragraph that is a headline `Graham: Trump’s rhetoric is destroying the party`
    is the claim of the one it names, who is named again in the article (not `The Latest: …`, `Wow: …`): one
    indirect record, quotes inside it included, as PolNeAR annotates headlines."""
    if not layout.paras or layout.paras[0][1] - layout.paras[0][0] > MAX_HEADLINE_CHARS:
        return []
    s, e = layout.paras[0]
    m = HEADLINE_CLAIM.fullmatch(text, s, e)
    who = _headline_speaker(m.group("who"), text, e) if m and not m.group("what").endswith("?") else None
    if who is None:
        return []
    start, end = m.span("what")
    for q, d in zip(spans, drafts):
        if q.depth == 0 and start <= q.start and q.end <= end + 1:
            d.extra["merged"] = True  # an outlet's headline sums up: its quote marks are part of the summary
    return [Draft(start, end, kind="indirect", cue_span=(m.end("who"), m.end("who") + 1),
                  speaker_span=(m.start("who"), m.start("who") + len(who)), speaker_text=who,
                  extra={"anonymous": True} if " " not in who and _says_what_it_is(who) else {})]


def _says_what_it_is(word: str) -> bool:
    """A word for a kind of source rather than a name: a role (`historians`), an anonymous head (`report`,
    `insiders`) or an organisation word (`poll`, `camp`)."""
    low = word.lower()
    return (low in role_nouns() or low.removesuffix("s") in role_nouns() or low in anonymous_heads()
            or low in organisation_words())


def _headline_verb(word: str) -> bool:
    """A cue verb in a headline's present tense (`Endorses`, `Slams`, `Says`), which no name holds."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and low in cue_forms()


def _headline_speaker(who: str, text: str, body: int) -> str | None:
    """The speaker named before a headline's colon, or None when that part is a label or a single name the article
    never names again from offset `body` on (`Reed: …`, often a topic): capitalised words, at most the last one in
    lower case and a word for people or a body (`Clinton camp`, `IG report`), cut before `at`, `on` or `to`. A
    full name needs no second mention (`Ann Coulter: …` over her own column)."""
    words = who.split()
    for k, w in enumerate(words[1:], 1):
        if w.lower() in HEADLINE_LINKS or _headline_verb(w):
            # `Gillibrand on Clinton Releasing Her Speech Transcripts: …`, `Ann Lee Endorses Tom Park: …`: the
            # speaker is before it
            words = words[:k]
            break
    if len(words) > MAX_HEADLINE_SPEAKER_WORDS:
        return None
    if any(w.lower().strip("'\u2019") in headline_labels() for w in words):
        return None
    if any(not w[0].isupper() and not w[0].isdigit() for w in words[:-1]):
        return None
    if words[-1][0].islower() and not _says_what_it_is(words[-1]):
        return None  # `Lagos flood: Governor orders …`: a topic, not the `Clinton camp` or an `IG report`
    if len(words) == 1 and _says_what_it_is(words[0]):
        return words[0]  # `Poll: …`, `Report: …`, `Historians: …`: a source named by no name
    named = words[-1] if words[-1][0].isupper() else words[-2] if len(words) > 1 else None
    full = len(words) > 1 and all(w[0].isupper() for w in words)
    if named is None or (not full and text.find(re.sub(r"['\u2019]s$", "", named), body) == -1):
        return None
    return " ".join(words)
