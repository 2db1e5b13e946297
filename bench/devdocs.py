"""What the quality evaluations share: the dev corpus run through the pipeline, and gold spans."""

from __future__ import annotations

import argparse
import functools
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.nlp import load_pipeline
from nieuwsgraaf.pipeline import RunReport, Step, analyse, clean_inputs, read_inputs
from nieuwsgraaf.records import Analysis, Article
from nieuwsgraaf.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NG_SHARED", REPO.parent / "shared"))
# The blind set's article texts: real third-party pages, so they live beside the project, not in
# it (their annotations are under tests/*/data/blind/). Absent on CI: blind scores are then skipped.
BLIND = Path(os.environ.get("NG_BLIND", REPO.parent / "blind"))
BLIND_ARTICLES = BLIND / "articles.jsonl"
# A second development set collected the same way (tests/*/data/dev2/): tuned on, texts outside too.
DEV2 = Path(os.environ.get("NG_DEV2", REPO.parent / "dev2"))
# A third (tests/*/data/dev3/): scored as an unseen check of rules tuned on dev and dev2 first.
DEV3 = Path(os.environ.get("NG_DEV3", REPO.parent / "dev3"))
# A fourth (tests/*/data/dev4/): kept unseen, scored with summary lines only.
DEV4 = Path(os.environ.get("NG_DEV4", REPO.parent / "dev4"))
# A fifth (tests/*/data/dev5/, session 16): first scored unseen, then tuned on.
DEV5 = Path(os.environ.get("NG_DEV5", REPO.parent / "dev5"))
# A sixth (tests/*/data/dev6/, session 16, 60 articles): first scored unseen, then tuned on.
DEV6 = Path(os.environ.get("NG_DEV6", REPO.parent / "dev6"))
# A seventh (tests/*/data/dev7/, session 17, 40 articles with time gold too): first scored unseen, then tuned on.
DEV7 = Path(os.environ.get("NG_DEV7", REPO.parent / "dev7"))
# An eighth (tests/*/data/dev8/, session 18, 40 articles with time gold too): first scored unseen, then tuned on.
DEV8 = Path(os.environ.get("NG_DEV8", REPO.parent / "dev8"))
# A ninth (tests/events/data/dev9/, session 20, events gold only): first scored unseen, then tuned on.
DEV9 = Path(os.environ.get("NG_DEV9", REPO.parent / "dev9"))
# A tenth to twelfth (tests/events/data/dev10/, dev11/, dev12/, session 21, events gold only): dev10 and
# dev12 first scored unseen at the session's start and end, dev11 tuned on from the start.
DEV10 = Path(os.environ.get("NG_DEV10", REPO.parent / "dev10"))
DEV11 = Path(os.environ.get("NG_DEV11", REPO.parent / "dev11"))
DEV12 = Path(os.environ.get("NG_DEV12", REPO.parent / "dev12"))
# A second blind set (tests/*/data/blind2/), collected and annotated in session 11 before the system
# ran on it: scored with summary lines only, never tuned on.
BLIND2 = Path(os.environ.get("NG_BLIND2", REPO.parent / "blind2"))


def corpus_paths() -> list[str]:
    """Every article a gold file may name: the dev corpus, the seeds and, when present, the second
    to twelfth development sets and the two blind sets."""
    paths = [str(SHARED / "corpus" / "nl-news-dev.jsonl"), str(SHARED / "seeds")]
    for folder in (DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12):
        paths += sorted(str(path) for path in folder.glob("articles*.jsonl"))
    if BLIND_ARTICLES.is_file():  # the set came in batches: articles.jsonl, articles_batch2.jsonl, ...
        paths += sorted(str(path) for path in BLIND.glob("articles*.jsonl"))
    paths += sorted(str(path) for path in BLIND2.glob("articles*.jsonl"))
    return paths


def dev_analyses(model: str, keys: frozenset[str] | None = None,
                 steps: tuple[Step, ...] | None = None) -> Iterator[Analysis]:
    """The dev-corpus articles and seeds (only those `keys` names, when given) through the
    pipeline (with `steps` instead of its article steps, when given), as records."""
    settings = Settings(model=model)
    pipeline = load_pipeline(model, default=Settings().model)
    report = RunReport()
    articles = clean_inputs(read_inputs(corpus_paths(), settings, report), settings, report)
    if keys is not None:
        articles = (a for a in articles if isinstance(a, Article) and _article_key(a) in keys)
    for batch in analyse(articles, pipeline, settings.batch_size, steps=steps):
        yield from (item for item in batch if isinstance(item, Analysis))


@functools.lru_cache(maxsize=4)
def dev_documents(model: str, keys: frozenset[str] | None = None) -> dict[str, dict]:
    """Document JSON of the dev-corpus articles and seeds, keyed by URL ('seed:<file>' for seeds).

    With `keys` only those articles go through the NLP (reading and cleaning all of them is
    cheap; the model is not), which is what an evaluation of one gold file needs. Every pipeline
    gives the same documents either way (the encoder runs each window on its own).
    """
    found = {}
    for analysis in dev_analyses(model, keys):
        document = document_to_json(analysis)
        found[gold_key(document)] = document
    return found


def gold_documents(model: str, gold: Path) -> dict[str, dict]:
    """dev_documents for just the articles a gold file names."""
    keys = frozenset(json.loads(line)["url"] for line in gold.read_text("utf-8").splitlines() if line.strip())
    return dev_documents(model, keys)


def _article_key(article: Article) -> str | None:
    """gold_key of a cleaned article, before it becomes document JSON."""
    return gold_key({"url": article.url, "meta": {"origin": article.origin}})


def gold_key(document: dict) -> str | None:
    """How the gold files name an article: its url, or 'seed:<file name>' for a seed (no url)."""
    if document.get("url"):
        return document["url"]
    origin = (document.get("meta") or {}).get("origin")
    return f"seed:{Path(origin).name}" if origin else None


def read_documents(paths: list[str]) -> dict[str, dict]:
    """Document JSON lines written by `nieuwsgraaf extract --jsonl`, keyed by gold_key."""
    documents = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                document = json.loads(line)
                key = gold_key(document)
                if key:
                    documents[key] = document
    return documents


def nth_span(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    """Offsets of the `occurrence`-th (1-based) appearance of `needle` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


@functools.lru_cache(maxsize=1)
def _kb_ids_by_slug() -> dict[tuple[bool, str], str]:
    from nieuwsgraaf.entities import load_knowledge_base

    found: dict[tuple[bool, str], str] = {}
    for actor_id, actor in load_knowledge_base().actors.items():
        found.setdefault((actor.type == "person", actor_id.split(":", 1)[1]), actor_id)
    return found


@functools.lru_cache(maxsize=1)
def _kb_ids_by_name() -> dict[str, str]:
    """Actors other than persons by the slug of each of their Dutch names and aliases
    ('chinese-ministerie-van-handel'); a slug two actors share names neither."""
    from nieuwsgraaf.entities import load_knowledge_base
    from nieuwsgraaf.slugs import slug

    found: dict[str, set[str]] = {}
    for actor_id, actor in load_knowledge_base().actors.items():
        if actor.type != "person":
            for name in [*actor.raw.get("names", {}).get("nl", []), *actor.raw.get("aliases", [])]:
                found.setdefault(slug(name), set()).add(actor_id)
    return {key: ids.pop() for key, ids in found.items() if len(ids) == 1}


def current_id(gold_id: str | None) -> str | None:
    """A gold id as today's knowledge base names it: an annotator's local id for an actor the KB
    lacked then ('local:per:vincent-van-quickenborne', 'local:org:chinese-ministerie-van-handel') is
    the KB id the actor has since been given ('per:vincent-van-quickenborne', by its id;
    'gov:cn-min-handel', by one of its Dutch names); any other id as it is."""
    if not gold_id or not gold_id.startswith("local:"):
        return gold_id
    _, kind, slug = gold_id.split(":", 2)
    if kind not in ("per", "org"):
        return gold_id
    found = _kb_ids_by_slug().get((kind == "per", slug))
    return found or (_kb_ids_by_name().get(slug, gold_id) if kind == "org" else gold_id)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1; 0.0 where undefined."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def blind_missing(gold: Path) -> str | None:
    """Why the blind set can't be scored here, or None when it can."""
    if not gold.is_file():
        return f"no blind annotations at {gold.relative_to(REPO)}"
    if not BLIND_ARTICLES.is_file():
        return f"the blind articles are not on this machine ({BLIND_ARTICLES}; set NG_BLIND)"
    return None


def evaluation_main(evaluate: Callable[..., object], description: str | None, heldout: Path,
                    blind: Path | None = None) -> None:
    """The command line every model evaluation shares: --model, --show-errors, --gold (another
    annotation file, e.g. a new batch before it is merged), --heldout (the first held-out
    annotations, made after tuning) and --blind (the blind set, annotated before the system
    ever ran on its articles)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--model", default=Settings().model)
    parser.add_argument("--show-errors", action="store_true")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--gold", type=Path, help="score this gold file instead of the development gold")
    choice.add_argument("--heldout", action="store_true", help=f"use {heldout.relative_to(REPO)}")
    if blind is not None:
        choice.add_argument("--blind", action="store_true", help=f"use {blind.relative_to(REPO)}")
    args = parser.parse_args()
    if getattr(args, "blind", False):
        reason = blind_missing(blind)
        if reason:
            print(f"blind set skipped: {reason}")
            return
        evaluate(args.model, args.show_errors, gold_file=blind)
    elif args.heldout:
        if not heldout.exists():  # not every layer was annotated on the first held-out articles
            print(f"held-out set skipped: no {heldout.relative_to(REPO)}")
            return
        evaluate(args.model, args.show_errors, gold_file=heldout)
    elif args.gold:
        evaluate(args.model, args.show_errors, gold_file=args.gold.resolve())
    else:
        evaluate(args.model, args.show_errors)


def articles_scored(gold: Path, errors: list[str]) -> str:
    """'37 of 40 annotated articles': the gold's articles whose texts were here to be scored (a set's
    texts live outside the repository and not all of them could always be restored)."""
    total = len([line for line in gold.read_text("utf-8").splitlines() if line.strip()])
    missing = sum(error.startswith("article not found") for error in errors)
    return f"{total - missing} of {total} annotated articles"


def annotated_articles(gold: Path, documents: dict[str, dict], errors: list[str]) -> Iterator[tuple[dict, dict]]:
    """(gold record, system document) for every line of a gold file; a missing article is an error."""
    for line in gold.read_text("utf-8").splitlines():
        record = json.loads(line)
        document = documents.get(record["url"])
        if document is None:
            errors.append(f"article not found: {record['url']}")
            continue
        yield record, document
