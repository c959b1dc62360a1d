"""Indirect speech: `She said (that) CLAUSE`, `CLAUSE, he said`, `According to X, CLAUSE`.

The content is the cue verb's clausal complement (`ccomp`) in the parse; the speaker is the cue's subject.
Quoted words inside such a clause make one record of the whole clause: mixed speech when they open or end it
(`added that West “will always…”`), indirect speech when they only sit inside it. A report inside another
reported clause is nested in it (`nested_in`), as a quote inside a quote is.
Some cues report with no source at all (`Trump is expected to win`, `the plan seems doomed`): their record
has no speaker.
Cost: one pass over the parsed tokens.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Token

from .draft import Draft, in_headline, reads_as_title
from .frames import (DASHES, DATE_WORDS, GENERIC_SUBJECTS, NAME_TAIL_DEPS, NOUN_TAGS, Found, addressee_of, agent_mention,
                     aside_dash, attribute_cue, can_speak, cites, mention_tokens, time_word)
from .lexicon import SOURCE_CUES, CueVerb, cue_forms, cue_words, hearsay_adverbs, organisation_words
from .nominal import answers_another, is_cue_noun, noun_content, noun_source
from .parsed import (FINITE_TAGS, SUBJECT_DEPS, ParsedText, coarse, conjoined_subject, is_cue, is_raising, is_speech,
                     name_read_as_subject, passive_participle, pobj_of, says_nothing, speakers_act, subject_of,
                     subjects_nearest_first)
from .spans import SpanSet

MIN_CONTENT_TOKENS = 3  # shorter complements ("he said it") report nothing quotable (PolNeAR train)
ANSWERS = {"yes", "no", "so"}  # a one-word report that is a whole answer (`46 percent said yes`, `half said so`)
# a tagged sentence this long is a clause even where the tagger found no verb in it (`The rejection signals …`
# read as a plural noun); shorter verbless ones are fragments (`Or maybe Jeb Bush, …`)
MIN_VERBLESS_CLAUSE = 8
MIN_NESTED_QUOTE_WORDS = 2  # a one-word quote inside a report within a report is a fragment of it (`yell “fire”`)
# the words that open a question joined to what a cue is about (`talk about X and how …`)
QUESTION_WORDS = {"how", "why", "what", "whether", "who", "where", "when"}
# what a reported object is said about, after it: `dismissed X as “…”`, `blamed X on “…”`, `accused X of “…”`,
# `defended himself against …`, `showed Clinton with a lead` (PolNeAR train: these eleven, +0.5 all F1; any
# preposition at all, `at a rally`, `during the debate` included, adds 0.1 more)
OBJECT_PREPS = {"as", "on", "of", "for", "against", "with", "to", "in", "about", "over", "from"}
# where a report is made: `praised Obama in an interview`, `posted it on Twitter` (`on` only with a medium, since
# `blamed the cuts on the mayor's program` says what the cuts are blamed on)
VENUES = {
    "in": {"interview", "tweet", "tweets", "speech", "statement", "appearance", "rally", "debate", "conference", "episode",
           "show", "program", "broadcast", "call", "hearing", "briefing", "video", "post", "op-ed", "remarks", "address",
           "forum", "meeting", "session"},
    "on": {"twitter", "facebook", "instagram", "youtube", "media", "television", "radio", "tv", "air", "trail"},
}
CLAUSE_BREAKS = {";", "("} | DASHES  # where an aside starts, after a reported clause
OPENING_MARKS = {"\u201c", "\u2018", "``"}
CLOSING_MARKS = "\u201d\u2019\"'"
AFTER_AS = re.compile(r"\bas(?: the| a| an)?\W*$", re.I)  # a name given: `referred to the US as the “…”`
MAX_DATELINE_TOKENS = 10  # `SPRINGFIELD , Ill. ( AP ) —`
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
DANGLING_REACH = 40  # characters read back from a report's end for a dangling comma or conjunction
DANGLING_END = re.compile(r"(?:[\s,;\u2013\u2014]*\s(?:and|or|but)|[\s,;\u2013\u2014]+)$")  # `…, and`, `… —`
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "et", "est", "edt", "gmt", "bst"}
LEADING_MARKERS = {"that", ",", "-", "—", ":"}  # `whether` and `if` stay: a question is not a claim
ASKED_WHEN = {"when", "after", "if", "once", "as", "before", "until", "while"}  # `said when asked whether …`
# an adverbial clause hung on the cue that the writer adds: `said A, while B …` (PolNeAR train; `because` and `if`
# go on with what is reported)
WRITERS_MARKS = {"while", "whereas", "though", "although"}
RELATIVE_OBJECTS = {"what", "which", "whom", "that"}  # `what X called “…”`: the word a quoted name is given to
AS_ASIDE_BARS = {"dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "prt"}  # `As Trump demands a wall, …`: no aside


def indirect_drafts(parsed: ParsedText, drafts: list[Draft], quoted: list[tuple[int, int]]) -> list[Draft]:
    """New drafts for indirect speech; drafts of quotes inside a reported clause become mixed in place."""
    used: dict[tuple[int, int], list[Draft]] = {}
    for d in drafts:
        if d.cue_span:
            used.setdefault(d.cue_span, []).append(d)
    tops = sorted((d for d in drafts if d.depth == 0), key=lambda d: d.start)
    top_starts = [d.start for d in tops]
    spans, quoted = quoted, SpanSet(quoted)
    out = []
    for tok in parsed.tokens(lower=cue_words()):  # most tokens never become Token objects
        report = find_report(tok)
        if report is None:
            continue
        cue_span = parsed.span_of(report.cue)
        if quoted.holds(*cue_span):
            continue
        start, end = parsed.span_of(report.content)
        lo, hi = bisect.bisect_left(top_starts, start), bisect.bisect_left(top_starts, end)
        inner = [d for d in tops[lo:hi] if _quotable(parsed.text, d, report)]
        asked = _asked_aside(report)
        if cue_span in used and asked:
            _unsay_asker(used[cue_span], _source(report), parsed)
        if cue_span in used and _cued_quotes_take(report, used[cue_span], inner, start, end, parsed):
            continue
        found = _source(report)
        if not (report.unstated or asked) and _names_nobody(found.speaker, report.verb):
            continue  # `you can always expect …`: nobody in particular reports anything
        leads = report.verb is not None and cue_span[1] <= start  # `Holt said …`, not `…,” Sanders said, according to CNN`
        if leads and inner and (colon := _colon_before_cued_quote(inner[-1], start, end, parsed.text)) is not None:
            end, inner = colon, inner[:-1]  # `said he was busy: “I have a lot going on,” he wrote`: two records
        if inner and leads and _cued_inside(inner[0], start, end, parsed.text):
            # `Holt said the company had promised that “it would never happen again”`: the quote is the company's,
            # reported by Holt; his clause is a record of its own, and the quote is nested in it
            d = _report_draft(parsed, report, found, cue_span, start, max([end] + [q.end for q in inner]))
            d.kind = "mixed" if _closes_clause(inner[-1], d.end, parsed.text) else "indirect"
            d.extra["clause"] = True
            for q in inner:
                q.extra["reported"] = True
            out.append(d)
            continue
        if inner:  # one record for the clause, however many quoted fragments it holds
            if not report.unstated:  # `appeared to assert his plans by saying, “…”`: the quote has a source of its own
                _make_mixed(inner, start, end, parsed, found, leads)
            continue
        if quoted.holds(start, end):
            continue  # what lies within quote marks is that quote's record
        out.append(_report_draft(parsed, report, found, cue_span, start, end))
    # `Hale said [the plan appears to work]`: a report with no source that spans a sourced one's words adds nothing
    sourced = {(d.start, d.end) for d in drafts + out if not d.extra.get("unstated")}
    out = [d for d in out if not (d.extra.get("unstated") and (d.start, d.end) in sourced)]
    _mark_ending_on_quotes([d for d in drafts if d.extra.get("clause")] + out, spans, parsed.text)
    _nest_reports(drafts, out)
    return out


@dataclass
class Report:
    """A cue in the parse and what it reports, before any speaker is looked for."""

    cue: list[Token]  # the cue word, or `according to`
    content: list[Token]  # the reported clause, object or phrase
    verb: CueVerb | None  # the lexicon entry of a cue verb (None for a cue noun or `according to`)
    noun: bool  # a cue noun (`his claim that …`)
    unstated: bool  # a cue with no source of its own (`is expected to`, `seems`)
    # the subject's real verb, when the parser made this cue, an aside after the subject, its verb instead
    # (`Okafor, asked whether …, laughed`: `laughed`); see `_misparsed_aside`
    aside_verb: Token | None = None


def find_report(tok: Token) -> Report | None:
    """The report a cue word makes, when it is a cue here and reports enough words; else None."""
    low = tok.lower_
    doc = tok.doc
    noun = False
    cited = cites(doc, tok.i)  # `according to`, or `Per a council spokesperson, the bridge will stay open`
    if cited:
        content, cue = _according_content(tok, cited[-1]), cited
    elif is_cue(tok) and low != "like":
        content = _complement(tok)
        cue = [tok]
    elif is_raising(tok):
        content, cue = None, [tok]
    elif is_cue_noun(tok):
        content, cue, noun = noun_content(tok), [tok], True
    elif low in hearsay_adverbs():
        content = _hearsay_clause(tok)
        return Report([tok], content, None, False, True) if content else None
    else:
        return None
    verb = cue_forms().get(cue[0].lower_)
    unstated = ((not noun and verb is not None and (verb.raising or (not content and bool(verb.passive))))
                or (noun and answers_another(tok)))  # `dismissed criticism of the plan`: by someone unnamed
    if unstated and not content and verb is not None:
        content = _unstated_report(tok, ("to", "adj", "that", "like") if verb.raising else verb.passive, passive=not verb.raising)
    # `called him divisive`, `called for his dismissal`; not `called on Congress`, whose report is the infinitive after
    by_object = noun or (verb is not None and (verb.takes_object or (verb.names and bool(content) and content[0].i > 0
                                                                     and content[0].nbor(-1).lower_ != "on")))
    if content and not (verb is not None and verb.names and _named_after_aside(tok)):
        content = _before_trailing_aside(_trim(content) if noun else content)
    main = _misparsed_aside(tok) if content and verb is not None and verb.addressee == "object" else None
    if main is not None and main.i > tok.i:  # what was asked ends where the one asked goes on (`…, laughed`)
        content = [t for t in content if t.i < main.left_edge.i - 1]
    if not content or (len(content) < MIN_CONTENT_TOKENS and not by_object and _answer(tok) is None):
        return None
    if says_nothing(content):
        return None  # `if they didn't want to`: what it would report was left out
    return Report(cue, content, verb, noun, unstated, main)


def _cued_quotes_take(report: Report, cued: list[Draft], within: list[Draft], start: int, end: int,
                      parsed: ParsedText) -> bool:
    """Whether the quotes already cued by this report's cue account for it: a quoted fragment of the clause makes
    the whole clause one mixed record, with the clause's other quotes that have no cue of their own (`called
    them “fools” who “want a war”`); a quote outside the clause keeps the cue, and the clause gets no record."""
    if report.unstated:
        return True  # `appears to contradict comments that “…”`: the quote keeps a record of its own
    if _quotes_around_cue(report, cued, parsed):
        return True  # `“A,” Lee said, “B.”`: one quote split by its cue, which the quotes keep
    cue_end = parsed.span_of(report.cue)[1]
    inner = [d for d in cued if d.depth == 0 and _quotable(parsed.text, d, report)
             and (start < d.start < end or _opens_clause(d, start, end, parsed.text, cue_end))]
    if inner:
        inner += [d for d in within if d.cue is None and d.start > inner[-1].start]
        _make_mixed(inner, start, end, parsed, None)
        return True
    # a scare quote after the clause (`were redacted, most of them rated “confidential”`) is no record: not one
    # to give the cue to
    return any(_quotable(parsed.text, d) and not d.is_loose_fragment(parsed.text) for d in cued)


def _quotes_around_cue(report: Report, cued: list[Draft], parsed: ParsedText) -> bool:
    """Whether the cue stands between two of its quotes with nothing but its subject and punctuation (`“A,” Lee
    said, “B.”`), and every other word the report holds lies in those quotes: the parser read one quote split by
    its cue as a sentence the cue interrupts."""
    spans = [(d.start, d.end) for d in cued if d.depth == 0]
    cue = report.cue[0]
    at = parsed.offset(cue)
    before, after = [e for _, e in spans if e <= at], [s for s, _ in spans if s > at]
    if not (before and after):
        return False  # a quote on one side only: the clause holds it (`called for “boots on the ground”`)
    own = {cue.i} | {t.i for c in cue.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    between = parsed.tokens_between(max(before), min(after))
    return all(t.i in own or t.is_punct or t.is_space or any(s <= parsed.offset(t) < e for s, e in spans)
               for t in report.content + between)


def _source(report: Report) -> Found:
    """Who makes the report: for a cue with no source, only an agent (`is expected by analysts to win`); for a
    cue noun, its owner (`Cruz's claim`); for a cue verb, its subject as quotes find theirs."""
    cue = report.cue
    if report.unstated:
        return Found(cue, agent_mention(cue[0]), None)
    content_ids = {t.i for t in report.content}  # the speaker is not among what they report (`said Trump was …`)
    if report.noun:
        source = noun_source(cue[0])
        return Found(cue, mention_tokens(source) if source is not None and source.i not in content_ids else None, None)
    if _asked_aside(report):
        # `Asked whether the plant should reopen, Santos said …`: Santos was asked; who asked is unsaid, but for an
        # agent (`asked by a reporter`) or, after the clause, the one the answer was told to (`told the Herald when asked`)
        asked, asker = subject_of(cue[0]), agent_mention(cue[0])
        if cue[0].i > cue[0].head.i and _asked_when(cue[0]):  # `“We’ll see,” Lee said when asked …`: who answers
            answer = next((a for a in cue[0].ancestors if is_speech(a)), None)
            asked = subject_of(answer) if answer is not None else asked
            if asker is None and answer is not None:
                asker = addressee_of(answer)  # `Lee told the Herald when asked …`: the one told asked
        return Found(cue, asker, mention_tokens(asked) if asked is not None else None)
    doc = cue[0].doc
    return attribute_cue(cue, list(doc[max(cue[0].i - 8, 0) : cue[-1].i + 8]), lambda t: t.i in content_ids)


def _asked_aside(report: Report) -> bool:
    """`Asked whether …, Santos said`, `Told of the verdict, he wept`: a participle of a cue spoken to someone,
    set before the clause whose subject is the one spoken to; or such a cue in the passive (`Moss was asked whether
    …`, `Trump was asked, “…”`), whose subject is the one spoken to."""
    verb = report.cue[0]
    if report.verb is None or report.verb.addressee != "object":
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "nsubjpass" for c in verb.children)
    # the parser may tag the participle opening the sentence as a past tense (`Asked what the family would do …`)
    participle = passive_participle(verb) or (verb.tag_ == "VBD" and verb.is_sent_start is True)
    if participle and verb.dep_ == "advcl" and not _has_subject(verb):
        # before its clause (`Asked whether …, Santos said`) or after it as when it was asked (`said when asked …`)
        return verb.i < verb.head.i or _asked_when(verb)
    return report.aside_verb is not None


def _asked_when(verb: Token) -> bool:
    """Whether a participle says when its subject was asked or told (`when asked`, `after told of the verdict`)."""
    return any(c.lower_ in ASKED_WHEN for c in verb.lefts)


def _misparsed_aside(verb: Token) -> Token | None:
    """`Okafor, asked whether he thought about the record, laughed.`, `“…,” said Dana Cole, asked about her
    claims.`: a participle after a bare subject and a comma, which the parser took for a verb of that subject; the
    subject's real verb (`laughed`, hung on the participle after the aside's closing comma; `said`, before it), or
    None."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    # `Okafor, 25, asked`, `Okafor, the guard, asked`: the commas set off what the subject holds, not an aside
    if subject is None or any(not c.is_punct for c in subject.rights) or subject.i != verb.i - 2:
        return None
    head = verb.head
    if (verb.dep_ == "ccomp" and head.i < subject.left_edge.i and is_cue(head)
            and not _has_subject(head)):
        return head
    return next((c for c in verb.rights if c.tag_ in FINITE_TAGS and c.left_edge.i == c.i
                 and doc[c.i - 1].text == "," and not _has_subject(c)), None)


def _unsay_asker(cued: list[Draft], found: Found, parsed: ParsedText) -> None:
    """Quotes cued by `Asked …,` before a clause: not its subject's words but a question put to them."""
    for d in cued:
        d.set_speaker(found.speaker, parsed)
        if found.addressee:
            d.set_addressee(found.addressee, parsed)


def report_draft(parsed: ParsedText, start: int, end: int, cue: list[Token], cue_span: tuple[int, int],
                 speaker: list[Token] | None, addressee: list[Token] | None = None) -> Draft:
    """An indirect draft of article offsets [start, end), with its cue, speaker and addressee (`told Jake Tapper
    that …`) tokens and their offsets. A comma or a conjunction left dangling at the end is cut (`called the system
    “rigged” in a tweet, and`: the parser hung what follows on the object)."""
    d = Draft(start, _without_dangling_end(parsed.text, start, end), kind="indirect", cue=cue, cue_span=cue_span)
    d.set_speaker(speaker, parsed)
    if addressee:
        d.set_addressee(addressee, parsed)
    return d


def _without_dangling_end(text: str, start: int, end: int) -> int:
    """`end` before a comma, semicolon, dash or conjunction that ends the span [start, end) (`…, and`), unless it ends
    inside quote marks (`calling himself the “king of debt,”`: the quote's own comma)."""
    if end < len(text) and text[end] in CLOSING_MARKS:
        return end
    dangling = DANGLING_END.search(text, max(start, end - DANGLING_REACH), end)  # the tail only: records run long
    return dangling.start() if dangling is not None and dangling.start() > start else end


def _report_draft(parsed: ParsedText, report: Report, found: Found, cue_span: tuple[int, int], start: int,
                  end: int) -> Draft:
    """The indirect record of a report."""
    d = report_draft(parsed, start, end, found.cue, cue_span, found.speaker, found.addressee)
    if report.unstated:
        d.extra["unstated"] = True  # no one's words: hosts no report nested in it
    return d


def _nest_reports(drafts: list[Draft], out: list[Draft]) -> None:
    """A report whose cue and content lie inside another reported clause is nested in it (`Klein said two women
    said they got calls`): one of the words its host reports, as a quote inside a quote is. The host is the
    smallest clause holding it; `out` will follow `drafts`, which sets the parent indices. Cost: one sweep in
    text order, each report checked against the clauses still open where it starts (its nesting depth)."""
    every = drafts + out
    hosts = {k for k, d in enumerate(every) if d.depth == 0 and not d.extra.get("merged")
             and (d.kind == "indirect" or d.extra.get("clause")) and not d.extra.get("unstated")}
    nestable = {k for k, d in enumerate(every) if k >= len(drafts) or d.extra.get("reported")}
    bounds = {k: _with_cue(every[k]) for k in hosts | nestable}
    open_hosts: list[int] = []
    for k in sorted(bounds, key=lambda k: (bounds[k][0], -bounds[k][1])):
        lo, hi = bounds[k]
        open_hosts = [h for h in open_hosts if every[h].end > lo]
        d = every[k]
        if k in nestable:  # one of the new reports, or a quote a new report holds
            inside = [h for h in open_hosts if every[h].start <= lo and hi <= every[h].end
                      and every[h].end - every[h].start > d.end - d.start]
            if inside:
                host = min(inside, key=lambda h: every[h].end - every[h].start)
                d.parent, d.depth = host, every[host].depth + 1
                d.extra["nested_report"] = True
        if k in hosts:
            open_hosts.append(k)


def _colon_before_cued_quote(d: Draft, start: int, end: int, text: str) -> int | None:
    """Where a reported clause ends when it runs over a colon into a quote that a cue after it gives its own
    speaker (`said he was too busy: “I have a lot going on,” he wrote`): at the colon."""
    if d.cue_span is None or d.cue_span[0] < max(end, d.end):
        return None
    before = text[start : d.start].rstrip(" \"\u201c\u2018")
    return start + len(before) - 1 if before.endswith(":") and len(before) > 1 else None


def _cued_inside(d: Draft, start: int, end: int, text: str) -> bool:
    """Whether a quote's own cue lies inside the clause [start, end) another cue reports: a report within a
    report, whose quote is not the outer speaker's. A one-word quote stays a fragment of the clause."""
    return (d.cue_span is not None and start <= d.cue_span[0] < end
            and len(text[d.start : d.end].split()) >= MIN_NESTED_QUOTE_WORDS)


def _names_nobody(speaker: list[Token] | None, verb) -> bool:
    """No speaker, or a subject that names nobody in particular (`you`, `one`, `there`); `it` names an agency or
    a report when it is the subject of a speech verb (`It said current officials …`)."""
    if not speaker:
        return True
    low = speaker[0].lower_
    return len(speaker) == 1 and low in GENERIC_SUBJECTS and not (low == "it" and verb is not None and verb.direct)


def _quotable(text: str, d: Draft, report: Report | None = None) -> bool:
    """A quoted fragment that is part of what was said, not the title of something; in a report that gives a
    name (`called her an ''Aunt Tom''`, `referred to the toll as the “Harbour Tax”`), the name is its giver's
    words, title or not."""
    if report is not None and report.verb is not None and report.verb.names:
        return True
    if report is not None and AFTER_AS.search(text, max(0, d.start - 12), d.start):
        return True
    return not reads_as_title(text, d.start, d.end)


def _with_cue(d: Draft) -> tuple[int, int]:
    """The offsets a draft covers together with its cue."""
    return (min(d.start, d.cue_span[0]), max(d.end, d.cue_span[1])) if d.cue_span else (d.start, d.end)


def _opens_clause(d: Draft, start: int, end: int, text: str, cue_end: int) -> bool:
    """A quote that opens the reported clause, which runs on past its closing mark (`said “local crews” must
    lead the cleanup`, `“We’re happy” about it, she said`): the quote is a fragment of the clause. A quote ahead
    of its cue that ends on a comma (`“Yes,” delegate Bill Eastman, wearing a hat, said`) is whole: what the parser
    ran on into the clause is its speaker."""
    if d.start < cue_end and text[d.start : d.end].rstrip().endswith(","):
        return False
    return d.start == start and _runs_past(d, end, text)


def _runs_past(d: Draft, end: int, text: str) -> bool:
    """Whether the clause ending at `end` goes on with a word right after the quote's closing mark (`” of
    Muslims`), not after a dash or a semicolon that starts an aside."""
    return text[d.end : end].lstrip(CLOSING_MARKS + " ")[:1].isalnum()


def _closed_before_narration(d: Draft, text: str) -> bool:
    """Whether a quote that opens the reported clause ends its own sentence inside its marks (`said, “We’ll see,”
    when asked whether …`): the words after it are the writer's, which the parser hung on the quote's verb."""
    return text[d.start : d.end].rstrip()[-1:] in (",", ".", "!", "?")


def _mark_ending_on_quotes(reports: list[Draft], quoted: list[tuple[int, int]], text: str) -> None:
    """A report ending on quoted words is mixed, whatever other record holds them (`said the ruling has “kept us
    safe” before claiming that open borders are “tearing families apart.”`, the last quote also the record of
    `claiming`), but not one ending on a title (`said the story had moved on, on HBO's “Real Time.”`). Cost: one
    look-up per report."""
    ends: dict[int, list[int]] = {}
    for s, e in quoted:
        ends.setdefault(e, []).append(s)
    for d in reports:
        if d.kind != "indirect" or in_headline(text, d.start, d.end):
            continue
        end = d.start + len(text[d.start : d.end].rstrip(CLOSING_MARKS + " .,;:!?"))  # after the clause's last word
        if any(d.start <= s < end and not reads_as_title(text, s, e)
               for e in range(end, min(end + 3, len(text)) + 1) for s in ends.get(e, ())):
            d.kind = "mixed"
            d.extra["clause"] = True


def _closes_clause(d: Draft, end: int, text: str) -> bool:
    """Whether nothing but punctuation follows the quote's closing mark to the end of the clause."""
    return not text[d.end : end].strip(CLOSING_MARKS + " .,;:!?")


def _make_mixed(inner: list[Draft], start: int, end: int, parsed: ParsedText, found, leads: bool = False) -> None:
    """Quotes inside reported speech: the first one's record covers the reported clause, quotes included (to
    the end of the last quote, if that runs past the clause); the others are merged into it.

    The clause is mixed speech when the speaker's words open or close it (`said “local crews” must lead`,
    `called the deal “a disaster for workers”`); a clause that only borrows words in quote marks somewhere inside
    (`called the plan “reckless” and said …`) is indirect speech. In PolNeAR train's gold, 80% of the reports
    that end on a quote are marked direct, and 9 of 3,307 with quotes only inside them (direct F1 86.2 against
    85.0 for the rule it replaced, on the share of the clause in quote marks).
    """
    d = inner[0]
    grows = d.start > start or (_runs_past(d, end, parsed.text) and not _closed_before_narration(d, parsed.text))
    end = max([end] + [q.end for q in inner])
    for q in inner[1:]:
        q.extra["merged"] = True
    # `said you can't yell “fire”`, `… to begin “building bridges” to Sanders, said Axelrod`: the clause is his (but
    # `… and said, “No comment,” the Herald reported` keeps the quote's own speaker)
    trails = (found is not None and found.cue[0].lower_ not in SOURCE_CUES  # not `…, according to his memoir`
              and parsed.span_of(found.cue)[0] >= end and d.cue is not None and not is_speech(d.cue[0]))
    if d.cue is None or ((leads or trails) and start <= d.cue_span[0] < end):
        d.cue, d.cue_span = found.cue, parsed.span_of(found.cue)
        d.set_speaker(found.speaker, parsed)  # None when the asker is unsaid (`Asked whether …`)
    if grows:
        borders = d.start == start or _closes_clause(inner[-1], end, parsed.text)
        mixed = borders and not in_headline(parsed.text, start, end)
        d.kind = "mixed" if mixed else "indirect"  # a headline sums up: its quote marks are part of the summary
        d.start, d.end = start, _without_dangling_end(parsed.text, start, end)
        d.extra["clause"] = True


def _answer(verb: Token) -> Token | None:
    """`75 percent said yes`, `after half said so`: the one word right after a speech verb that is the whole of
    what was said; not `said no to the war`, a refusal."""
    if verb.i + 1 >= len(verb.doc) or not is_speech(verb):
        return None
    word = verb.doc[verb.i + 1]
    after = verb.doc[word.i + 1] if word.i + 1 < len(verb.doc) else None
    if word.lower_ not in ANSWERS or word.head != verb or word.dep_ not in ("intj", "advmod"):
        return None
    return None if after is not None and after.lower_ in ("to", "much", "many", "far", "that") else word


def _after_comma(clause: Token, verb: Token) -> bool:
    """Whether a clause after its verb is set off from it by a comma and opens with a determiner: a noun phrase
    in apposition to the sentence misread as a clause (`announced Tuesday, a move leaders welcomed`), not one
    that resumes the sentence (`It is no surprise, Garin said, that …`) nor a quote (`she said, “…`)."""
    doc, first = verb.doc, clause.left_edge
    return first.tag_ == "DT" and any(doc[k].text == "," for k in range(verb.i + 1, first.i))


def _complement(verb: Token) -> list[Token] | None:
    """The clause a cue verb reports, without its leading `that`; for verbs that report through their
    object (`endorsed Cruz`, `declined to comment`), the object or infinitive when there is no clause; for
    naming verbs, the object and what it is called (`called him a “stiff”`, `described it as “…”`)."""
    cue = cue_forms().get(verb.lower_)
    if cue is not None and cue.names:
        named = _naming(verb)
        if named:
            return _named_back(verb, named)
    if cue is not None and cue.preps and not passive_participle(verb):  # `when asked about the tax`: they were asked
        about = [(c, lead) for c in verb.rights if (lead := _cue_prep(c, cue.preps)) is not None]
        if about:  # `talked about the wall`, `railed against the deal`: what the phrase is about
            phrase, lead = about[0]
            toks = [t for t in phrase.subtree if t != lead]
            named = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > phrase.i]
            if toks and named:
                return toks + [t for t in named[0].subtree if t.i > toks[-1].i]  # `referred to Rubio as “…”`
            if not toks:
                return toks
            toks += _infinitive_after(verb, toks)  # `called on Congress to act`
            return toks + _question_after(toks)  # `talk about immigration and how it is changing …`
    deps = _report_deps(verb, cue)
    children = sorted((c for c in verb.children if _clause_dep(c) in deps and (c.i > verb.i or _fronted(c, verb))),
                      key=lambda c: (deps.index(_clause_dep(c)), c.i < verb.i))
    if any(c.i < verb.i for c in children):  # `A will spend $2B, Dubois announced Tuesday, a move leaders welcomed`
        children = [c for c in children if c.i < verb.i or not _after_comma(c, verb)]
    if verb.dep_ == "advcl" and is_cue(verb.head) and (answered := _clause_past_asked(verb.head)):
        children = [c for c in children if c not in answered]  # the answer's clause, not the question
    if not children:
        children = _clause_past_asked(verb)
    if not children and cue is not None and cue.question:
        children = _question_clause(verb)
    if not children and (answer := _answer(verb)) is not None:
        return [answer]
    if not children:
        children = _slipped_clause(verb)
    if not children and (clause := _misread_clause(verb)):
        return _trim(clause)
    if not children and cue is not None and (clause := _relative_report(verb)):
        return clause
    if (not children and (verb.dep_ == "parataxis" or _set_off(verb)) and verb.head.i != verb.i
            and subject_of(verb) is not None and not _opens_next(verb)):
        return _around(verb)  # `The plan, she said, will cost more`: the sentence the cue interrupts
    if not children and _as_aside(verb):
        return _trim([t for t in _around(verb) if t.i > verb.i])  # `As the Post reported, the deal fell through`
    if not children and cue is not None and cue.direct:
        tagged = _tagged_sentence(verb)
        if tagged:
            return tagged
    for child in children[:1]:
        dep = _clause_dep(child)
        toks = _before_speakers_act(_until_next_report(child), child, verb)
        if dep == "ccomp" and child.i > verb.i and toks and toks[-1].i == child.right_edge.i:
            toks = _to_sentence_end(toks, verb)
        elif dep == "ccomp" and toks and (rest := _resumption(verb)) is not None:
            toks = toks + _to_sentence_end(list(rest.subtree), verb)  # `A, he said, by B`: A and B, around the cue
        if dep == "xcomp" and (obj := _controller(verb, child)) is not None:
            toks = [t for t in obj.subtree if t.i < toks[0].i] + toks
        elif dep == "ccomp" and (subject := _stranded_subject(verb, child, cue)) is not None:
            toks = list(subject.subtree) + toks
        elif dep == "ccomp" and (subject := _cue_subject_taken(verb, child)) is not None:
            toks = [t for t in toks if t.i > subject.right_edge.i]
        elif dep == "ccomp" and (subject := _second_source(verb, child)) is not None:
            toks = [t for t in toks if t.i < subject.left_edge.i]
        if dep == "ccomp":
            toks = _past_day(_past_addressee(toks, verb), verb)
            toks += _second_that_clause(toks)
        if dep == "ccomp" and child.i < verb.i:
            toks = _past_colon_quote(toks)
        if child.dep_ == "dobj":  # `dismissed the row as “absurd”`, `blamed the law on “…”`: what the object is called
            for more in (c for c in verb.rights if c.i > child.i):
                if more.left_edge.i != toks[-1].i + 1 or not _object_piece(more):
                    break
                toks += list(more.subtree)
            preps = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS and c.i > child.i]
            while preps and _when_or_where(preps[-1]):
                preps.pop()  # `criticized Democrats in 2011 for seeking …` keeps the date between
            for prep in preps:
                toks += [t for t in prep.subtree if t.i > toks[-1].i]
            toks += _object_continuation(verb, toks)  # `see him as an asset to help others`
        elif dep == "xcomp" and toks:
            toks += _condition_after(verb, toks)
        return _trim(_before_according(_inside_aside(toks, verb)))
    return None


def _object_continuation(verb: Token, toks: list[Token]) -> list[Token]:
    """What a report through an object goes on with right after it, on the cue in the parse: what the object is
    taken as (`see Trump [as most likely to win]`, parsed as a clause of the cue; an `as` phrase is one of the
    object's prepositions already) or how it was named (`mentioned Trump [by name]`), an infinitive (`urged Congress
    [to act]`) and a condition (`would support Trump [if he is the nominee]`)."""
    more: list[Token] = []
    after = _right_after(verb, toks)
    if after is not None and after.dep_ == "advcl" and after.left_edge.lower_ == "as" and not _has_subject(after):
        more = [t for t in after.subtree if t.i > toks[-1].i]  # not `opposed it as he positioned himself`
    elif (after is not None and after.lower_ == "by" and (obj := pobj_of(after)) is not None
          and obj.lower_ == "name" and obj.i == after.i + 1):
        more = [after, obj]  # `did not mention Trump [by name]`: how he was named
    more += _infinitive_after(verb, toks + more)
    return more + _condition_after(verb, toks + more)


def _question_after(toks: list[Token]) -> list[Token]:
    """`talk about immigration and how it is changing the country`: a question clause joined to the phrase, which
    the parser hung elsewhere in the sentence."""
    doc = toks[0].doc
    k = toks[-1].i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "or") or doc[k + 1].lower_ not in QUESTION_WORDS:
        return []
    clause = doc[k + 1].head
    if clause.left_edge.i != k + 1 or not clause.tag_.startswith(("VB", "MD")):
        return []
    return list(doc[k : clause.right_edge.i + 1])


def _infinitive_after(verb: Token, toks: list[Token]) -> list[Token]:
    """The cue's infinitive clause right after its reported words, which the parser hangs on the cue: what the one
    named is asked or seen to do (`called on Congress [to act]`, `urged him [to run]`)."""
    after = _right_after(verb, toks)
    if after is None or after.dep_ not in ("xcomp", "advcl") or after.left_edge.lower_ != "to":
        return []
    return [t for t in after.subtree if t.i > toks[-1].i]


def _condition_after(verb: Token, toks: list[Token]) -> list[Token]:
    """The `if` clause right after the reported words, which the parser hangs on the cue: the condition is part of
    what is promised or refused (`would support Trump [if he is the nominee]`, `declined to speculate [if …]`)."""
    after = _right_after(verb, toks)
    if after is None or after.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in after.lefts):
        return []
    return [t for t in after.subtree if t.i > toks[-1].i]


def _second_that_clause(toks: list[Token]) -> list[Token]:
    """A second clause of the same report right after it (`said A, and that B`, `insisted A but that B`), which the
    parser hung above the cue: `that` opens a clause there (not `…, but that could change`, where it is the
    subject)."""
    doc = toks[0].doc
    k = toks[-1].i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "but") or doc[k + 1].lower_ != "that":
        return []
    that = doc[k + 1]
    clause = that.head
    if that.dep_ != "mark" or clause.i < that.i or not clause.tag_.startswith(("VB", "MD")):
        return []
    return list(doc[toks[-1].i + 1 : clause.right_edge.i + 1])


def _right_after(verb: Token, toks: list[Token]) -> Token | None:
    """The cue's first dependent after the reported words, if its phrase starts right after them."""
    after = next((c for c in verb.rights if c.i > toks[-1].i), None)
    return after if after is not None and after.left_edge.i == toks[-1].i + 1 else None


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def _object_piece(tok: Token) -> bool:
    """A piece of the object the parser hung on the verb after it (`the re - election of …`, each a dobj; `her
    thanks to …`, a noun); not a date (`endorsed Cruz last week`)."""
    return tok.dep_ == "dobj" or (tok.dep_ == "npadvmod" and tok.tag_ in ("NN", "NNS") and not time_word(tok))


def _inside_aside(toks: list[Token], verb: Token) -> list[Token]:
    """A report made inside an aside between dashes ends with the aside (`Trump - who said he would “bomb …”
    oil fields - said at a rally that …`), however the parser joined the words after it."""
    doc = verb.doc
    k = verb.left_edge.i - 1
    if k < 0 or not aside_dash(doc[k]):
        return toks
    close = next((t.i for t in toks if t.i > verb.i and aside_dash(t)), None)
    return [t for t in toks if t.i < close] if close is not None else toks


def _past_addressee(toks: list[Token], verb: Token) -> list[Token]:
    """A reported clause without the capitalised words that finish the name of the one spoken to, which the
    parser hung on the clause (`told Entertainment Tonight her daughter was …`)."""
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and coarse(c) == "PROPN"), None)
    k = 0
    while (told is not None and k < len(toks) - 1 and toks[k].i == told.i + 1 + k and toks[k].text[:1].isupper()
           and toks[k].dep_ in NAME_TAIL_DEPS):
        k += 1
    return toks[k:]


def _past_day(toks: list[Token], verb: Token) -> list[Token]:
    """A reported clause without the day of the report, which the parser hung on the clause when no `that` comes
    between (`said Tuesday the bridge will reopen`)."""
    first = toks[0] if toks else None
    if (first is None or first.i != verb.i + 1 or first.dep_ != "npadvmod" or first.lower_ not in DATE_WORDS
            or not any(c.dep_ in SUBJECT_DEPS and c.i > first.i for c in first.head.children)):
        return toks
    return [t for t in toks if t.i > first.right_edge.i]


def _clause_dep(child: Token) -> str:
    """A child's dependency, read as a clause (`ccomp`) when the parser called it an infinitive (`xcomp`) but it has
    a tensed auxiliary of its own: in `told reporters the council was ‘listening’` the quote marks make the parser
    hang `listening` on `told` as an infinitive."""
    if child.dep_ == "xcomp" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in child.lefts):
        return "ccomp"
    # `telling supporters that he had “renewed faith”`: a clause whose verb the quote marks made the parser read as
    # a noun object, keeping its `that` and its subject
    if (child.dep_ in ("dobj", "attr") and _marked_that(child)
            and any(c.dep_ in SUBJECT_DEPS for c in child.lefts)):
        return "ccomp"
    return child.dep_


def _when_or_where(prep: Token) -> bool:
    """`blamed the delay on the weather [in March]`, `praised Obama [in an interview]`: a phrase whose object is a
    date, a stretch of time or the occasion of the report says when or where it was made, not what its object is
    called, so the object ends before it unless a phrase that does say so follows."""
    pobj = pobj_of(prep)
    if pobj is None:
        return False
    return time_word(pobj) or _is_year(pobj) or pobj.lower_ in VENUES.get(prep.lower_, ())


def _is_year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.startswith(("19", "20"))


def _cue_prep(child: Token, preps) -> Token | None:
    """The cue's preposition that opens one of its dependents: the dependent itself (`talked [about] the wall`),
    or the mark of a clause the parser hung on the cue (`called [for] the chief to resign`); else None."""
    if child.dep_ == "prep":
        return child if child.lower_ in preps else None
    if child.dep_ in ("advcl", "xcomp", "ccomp"):
        return next((c for c in child.lefts if c.dep_ == "mark" and c.lower_ in preps), None)
    return None


def _unstated_report(verb: Token, takes: tuple[str, ...], passive: bool) -> list[Token] | None:
    """`[Trump is expected to deliver a speech]`, `[Cruz is seen as a uniter]`, `[Trump seemed to enjoy it]`,
    `[New Hampshire seems stable]`, `[the toll seemed like a bargain]`: a cue with no source reports its subject with
    the infinitive (`to`), `as` or `like` phrase (`like` right after the verb) or adjective (`adj`) that follows,
    from the subject to the end of the phrase; or the clause alone (`that`: `it appears that [the game was not
    boring]`); or, with an agent, the subject alone (`by`). A passive participle right after its noun reports the
    noun with its phrase (`[a state seen as critical]`). A raising verb whose infinitive is a cue with a report of its
    own (`seemed to urge the council to wait`) makes none: that cue's record says what was reported, and by whom."""
    # `a state seen as critical`, `the states expected to be pivotal`: a participle right after its noun (not set
    # off by a comma: `Manafort, seen as a formidable opponent, …` describes who he is)
    reduced = (passive and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i
               and verb.doc[verb.i - 1].text != ",")
    if passive != _has_dep(verb, "auxpass") and not reduced:
        return None
    subject = verb.head if reduced else next((c for c in verb.lefts if c.dep_ in ("nsubjpass", "nsubj")), None)
    if "by" in takes and subject is not None and _has_dep(verb, "agent") and not reduced:
        return _trim(list(subject.subtree))  # `[The merger] was first reported by Tidewire`
    comp = next((c for c in verb.rights if (c.dep_ == "xcomp" and "to" in takes and any(a.lower_ == "to" for a in c.lefts))
                 or (c.dep_ == "prep" and c.lower_ in takes and (c.lower_ != "like" or _right_after_verb(verb, c)))
                 or (c.dep_ in ("acomp", "oprd") and "adj" in takes)
                 or (c.dep_ == "ccomp" and "that" in takes)), None)
    if comp is None or (not passive and comp.dep_ == "xcomp" and is_cue(comp) and find_report(comp) is not None):
        return None
    if comp.dep_ == "ccomp":
        return _trim(list(comp.subtree))
    first = subject.left_edge.i if subject is not None else comp.i
    toks = list(verb.doc[first : comp.right_edge.i + 1])
    return _trim(_phrases_after(verb, toks) if comp.lower_ == "as" else toks)


def _phrases_after(verb: Token, toks: list[Token]) -> list[Token]:
    """`cast him as weak [on immigration]`, `is seen as the candidate [with the best chance …]`: phrases the parser
    hung on the verb right after an `as` phrase belong to what it calls its object, unless they say when or where."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.i > toks[-1].i):
        if prep.left_edge.i != toks[-1].i + 1 or prep.lower_ not in OBJECT_PREPS or _when_or_where(prep):
            break
        toks = toks + list(prep.subtree)
    return toks


def _right_after_verb(verb: Token, tok: Token) -> bool:
    """Whether only adverbs come between the verb and `tok` (`seemed like …`, `seems more like …`; not `can seem
    — just like the chocolate —`)."""
    return all(t.tag_.startswith("RB") for t in verb.doc[verb.i + 1 : tok.i])


def _before_trailing_aside(toks: list[Token]) -> list[Token]:
    """A report ends before a relative clause or apposition set off by a comma that closes it (`said the nominee
    would be Trump, who has a lead`, `opposed the TPP, the 12-country trade deal`, `…, a claim the union denied`,
    `complained about the levy, which the council passed`): the writer's gloss."""
    if len(toks) < 3:
        return toks
    last = toks[-1].i
    for k in range(1, len(toks) - 1):
        if toks[k].text != "," or toks[k + 1].i != toks[k].i + 1:
            continue
        # `called it “racist,” an extraordinary indictment`: a comma inside the closing mark sets off what follows it
        j = k + 1 if toks[k + 1].is_quote and not _opens_quote(toks[k + 1]) and k + 2 < len(toks) else k
        t, head = toks[j], toks[j + 1]
        while head.head.i > t.i and head.head.i <= last and head.head != head:
            head = head.head
        glossed = ((head.dep_ == "relcl" or (head.dep_ == "appos" and not _has_dep(head, "conj")))
                   or _summing_up(head, t) or _relative_by_words(head, t))
        if glossed and head.right_edge.i >= last and head.left_edge.i == t.i + 1:
            return toks[:j]
    return toks


def _relative_by_words(head: Token, comma: Token) -> bool:
    """`…, both of whom are viewed with suspicion`: a relative clause the parser hung on the cue, known by its
    relative pronoun before its verb."""
    return any(t.lower_ in ("which", "whom", "whose") for t in head.doc[comma.i + 1 : head.i])


def _summing_up(noun: Token, comma: Token) -> bool:
    """`said the hospital had hired staff, a claim the union called …`: a noun brought in by `a` with a clause of its
    own after the comma, which the parser hung on the cue as an object: the writer's word for what was said."""
    return (noun.dep_ in ("dobj", "npadvmod") and noun.tag_ == "NN" and noun.left_edge.lower_ in ("a", "an")
            and noun.head.i < comma.i and any(c.dep_ in ("acl", "relcl") for c in noun.rights))


def _controller(verb: Token, xcomp: Token) -> Token | None:
    """`urged Congress to act`: the object that the reported infinitive is about, between the cue and it."""
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i and c.right_edge.i < xcomp.left_edge.i), None)


def _stranded_subject(verb: Token, clause: Token, cue: CueVerb | None) -> Token | None:
    """`said the days when … are gone`: the reported clause's subject, which the parser hung on the cue as a
    noun phrase right before the clause (or before the cue's phrases ahead of it) when the clause has none of its
    own."""
    if clause.i < verb.i or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "mark") for c in clause.children):
        return None
    deps = ("npadvmod",) if cue is not None and cue.addressee == "object" else ("npadvmod", "dobj")  # `told reporters`
    noun = next((c for c in verb.rights if c.dep_ in deps and c.tag_ in NOUN_TAGS
                 and (c.right_edge.i == clause.left_edge.i - 1 or _phrases_between(verb, c, clause))), None)
    if noun is None:  # `said about half of the gap reflected …`: `about` read as the cue's preposition
        noun = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "about" and c.i == verb.i + 1
                     and c.right_edge.i == clause.left_edge.i - 1), None)
    return None if noun is None or _says_when(noun) else noun


def _phrases_between(verb: Token, noun: Token, clause: Token) -> bool:
    """Whether only the cue's prepositional phrases and commas lie between a noun and the clause after it (`said
    their networks of donors, almost all men until a few years ago, were now …`)."""
    doc = verb.doc
    between = range(noun.right_edge.i + 1, clause.left_edge.i)
    preps = {t.i for c in verb.rights if c.dep_ == "prep" and noun.i < c.i < clause.i for t in c.subtree}
    return bool(between) and bool(preps) and all(k in preps or doc[k].text == "," for k in between)


def _cue_subject_taken(verb: Token, clause: Token) -> Token | None:
    """`“The risk,” said Ed Lamb, an economist …, “is that …”`: the cue's own subject, a name right after it that
    the parser made the subject of the quoted clause, which then seems to report its speaker."""
    doc = verb.doc
    if clause.i < verb.i or verb.i == 0 or not doc[verb.i - 1].is_quote or subjects_nearest_first(verb):
        return None
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or coarse(subject) != "PROPN":
        return None
    return subject if any(t.is_quote for t in doc[subject.right_edge.i + 1 : clause.i]) else None


def _second_source(verb: Token, clause: Token) -> Token | None:
    """`the mayor said: “No comment,” the Herald reported`: the subject of a second speech cue after the quote the
    first one opens, which the parser made the first one's clause; the report is the quote alone."""
    if clause.i < verb.i or not is_speech(clause):
        return None
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < verb.i:
        return None
    doc = verb.doc
    between = list(doc[verb.i + 1 : subject.left_edge.i])
    while between and between[0].text in (",", ":"):
        between.pop(0)
    # the quote opens right after the cue and closes right before the second subject
    opens = len(between) > 2 and _opens_quote(between[0]) and between[-1].is_quote
    return subject if opens and not any(t.is_quote for t in between[1:-1]) else None


def _says_when(noun: Token) -> bool:
    """`acknowledged Monday night "it will be hard"`: a date or a bare time phrase, not a clause's subject (though
    `the days when …` may be)."""
    if any(t.lower_ in DATE_WORDS for t in noun.subtree):
        return True
    return time_word(noun) and not any(c.dep_ in ("relcl", "acl", "prep") for c in noun.children)


def _report_deps(verb: Token, cue) -> tuple[str, ...]:
    """The dependencies through which a cue verb reports, in order of preference: its clause (`said that …`);
    for a verb that reports through its object, also an infinitive or the object (`endorsed Cruz`), though not
    through `blasted out an email`, and never the object of one spoken to (`asked workers`); for a hope or a
    plan, an infinitive (`sought to reassure investors`), though not in the passive (`is expected to`)."""
    if cue is None:
        return ("ccomp",)
    if cue.takes_object and _has_dep(verb, "auxpass"):
        return ("ccomp",)  # `Sanders is favored to win`: no one in the sentence favours anything
    if cue.takes_object and not _has_dep(verb, "prt"):
        return ("ccomp", "xcomp") if cue.addressee == "object" else ("ccomp", "xcomp", "dobj")
    if cue.infinitive and not passive_participle(verb) and not _has_dep(verb, "auxpass"):
        return ("ccomp", "xcomp")
    return ("ccomp",)


def _hearsay_clause(adverb: Token) -> list[Token] | None:
    """`The Club for Growth is reportedly spending $1.5 million on ads`: the clause a hearsay adverb sits in, the
    adverb with it, up to a clause of its own joined after it (`…, but they …`)."""
    clause = adverb.head
    if adverb.dep_ != "advmod" or not clause.tag_.startswith(("VB", "MD")):
        return None
    doc = adverb.doc
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    start = subject.left_edge.i if subject is not None else clause.left_edge.i
    # what follows a comma after the verb as a clause of its own is the writer's (`…, leaving progressives fearful`)
    after = next((c for c in clause.rights if (c.dep_ == "conj" and _has_subject(c)) or (
        doc[c.left_edge.i - 1].text == "," and (c.dep_ in ("advcl", "relcl", "ccomp") or c.tag_ == "VBG"))), None)
    end = after.left_edge.i if after is not None else clause.right_edge.i + 1
    toks = _trim(list(doc[start:end]))
    return toks if len(toks) >= MIN_CONTENT_TOKENS else None


def _clause_past_asked(verb: Token) -> list[Token]:
    """`told the Herald, when asked about the bridge, that it would open`: the answer's that-clause, which the
    parser hung on the `when asked` aside between."""
    aside = next((c for c in verb.rights if c.dep_ == "advcl" and _asked_when(c) and not _has_subject(c)), None)
    if aside is None:
        return []
    doc = verb.doc
    return [c for c in aside.rights if c.dep_ == "ccomp" and _marked_that(c) and doc[c.left_edge.i - 1].text == ","][:1]


def _question_clause(verb: Token) -> list[Token]:
    """`asked workers if they would vote`: the question, which the parser hangs on the cue as an adverbial
    clause."""
    return [c for c in verb.rights if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.lefts)][:1]


def _slipped_clause(verb: Token) -> list[Token]:
    """`said during a news conference that she may wait …`: a that-clause the parser hung on the noun of the cue's
    prepositional phrase as a relative or noun clause. A relative clause has no `that` marker (its `that` is a
    pronoun)."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        noun = pobj_of(prep)
        while noun is not None:
            for clause in (c for c in noun.rights if c.dep_ in ("relcl", "acl")):
                if _marked_that(clause):
                    return [clause]
            # `said in one of a series of posts that …`: the clause hangs on the last noun of the phrase
            of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = pobj_of(of) if of is not None else None
    return []


def _marked_that(head: Token) -> bool:
    """Whether `that` opens the phrase as its marker: a clause, not a relative clause (whose `that` is a pronoun)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in head.lefts)


def _misread_clause(verb: Token) -> list[Token]:
    """`Outlets reported on Monday the agency had …`: the cue read as a participle of its subject
    (`outlets [reported on Monday]`), which the parser then made a second subject of the reported verb; the
    report is that verb's clause, from its own subject on."""
    subject = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or subject.dep_ != "nsubj" or subject.i > verb.i:
        return []
    reported = subject.head
    own = [c for c in reported.children if c.dep_ in SUBJECT_DEPS and c.i > verb.right_edge.i]
    if not own or reported.i < own[0].i or is_cue(reported):  # `A statement posted online said …`: a sentence
        return []
    if any(t.is_punct for t in verb.doc[verb.right_edge.i + 1 : own[0].left_edge.i]):
        return []  # `joked with his friend, his brother grew impatient`
    return [t for t in reported.subtree if t.i >= own[0].left_edge.i]


def _relative_report(verb: Token) -> list[Token]:
    """`letters …, which she said represented all her mail`: a cue inside a relative clause whose pronoun is the
    subject of what was said, the parser having hung that verb on the cue as its object or infinitive rather than
    its clause. The report is the pronoun and the words after the cue to the clause's end (the pronoun stands for
    what the clause is about, as in a clause parsed right: `which he said would cost more`)."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.i + 1 >= len(doc) or not is_speech(verb):
        return []
    pronoun = next((c for c in verb.lefts if c.lower_ in ("which", "that") and c.tag_ == "WDT"), None)
    reported = doc[verb.i + 1]
    if (pronoun is None or reported.head != verb or reported.dep_ not in ("xcomp", "dobj")
            or not reported.tag_.startswith(("VBD", "VBZ", "VBP", "MD"))):
        return []
    if not any(c.dep_ in SUBJECT_DEPS and pronoun.i < c.i < verb.i for c in verb.children):
        return []  # `which said it would …`: the pronoun is who speaks
    return [pronoun] + list(doc[verb.i + 1 : verb.right_edge.i + 1])


RELATIVES = {"who", "which", "that", "whom"}
SUBORDINATORS = {"as", "if", "when", "while", "because", "although", "though", "since", "after", "before", "unless",
                 "but", "and", "so", "whether"}


def _tagged_sentence(verb: Token) -> list[Token]:
    """`Those who do run up heavy debt struggle, even with a “decent” wage, he said.`, `…, said the company's
    chief executive, Ann Ferris.`: a cue with its subject closing the sentence after a comma, whose clause the
    parser hung elsewhere (a verbless reading, the cue as a conjunct): the sentence before that comma, if it has a
    verb."""
    # the subject nearest the cue: the parser may give it a second one from the clause (`for people …, she said`)
    subject = next(iter(subjects_nearest_first(verb)), None)
    if (subject is None or subject.lower_ in RELATIVES or verb.dep_ == "relcl"
            or not (can_speak(subject) or subject.lower_ in organisation_words())):
        return []  # `Clinton, who added to her lead`, `the borrowing continued`
    doc, sent = verb.doc, verb.sent
    tag = {t.i for t in subject.subtree} | {verb.i}
    for c in verb.rights:  # `said on Tuesday`, `said in a statement`
        if c.dep_ == "npadvmod" or (c.dep_ == "prep" and _when_or_where(c)):
            tag |= {t.i for t in c.subtree}
    start = min(tag)
    first = sent.start
    if start - 1 == first and first > 0:  # the parser ended the sentence before the tag's comma
        first = doc[first - 1].sent.start
    after = list(doc[verb.i + 1 : sent.end])
    stop = next((k for k, t in enumerate(after) if t.text in (".", "!", "?")), len(after))
    if (start <= first or doc[start - 1].text != ","
            or any((t.i not in tag and not (t.is_punct or t.is_space)) or t.is_quote or t.text == ":" for t in after[:stop])):
        return []
    toks = _trim(list(doc[first : start - 1]))
    if (len(toks) < MIN_CONTENT_TOKENS or toks[-1].is_quote
            or (len(toks) < MIN_VERBLESS_CLAUSE and not any(t.tag_.startswith("VB") for t in toks))
            or (toks[0].lower_ in SUBORDINATORS and not any(t.text == "," for t in toks))
            or any(is_cue(t) and is_speech(t) and any(u.is_quote for u in doc[t.i + 1 : t.i + 3]) for t in toks)):
        return []  # `As The Hill reported, …`: no claim of its own; `fans chanted, “…”`: a report of its own
    return toks


def _set_off(verb: Token) -> bool:
    """`with each vote, these aides admit, it gets harder`: a cue the parser hung on the clause it
    interrupts as an adverbial clause, set off by commas on both sides, with no mark of its own."""
    if (verb.dep_ != "advcl" or any(c.dep_ == "mark" for c in verb.children) or verb.i > verb.head.i
            or not any(c.dep_ in SUBJECT_DEPS for c in verb.lefts)):
        return False
    doc = verb.doc
    first, last = _interruption(verb)
    return first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


def _interruption(verb: Token) -> tuple[int, int]:
    """The first and last token of a cue's own words inside the clause it interrupts: from its subject on (the
    parser may hang words of the clause ahead of it on the cue: `[But with each vote], aides say, …`)."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.rights):  # `The contrast with Lund, said Ortiz, would be clear`:
        return verb.i, verb.right_edge.i  # the subject before an inverted cue is the clause's, read as the cue's
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    return (subject.left_edge.i if subject is not None else verb.left_edge.i), verb.right_edge.i


def _as_aside(verb: Token) -> bool:
    """`As the Post reported, CLAUSE`, `As Lund said last week in Dunmore, CLAUSE`, `As first reported by the Times,
    CLAUSE`: an `as` clause of a cue with nothing of its own to report, ahead of the clause it vouches for (not `As
    he spoke to reporters, …`)."""
    return (verb.dep_ == "advcl" and verb.i < verb.head.i and (subject_of(verb) is not None or _has_dep(verb, "agent"))
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.lefts)
            and not any(c.dep_ in AS_ASIDE_BARS or (c.dep_ == "prep" and c.lower_ in ("to", "with", "about"))
                        for c in verb.children))


def _has_dep(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


def _naming(verb: Token) -> list[Token] | None:
    """`called [him a “stiff”]`, `described [the crowd as “peaceful”]`: from the object to the end of the name."""
    kids = [c for c in verb.children if c.i > verb.i and (c.dep_ in ("dobj", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
                                                       or _as_clause(c))]
    if len(kids) == 1 and kids[0].dep_ == "dobj":  # `called the situation “overclassification run amok”`: a quoted clause
        kids += [c for c in verb.rights if c.dep_ in ("ccomp", "xcomp") and _opens_quote(c.left_edge)
                 and c.left_edge.i == kids[0].right_edge.i + 1]
    # `called Mrs. Schlafly an ''Aunt Tom''`, `called the frontrunner “ISIS’ best recruiter”`, parsed as one phrase
    if len(kids) == 1 and (kids[0].dep_ == "dobj" or (kids[0].dep_ == "oprd" and kids[0].left_edge.i == verb.i + 1)):
        last = verb.doc[kids[0].right_edge.i]
        if _named_after_aside(verb):
            return list(verb.doc[kids[0].left_edge.i : kids[0].right_edge.i + 1])
        # `called Clinton's squabble with the agency unusual`: the name read as an adjective after the last noun
        named = (any(t.is_quote and t.i > kids[0].left_edge.i for t in kids[0].subtree)
                 or (kids[0].dep_ == "oprd" and _opens_quote(kids[0].left_edge))  # `called “hand-to-hand combat”`
                 or (last.tag_ == "JJ" and last.dep_ == "amod" and last.head.i < last.i))
        return _before_aside(list(verb.doc[kids[0].left_edge.i : kids[0].right_edge.i + 1])) if named else None
    if (len(kids) == 1 and kids[0].dep_ == "prep" and any(t.is_quote for t in kids[0].subtree)
            and any(c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS for c in verb.lefts)):
        return _before_aside(list(kids[0].subtree))  # `whom he described as “his brother”`: the object is the relative word
    if len(kids) < 2:
        return None
    first, last = min(c.left_edge.i for c in kids), max(c.right_edge.i for c in kids)
    toks = _name_ends_at_mark(_phrases_after(verb, list(verb.doc[first : last + 1])))
    act = next((t for t in toks if speakers_act(t, t.head, verb)), None)  # `called it “shameful” and called on …`
    return _before_aside([t for t in toks if t.i < act.left_edge.i] if act is not None else toks)


def _name_ends_at_mark(toks: list[Token]) -> list[Token]:
    """`called Ortiz the “ultimate hypocrite,” linking to a story …`: a participle after a quoted name that closes on
    a comma is the writer's, no part of the name (`a “no-brainer” to prosecute`, `“unfit to serve” as president` go
    on with it)."""
    opened = False
    for k, t in enumerate(toks[:-1]):
        if t.is_quote and opened and not _opens_quote(t):
            return toks[: k + 1] if toks[k + 1].tag_ == "VBG" and toks[k - 1].text == "," else toks
        opened = opened or _opens_quote(t)
    return toks


def _named_back(verb: Token, named: list[Token]) -> list[Token]:
    """`what Bay Buchanan called “hand-to-hand combat”`, `a deal which Trump called a “disaster”`: the relative
    word that a quoted name is given to opens the report; the speaker and cue between stay out of its words."""
    if not any(t.is_quote for t in named):
        return named
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.i < verb.i and noun.tag_ in NOUN_TAGS:
        return list(verb.doc[noun.left_edge.i : verb.i + 1]) + named  # `a book called “Women Who Work”`: what is named
    rel = next((c for c in verb.lefts if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE_OBJECTS), None)
    if rel is None:
        return named
    return [rel] + named


def _named_after_aside(verb: Token) -> bool:
    """`called Mr. Yanukovych, a former director …, an outstanding leader`: the parser reads the name as a second
    phrase set off by commas after the naming verb's object (all of them the object's phrase in the parse)."""
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "oprd")), None)
    if obj is None:
        return False
    doc = obj.doc
    set_off = [t for t in obj.subtree if t.dep_ == "appos" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","]
    return len(set_off) >= 2


def _as_clause(tok: Token) -> bool:
    """`described the team [as highly accomplished]`: what the object is called, which the parser may read as a
    clause of the verb opened by `as`."""
    return tok.dep_ == "advcl" and tok.left_edge.lower_ == "as" and tok.left_edge.dep_ in ("mark", "advmod")


def _before_aside(toks: list[Token]) -> list[Token]:
    """A name given ends where an aside starts (`called him “the next Washington” – the Founding Father who …`)."""
    cut = next((k for k, t in enumerate(toks) if k and _breaks_clause(t)), len(toks))
    return toks[:cut]


def _fronted(clause: Token, verb: Token) -> bool:
    """`CLAUSE, she said` / `CLAUSE, said X`: a clausal complement ahead of its cue, set off by a comma, with no
    colon or semicolon between (`A: B, in 2013, questioned C` begins anew after A); not the clause before a noun
    the cue's clause describes (`Lee accused him of “lying,” a charge Moe rejected`, which the
    parser reads as `a charge` and `Moe` both subjects of the cue)."""
    between = [t.text for t in verb.doc[clause.right_edge.i : verb.i]]
    return (clause.dep_ == "ccomp" and verb.i > 0 and clause.i < verb.i and any(t in (",", "—", "--") for t in between)
            and not any(t in (":", ";") for t in between) and not _described_by(verb))


def _described_by(verb: Token) -> bool:
    """Whether a cue with two subjects before it, a common noun and then its own, is a relative clause with no
    `that` of the noun (`a charge Moe rejected`)."""
    subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
    return len(subjects) >= 2 and subjects[-2].tag_ in ("NN", "NNS") and subjects[-2].i < subjects[-1].left_edge.i


def _resumption(verb: Token) -> Token | None:
    """`The bill would be helped, Ross said, by the new calendar`: where a clause ahead of its cue goes on after
    it, past a comma, in a phrase the parser hung on the cue; else None."""
    doc = verb.doc
    rest = next((c for c in verb.rights if c.dep_ not in SUBJECT_DEPS | {"punct", "dobj", "dative"}), None)
    if rest is None or rest.dep_ not in ("prep", "advcl", "npadvmod", "advmod") or rest.tag_ == "VBG":
        return None  # `…, he said, wiping his face`: what the speaker did
    k = rest.left_edge.i
    return rest if doc[k - 1].text == "," and all(t.i < k for t in verb.children if t.dep_ in SUBJECT_DEPS) else None


def _until_next_report(clause: Token) -> list[Token]:
    """The clause's tokens up to a participle that reports something else (`…, saying that …`) or a contrast that
    reports someone else's words (`…, while 22 percent said …`)."""
    toks = list(clause.subtree)
    for t in toks:
        if t.i > clause.i and (_writers_contrast(t) or (t.dep_ in ("advcl", "conj", "parataxis") and is_cue(t)
                                                        and _reports_apart(t))):
            return [x for x in toks if x.i < t.left_edge.i]
    return toks


def _writers_contrast(tok: Token) -> bool:
    """`…, while 22 percent said they might change their mind`: a clause the writer sets against the report, with
    a subject of its own and a cue of its own."""
    return (tok.dep_ == "advcl" and is_speech(tok) and _has_subject(tok)
            and any(c.dep_ == "mark" and c.lower_ in WRITERS_MARKS for c in tok.lefts))


def _before_speakers_act(toks: list[Token], clause: Token, verb: Token) -> list[Token]:
    """A reported clause without a verb the parser joined to it that is the speaker's next act: in `has said the
    port must stay open, and has backed …` the verb has no subject and the cue's form, not the
    clause's, so it goes on the sentence rather than the report."""
    if clause.i < verb.i:
        return toks
    act = next((c for c in clause.rights if speakers_act(c, clause, verb)), None)
    return [t for t in toks if t.i < act.left_edge.i] if act is not None else toks


def _reports_apart(cue: Token) -> bool:
    """Whether a cue inside a reported clause starts a report of its own by the same speaker (`…, saying that …`,
    `said she did not excuse it and hoped that …`), rather than going on with what is reported (`says the mayor is
    acting rashly and showing disregard …`, `said the port is open and needs a levy`)."""
    if cue.dep_ == "advcl":
        return cue.tag_ == "VBG"
    if cue.dep_ == "conj":
        return not _has_subject(cue) and _has_dep(cue, "ccomp")
    return True


def _to_sentence_end(toks: list[Token], verb: Token) -> list[Token]:
    """A reported clause runs on to its sentence's end past words the parser hung on the cue (`said money is
    needed to build a vaccine, educate the public and …`), stopping at another cue (before its subject) or a quote
    mark; a second clause of the same report (`said A, but that he would not support B`) goes on past the cues in
    it."""
    k = toks[-1].i + 1
    doc = verb.doc
    above = {a.i for a in verb.ancestors}  # `Clinton, though she … said X, notably stopped short …`: the outer clause
    # the comma or conjunction joining a clause of the writer's is left to `_trim`, as any trailing one is
    sent_end = min([verb.sent.end] + [c.left_edge.i for c in verb.rights if c.i >= k and _own_clause(c, verb)])
    second = False
    while (k < sent_end and (second or not is_cue(doc[k])) and not _opens_quote(doc[k]) and not _breaks_clause(doc[k])
           and k not in above and doc[k].head.i not in above):
        second = second or (doc[k].lower_ == "that" and doc[k].dep_ == "mark")
        k += 1
    stopped_at_cue = k < sent_end and is_cue(doc[k]) and not second
    if stopped_at_cue and any(c.dep_ in SUBJECT_DEPS and c.i < k for c in doc[k].children):
        k = max(toks[-1].i + 1, doc[k].left_edge.i)  # `…, and most voters said …`: their subject is not reported
    elif stopped_at_cue and (joined := conjoined_subject(doc[k])) is not None:
        return [t for t in toks if t.i < joined.left_edge.i]  # `… and one in four said …`, hung on the clause
    return toks + [doc[j] for j in range(toks[-1].i + 1, k)]


def _own_clause(tok: Token, verb: Token) -> bool:
    """A clause hung on the cue that the writer adds: one with a subject of its own (`said A, but B is …`,
    `…, while 22 percent said …`) or a second act of the speaker's (`said A and called on B to …`)."""
    marks = {c.lower_ for c in tok.lefts if c.dep_ == "mark"}
    if tok.dep_ == "advcl":
        return bool(marks & WRITERS_MARKS)
    if tok.dep_ != "conj" or "that" in marks:  # `said A, but that he would not …`: the same report goes on
        return False
    return _has_subject(tok) or tok.tag_ == verb.tag_


def _opens_next(verb: Token) -> bool:
    """Whether a quote opens right after the cue (`After all, he says, “I never …”`) and the clause it is hung on
    has no subject before the cue: the cue introduces that quote rather than interrupting a clause (`These
    records, the auditors said, “all point to the same conclusion”`)."""
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.head.children):
        return False
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].text in (",", ":"):
        k += 1
    return k < len(doc) and _opens_quote(doc[k])


def _past_colon_quote(toks: list[Token]) -> list[Token]:
    """`Lund listed her chores: “It’s a ton of work,” she said`: the parser may hang the quote on the clause before
    its colon, but a cue after the quote reports the quote alone."""
    for k in range(len(toks) - 3, 0, -1):  # some word after the mark
        if toks[k].text == ":" and _opens_quote(toks[k + 1]):
            return toks[k + 2 :]
    return toks


def _opens_quote(tok: Token) -> bool:
    """An opening quote mark (a closing one may end a quoted fragment of the clause: `is “peanuts,” compared …`)."""
    return tok.is_quote and (tok.tag_ == "``" or tok.text in OPENING_MARKS)


def _breaks_clause(tok: Token) -> bool:
    """Where an aside starts: a semicolon, a parenthesis or a dash set off by spaces (not `tragedy-free`)."""
    if tok.text not in CLAUSE_BREAKS:
        return False
    return tok.text not in DASHES or aside_dash(tok)


def _before_according(toks: list[Token]) -> list[Token]:
    """A reported clause ends before an `according to` of its own (`… spent $2.5 million, according to X`):
    that phrase attributes the clause to someone else and is its own record."""
    for k in range(1, len(toks) - 1):
        if toks[k].lower_ == "according" and toks[k + 1].lower_ == "to":
            return toks[:k]
    return toks


def _around(verb: Token) -> list[Token]:
    """The clause a parenthetical cue interrupts, without the cue's own words."""
    first, last = _interruption(verb)
    return _trim([t for t in verb.head.subtree if not first <= t.i <= last])


def _according_content(tok: Token, to: Token) -> list[Token] | None:
    """`According to X, CLAUSE` / `CLAUSE, according to X`: the clause the phrase is attached to, minus the
    phrase; a phrase after a clause ends what it reports (`…, according to Politico, taking a step …`)."""
    relative = _relative_before(tok)
    if relative:
        return relative
    head = tok.head
    while head.dep_ not in ("ROOT",) and head.head != head:
        head = head.head
    if head == tok:  # `According to the AP, 571 delegates …` parsed as one phrase: the words after its comma
        comma = next((t for t in tok.doc[to.i : tok.sent.end] if t.text == ","), None)
        return _trim(list(tok.doc[comma.i + 1 : tok.sent.end])) if comma is not None else None
    phrase = {t.i for t in tok.subtree} | {t.i for t in to.subtree} | {tok.i, to.i}
    source = pobj_of(to)
    name = name_read_as_subject(source) if source is not None else None
    if name:  # `According to the city's forester, Ruth Akande, Marlow plans …`: the name is the source's
        phrase |= {t.i for t in name} | {name[-1].i + 1}
    toks = [t for t in head.subtree if t.i not in phrase]
    before = [t for t in toks if t.i < tok.i]
    return _trim(before if head.i < tok.i and any(t.tag_.startswith("VB") for t in before) else toks)


def _relative_before(tok: Token) -> list[Token] | None:
    """`… Mormons, who account for a majority of the state's population, according to a Pew survey`: a relative
    clause set off by commas right before the phrase is what it vouches for."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    last = doc[tok.i - 2]
    rel = next((a for a in [last, *last.ancestors] if a.dep_ == "relcl" and a.right_edge.i == last.i), None)
    if (rel is None or rel.left_edge.i == 0 or doc[rel.left_edge.i - 1].text != ","
            or rel.left_edge.lower_ not in ("who", "which", "whose", "whom")):
        return None  # not `…, when he was self-funding his campaign, according to …`: when, not what
    return _trim(list(doc[rel.left_edge.i : last.i + 1]))


def _determines_object(tok: Token) -> bool:
    """`rejected that claim`: a `that` that opens an object, not a clause (`said that state law is wrong`, where
    the parser may read it either way, loses it)."""
    return tok.dep_ == "det" and tok.head.dep_ in ("dobj", "pobj")


def _dateline(toks: list[Token]) -> bool:
    """Whether tokens opening a paragraph before a dash are a dateline or a time stamp (`SPRINGFIELD, Ill. (AP)`,
    `9:42 p.m.`): words in capitals, numbers, abbreviations with their stop, brackets and commas, among them a
    time or a word in capitals of three letters or more."""
    first = toks[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and not (before.is_space and "\n" in before.text):  # a line break is a token of its own
        return False
    stamp = [t for t in toks if CLOCK_TIME.fullmatch(t.text)]
    return (all(t.is_upper or t.like_num or t.is_punct or t.text.endswith(".") or t.lower_ in CLOCK_WORDS
                or t in stamp for t in toks)
            and (bool(stamp) or any(t.is_upper and len(t) >= 3 for t in toks)))


def _trim(toks: list[Token]) -> list[Token]:
    """Reported words without a leading `that`, punctuation or quote mark, nor a trailing one or conjunction
    (`said he had not [and] suggested …`)."""
    colon = next((k for k, t in enumerate(toks[:3]) if t.text == ":"), None)
    if colon and all(t.text[:1].isupper() for t in toks[:colon]):
        del toks[:colon]  # `A: “I will support …,” Keel said`: a label, not reported words
    dash = next((k for k, t in enumerate(toks[:MAX_DATELINE_TOKENS]) if t.text in DASHES), None)
    if dash and _dateline(toks[:dash]):
        del toks[:dash]  # `WASHINGTON — `, a live blog's `9:42 p.m. — `: where and when it was written
    while toks and (toks[0].is_punct or toks[0].is_quote or toks[0].is_space
                    or (toks[0].lower_ in LEADING_MARKERS and not _determines_object(toks[0]))):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_quote or toks[-1].is_space or toks[-1].dep_ == "cc"):
        toks.pop()
    return toks
