"""The three development sets the speaker chooser learns from, and their analyses cached once.

Only dev, dev2 and dev3 are named here; the blind and fourth sets are never read by training/speakers.
The cache holds each article's Analysis after the entity and quote steps (accurate pipeline, about a
minute per set); the speaker step runs from it, so a rule or model change needs no NLP rerun.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from devdocs import dev_analyses, gold_key  # noqa: E402
from nieuwsgraaf.pipeline import ARTICLE_STEPS  # noqa: E402
from nieuwsgraaf.records import Analysis  # noqa: E402
from nieuwsgraaf.settings import Settings  # noqa: E402

GOLD = {
    "dev": REPO / "tests" / "quotes" / "data" / "gold_quotes.jsonl",
    "dev2": REPO / "tests" / "quotes" / "data" / "dev2" / "dev2_quotes.jsonl",
    "dev3": REPO / "tests" / "quotes" / "data" / "dev3" / "dev3_quotes.jsonl",
}
BEFORE_SPEAKERS = tuple(step for step in ARTICLE_STEPS if step.name in ("entities", "quotes"))


def gold_records(name: str) -> list[dict]:
    return [json.loads(line) for line in GOLD[name].read_text("utf-8").splitlines() if line.strip()]


def cached_analyses(name: str, cache: Path, model: str | None = None) -> dict[str, Analysis]:
    """The set's articles after the entity and quote steps, keyed as the gold names them."""
    model = model or Settings().model
    path = cache / f"{name}_{Path(model).name}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    keys = frozenset(record["url"] for record in gold_records(name))
    found = {}
    for analysis in dev_analyses(model, keys, steps=BEFORE_SPEAKERS):
        article = analysis.article
        found[gold_key({"url": article.url, "meta": {"origin": article.origin}})] = analysis
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(found))
    return found


if __name__ == "__main__":
    for set_name in ("dev", "dev2", "dev3"):
        analyses = cached_analyses(set_name, Path(sys.argv[1]))
        print(set_name, len(analyses), "articles,", sum(len(a.quotes) for a in analyses.values()), "quotes")
