"""The people of one article, looked up by the words of their names.

A lookup by a name's last word or by any of its words costs O(people so named), not O(people), so that an article
quoting thousands of different people still resolves in seconds.
"""
from __future__ import annotations

from .genders import is_counted_first_name
from .names import Person, name_key


class People:
    """The article's people, in the order they became people, with the runs of capitalised words the name finder
    was unsure of (candidates that a quote may make people)."""

    def __init__(self, people: list[Person], candidates: list[Person]):
        self.people: list[Person] = []
        self._by_last: dict[str, list[Person]] = {}
        self._by_word: dict[str, list[Person]] = {}
        for p in people:
            self.add(p)
        self._candidates: dict[str, list[Person]] = {}
        for c in candidates:
            self._candidates.setdefault(c.tokens[-1], []).append(c)

    def __iter__(self):
        return iter(list(self.people))

    def add(self, p: Person) -> None:
        self.people.append(p)
        for f in p.keys:
            self._by_last.setdefault(f[-1], []).append(p)
            for w in f:
                self._by_word.setdefault(w, []).append(p)

    def remove(self, p: Person) -> None:
        self.people.remove(p)
        for f in p.keys:
            for people in (self._by_last.get(f[-1], []), *(self._by_word.get(w, []) for w in f)):
                while p in people:
                    people.remove(p)

    def ending_with(self, word: str) -> list[Person]:
        """The people one of whose name forms ends with `word` (compared as `name_key` does), each once."""
        return _once(self._by_last.get(word, ()))

    def containing(self, word: str) -> list[Person]:
        """The people one of whose name forms holds `word`, each once."""
        return _once(self._by_word.get(word, ()))

    def candidates_ending(self, tokens: tuple[str, ...]) -> list[Person]:
        """The unsure runs whose last words are `tokens`."""
        key = name_key(tokens)
        return [c for c in self._candidates.get(tokens[-1], ()) if name_key(c.tokens[-len(key):]) == key]

    def candidates(self) -> list[Person]:
        """Every unsure run."""
        return [c for runs in self._candidates.values() for c in runs]

    def first_named_runs(self) -> list[Person]:
        """The unsure runs that open with a first name of the world's tables (not `Like Kardashian`)."""
        return [p for p in self.candidates() if is_counted_first_name(p.tokens[0])]

    def drop_candidates(self, tokens: tuple[str, ...]) -> None:
        """Forget the unsure runs a new person's name `tokens` ends: they are that person now."""
        runs = self._candidates.get(tokens[-1], [])
        runs[:] = [c for c in runs if name_key(c.tokens[-len(tokens):]) != name_key(tokens)]


def _once(people) -> list[Person]:
    return list({id(p): p for p in people}.values())
