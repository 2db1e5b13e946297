"""Bounds that keep the answers about very frequent entities fast, the same in every store.

An entity's co-mentioned neighbours are counted over its NEIGHBOUR_ARTICLES newest articles
(newest by publication date, then by id): exact for every entity in fewer articles, and for the
few that are everywhere (a head of state in half of a year's news) the neighbours of its recent
coverage, read from an index instead of from every one of its articles.
"""

NEIGHBOUR_ARTICLES = 2000
