"""Near-duplicates: derived copies are found, different tellings of one event are not (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_bench
from nieuwsgraaf.stories import StoryOptions
from nieuwsgraaf.stories.duplicates import NearDuplicateIndex, estimated_containment

DATA = Path(__file__).parent / "data"
WRITTEN = [json.loads(line) for line in (DATA / "written_articles.jsonl").read_text("utf-8").splitlines()]
copies = load_bench("story_copies")


@pytest.mark.parametrize("kind", sorted(copies.DERIVATIONS))
def test_a_derived_copy_is_a_near_duplicate_of_the_first_stored_copy(kind):
    index = NearDuplicateIndex(StoryOptions())
    for number, record in enumerate(WRITTEN):
        index.check(f"original-{number}", record["text"])
    for number, record in enumerate(WRITTEN):
        copy = copies.DERIVATIONS[kind](record["text"])
        assert copy != record["text"]
        _, link = index.check(f"copy-{number}", copy)
        assert link is not None, f"{kind} copy of article {number} not found"
        assert link.duplicate_of == f"original-{number}"
        assert link.similarity >= StoryOptions().min_containment


def test_different_articles_about_one_summit_are_not_duplicates():
    index = NearDuplicateIndex(StoryOptions())
    links = [index.check(str(number), record["text"])[1] for number, record in enumerate(WRITTEN)]
    assert links == [None] * len(WRITTEN)


def test_a_copy_of_a_copy_points_to_the_first_stored_copy():
    index = NearDuplicateIndex(StoryOptions())
    text = WRITTEN[0]["text"]
    index.check("first", text)
    index.check("second", copies.agency_line(text))
    _, link = index.check("third", copies.light_edit(copies.agency_line(text)))
    assert link.duplicate_of == "first"


def test_the_index_rebuilt_from_stored_signatures_finds_the_same_copies():
    first = NearDuplicateIndex(StoryOptions())
    signatures = [first.check(str(number), record["text"])[0] for number, record in enumerate(WRITTEN)]
    rebuilt = NearDuplicateIndex(StoryOptions())
    rebuilt.load(signatures)
    _, link = rebuilt.check("copy", copies.truncated(WRITTEN[2]["text"]))
    assert link is not None and link.duplicate_of == "2"


def test_containment_of_a_half_copy_is_whole():
    # Jaccard 0.5 between a text and its first half: the half lies wholly inside the text
    assert estimated_containment(0.5, 100, 50) == pytest.approx(1.0)
    assert estimated_containment(0.1, 100, 100) == pytest.approx(0.1 * 200 / 1.1 / 100)
