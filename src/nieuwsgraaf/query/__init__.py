"""Questions over the store, answered as records; the CLI, API and web UI all call these.

Each function checks its arguments (QueryUsageError, one line, for a malformed one) and raises
QueryError when what was asked for does not exist. Lists for the API come in pages (`paging`).
"""

from .articles import article_document, article_view
from .entities import entity_profile, list_entities, roles_held, top_entities
from .errors import QueryError, QueryUsageError
from .facts import event_query, events_page, find_events, find_quotes, quote_query, quotes_page
from .graph import graph, timeline
from .search import search_articles, search_page
from .stats import corpus_stats, stats

__all__ = [
    "QueryError", "QueryUsageError", "article_document", "article_view", "corpus_stats", "entity_profile",
    "event_query", "events_page", "find_events", "find_quotes", "graph", "list_entities", "quote_query",
    "quotes_page", "roles_held", "search_articles", "search_page", "stats", "timeline", "top_entities",
]
