"""Coordinated actors that fill one role of an event act together: one group actor (docs/events.md §4).

'CDA, ChristenUnie, D66 en VVD beloofden …' has four linked source arguments, one per conjunct; they
are one actor, `local:other:cda-christenunie-d66-en-vvd`. The group is an entity of the article whose
mention is the coordination's words; its argument goes before its members' in the event, so it is the
event's `source` (or `target`) while the members stay in `sources` (`targets`) after it, and a query
for one member still finds the event.

The id, one rule: the members' short names in text order, joined with ', ' and a last ' en ', made a
slug. A person's short name is the surname of his name (the last word, with the particles before it:
'Ursula von der Leyen' -> 'von der Leyen'), titles and descriptions before the name left out ('de
Duitse bondskanselier Angela Merkel' -> 'Merkel'); anything else is named by its argument's words
('ChristenUnie', 'Egypte', 'diens aanhangers'). A body of the knowledge base that is exactly the
coordination's words ('de Europese staatshoofden en regeringsleiders') is the group instead (the
caller's `add_group` decides).

A coordination is two or more arguments of one role, linked to different entities, with nothing but
', ' or ' en ' (and the next one's 'de' or 'het', and a person's title: 'en de Franse president')
between each and the next. Its last member may be unlinked words that name the others' companions
('Hamas en andere groepen', 'Loekasjenko en diens zoon'): the group keeps them in its id.

The parse does not always hang every conjunct on the event ('alleen Hongarije en Slowakije stapten
naar de rechter': Hongarije alone is the source). `with_conjuncts` adds the names the article links
that follow an actor argument as a list ('X, Y en Z': commas and one last ' en ', nothing else) as
arguments of its role, so the group is made of all of them (docs/events.md §62); not after 'tussen'
('tussen Israël en Hamas': the one and the other), and after a person no other person named without
a title. A title compound the parse took for the actor ('NSC-leider' in 'NSC-leider Omtzigt') is the
person named right after it, in a list or alone.

A party is named in a group's id by its abbreviation: its words when they are one, else the knowledge
base's id ('BBB en de Partij voor de Dieren' -> `local:other:bbb-en-pvdd`, 'CD&V' -> `cdenv`), as the
gold does.

Not a group, with each other (the first named the source, the other the target, as the gold codes
reciprocal events):
- a pair of sources of a meeting, an agreement or cooperation with no linked target ('het kabinet en de
  coalitiepartijen bespreken opties': the one with the other);
- a pair of sources that the clause says act on each other ('onderling', 'elkaar'; the event stage
  splits most of these already).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..records import MUTUAL_EVENT_TYPES, EventArgument, Mention, is_person_id
from ..slugs import slug
from .names import NAME_PARTICLES

_JOINS = re.compile(r"(?:\s*,\s*|\s*,?\s+en\s+)(?:(?:de|het)\s+)?")  # the next name's article is not in its words
# what may stand before a person's name in a coordination: 'en de Franse president', one title word
# ('en wethouder', 'en NSC-leider'), never an adverb or conjunction ('maar niet', 'en ook')
_TITLE = re.compile(r"(?!(?:maar|niet|ook|zelfs|later|nu|toen|dan|of|noch|vooral)\s)"
                    r"(?:(?:[a-zë]+|[A-Z]\w*-[a-z]\w*|[A-Z][a-zë]+e)\s+){1,3}")
_PARTY = "party:"
_ABBREVIATION = 6  # letters: a party's words this short are its abbreviation ('N-VA', 'PvdA', 'SP.A')
# unlinked words that name the companions of the actors before them ('en andere groepen', 'en diens zoon')
_COMPANIONS = re.compile(r"(?i)(?:andere|diens)\s")
# 'tussen X en Y': the one and the other, never a group acting together
_BETWEEN = re.compile(r"(?i)\btussen\s+(?:(?:de|het)\s+)?$")
# a party or body as the first part of a title before a person's name ('NSC-leider Omtzigt'): the person
_TITLE_COMPOUND = re.compile(r"-[a-zë]+\s+")
_TITLE_WORDS = re.compile(r"\S+-[a-zë]+")  # 'CDA-leider', 'VVD-staatssecretaris'
# a list of names after an actor: ', ' between two, ' en ' before the last (an 'of', 'maar' or a comma
# before 'en' is no list of actors acting together)
_LIST_JOIN = re.compile(r", (?:(?:de|het) )?| en (?:(?:de|het) )?")
_REGNAL = re.compile(r"[IVX]+")
_RECIPROCAL_AFTER = re.compile(r"(?i)\b(?:onderling|elkaar|mekaar)\b")

# (span of the coordination, its members' short names) -> the group entity's id, made an entity
AddGroup = Callable[[tuple[int, int], list[str]], str]
# an entity id -> its name (None when the article does not know it)
NameOf = Callable[[str], "str | None"]


def with_groups(arguments: tuple[EventArgument, ...], text: str, kind: str, add_group: AddGroup,
                name_of: NameOf, clause_end: int) -> tuple[EventArgument, ...]:
    """The event's arguments with a group argument before each coordination of linked actors in one
    role, or a coordinated pair acting on each other as source and target; `clause_end`: where the
    words that may say 'onderling' end (the trigger's end)."""
    groups: dict[int, EventArgument] = {}  # index of a coordination's first member -> the group's argument
    grouped: set[int] = set()
    arguments = list(arguments)
    for index in sorted(range(len(arguments)), key=lambda i: arguments[i].start):
        members = [] if index in grouped else _coordination(arguments, index, text)
        if len(members) < 2:
            continue
        grouped.update(members)
        if _with_each_other(arguments, members, text, kind, clause_end):
            arguments[members[1]] = replace(arguments[members[1]], role="target")
            continue
        span = (arguments[members[0]].start, arguments[members[-1]].end)
        entity = add_group(span, [short_name(arguments[i], name_of) for i in members])
        groups[index] = EventArgument(arguments[index].role, *span, text[span[0]:span[1]], entity)
    return tuple(a for i, argument in enumerate(arguments) for a in ((groups[i], argument) if i in groups else (argument,)))


def _coordination(arguments: list[EventArgument], first: int, text: str) -> list[int]:
    """The indexes of the arguments coordinated with arguments[first], itself first (in text order)."""
    role = arguments[first].role
    if role == "location" or not arguments[first].entity:
        return [first]
    chain, entities = [first], {arguments[first].entity}
    while True:
        last = arguments[chain[-1]]
        following = [i for i, a in enumerate(arguments) if a.role == role and a.start >= last.end]
        nearest = min(following, key=lambda i: arguments[i].start, default=None)
        if nearest is None:
            return chain
        candidate = arguments[nearest]
        if not candidate.entity and _companions(text[last.end:candidate.start], candidate):
            return [*chain, nearest]  # 'Hamas en andere groepen': the last member
        if not candidate.entity or candidate.entity in entities or not _joined(text[last.end:candidate.start], candidate):
            return chain
        chain.append(nearest)
        entities.add(candidate.entity)


def _companions(between: str, following: EventArgument) -> bool:
    """Whether unlinked words after ' en ' name the companions of the actors before them."""
    return re.fullmatch(r"\s*en\s+", between) is not None and _COMPANIONS.match(following.text) is not None


def _joined(between: str, following: EventArgument) -> bool:
    """Whether the words between two arguments coordinate them (a title may come before a person)."""
    join = _JOINS.match(between)
    if join is None:
        return False
    rest = between[join.end():]
    if not rest:
        return True
    after_en = "en" in between[:join.end()].split()  # not after a bare comma: 'X, maar niet Y'
    return after_en and is_person_id(following.entity) and _TITLE.fullmatch(rest) is not None


def _with_each_other(arguments: list[EventArgument], members: list[int], text: str, kind: str, clause_end: int) -> bool:
    """A pair of sources that meets, agrees or cooperates with no one else named, or that the clause
    says acts on each other."""
    if len(members) != 2 or arguments[members[0]].role != "source":
        return False
    if _RECIPROCAL_AFTER.search(text[arguments[members[1]].end:clause_end]):
        return True
    return kind in MUTUAL_EVENT_TYPES and not any(a.role == "target" and a.entity for a in arguments)


def short_name(argument: EventArgument, name_of: NameOf) -> str:
    """What a member is called in its group's id: a person's surname, else the argument's words."""
    entity = argument.entity or ""
    if entity.startswith(_PARTY):
        return _party_name(argument.text, entity)
    if not is_person_id(entity):
        return " ".join(argument.text.split())
    words = (name_of(entity) or argument.text).split()
    if len(words) > 1 and _REGNAL.fullmatch(words[-1]):  # 'Felipe VI': Felipe
        words = words[:-1]
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _party_name(words: str, entity: str) -> str:
    """A party by its abbreviation: the words when they are one ('SP.A', 'CD&V' -> 'CDenV'), else the
    knowledge base's id, which is the party's abbreviation ('Partij voor de Dieren' -> 'pvdd')."""
    words = " ".join(words.split()).replace("&", "en")
    return words if len(slug(words)) <= _ABBREVIATION else entity.removeprefix(_PARTY)


def group_name(names: list[str]) -> str:
    """'A, B en C': the members' short names as a Dutch list."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"


def with_conjuncts(arguments: tuple[EventArgument, ...], mentions: list[Mention], text: str
                   ) -> tuple[EventArgument, ...]:
    """The event's arguments with the linked names listed after an actor argument added in its role
    ('Hongarije en Slowakije' where the parse gave Hongarije alone); `mentions`: the article's linked
    mentions. A list that reaches a name already an argument of another role adds nothing."""
    starts = {m.start: m for m in mentions}
    arguments = tuple(_person_for_title(a, starts, text) for a in arguments)
    added: list[EventArgument] = []
    for argument in arguments:
        head = next((m for m in mentions if m.end == argument.end), None)
        if argument.role == "location" or not argument.entity and head is None \
                or _BETWEEN.search(text[max(0, argument.start - 12):argument.start]):
            continue
        head_person = is_person_id(argument.entity or (head.entity if head else None))
        added.extend(_listed_after(argument, arguments, starts, text, head_person))
    fresh = [a for i, a in enumerate(added) if all((a.start, a.end) != (b.start, b.end) for b in added[:i])]
    return (*arguments, *fresh) if fresh else arguments


def _listed_after(argument: EventArgument, arguments: tuple[EventArgument, ...], starts: dict[int, Mention],
                  text: str, head_person: bool) -> list[EventArgument]:
    """The names listed after `argument` that are no argument yet, when the list ends with ' en '; after
    a person (`head_person`), no other person named without a title."""
    found, at, last_join = [], argument.end, None
    while True:
        join = _LIST_JOIN.match(text, at)
        mention = starts.get(join.end()) if join else None
        if mention is None:
            break
        titled = _titled_person(mention, starts, text)  # 'en CDA-leider Hoekstra': Hoekstra
        if titled is mention and head_person and is_person_id(mention.entity):
            break  # 'premier Mark Rutte en Attje Kuiken (PvdA)': two people the parse kept apart
        mention = titled
        taken = [a for a in arguments if a.start < mention.end and mention.start < a.end]
        if any(a.role != argument.role for a in taken):
            return []
        if not taken:
            found.append(EventArgument(argument.role, mention.start, mention.end, mention.text))
        last_join, at = join.group().strip(), mention.end
    return found if found and last_join and last_join.startswith("en") else []


def _titled_person(mention: Mention, starts: dict[int, Mention], text: str) -> Mention:
    """The person named right after a title compound whose first part is `mention` ('CDA-leider
    Hoekstra' -> Hoekstra), else `mention`."""
    title = _TITLE_COMPOUND.match(text, mention.end)
    return (_person_at(title.end(), starts) if title else None) or mention


def _person_for_title(argument: EventArgument, starts: dict[int, Mention], text: str) -> EventArgument:
    """An actor argument that is a title compound alone with the person's name right after it
    ('NSC-leider' in 'NSC-leider Omtzigt'): the person's name."""
    if argument.role == "location" or _TITLE_WORDS.fullmatch(argument.text) is None:
        return argument
    space = re.match(r"\s+", text[argument.end:])
    person = _person_at(argument.end + space.end(), starts) if space else None
    return argument if person is None else EventArgument(argument.role, person.start, person.end, person.text)


def _person_at(offset: int, starts: dict[int, Mention]) -> Mention | None:
    """The mention of a person that starts at `offset`, if any."""
    mention = starts.get(offset)
    return mention if mention is not None and is_person_id(mention.entity) else None
