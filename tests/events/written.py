"""Events of an article written in a test: the sentences go through the whole pipeline as one
dated article, with a neutral sentence after them so the body is never the article's last line."""

from __future__ import annotations

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.entities import link_event_actors
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.records import (
    Analysis,
    Article,
    DateValue,
    Entity,
    EventArgument,
    EventMention,
    Mention,
    Trigger,
)
from nieuwsgraaf.settings import Settings

FILLER = "Het weer in Nederland was die dag zonnig en warm, met in het zuiden een enkele bui."


def events_of(tmp_path, pipeline, body: str, published: str) -> list[dict]:
    """The document JSON's events of one article with headline 'Nieuws van de dag' and `body`."""
    path = tmp_path / "article.txt"
    path.write_text(f" date {published} Nieuws van de dag\n\n{body}\n\n{FILLER}\n", encoding="utf-8")
    analyses = list(extract([str(path)], Settings(), pipeline))
    assert len(analyses) == 1 and not analyses[0].errors
    return document_to_json(analyses[0])["events"]


def types_on(events: list[dict], trigger: str) -> list[str]:
    """The types of the events whose trigger is exactly `trigger`."""
    return [e["type"] for e in events if e["trigger"]["text"] == trigger]


def event_on(events: list[dict], trigger: str) -> dict:
    """The first event whose trigger is exactly `trigger`."""
    found = [e for e in events if e["trigger"]["text"] == trigger]
    assert found, f"no event on {trigger!r} in {[(e['type'], e['trigger']['text']) for e in events]}"
    return found[0]


def linked_actors(text: str, trigger: str, kind: str, arguments: tuple[tuple[str, str], ...],
                  named: tuple[tuple[str, str, str], ...] = (), published: str = "2024-05-02") -> list[str | None]:
    """The entities the actor step gives the `arguments` (role, words) of an event at `trigger` of the
    type `kind`, in an article published on `published` whose linked mentions are `named` (words, label,
    entity)."""
    mentions = tuple(Mention(text.index(w), text.index(w) + len(w), w, label, entity) for w, label, entity in named)
    entities = tuple(Entity(m.entity, m.text, m.label, None, (i,)) for i, m in enumerate(mentions))
    at = text.index(trigger)
    event = EventMention(type=kind, mode=None, trigger=Trigger(at, at + len(trigger), trigger),
                         sentence=(0, len(text)), negated=False, modality="asserted", confidence=0.65,
                         arguments=tuple(EventArgument(role, text.index(w), text.index(w) + len(w), w)
                                         for role, w in arguments))
    article = Article(article_id(text), text, None, "https://nos.nl/artikel/9", "nos.nl", None,
                      DateValue(published, "day"), "nl", 1.0, "test", "txt")
    linked = link_event_actors(Analysis(article=article, mentions=mentions, entities=entities,
                                        event_mentions=(event,)))
    return [a.entity for a in linked.event_mentions[0].arguments]
