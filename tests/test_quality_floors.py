"""Quality floors of entity linking, quote extraction and events on the hand-annotated dev articles.

Floors sit just under today's figures, so a regression fails; they are not the targets of
issues 6 and 7 (see bench/evaluate_entities.py and bench/evaluate_quotes.py for the figures).
Lowering one is a decision for the issue's note, not a quiet edit.
"""

from __future__ import annotations

import pytest

from conftest import load_bench, need_shared

FLOORS = {
    "entities": {"linking_accuracy": 0.97, "f1": 0.94},
    "quotes": {"direct_f1": 0.97, "direct_speaker": 0.93, "indirect_f1": 0.95, "indirect_speaker": 0.92,
               "date_accuracy": 0.93},
    # The rule-based events stage (issue 15): far below its targets, held here so it only improves.
    # Date accuracy 0.80 -> 0.78 when the lexicon classes of 2026-12-06 matched 105 dev events
    # instead of 91 (0.813 -> 0.790-0.798): a larger sample with harder cases, the dating unchanged.
    "events": {"trigger_type_f1": 0.42, "triple_f1": 0.14, "date_accuracy": 0.78},
}
# The blind held-out articles (tests/*/data/heldout/), never tuned on: lower, and watched too.
HELDOUT_FLOORS = {
    "entities": {"linking_accuracy": 0.90, "f1": 0.83},
    "quotes": {"direct_f1": 0.95, "direct_speaker": 0.78, "indirect_f1": 0.75, "indirect_speaker": 0.88,
               "date_accuracy": 0.72},
}


@pytest.fixture(scope="module")
def shared():
    need_shared()


def scores_and_floors(stage: str, pipeline, held_out: bool) -> tuple[dict, dict]:
    """The evaluation of one stage on the dev or held-out gold, and the floors that apply."""
    bench = load_bench(f"evaluate_{stage}")
    gold = bench.HELDOUT if held_out else bench.GOLD
    scores = bench.evaluate(pipeline_model(pipeline), show_errors=False, gold_file=gold)
    return scores, (HELDOUT_FLOORS if held_out else FLOORS)[stage]


@pytest.mark.parametrize("held_out", [False, True], ids=["dev", "heldout"])
def test_entity_linking_floor(shared, pipeline, held_out):
    scores, floors = scores_and_floors("entities", pipeline, held_out)
    assert scores["linking_accuracy"] >= floors["linking_accuracy"]
    assert scores["f1"] >= floors["f1"]


@pytest.mark.parametrize("held_out", [False, True], ids=["dev", "heldout"])
def test_quote_floor(shared, pipeline, held_out):
    scores, floors = scores_and_floors("quotes", pipeline, held_out)
    assert scores["direct"]["f1"] >= floors["direct_f1"]
    assert scores["direct"]["speaker_accuracy"] >= floors["direct_speaker"]
    assert scores["indirect"]["f1"] >= floors["indirect_f1"]
    assert scores["indirect"]["speaker_accuracy"] >= floors["indirect_speaker"]
    assert scores["date_accuracy"] >= floors["date_accuracy"]
    assert scores["dated_after_article"] == 0  # nothing is said after the article reporting it


def test_event_floor(shared, pipeline):
    bench = load_bench("evaluate_events")
    scores = bench.evaluate(pipeline_model(pipeline), show_errors=False, gold_file=bench.GOLD)
    for name, floor in FLOORS["events"].items():
        assert scores[name] >= floor, name


def pipeline_model(pipeline) -> str:
    """The setting that loads the same pipeline the rest of the suite uses."""
    from nieuwsgraaf.settings import Settings

    return "none" if "fallback" in pipeline.name else Settings().model
