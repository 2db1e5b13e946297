"""Who is who: mentions grouped into entities and linked to the actor knowledge base."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from urllib.parse import urlsplit

from ..records import Analysis
from ..slugs import local_id
from .kb import Actor, KnowledgeBase, KnowledgeBaseError, load_knowledge_base, normalize_name
from .lexicon import load_link_lexicon
from .linker import LinkContext, Linker


@cache
def default_linker() -> Linker:
    return Linker(load_knowledge_base(), load_link_lexicon())


def home_country(url: str | None, source: str | None) -> str:
    """The outlet's country: Belgian domains give gpe:be, everything else gpe:nl."""
    host = (urlsplit(url).hostname if url else None) or source or ""
    return "gpe:be" if host.endswith(".be") else "gpe:nl"


def link_analysis(analysis: Analysis, linker: Linker | None = None) -> Analysis:
    """The analysis with every mention linked and the article's entities listed."""
    article = analysis.article
    if not article.is_dutch:
        return analysis
    linker = linker or default_linker()
    context = LinkContext(
        published=article.published.value if article.published else None,
        home=home_country(article.url, article.source),
    )
    mentions, entities = linker.link(article.text, list(analysis.mentions), context)
    return replace(analysis, mentions=tuple(mentions), entities=tuple(entities))


__all__ = [
    "Actor", "KnowledgeBase", "KnowledgeBaseError", "LinkContext", "Linker", "default_linker",
    "home_country", "link_analysis", "load_knowledge_base", "local_id", "normalize_name",
]
