"""Who did what to whom, and when: political events coded with PLOVER's 16 types.

Steps, in order:
1. `component.py` (spaCy component `ng_events`, after the parser): trigger words from
   data/lexicons/event_triggers.tsv and event_procedure.tsv (`triggers.py`, written forms from `forms.py`),
   one type and mode per trigger, events named by a construction (`constructions.py`: 'noemde … onverantwoord',
   a reported 'X moet', 'wil geen'; criticism and praise in attributed speech, `judgements.py`: '"Dit is chantage", zei X',
   'volgens X gaf Y gebrekkige antwoorden'), the argument words from the tree (`arguments.py`, with
   `clauses.py`, `targets.py`, `verb_arguments.py`, `noun_arguments.py`; the `Arguments` record in
   `records.py`), negation and modality (`modality.py`). The adapter turns them into `EventMention` records.
2. The entity stage links the arguments' words to entity ids (`entities.link_event_actors`).
3. `date_events` (here, the last article step): a construction's mention left to the speaker of
   its quote gets that speaker as source, or is dropped outside a quote (`speakers.py`); a verdict
   or prosecution with no source gets the court or prosecutor the article named before (`justice.py`); each
   mention with at least one linked actor (or a coercion: `is_event`) becomes an `Event`, dated by `dating.py` (a timex of its clause; in a quote, when the quote was
   said; the day of the news; the publication), with the index of the quote it is reported in.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Analysis, Event, EventArgument, EventMention
from .context import with_context_targets
from .dating import fact_date, quote_of, said_date, span_date
from .justice import with_justice_sources
from .lexicon import MODALITIES, TYPES, load_event_lexicon
from .speakers import with_speaker_sources


def _distinct_roles(arguments: tuple[EventArgument, ...]) -> tuple[EventArgument, ...]:
    """An actor does not act on itself: a target that is one of the sources ('Von der Leyen
    waarschuwt Rusland, zei ze' read twice) is left out."""
    sources = {a.entity for a in arguments if a.role == "source" and a.entity}
    return tuple(a for a in arguments if not (a.role == "target" and a.entity in sources))


def to_event(mention: EventMention, analysis: Analysis) -> Event:
    said = said_date(analysis.quotes, mention.trigger.start, mention.future_tense)
    return Event(
        type=mention.type, mode=mention.mode, trigger=mention.trigger, sentence=mention.sentence,
        arguments=_distinct_roles(mention.arguments), negated=mention.negated, modality=mention.modality,
        date=fact_date(mention.when, mention.sentence, mention.trigger.start, analysis.timexes,
                       analysis.article.published, mention.modality, said, mention.story),
        quote=quote_of(analysis.quotes, mention.trigger.start),
        confidence=mention.confidence,
    )


def date_events(analysis: Analysis) -> Analysis:
    """The analysis with its event mentions turned into dated events.

    An event is an interaction of actors: a mention none of whose words is an entity of the
    article ('op eigen houtje', 'de verwachting') is left out, except an arrest, sentence or ban
    (`is_event`).
    """
    events = tuple(to_event(m, analysis) for m in completed_mentions(analysis) if is_event(m))
    return replace(analysis, events=events)


def completed_mentions(analysis: Analysis) -> tuple[EventMention, ...]:
    """The article's event mentions with the roles the article gives them beyond their sentence: the
    speaker of the quote they stand in, the court or prosecutor named before, the dominant actor."""
    mentions = with_justice_sources(with_speaker_sources(analysis.event_mentions, analysis.quotes), analysis.mentions)
    return with_context_targets(mentions, analysis.mentions, analysis.entities, analysis.offices)


def _has_actor(mention: EventMention) -> bool:
    """Whether some actor of the mention (not its place) is an entity of the article."""
    return any(a.entity and a.role != "location" for a in mention.arguments)


# The one held, sentenced or banned is often no entity ('een 34-jarige man', 'de betogers') and the
# authority goes unnamed, yet the act is news: 23 of 30 such mentions are gold events on the eight
# development sets, against 145 of 415 of the other types (docs/events.md §46).
_EVENTS_WITHOUT_ACTOR = frozenset({"COERCE"})


def is_event(mention: EventMention) -> bool:
    """Whether the mention becomes an event: it has a linked actor, or it is a coercion."""
    return _has_actor(mention) or mention.type in _EVENTS_WITHOUT_ACTOR


__all__ = ["MODALITIES", "TYPES", "completed_mentions", "date_events", "is_event", "load_event_lexicon", "span_date", "to_event"]
