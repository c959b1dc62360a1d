"""The holder of a description's role (`the reality star`, `the 71-year-old`, `the Vermont senator`, `A federal
judge …` opening the story), by the rule of resolve.py's module docstring: the one the article placed there, named
with the role, or just introduced, else the most quoted person whose gender fits.
Cost: O(people x their mentions) per description.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cached_property

from ..quotes.lexicon import generic_roles, name_titles
from ..quotes.plan import sentence_end
from .names import Person
from .occurrences import Occurrences
from .openings import lede, on_byline, opens_sentence
from .people import People
from .places import placed
from .pronouns import GENDERED
from .roles import office_title, same_role, unnamed_before

CATAPHORA_REACH = 800  # characters after a story's opening `A federal judge …` where the judge may be named
INTRODUCED_REACH = 400  # characters back from a description to the sentence that may have introduced its holder


class Descriptions:
    """Finds the holders of descriptions in one article. It reads the people and `quoted` (name -> quotes so far)
    and `promoted` (people known only as speakers), which `ArticleSpeakers` keeps up; it changes nothing itself but
    through `name_of(person, pos)`, which names a newcomer and makes an unsure run a person."""

    def __init__(self, text: str, people: People, occurrences: Occurrences, quoted: dict[str, int],
                 promoted: set[str], name_of: Callable[[Person, int], str]):
        self.text = text
        self.people = people
        self.occurrences = occurrences
        self.quoted = quoted
        self.promoted = promoted
        self.name_of = name_of

    def holder(self, gender: str | None, pos: int, role: str | None = None, owner: str | None = None,
               quote: tuple[int, int] = (0, 0), place: str | None = None, former: bool = False) -> str | None:
        """The holder of a description's role: the one named with the role, the one just introduced, else the most
        quoted person; but for a description opening with a possessive pronoun `owner` (`her son`, `his wife`),
        someone other than the one the pronoun stands for, and never the article's main voice. A description
        naming a `place` (`the Vermont senator`) is first the one the article has placed there; failing the role and
        the newcomer, a holder of the role it places there further on (`Florida Sen. Marco Rubio`). A `former` role
        (`the former congressman`) may be held by someone the article now titles with another."""
        if place:
            placed_there = self._placed_before(place, gender, role, pos)
            if placed_there is not None:
                return placed_there
        if role:
            titled = self.named_with(role, pos)
            if titled is not None:
                return titled
            if unnamed_before(self.text, role, pos):
                return None  # `A senior diplomat, who spoke on condition of anonymity, …. “…,” the diplomat said`
        if role and role.split()[-1] in generic_roles():
            # `the man`, `the clerk`: a newcomer or no one known; not one introduced by an office (`Mayor Dana Cole`)
            return self._introduced_before(pos, gender, untitled_only=True, quote=quote)
        # an office (`the president`) is held by someone the article knows; a plain description (`the nurse`,
        # `the 71-year-old`) or an office once held (`the former governor`) may be the one just introduced
        office = bool(role) and role.split()[-1] in name_titles() and not former
        introduced = None if office else self._introduced_before(pos, gender, quote=quote)
        if owner is not None and introduced is not None and self._gender_of(introduced) == GENDERED.get(owner):
            return None  # `Kara Bellweather was 31 when her doctor told her …`: the newcomer is whose doctor it is
        if introduced is not None or owner is not None:
            return introduced
        if place:  # `The Florida senator …`, and only further on `Florida Sen. Marco Rubio`
            placed_there = self._placed_before(place, gender, role, len(self.text), role_holders_only=True)
            if placed_there is not None:
                return placed_there
        return self._most_quoted(gender, role, pos, office=office)

    def named_next(self, role: str, pos: int) -> str | None:
        """For a description with `a` that opens the article's story before anyone is named (`A federal judge on
        Tuesday postponed her ruling`), the person named with that role soon after (`U.S. District Judge Miriam
        Okafor`); otherwise None, as for any `a` description (`a spokesman said`). Cost: O(people x mentions)."""
        lo, hi = self._lede
        if not lo <= pos < hi:
            return None
        if any(not on_byline(self.text, o) for p in self.people for o in self.occurrences.of(p) if o < pos):
            return None
        holders = [p for p in self.people if pos < min(p.offsets, default=-1) < pos + CATAPHORA_REACH
                   and self.occurrences.holds_before(p, role, pos + CATAPHORA_REACH)]
        return holders[0].name if len(holders) == 1 else None

    @cached_property
    def _lede(self) -> tuple[int, int]:
        """The span of the story's first paragraph of LEDE_WORDS words or more (the title, byline and dateline
        lines before it are shorter), found once per article; (0, 0) if none."""
        return lede(self.text)

    def _most_quoted(self, gender: str | None, role: str | None, pos: int, office: bool = False) -> str | None:
        """Of the people named before offset `pos` whose gender fits, and not known only as speakers, the most
        quoted, then the most named so far; with no one named yet, the holder of `role` the article names first.
        For an `office` (`the governor`), no one the article names with an office's title: no one was named with
        this one, so `Mayor Dana Cole` is someone else."""
        candidates = [p for p in self.people
                      if (not gender or p.gender in (gender, None)) and p.name not in self.promoted
                      and self.occurrences.last_before(p, pos) >= 0
                      and not (office and self._holds_other_office(p, role, pos))]
        if not candidates:
            # a headline's `Premier vows …` names no one yet: the role's holder is the one the article names first
            holders = [p for p in self.people if role and self.occurrences.holds_before(p, role, len(self.text))]
            return min(holders, key=lambda p: min(p.offsets)).name if holders else None
        return max(candidates,
                   key=lambda p: (self.quoted.get(p.name, 0), bisect_left(self.occurrences.of(p), pos))).name

    def _holds_other_office(self, p: Person, role: str, pos: int) -> bool:
        """Whether every office the article gives `p` by a title before offset `pos` is another than `role`'s
        (`Mayor Dana Cole` for `the governor`); False when it gives none."""
        offices = {office_title(self.text, o) for o in self.occurrences.of(p) if o < pos} - {None}
        word = role.split()[-1]
        return bool(offices) and not any(same_role(word, o) or same_role(o, word) for o in offices)

    def _placed_before(self, place: str, gender: str | None, role: str | None, pos: int,
                       role_holders_only: bool = False) -> str | None:
        """Of the people a mention before offset `pos` places in `place` (`Vermont Sen. Bernie Sanders`, `Sanders
        (I-Vt.)`), those named with `role` if any are (only those with `role_holders_only`), the one mentioned
        latest; None if no one is placed there."""
        there = [p for p in self.people if (not gender or p.gender in (gender, None)) and place not in p.name
                 and any(placed(self.text, o, place) for o in self.occurrences.of(p) if o < pos)]
        if role:
            holders = [p for p in there if self.occurrences.holds_before(p, role, pos)]
            there = holders if holders or role_holders_only else there
        return max(there, key=lambda p: self.occurrences.last_before(p, pos)).name if there else None

    def _introduced_before(self, pos: int, gender: str | None, untitled_only: bool = False,
                           quote: tuple[int, int] = (0, 0)) -> str | None:
        """The person whom a sentence just before offset `pos` opens by naming for the first time (`The former
        harbor master, Greg Olsen, was blunter. “…,” the 71-year-old said.`), quoted there or not (`Rovers captain
        Ben Adeyemi said …. “…,” the defender said.`): a description right after an introduction is the newcomer,
        not the article's main voice. None if no one was introduced, or if someone else is named in a sentence after
        the newcomer's latest, outside the `quote` being attributed (`… Paula Verde, said …. Duarte praised the crowd.
        “…,” the 48-year-old said`; but not one the newcomer spoke to: `“…,” Kardashian West told Van Jones. The
        reality star …`). `untitled_only` passes over a newcomer named with an office's title (`Mayor Dana Cole`
        is not `the clerk`)."""
        lo = max(0, pos - INTRODUCED_REACH)
        best, best_at = None, -1
        for p in [*self.people, *self.people.first_named_runs()]:
            first = min(p.offsets, default=-1)
            if (lo <= first < pos and first > best_at and (not gender or p.gender in (gender, None))
                    and opens_sentence(self.text, first) and not (untitled_only and office_title(self.text, first))):
                best, best_at = p, first
        if best is None:
            return None
        end = sentence_end(self.text, max(best_at, self.occurrences.last_before(best, pos, skip=[quote])))
        if any(q is not best and end <= self.occurrences.last_before(q, pos, skip=[quote]) for q in self.people):
            return None  # someone named since is nearer
        return self.name_of(best, pos)

    def named_only(self, role: str, pos: int) -> str | None:
        """For a role whose holder is anonymous unless named (`the spokeswoman`), the one named with it before
        offset `pos` (`Maria Lopez, a spokeswoman,`), unless someone unnamed was brought in by it since (`a
        spokeswoman for the union`); else None."""
        holder = self._holder_named_with(role, pos)
        if holder is None:
            return None
        last = self.occurrences.last_before(holder, pos)
        return None if unnamed_before(self.text, role, pos, since=last) else holder.name

    def named_with(self, role: str, pos: int) -> str | None:
        """Of the people named before offset `pos` together with the word `role`, the one mentioned latest (by any
        name, the bare surname too: `Gov. Chris Christie … former Gov. Christine Todd Whitman … Christie defended
        …` makes `the governor` Christie); None if nobody was named with it. Named with a role is: after it, past
        nothing but the capitalised words of a title (`Union Minister of State for Agriculture Shobha Karandlaje`
        for `the minister`) or a comma (`the union's secretary, Efua Mensah`), or with it in apposition (`Tom Reed,
        the city's mayor,`). Cost: O(people x their mentions)."""
        holder = self._holder_named_with(role, pos)
        return holder.name if holder is not None else None

    def _holder_named_with(self, role: str, pos: int) -> Person | None:
        """The person `named_with` names."""
        holders = [p for p in self.people if self.occurrences.holds_before(p, role, pos)]
        return max(holders, key=lambda p: self.occurrences.last_before(p, pos)) if holders else None

    def _gender_of(self, name: str) -> str | None:
        return next((p.gender for p in self.people if p.name == name), None)
