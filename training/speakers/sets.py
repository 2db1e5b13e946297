"""The three development sets the speaker chooser learns from, and their analyses cached once.

Only dev, dev2 and dev3 are named here; the blind and fourth sets are never read by training/speakers.
The cache holds each article's Analysis after the entity and quote steps (accurate pipeline, about a
minute per set); the speaker step runs from it, so a rule or model change needs no NLP rerun.
"""

from __future__ import annotations

import inspect
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from devdocs import corpus_paths, dev_analyses, gold_key  # noqa: E402
from nieuwsgraaf import pipeline  # noqa: E402
from nieuwsgraaf.nlp import load_pipeline  # noqa: E402
from nieuwsgraaf.pipeline import ARTICLE_STEPS  # noqa: E402
from nieuwsgraaf.records import Analysis, Article  # noqa: E402
from nieuwsgraaf.resources import project_root  # noqa: E402
from nieuwsgraaf.settings import Settings  # noqa: E402

# The gold of the source tree that runs: an older tree (the unseen check) brings the gold ids its
# own knowledge base knew; gold ids moved to later knowledge-base records would count against it.
_GOLD_ROOT = project_root() if (project_root() / "tests" / "quotes" / "data").is_dir() else REPO
GOLD = {
    "dev": _GOLD_ROOT / "tests" / "quotes" / "data" / "gold_quotes.jsonl",
    "dev2": _GOLD_ROOT / "tests" / "quotes" / "data" / "dev2" / "dev2_quotes.jsonl",
    "dev3": _GOLD_ROOT / "tests" / "quotes" / "data" / "dev3" / "dev3_quotes.jsonl",
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
    for analysis in _analyses(model, keys):
        article = analysis.article
        found[gold_key({"url": article.url, "meta": {"origin": article.origin}})] = analysis
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(found))
    return found


def _analyses(model: str, keys: frozenset[str]) -> Iterator[Analysis]:
    if "steps" in inspect.signature(pipeline.analyse).parameters:
        yield from dev_analyses(model, keys, steps=BEFORE_SPEAKERS)
        return
    # An older source tree on PYTHONPATH (the unseen check of README.md), from before analyse()
    # took its steps: narrow the default steps of that tree's pipeline module instead.
    pipeline.ARTICLE_STEPS = BEFORE_SPEAKERS
    settings = Settings(model=model)
    loaded = load_pipeline(model, default=Settings().model)
    report = pipeline.RunReport()
    articles = pipeline.clean_inputs(pipeline.read_inputs(corpus_paths(), settings, report), settings, report)
    wanted = (a for a in articles
              if isinstance(a, Article) and gold_key({"url": a.url, "meta": {"origin": a.origin}}) in keys)
    for batch in pipeline.analyse(wanted, loaded, settings.batch_size):
        yield from (item for item in batch if isinstance(item, Analysis))


if __name__ == "__main__":
    for set_name in ("dev", "dev2", "dev3"):
        analyses = cached_analyses(set_name, Path(sys.argv[1]))
        print(set_name, len(analyses), "articles,", sum(len(a.quotes) for a in analyses.values()), "quotes")
