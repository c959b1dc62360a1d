"""Whom a gendered pronoun (`she`, `him`) may stand for: the names it cannot (the speaker of its clause, and inside a
quote that quote's speaker and whom they talk to), and of the people and of the unsure runs the article treats as
people, the one named latest before it by the scores of resolve.py's module docstring. Nothing here changes the
people: `ArticleSpeakers._by_pronoun` names the one found and learns their gender.
Cost: O(people x their mentions) per pronoun, with one search per full-name mention (`full_spans`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..quotes.draft import Draft
from ..types import Mention
from .genders import first_name_gender
from .names import Person, not_a_name
from .occurrences import Occurrences, full_spans
from .people import People
from .pronouns import UNKNOWN_GENDER_LAG, reports_before, speakers_before
from .records import quoting_host

ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)  # `a Fed Ex driver`
APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the|\d)")  # `Olaf Brennholt, 41,`, `Wes Nakagiri, a delegate`


def not_antecedents(d: Draft, resolved: list[Mention | None], speaker: str | None,
                    addressees: Callable[[], Iterable[tuple[str, str | None]]]) -> set[str]:
    """The names a pronoun in draft `d` cannot stand for: the `speaker` of its clause, and inside a quote that
    quote's speaker and the ones they talk to (`addressees()`: each quoted speaker's name with whom they spoke to,
    called only inside a quote, as resolving an addressee may make a person)."""
    excluded = {speaker} if speaker else set()  # `she told him`: not the one talking
    host = quoting_host(d, resolved)
    if host is not None:  # inside their own quote a speaker is `I`, so `she` is someone else
        speaker = host.name
        excluded.add(speaker)
        excluded |= {a for q, a in addressees() if q == speaker}
    return excluded


class Antecedents:
    """Picks a pronoun's likeliest antecedent among one article's people, reading where each is named."""

    def __init__(self, text: str, people: People, occurrences: Occurrences):
        self.text = text
        self.people = people
        self.occurrences = occurrences

    def likeliest(self, gender: str, pos: int, excluded: set[str], skip: list[tuple[int, int]],
                  drafts: list[Draft], resolved: list[Mention | None]) -> Person | None:
        """Of the people, and the unsure runs, a pronoun of `gender` at offset `pos` may stand for, the one named
        latest before it by resolve.py's scores, none `excluded` and no mention inside `skip` counted; None if no
        one is."""
        # the last speaker before the pronoun is as good an antecedent as anyone of known gender (`Dale Hutchins
        # told the Ledger …. “…,” he said.`)
        recent = next((m.name for _, m in speakers_before(pos, drafts, resolved) if m.name), None)
        full = full_spans(self.text, self.people)
        clauses = reports_before(pos, drafts, resolved)
        best, best_score = None, None
        # a run the name finder was unsure of is a candidate too when its first name tells the gender and the
        # article treats it as a person (`Olaf Brennholt, 41,`)
        runs = [replace(p, gender=gender) for p in self.people.first_named_runs()
                if first_name_gender(p.tokens[0]) == gender and self.acts_as_person(p)]
        for p in [*self.people, *runs]:
            if p.name in excluded or (p.gender and p.gender != gender):
                continue
            others = [(s, e) for s, e, q in full if q is not p]
            last = self.occurrences.last_before(p, pos, others, skip)
            if last < 0:
                continue
            # unknown gender: a weaker antecedent than a known one
            score = last - UNKNOWN_GENDER_LAG if p.gender is None and p.name != recent else last
            # the subject of a cue outranks the people its clause names after it (`Kim praised Lee. “…,” she said`)
            score = min([score] + [subject - 1 for subject, end, name in clauses
                                   if subject < last < end and name != p.name])
            if best_score is None or score > best_score:
                best, best_score = p, score
        return best

    def acts_as_person(self, run: Person) -> bool:
        """Whether the article treats an unsure run as a person: its surname stands alone somewhere (`Brennholt
        found work`) or an apposition follows it (`Olaf Brennholt, 41,`, `, a delegate`); not when an article
        opens it (`a Fed Ex driver`) or its first word is an ordinary word or someone's surname here (`Western
        Europe`, `Clinton, Iowa`)."""
        if not_a_name(run.tokens[0], self.text) or self.people.ending_with(run.tokens[0]):
            return False
        if any(ARTICLE_BEFORE.search(self.text, max(0, o - 5), o) for o in run.offsets):
            return False
        ends = [o + len(run.name) for o in run.offsets]
        alone = self.occurrences.of_word(run.surname)
        return (any(not any(o <= s < e for o, e in zip(run.offsets, ends)) for s in alone)
                or any(APPOSITION_AFTER.match(self.text, e) for e in ends))
