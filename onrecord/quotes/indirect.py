"""Indirect speech: `She said (that) CLAUSE`, `CLAUSE, he said`, `According to X, CLAUSE`.

The content is the cue verb's clausal complement (`ccomp`) in the parse; the speaker is the cue's subject.
Quoted words inside such a clause make one record of the whole clause: mixed speech when they open or end it
(`added that West “will always…”`), indirect speech when they only sit inside it. A report inside another
reported clause is nested in it (`nested_in`), as a quote inside a quote is.
Some cues report with no source at all (`Trump is expected to win`, `the plan seems doomed`): their record
has no speaker.
This module makes the records; which words a cue reports comes from `clause.py` (a cue verb's clause or object,
with `slips.py` for clauses the parser hung elsewhere, `naming.py` for a name given and `clause_ends.py` for where
a clause ends), `according.py` (no cue verb) and `edges.py` (where the words start and end).
Cost: one pass over the parsed tokens.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Token

from .according import according_content, hearsay_clause
from .clause import complement, one_word_answer
from .cues import is_cue, is_raising, is_speech, passive_participle
from .draft import Draft, in_headline, reads_as_title
from .edges import (MIN_CONTENT_TOKENS, added_by_conjunction, before_trailing_aside, has_dep, has_subject,
                    phrases_after, right_after_verb, trim)
from .frames import Found, addressee_of, agent_mention, attribute_cue, cites
from .lexicon import SOURCE_CUES, CueVerb, cue_forms, cue_words, hearsay_adverbs
from .mention_phrase import GENERIC_SUBJECTS, mention_tokens
from .naming import named_after_aside
from .nominal import answers_another, is_cue_noun, noun_content, noun_source
from .parsed import ParsedText, says_nothing
from .slips import asked_when
from .spans import SpanSet
from .subjects import FINITE_TAGS, SUBJECT_DEPS, subject_of

MIN_NESTED_QUOTE_WORDS = 2  # a one-word quote inside a report within a report is a fragment of it (`yell “fire”`)
CLOSING_MARKS = "\u201d\u2019\"'"
AFTER_AS = re.compile(r"\bas(?: the| a| an)?\W*$", re.I)  # a name given: `referred to the US as the “…”`
DANGLING_REACH = 40  # characters read back from a report's end for a dangling comma or conjunction
DANGLING_END = re.compile(r"(?:[\s,;\u2013\u2014]*\s(?:and|or|but)|[\s,;\u2013\u2014]+)$")  # `…, and`, `… —`


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
        content, cue = according_content(tok, cited[-1]), cited
    elif is_cue(tok) and low != "like":
        content = complement(tok)
        cue = [tok]
    elif is_raising(tok):
        content, cue = None, [tok]
    elif is_cue_noun(tok):
        content, cue, noun = noun_content(tok), [tok], True
    elif low in hearsay_adverbs():
        content = hearsay_clause(tok)
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
    if content and not (verb is not None and verb.names and named_after_aside(tok)):
        content = before_trailing_aside(trim(content) if noun else content)
    main = _misparsed_aside(tok) if content and verb is not None and verb.addressee == "object" else None
    if main is not None and main.i > tok.i:  # what was asked ends where the one asked goes on (`…, laughed`)
        content = [t for t in content if t.i < main.left_edge.i - 1]
    if not content or (len(content) < MIN_CONTENT_TOKENS and not by_object and one_word_answer(tok) is None):
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
    # to give the cue to; nor is a quote the cue's clause adds (`…, he said, and “everyone started running.”`)
    return any(_quotable(parsed.text, d) and not d.is_loose_fragment(parsed.text)
               and not (start < cue_end <= d.start and added_by_conjunction(parsed.text, cue_end, d.start))
               for d in cued)


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
    # `“A,” Lee said, and “B.”`: the conjunction that opens the second quote's mark goes with it
    joined = {t.i for t in between if t.lower_ in ("and", "but") and t.i + 1 < len(t.doc) and t.nbor().is_quote}
    return all(t.i in own or t.i in joined or t.is_punct or t.is_space
               or any(s <= parsed.offset(t) < e for s, e in spans) for t in report.content + between)


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
        if cue[0].i > cue[0].head.i and asked_when(cue[0]):  # `“We’ll see,” Lee said when asked …`: who answers
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
    if participle and verb.dep_ == "advcl" and not has_subject(verb):
        # before its clause (`Asked whether …, Santos said`) or after it as when it was asked (`said when asked …`)
        return verb.i < verb.head.i or asked_when(verb)
    return report.aside_verb is not None


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
            and not has_subject(head)):
        return head
    return next((c for c in verb.rights if c.tag_ in FINITE_TAGS and c.left_edge.i == c.i
                 and doc[c.i - 1].text == "," and not has_subject(c)), None)


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
    if passive != has_dep(verb, "auxpass") and not reduced:
        return None
    subject = verb.head if reduced else next((c for c in verb.lefts if c.dep_ in ("nsubjpass", "nsubj")), None)
    if "by" in takes and subject is not None and has_dep(verb, "agent") and not reduced:
        return trim(list(subject.subtree))  # `[The merger] was first reported by Tidewire`
    comp = next((c for c in verb.rights if (c.dep_ == "xcomp" and "to" in takes and any(a.lower_ == "to" for a in c.lefts))
                 or (c.dep_ == "prep" and c.lower_ in takes and (c.lower_ != "like" or right_after_verb(verb, c)))
                 or (c.dep_ in ("acomp", "oprd") and "adj" in takes)
                 or (c.dep_ == "ccomp" and "that" in takes)), None)
    if comp is None or (not passive and comp.dep_ == "xcomp" and is_cue(comp) and find_report(comp) is not None):
        return None
    if comp.dep_ == "ccomp":
        return trim(list(comp.subtree))
    first = subject.left_edge.i if subject is not None else comp.i
    toks = list(verb.doc[first : comp.right_edge.i + 1])
    return trim(phrases_after(verb, toks) if comp.lower_ == "as" else toks)
