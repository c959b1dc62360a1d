"""Resolve each quote's speaker mention to a canonical person inside one article.

The kinds of mention, each with its rule:
  * a name (`Kardashian West`, `Kardashian`, `Ms Hale`): the person whose full name ends with it, the latest named
    first, then the one named more often before it; a full name nobody else has makes a person of its own, so
    that pronouns can find them; an organisation's name is kept whole (`Republican National Committee`), a one-word
    title keeps its article (`The Hill`, `The Post`), and a plural one or a body's is no name (`the Khans`, `the
    Council`), nor is a role's or origin's plural (`Americans said`), a title in quote marks (`“Harbor Nights”
    argued`), a lower-case word the tagger took for a name, or a headline's capitals or a heading's in a digest
    that name no one the article knows (`Newspaper Says …`, `NEW HAMPSHIRE SHOWS …`); `the elder Brennan` is
    the eldest of the Brennans by the ages the article gives (`Patrick Brennan, 74,`), if it gives two;
  * a pronoun (`she`, `he`): the latest person of that gender named before it (one of unknown gender counts as
    named 400 characters earlier unless they were the last speaker, and takes the pronoun's gender from then on);
    a person named in the clause of a cue whose subject is someone else counts as named just before that subject
    (`Kim praised Lee. “…,” she said` is Kim), and a person named in the quote the pronoun says, or in the clause
    of a participle before it (`Asked about Bloom, she said`), is not counted; when two people share a surname,
    a bare first name is a mention of its holder; inside a quote, not the speaker of that quote nor the one they
    talk to, who would be `I` and `you`; no one when an unnamed speaker who may be that pronoun spoke after that
    person was named (`One victim's daughter said …`); a name the name finder was unsure of counts when its first
    name tells that gender and the article treats it as a person (`Olaf Brennholt, 41,`);
  * a description (`the reality star`, `the mother of three`, `the 71-year-old`): the name in apposition to it if
    any (`Chen's manager, Tom Briggs`, `One of the authors, Ruth Kane`; a close relative's first name takes the
    surname: `Berg's husband, Tom,` is Tom Berg), else the one its role word introduced
    (`Minister … Shobha Karandlaje`, `Tom Reed, the mayor,`; not for a word of place or party, which many share:
    `the Texan`, `the Ohio Republican`), else no one if the article brought in someone unnamed by that role
    (`A senior diplomat, who spoke on condition of anonymity,`), else, unless it names an office, the person the
    sentence before introduced, else, unless a possessive pronoun makes it someone's relative or aide (`his wife`,
    `her son`), the most quoted, then most named person so far whose gender fits the role noun; a noun that names
    no person (`the state`, `the campaign`) names no one;
  * a document (`the statement said`): the named speaker of a report in the sentence that last mentioned one (`In
    a statement, Tuttle said …`), if any;
  * `I`: inside a quote, that quote's speaker; in an interview's `A:` answer, the one interviewed (named first);
  * an anonymous or group mention (`a source`, `officials`, `they`): no name, never guessed.
This module holds `ArticleSpeakers`, which keeps the article's people and who was quoted so far, tells the kinds of
mention apart, and makes every change to the people (promoting a speaker, learning a pronoun's gender); the rest
comes from `descriptions.py` (the holder of a description's role), `antecedents.py` (whom a pronoun may stand for),
`name_matching.py` (the people a name's words match or would make, and capitalised words that name no one),
`occurrences.py` (where capitalised words, full names and each person stand), `roles.py` (role words and titles,
and where the text names someone with a role), `pronouns.py` (a pronoun's rules over the records so far),
`records.py` (reading back over the records made so far) and `openings.py` (sentence openings, byline, lede,
interview answers).
Cost: O(quotes x people) per article.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..quotes.draft import Draft
from ..quotes.lexicon import (anonymous_heads, demonyms, document_nouns, family_roles, group_words, name_titles,
                              named_only_roles, role_nouns)
from ..quotes.mention_phrase import mention_tokens
from ..quotes.parsed import coarse
from ..quotes.subjects import subject_of
from ..types import Mention
from .antecedents import Antecedents, not_antecedents
from .descriptions import Descriptions
from .genders import first_name_gender, is_counted_first_name
from .openings import interview_answers
from .names import (Person, absorb, gender_by_first_name, is_organisation, learn_gender, people_and_candidates,
                    shouted_at, title_line_at, trim_name, whole_quotation)
from .mentions import ARTICLES, appositive_name, document_author, mention_head, name_at_head
from .name_matching import by_age, by_handle, common_word, name_matches, newcomers, outlet, titled_one_word
from .occurrences import Occurrences
from .people import People
from .places import place_of
from .pronouns import (GENDERED, NO_NAME_PRONOUNS, OBJECT_PRONOUNS, RELATIVE, SELF, asked_about, newcomer,
                       unnamed_speaker_before)
from .records import by_document, moved, quoting_host
from .roles import ROLE_REACH, names_a_person, owner, role_words, title_gender

AGE_RANKS = {"elder": True, "older": True, "eldest": True, "oldest": True, "younger": False, "youngest": False}
INDEFINITE = {"a", "an", "some", "one", "several", "many", "two", "three", "other", "another", "no"}
# nobody in particular (`each candidate`, `most Republicans`), unless a name follows (`Neither Mr. Comey nor …`)
QUANTIFIERS = {"each", "every", "both", "either", "neither", "any", "all", "few", "most"}
FORMER = {"former", "ex", "onetime", "erstwhile", "then"}  # a role once held: `the former governor`


class ArticleSpeakers:
    """Resolves mentions in one article, remembering who was quoted so far (the salience of descriptions)."""

    def __init__(self, text: str):
        self.text = text
        self.people = People(*people_and_candidates(text))
        self.promoted: set[str] = set()  # people known only as speakers: no description is resolved to them
        self.quoted: dict[str, int] = {}
        self.occurrences = Occurrences(text, self.people)
        self.descriptions = Descriptions(text, self.people, self.occurrences, self.quoted, self.promoted, self._name_of)
        self.antecedents = Antecedents(text, self.people, self.occurrences)
        self._answers: list[tuple[int, int]] | None = None  # an interview's `A:` paragraphs, on first use

    def resolve(self, d: Draft, drafts: list[Draft], resolved: list[Mention | None]) -> str | None:
        """The canonical name for draft `d`'s speaker mention, or None."""
        name = self._resolve(d, drafts, resolved)
        host = quoting_host(d, resolved)
        if name and host is not None and name == host.name and d.speaker and coarse(mention_head(d.speaker)) == "NOUN":
            return None  # `the minister` in Osei's quote (`“The minister told parliament …”`) is not Osei
        return name

    def _resolve(self, d: Draft, drafts: list[Draft], resolved: list[Mention | None]) -> str | None:
        """The canonical name for draft `d`'s speaker mention by its kind, or None. The kinds are told apart in this
        order, which matters where they overlap: `who` after a name is that name, `Hoff's letter` is Hoff's."""
        if d.handle:
            return by_handle(self.people, d.handle) or _strip_handle(d.speaker_text)
        if d.extra.get("anonymous"):
            return None  # a source that names no person (a digest's headline)
        if not d.speaker:  # a name read from typography alone (`- Bernie Sanders.` signing a quote)
            return self._by_signature(d.speaker_text, d.speaker_span)
        head = mention_head(d.speaker)
        antecedent = _relative_antecedent(head)
        if antecedent is not None:
            return self.resolve(replace(d, speaker=mention_tokens(antecedent)), drafts, resolved)
        pos = d.speaker_span[0] if d.speaker_span else d.start
        if head.lower_ in SELF:
            return self._by_first_person(head.lower_, pos, quoting_host(d, resolved))
        if head.lower_ in GENDERED:
            return self._by_gendered_pronoun(d, head, pos, drafts, resolved)
        if head.lower_ in NO_NAME_PRONOUNS or coarse(head) == "PRON":
            return self._by_no_name_pronoun(head, pos)
        return self._by_noun_phrase(d, head, pos, drafts, resolved)

    def _by_noun_phrase(self, d: Draft, head: Token, pos: int, drafts: list[Draft],
                        resolved: list[Mention | None]) -> str | None:
        """The canonical name for a speaker mention that is no pronoun, with `head` at offset `pos`, by the first of
        the rules for names, descriptions, documents and anonymous mentions that applies, or None."""
        low = head.lower_
        named = appositive_name(head)
        if named:  # `Chen's manager, Tom Briggs,`, `a spokesman, John Smith,`: the apposition names the speaker
            return self._by_apposition(named, head, d.speaker_span, pos)
        author = document_author(head) if head.is_lower and low in document_nouns() else None
        if author is not None:  # `Hoff's letter`, `an email from Ana Ruiz`: its author speaks
            return self._resolve(moved(d, mention_tokens(author)), drafts, resolved)
        if any(t.tag_ == "POS" for t in d.speaker if t.i < head.i):
            return self._by_possessive(d.speaker, head, pos)
        det = d.speaker[0].lower_
        if det in QUANTIFIERS:
            return self._by_quantified(d, head, drafts, resolved)
        words = _name_words(d.speaker)
        if det in ("the", "that", "this") and len(d.speaker) == 2 and head.is_lower and low in document_nouns():
            return by_document(self.text, low, pos, drafts, resolved)  # `“…,” the statement said`
        if det in ("a", "an") and head.is_lower and names_a_person(head):  # `A federal judge on Tuesday …` opening
            return self.descriptions.named_next(role_words(d.speaker, head), pos)
        if det == "the" and low in named_only_roles() and not words:
            return self.descriptions.named_only(low, pos)  # `the spokeswoman`: the one named so, or no one
        if self._names_no_one(d.speaker, head, words):
            return None
        last = d.speaker[-1]
        if last.is_lower and (last.lower_ in role_nouns() or det == "the"):
            return self._by_role_noun(d, head, pos)
        if det == "the" and head.text.isupper() and low in role_nouns() and low not in name_titles():
            return None  # `the former CEO of Hewlett-Packard`: a role in capitals, no name (whose, untold)
        if det == "the" and head == last and low in demonyms():
            return self._by_demonym(d, head, pos)
        if d.speaker_span and whole_quotation(self.text, *d.speaker_span):
            return None  # `promote “Celebrity Apprentice,” note that …`, misparsed: a title speaks for no one
        if (coarse(head) == "PROPN" and (not head.is_lower or "." in head.text)) or (words and head in words):
            # a lower-case word tagged as a name is none (`rampant xenophobe … who`, `whose cyber-mischief`), but
            # for a website's (`ouest-france.fr`)
            return self._by_proper_name(d.speaker, head, pos)
        return self._by_role(d, head, pos) if names_a_person(head) else None

    def _by_signature(self, text: str | None, span: tuple[int, int] | None) -> str | None:
        """A name read from typography alone, with no parse of it (`- Bernie Sanders.` signing a quote), at `span`."""
        # a transcript's `TAPPER:` is `Tapper`
        words = tuple(w.title() if w.isupper() and len(w) > 1 else w for w in (text or "").split()
                      if w[:1].isupper())
        if not words or not span or all(w.lower() in role_nouns() for w in words):
            return None  # `INTERVIEWER:`, `Moderator:` name nobody
        return self.by_name(words, span[0])

    def _by_proper_name(self, mention: list[Token], head: Token, pos: int) -> str | None:
        """A mention headed by a name or a capitalised word (`Kardashian West`, `Ms Hale`, `the elder Brennan`, `The
        Hill`), or by a title alone (`Coach`, a headline's `Minister`), at offset `pos`."""
        name = name_at_head(mention, head)
        if mention[0].lower_ == "the" and head == mention[-1] and head.lower_ in name_titles():
            name = ()  # `the Donegal TD`, `the Labour MP`: a place or party qualifies the title
        if not name and head.lower_.rstrip(".") in name_titles():  # `Coach always told us`, a headline's `Minister`
            title = head.lower_
            return None if head.text.endswith(".") else self.descriptions.holder(
                name_titles()[title], pos, title, place=place_of(mention, head))
        name = name or (head.text,)
        if titled_one_word(self.people, mention, name):
            # `The Hill`, `The Post`: a title, not a person called Hill; `the Khans`, `the Germans`: a group
            return f"The {name[0]}" if outlet(name, head) else None
        if len(name) == 1 and (is_organisation(name) or _group(self.people, name[0])):
            return None  # `Council`, `Police`; `Americans said`, `Aides said`
        headline = title_line_at(self.text, pos)
        if headline is not None and not self._named_outside(name, headline):
            return None  # `Big Win For Bernie:`, `Biden Aims Insult At Trump`: a headline's capitals, no name
        if shouted_at(self.text, pos):  # a heading in capitals: `NEW HAMPSHIRE SHOWS STRONG TRUMP LEAD, BUT …`
            name = tuple(w.title() for w in name)  # only someone the article knows (`WHERE OBAMA PLANS …`)
            return self.by_name(name, pos) if name_matches(self.text, self.people, name)[0] else None
        rank = next((AGE_RANKS[t.lower_] for t in mention if t.i < head.i and t.lower_ in AGE_RANKS), None)
        ranked = by_age(self.text, self.people, name, pos, rank) if rank is not None else None
        return ranked or self.by_name(name, pos, title_gender(mention, head))

    def _named_outside(self, name: tuple[str, ...], line: tuple[int, int]) -> bool:
        """Whether a headline's capitalised words (`line` its span) name someone: a person the article knows, a
        run opening with a first name (`Billionaire Mark Cuban`), or words the article writes so elsewhere."""
        short = trim_name(name, self.text)
        if name_matches(self.text, self.people, name)[0] or (len(short) >= 2 and is_counted_first_name(short[0])):
            return True
        words = " ".join(name)
        at = self.text.find(words)
        while at != -1 and line[0] <= at < line[1]:
            at = self.text.find(words, at + 1)
        return at != -1

    def _by_possessive(self, mention: list[Token], head: Token, pos: int) -> str | None:
        """A mention with a possessive before its head: a name only if the head ends a full one."""
        own = name_at_head(mention, head) if coarse(head) == "PROPN" else ()
        # `West's team`, `Trump's campaign`: someone's people, not that person; `Labour's Tom Ashby` is a name
        return self.by_name(own, pos) if len(own) >= 2 else None

    def _by_gendered_pronoun(self, d: Draft, head: Token, pos: int, drafts: list[Draft],
                             resolved: list[Mention | None]) -> str | None:
        """`she`, `him` at offset `pos`: see `_by_pronoun`; not the subject of its own clause when it is an object."""
        # nor is anyone named in the quote itself (`“When Trump debates her, …,” he said`)
        skip = [(d.start, d.end), asked_about(self.text, head, pos)]
        subject = self._subject_beside(d, head, drafts, resolved)
        return self._by_pronoun(GENDERED[head.lower_], pos, d, drafts, resolved, speaker=subject, skip=skip)

    def _by_apposition(self, named: tuple[str, ...], head: Token, span: tuple[int, int] | None, pos: int) -> str:
        """A description with the words of a name `named` in apposition to it: that name; a close relative's first
        name alone takes the surname (`Berg's husband, Tom,` is Tom Berg)."""
        relative = self._relative(named, head, span) if len(named) == 1 else None
        return relative or self.by_name(named, pos, given=len(named) == 1)

    def _by_role_noun(self, d: Draft, head: Token, pos: int) -> str | None:
        """A description ending in a lower-case role noun, or any `the` description ending in lower case (`the
        reality star`, `the mother of three`, `the 71-year-old`): the holder of its role, if it names a person."""
        if head.tag_ == "NNS" and head.is_lower:
            return None  # `the leading candidates for president`: a group, whatever role ends it
        role = next((t for t in (d.speaker[-1], head) if names_a_person(t)), None)
        if role is None:
            return None  # `the state`, `the campaign`, `the candidates`: no one person
        return self._by_role(d, role, pos)

    def _by_role(self, d: Draft, role: Token, pos: int) -> str | None:
        """The holder of the role that the word `role` of `d`'s description names (see `Descriptions.holder`)."""
        former = any(t.lower_ in FORMER for t in d.speaker if t.i < role.i)  # `the former congressman`
        return self.descriptions.holder(role_nouns().get(role.lower_), pos, role_words(d.speaker, role),
                                        owner(d.speaker), (d.start, d.end), place_of(d.speaker, role), former)

    def _by_demonym(self, d: Draft, head: Token, pos: int) -> str | None:
        """`the Spaniard`, `the Texan`, `the Ohio Republican`: a description written with a capital."""
        # not whoever the article calls so (`Republican Donald Trump`): many are; the one just introduced or
        # the article's main voice
        return self.descriptions.holder(demonyms()[head.lower_], pos, quote=(d.start, d.end),
                                        place=place_of(d.speaker, head))

    def _by_first_person(self, low: str, pos: int, host: Mention | None) -> str | None:
        """`I`, `me` (lower-cased `low`) at offset `pos`: the speaker of the `host` quote it is in; an `I` in no
        quote, in an interview's answer, is the one interviewed; `we`, `us`: no one."""
        if host is None and low == "i":
            return self._interviewee_at(pos)  # `A: I think people underestimate this city.`
        return host.name if host is not None and low in ("i", "me") else None

    def _by_no_name_pronoun(self, head: Token, pos: int) -> str | None:
        """`they`, `someone`, `one`: no one, unless a name is in apposition to `one of` them."""
        # `One of the authors of the audit, Ruth Kane,`: the apposition names the one
        named = appositive_name(head) if head.lower_ == "one" and any(c.lower_ == "of" for c in head.children) else ()
        return self.by_name(named, pos) if named else None

    def _by_quantified(self, d: Draft, head: Token, drafts: list[Draft], resolved: list[Mention | None]) -> str | None:
        """A mention opening with a quantifier: no one (`each candidate`), unless a name follows it (`Neither
        Mr. Comey nor …`), which is resolved without the quantifier."""
        if head.tag_ != "NNP" or len(d.speaker) < 2:
            return None
        return self.resolve(replace(d, speaker=d.speaker[1:]), drafts, resolved)

    def _names_no_one(self, mention: list[Token], head: Token, words: list[Token]) -> bool:
        """Whether a mention is indefinite (`a spokesman`, `several aides`), anonymous with no name in it
        (`sources`), or a common word capitalised because it opens the sentence; its capitalised `words`."""
        return (mention[0].lower_ in INDEFINITE
                # `Source familiar with the ad says`: its one capital opens the sentence
                or (head.lower_ in anonymous_heads() and (not words or words == [head] == mention[:1]))
                # `Officials said`, `Aides to Clinton say`, `Both want`: capitalised to open the sentence
                or ([t for t in words if t.i <= head.i] == [head] and head.i == mention[0].i
                    and common_word(self.text, self.people, head)))

    def _subject_beside(self, d: Draft, head: Token, drafts: list[Draft], resolved: list[Mention | None]) -> str | None:
        """`Lang asked him to condemn …`: an object pronoun never means its own clause's subject (else it would be
        `himself`), so `him` is not Lang. The name of that subject, to rule out; None for any other mention."""
        if head.lower_ not in OBJECT_PRONOUNS or head.dep_ not in ("dobj", "dative"):
            return None
        subject = subject_of(head.head)
        if subject is None or subject == head or not d.speaker_span:
            return None
        # where the subject stands, for a pronoun's recency (`McConnell says he spoke to Trump and asked him`: `he`)
        return self._resolve(moved(d, mention_tokens(subject)), drafts, resolved)

    def _interviewee_at(self, pos: int) -> str | None:
        """In an interview printed as `Q:` and `A:` paragraphs (two of each at least), the one answering, for an `I`
        at offset `pos` inside an answer: the person the article names first (its headline or introduction names
        them). None elsewhere."""
        if self._answers is None:
            self._answers = interview_answers(self.text)
        if not any(s <= pos < e for s, e in self._answers):
            return None
        named = [p for p in self.people if p.offsets] or [p for p in self.people.first_named_runs() if p.offsets]
        if not named:
            return None
        return self._name_of(min(named, key=lambda p: min(p.offsets)), pos)

    def _name_of(self, p: Person, pos: int) -> str:
        """The canonical name of a person, or of an unsure run, made a person from offset `pos` on."""
        return p.name if p in self.people else self.by_name(p.tokens, pos)

    def addressee_name(self, mention: list[Token], pos: int, d: Draft | None = None, drafts: list[Draft] = (),
                       resolved: list[Mention | None] = (), speaker: str | None = None) -> str | None:
        """The canonical name of an addressee mention (`told Van Jones`, `told CNN's Jake Tapper`), or None when
        it names nobody (`told reporters`, `told a crowd of farmers in Fresno`). Given the draft `d` it belongs
        to, a pronoun is resolved too: `me` inside a quote is that quote's speaker, `him` is the latest man
        named other than the `speaker` talking to him."""
        head = mention_head(mention)
        if d is not None and head.lower_ == "me":
            host = quoting_host(d, resolved)
            return host.name if host is not None else None
        if d is not None and head.lower_ in GENDERED:
            return self._by_pronoun(GENDERED[head.lower_], pos, d, drafts, resolved, speaker)
        if head.i < mention[-1].i and all(t.text[:1].isupper() for t in mention if t.i > head.i):
            head = mention[-1]  # `told Entertainment Tonight`: the parser hung the name's end on the next clause
        name = name_at_head(mention, head)
        if name and titled_one_word(self.people, mention, name):
            return f"The {name[0]}" if outlet(name, head) else None  # `told The Times`, not `the Khans`
        return self.by_name(name, pos) if name else None

    def note_quoted(self, name: str | None) -> None:
        if name:
            self.quoted[name] = self.quoted.get(name, 0) + 1

    def _fold_surname(self, p: Person) -> None:
        """`Ms Hale` found by her title alone is `Fiona Hale` once Fiona Hale is a person (as `find_people` folds
        the people it is sure of)."""
        for q in [q for q in self.people.ending_with(p.surname) if q.tokens == (p.surname,) and q is not p]:
            if absorb(p, q):
                self.people.remove(q)
                self.occurrences.forget(p.name)

    def by_name(self, tokens: tuple[str, ...], pos: int, gender: str | None = None, given: bool = False) -> str:
        """The canonical name for the words of a name mention at offset `pos`: a person whose full name ends
        with them (the one named latest before `pos`) and whose gender is not other than the `gender` a title
        gave the mention, else the words themselves. `given`: the words are a first name the article gives
        alone (`his wife, Jane,`), the name of a person from here on."""
        matches, bare = name_matches(self.text, self.people, tokens)
        if not matches:
            matches = self._promote(bare, pos, given)
        if gender:  # `Ms. Khan` is not her son Humayun Khan
            matches = [p for p in matches if p.gender in (gender, None)]
        if not matches:
            return " ".join(bare)
        if len(matches) == 1:
            return matches[0].name  # (counting the one's mentions for no rival made a long article quadratic)
        # a bare surname is the latest named; between people who share it, the one named more often so far
        return max(matches, key=lambda p: (self.occurrences.last_before(p, pos), sum(o < pos for o in p.offsets))).name

    def _relative(self, first: tuple[str, ...], head: Token, span: tuple[int, int] | None) -> str | None:
        """`Berg's husband, Tom,`: a first name alone in apposition to a close relative of a person named by
        surname is that surname's bearer (Tom Berg), a person from here on, so that `he` can find him; None when
        the possessor is no name (`her husband, Tom,`) or no such relative. Cost: one search near the mention."""
        owner = next((c for c in head.children if c.dep_ == "poss" and coarse(c) == "PROPN"), None)
        if owner is None or head.lower_ not in family_roles() or span is None:
            return None
        tokens = (first[0], owner.text)
        known = next((p for p in self.people if p.tokens == tokens), None)
        if known is not None:
            return known.name
        at = self.text.find(first[0], span[0], span[1] + ROLE_REACH)
        if at == -1:
            return None
        p = Person(" ".join(tokens), tokens, first_name_gender(first[0]) or role_nouns().get(head.lower_), [at])
        p.forms.add(tokens)
        self.people.add(p)
        self.promoted.add(p.name)
        return p.name

    def _promote(self, tokens: tuple[str, ...], pos: int, given: bool = False) -> list[Person]:
        """A speaker named by a run the name finder left unsure of (`Raj Patel` said, later `Patel` said) is a
        person from now on, so that pronouns can find them too; a longer run is cut to a first and a last name
        (`Quarterback Devon Hughes`). A full name nobody else has is a person of its own, and so is a first
        name `given` alone."""
        found = newcomers(self.text, self.people, self.occurrences, tokens, pos, given)
        for p in found:
            self.promoted.add(p.name)
            p.forms.add(p.tokens)
            learn_gender(self.text, [p])
            gender_by_first_name([p])
            self._fold_surname(p)
            self.people.drop_candidates(p.tokens)
            self.people.add(p)
        return found

    def _by_pronoun(self, gender: str, pos: int, d: Draft, drafts: list[Draft], resolved: list[Mention | None],
                    speaker: str | None = None, skip: list[tuple[int, int]] = ()) -> str | None:
        """The person a pronoun of `gender` at offset `pos` in draft `d` stands for (the module docstring's rule),
        not the `speaker` of its clause and not counting mentions inside `skip`; None for no one."""
        excluded = not_antecedents(d, resolved, speaker, lambda: self._addressees(drafts, resolved))
        unnamed = unnamed_speaker_before(gender, pos, drafts, resolved)
        best = self.antecedents.likeliest(gender, pos, excluded, skip, drafts, resolved)
        last = self.occurrences.last_before(best, pos) if best is not None else -1
        if best is None or unnamed > last:
            return None  # `One victim's daughter said …. “…,” she said.`: the unnamed speaker, not a woman named earlier
        if newcomer(gender).search(self.text, last, pos):
            return None  # `Outside, an old woman swept glass. “Someone has to,” she said.`
        if best not in self.people:
            name = self._name_of(best, pos)
            best = next((p for p in self.people if p.name == name), None)
            if best is None:
                return name
        best.gender = best.gender or gender  # `Tunde Bakare … he told reporters`: a later `she` is someone else
        return best.name

    def _addressees(self, drafts: list[Draft], resolved: list[Mention | None]):
        for d, m in zip(drafts, resolved):
            if m is not None and d.addressee:
                yield m.name, self.addressee_name(d.addressee, d.start)



def _relative_antecedent(head: Token) -> Token | None:
    """`Mr. Scott, who has called …`: the mention stays `who` (as annotators mark it); the name is its antecedent,
    None for any other mention."""
    if not (head.lower_ in RELATIVE and head.head.dep_ == "relcl" and head.head.head != head.head):
        return None
    antecedent = head.head.head
    # `said Scott Reed, the Chamber's strategist, who added`, `Gov. Kasich, a Republican who`: the name
    if (antecedent.dep_ == "appos" and antecedent.head.tag_ == "NNP" and antecedent.tag_ in ("NN", "NNP")
            and antecedent.left_edge.lower_ in ARTICLES):
        antecedent = antecedent.head
    return antecedent


def _name_words(mention: list[Token]) -> list[Token]:
    """The capitalised words of a mention that may be a name's: no article, title nor punctuation."""
    return [t for t in mention if t.text[:1].isupper() and t.lower_ not in ARTICLES
            and t.lower_.rstrip(".") not in name_titles() and not t.is_punct]


def _strip_handle(who: str | None) -> str | None:
    if not who:
        return None
    return who.split("(@")[0].strip() or None


def _group(people: People, word: str) -> bool:
    """Whether one capitalised word is the plural of a role or an origin (`Americans`, `African-Americans`,
    `Aides`) that no one here is called: a group, not someone's name."""
    return word.lower().rsplit("-", 1)[-1] in group_words() and not people.ending_with(word)

