"""Query latency on a large store: p50/p95 of each query through the Python API (query/).

The store is filled with generated articles (no NLP: records written straight through the store
interface, with a long-tailed spread of entities, quotes and events like real news), so a store of
50,000 articles takes a minute to build. Usage: python bench/query_latency.py [--articles N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from nieuwsgraaf.entities import load_knowledge_base
from nieuwsgraaf.query import (
    entity_profile,
    find_events,
    find_quotes,
    search_articles,
    top_entities,
)
from nieuwsgraaf.records import (
    Analysis,
    Article,
    DateValue,
    Entity,
    Event,
    EventArgument,
    FactDate,
    Mention,
    Quote,
    SearchQuery,
    Trigger,
)
from nieuwsgraaf.store import open_store

WORDS = ["kabinet", "minister", "regering", "begroting", "oppositie", "verkiezingen", "partij", "coalitie", "defensie", "economie", "inflatie", "rente", "handel", "heffingen", "akkoord", "top", "overleg", "sancties", "oorlog", "vrede", "hulp", "steun", "kritiek", "rechter", "politie", "onderzoek", "staking", "protest", "wet", "voorstel", "stemming", "debat", "ramp", "storm", "dijk", "haven"]
RARE = "zeldzaamheidsbeginsel"


def _entities(kb_ids: list[str], count: int) -> list[tuple[str, str]]:
    """(id, name) pairs: the knowledge base's actors first, then made-up local ones."""
    found = [(i, i.split(":", 1)[1].replace("-", " ").title()) for i in kb_ids[:count]]
    found += [(f"local:per:persoon-{n}", f"Persoon {n}") for n in range(count - len(found))]
    return found


def make_analysis(number: int, rng: random.Random, entities: list[tuple[str, str]], weights: list[float]) -> Analysis:
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    picked = list(dict.fromkeys(rng.choices(range(len(entities)), weights=weights, k=6)))
    words = rng.choices(WORDS, k=120) + ([RARE] if number % 997 == 0 else [])
    names = [entities[i][1] for i in picked]
    text = f"Bericht {number}. " + " ".join(names) + ". " + " ".join(words) + "."
    mentions, position = [], len(f"Bericht {number}. ")
    for index, name in zip(picked, names, strict=True):
        mentions.append(Mention(position, position + len(name), name, "PER", entities[index][0]))
        position += len(name) + 1
    article = Article(id=f"{number:016x}", text=text, title=f"Bericht {number}", url=f"https://x.nl/{number}",
                      source=rng.choice(["nu.nl", "nos.nl", "volkskrant.nl", "hln.be", "standaard.be"]),
                      agency=None, published=DateValue(f"{year}-{month:02d}-{day:02d}", "day"), language="nl",
                      language_score=1.0, origin="generated", format="txt")
    ents = tuple(Entity(m.entity, m.text, "PER", None, (i,)) for i, m in enumerate(mentions))
    date = FactDate(article.published.value, "day", "publication")
    first = mentions[0]
    quote = Quote(first.end, first.end + 40, text[first.end:first.end + 40], "indirect", first.entity, first.text,
                  "zei", None, date)
    event = Event("CONSULT", "meet", Trigger(0, 7, "Bericht"), (0, len(text)),
                  (EventArgument("source", first.start, first.end, first.text, first.entity),
                   *(EventArgument("target", m.start, m.end, m.text, m.entity) for m in mentions[1:2])),
                  False, "asserted", date, None, 0.7)
    return Analysis(article=article, mentions=tuple(mentions), entities=ents, quotes=(quote,), events=(event,),
                    nlp_model="generated")


def build(path: Path, articles: int, kb_ids: list[str]) -> float:
    rng = random.Random(18)
    entities = _entities(kb_ids, 5000)
    weights = [1 / (rank + 1) for rank in range(len(entities))]  # Zipf: a few actors are everywhere
    store = open_store(str(path))
    started = time.perf_counter()
    batch = []
    for number in range(articles):
        batch.append(make_analysis(number, rng, entities, weights))
        if len(batch) == 500:
            store.add_analyses(batch)
            batch = []
    store.add_analyses(batch)
    store.close()
    return time.perf_counter() - started


def timed(call, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(round(0.95 * len(samples))) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    kb = load_knowledge_base()
    top_person = "per:donald-trump"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.db"
        seconds = build(path, args.articles, [top_person, *sorted(a for a in kb.actors if a != top_person)])
        size = path.stat().st_size
        store = open_store(str(path), readonly=True)
        queries = {
            "search common word": lambda: search_articles(store, SearchQuery("kabinet", limit=20)),
            "search rare word": lambda: search_articles(store, SearchQuery(RARE, limit=20)),
            "search phrase": lambda: search_articles(store, SearchQuery('"handel heffingen"', limit=20)),
            "search with date filter": lambda: search_articles(
                store, SearchQuery("kabinet", since="2018-01", until="2018-12", limit=20)),
            "entities --top 50": lambda: top_entities(store, None, 50),
            "entity Trump": lambda: entity_profile(store, "Donald Trump", kb),
            "quotes --speaker Trump": lambda: find_quotes(store, kb, speaker="Donald Trump", limit=50),
            "events --source Trump": lambda: find_events(store, kb, source="Donald Trump", limit=50),
        }
        print(f"store: {args.articles:,} generated articles, built in {seconds:.0f} s "
              f"({args.articles / seconds:,.0f} articles/s), {size / 2**20:.0f} MB ({size / args.articles / 1024:.1f} KB "
              f"per article)")
        print(f"{'query':28} {'p50 ms':>8} {'p95 ms':>8}")
        for name, call in queries.items():
            call()  # warm the page cache
            p50, p95 = timed(call, args.repeat)
            print(f"{name:28} {p50:8.1f} {p95:8.1f}")
        store.close()


if __name__ == "__main__":
    main()
