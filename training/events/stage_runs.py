"""The events stage run over the articles of one event gold file, kept whole for training and diagnosis.

Per article: its gold events (placed in the cleaned text as bench/evaluate_events.py places them),
the spaCy Doc (word vectors in doc.tensor, sentences, parse) and the Analysis after every article
step (the component's event mentions and the final, linked events). The blind set is never read.
"""

from __future__ import annotations

import json
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from devdocs import corpus_paths, current_id, gold_key  # noqa: E402
from evaluate_events import gold_events  # noqa: E402
from nieuwsgraaf.events.classifier import TriggerClassifier  # noqa: E402
from nieuwsgraaf.events.component import find_event_mentions  # noqa: E402
from nieuwsgraaf.events.lexicon import load_event_lexicon  # noqa: E402
from nieuwsgraaf.nlp import load_pipeline  # noqa: E402
from nieuwsgraaf.nlp.adapter import doc_to_analysis  # noqa: E402
from nieuwsgraaf.pipeline import RunReport, clean_inputs, make_doc, read_inputs, run_steps  # noqa: E402
from nieuwsgraaf.records import Analysis, Article  # noqa: E402
from nieuwsgraaf.settings import Settings  # noqa: E402

DEV = REPO / "tests" / "events" / "data" / "dev_events.jsonl"
DEV2 = REPO / "tests" / "events" / "data" / "dev2" / "dev2_events.jsonl"
DEV3 = REPO / "tests" / "events" / "data" / "dev3" / "dev3_events.jsonl"
DEV4 = REPO / "tests" / "events" / "data" / "dev4" / "dev4_events.jsonl"
DEV5 = REPO / "tests" / "events" / "data" / "dev5" / "dev5_events.jsonl"
DEV6 = REPO / "tests" / "events" / "data" / "dev6" / "dev6_events.jsonl"
DEV7 = REPO / "tests" / "events" / "data" / "dev7" / "dev7_events.jsonl"
DEV8 = REPO / "tests" / "events" / "data" / "dev8" / "dev8_events.jsonl"
DEV9 = REPO / "tests" / "events" / "data" / "dev9" / "dev9_events.jsonl"  # events gold only (session 20)
# events gold only (session 21; dev10 and dev12 scored unseen at the session's start and end, then joined)
DEV10, DEV11, DEV12 = (REPO / "tests" / "events" / "data" / name / f"{name}_events.jsonl" for name in ("dev10", "dev11", "dev12"))
SETS = {"dev": DEV, "dev2": DEV2, "dev3": DEV3, "dev4": DEV4, "dev5": DEV5, "dev6": DEV6, "dev7": DEV7, "dev8": DEV8,
        "dev9": DEV9, "dev10": DEV10, "dev11": DEV11, "dev12": DEV12}


@dataclass(frozen=True)
class StageRun:
    key: str
    gold: list[dict]
    doc: Doc
    analysis: Analysis


def gold_articles(gold_file: Path) -> tuple[dict[str, dict], dict[str, Article]]:
    """The gold records of a file and the cleaned articles they name, both by gold key."""
    if "blind" in gold_file.parts:
        raise SystemExit("the blind set is never read for training")
    records = {json.loads(line)["url"]: json.loads(line)
               for line in gold_file.read_text("utf-8").splitlines() if line.strip()}
    settings = Settings(model="none")
    articles = {}
    for item in clean_inputs(read_inputs(corpus_paths(), settings, RunReport()), settings, RunReport()):
        if isinstance(item, Article):
            key = gold_key({"url": item.url, "meta": {"origin": item.origin}})
            if key in records:
                articles[key] = item
    return records, articles


def stage_runs(model: str, gold_file: Path, classifier: TriggerClassifier | None = None) -> list[StageRun]:
    """Every article of `gold_file` through `model` and the article steps, in key order; with
    `classifier` the events component uses it instead of the one the model ships."""
    records, articles = gold_articles(gold_file)
    pipeline = load_pipeline(model)
    if classifier is not None:
        pipeline.nlp.get_pipe("ng_events").classifier = classifier
    runs = []
    for key in sorted(articles):
        article = articles[key]
        doc = pipeline.nlp(make_doc(pipeline, article))
        analysis = run_steps(doc_to_analysis(doc, article, pipeline.name, pool_vector=False))
        runs.append(StageRun(key, gold_events(records[key], doc.text), doc, analysis))
    return runs


def cached_runs(model: str, name: str, cache: Path | None) -> list[StageRun]:
    """stage_runs of one set of SETS, from `cache` when it holds them (the NLP is the slow part)."""
    path = cache / f"{name}.pkl" if cache else None
    if path and path.is_file():
        return [_with_current_ids(run) for run in pickle.loads(path.read_bytes())]
    runs = stage_runs(model, SETS[name])
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(runs))
    return runs


def rerun(run: StageRun, lexicon, classifier: TriggerClassifier | None = None) -> Analysis:
    """One cached Doc through the events component (given `classifier`) and the article steps with the
    current code: the one rerun of the event tools (roles.rerun_analyses, dates.py, rerun_stage)."""
    run.doc._.ng_events = find_event_mentions(run.doc, lexicon, classifier)
    return run_steps(doc_to_analysis(run.doc, run.analysis.article, run.analysis.nlp_model or "", pool_vector=False))


def rerun_stage(runs: list[StageRun], classifier: TriggerClassifier | None = None) -> list[StageRun]:
    """`runs` (cached Docs) through the events component and the article steps with the current code,
    the component given `classifier`: what stage_runs would give without parsing the articles again."""
    lexicon = load_event_lexicon()
    return [StageRun(run.key, run.gold, run.doc, rerun(run, lexicon, classifier)) for run in runs]


def _with_current_ids(run: StageRun) -> StageRun:
    """A cached run whose gold actors are named as today's knowledge base names them: the gold was
    placed when the cache was made, and an annotator's local id for an actor the knowledge base has
    since been given is that KB id now (devdocs.current_id), as bench/evaluate_events.py scores it."""
    gold = [{**event, "source": current_id(event["source"]), "target": current_id(event["target"])}
            for event in run.gold]
    return StageRun(run.key, gold, run.doc, run.analysis)
