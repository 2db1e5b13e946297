"""Bounds that keep the answers about very frequent entities fast, the same in every store.

An entity's co-mentioned neighbours are counted over its NEIGHBOUR_ARTICLES newest articles
(newest by publication date, then by id): exact for every entity in fewer articles, and for the
few that are everywhere (a head of state in half of a year's news) the neighbours of its recent
coverage, read from an index instead of from every one of its articles.
"""

NEIGHBOUR_ARTICLES = 2000

# A search whose words match more than RANKED_MATCHES articles (after its filters) ranks only the
# RANKED_MATCHES most recently stored of them (the order they were ingested in: SQLite's rowid,
# PostgreSQL's `stored`), and pages through those; the facets' outlets, months and entities count
# those same articles, while the facets' total counts every match. A word in nearly every article
# would otherwise be ranked, and its facets counted, over the whole archive at every search.
RANKED_MATCHES = 2000
