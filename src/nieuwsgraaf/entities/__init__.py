"""Who is who: mentions grouped into entities and linked to the actor knowledge base.

Three steps of the pipeline live here (the steps of each are listed in its module):
  link_analysis   the linker (linker.py): spans, grouping, lookup, places, local ids, roles; it
                  also finds the country the article is about (focus.py) for the later steps;
  link_speakers   the speaker step (speakers.py), after the quotes: every quote's speaker,
                  addressee and affiliation becomes an entity of the article (description_words,
                  bodies, described_people, speaker_names; article_entities keeps the tally).
  link_event_actors  the event-actor step (event_actors.py), before the events step: each event's
                  actor, recipient and place words linked to an entity of the article.
Entity ids are made here only: knowledge-base ids, and local ids by local_ids.local_id.
"""

from __future__ import annotations

from dataclasses import replace
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..records import Analysis
from .kb import Actor, KnowledgeBase, KnowledgeBaseError, load_knowledge_base, normalize_name
from .local_ids import local_id

if TYPE_CHECKING:
    from .linker import Linker

# The steps load when first used: a query command needs only the knowledge base, and importing
# the linker and its neighbours cost every command about 35 ms of its start-up.
_STEP_MODULES = {
    "LinkContext": ".linker", "Linker": ".linker", "default_linker": ".linker",
    "article_context": ".lookup", "home_country": ".lookup",
    "link_event_actors": ".event_actors", "link_speakers": ".speakers",
}


def __getattr__(name: str) -> Any:
    module = _STEP_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def link_analysis(analysis: Analysis, linker: Linker | None = None) -> Analysis:
    """The analysis with every mention linked and the article's entities listed."""
    from .linker import default_linker
    from .lookup import article_context

    article = analysis.article
    if not article.is_dutch:
        return analysis
    linker = linker or default_linker()
    context = article_context(analysis, linker.kb)  # the country in focus, found once for every later step
    mentions, entities = linker.link(article.text, list(analysis.mentions), context)
    return replace(analysis, mentions=tuple(mentions), entities=tuple(entities), country_in_focus=context.country,
                   region_in_focus=context.region)


__all__ = [
    "Actor", "KnowledgeBase", "KnowledgeBaseError", "LinkContext", "Linker", "default_linker",
    "home_country", "link_analysis", "link_event_actors", "link_speakers", "load_knowledge_base", "local_id", "normalize_name",
]
