"""training/speakers: the candidates a quote's speaker is chosen from, their features, and the
conditional logit that chooses (docs/evaluation.md, "A learned speaker choice"). Invented sentences."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from conftest import REPO
from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_analysis, link_speakers
from nieuwsgraaf.quotes import find_quotes
from nieuwsgraaf.records import Analysis, Article, DateValue, Mention

for folder in ("training/speakers", "bench"):
    if str(REPO / folder) not in sys.path:
        sys.path.insert(0, str(REPO / folder))

from candidates import FEATURES, QuoteCandidates, article_candidates  # noqa: E402
from cross_set import VARIANTS, choose, fit  # noqa: E402

TEXT = ('Minister Jan Smit sprak dinsdag in Den Haag met Eva de Vries.\n'
        '"We gaan de wet nog dit jaar veranderen," zei Smit.\n'
        'Volgens De Vries komt dat te laat voor de boeren.')


def _analysis() -> Analysis:
    """TEXT through the entity, quote and speaker steps, its names given as the tagger would."""
    names = [("Jan Smit", 1, "PER"), ("Den Haag", 1, "LOC"), ("Eva de Vries", 1, "PER"), ("Smit", 2, "PER"),
             ("De Vries", 1, "PER")]
    mentions = []
    for name, occurrence, label in names:
        start = -1
        for _ in range(occurrence):
            start = TEXT.index(name, start + 1)
        mentions.append(Mention(start, start + len(name), name, label))
    ends = [i + 1 for i, c in enumerate(TEXT) if c == "\n"] + [len(TEXT)]
    sentences = tuple(zip([0, *ends[:-1]], ends, strict=True))
    article = Article(article_id(TEXT), TEXT, None, "https://www.nos.nl/x", "nos.nl", None,
                      DateValue("2024-03-05", "day"), "nl", 1.0, "test", "txt")
    analysis = Analysis(article=article, sentences=sentences, mentions=tuple(sorted(mentions, key=lambda m: m.start)))
    return link_speakers(find_quotes(link_analysis(analysis)))


def _row(quote: QuoteCandidates, entity: str | None) -> dict[str, float]:
    return dict(zip(FEATURES, quote.features[quote.entities.index(entity)], strict=True))


def test_candidates_start_with_the_rules_choice_and_hold_the_people_named_near():
    analysis = _analysis()
    direct = next(i for i, q in enumerate(analysis.quotes) if q.kind == "direct")
    smit = next(m.entity for m in analysis.mentions if m.text == "Jan Smit")
    de_vries = next(m.entity for m in analysis.mentions if m.text == "Eva de Vries")
    assert analysis.quotes[direct].speaker == smit
    quote = article_candidates(analysis)[direct]
    assert quote.entities[0] == smit
    assert de_vries in quote.entities
    assert quote.features.shape == (len(quote.entities), len(FEATURES))
    rules, other = _row(quote, smit), _row(quote, de_vries)
    assert rules["rule"] == 1.0 and rules["rule_mention"] == 1.0 and other["rule"] == 0.0
    assert rules["sentence_after"] == 1.0  # '…," zei Smit.'
    assert rules["after_speech_verb"] == 1.0
    assert other["previous_sentence"] == 1.0
    assert other["after_preposition"] == 0.5  # 'met Eva de Vries', but 'Volgens De Vries'
    assert rules["person"] == other["person"] == 1.0


def test_the_indirect_quote_has_its_volgens_speaker_among_the_candidates():
    analysis = _analysis()
    found = {q.kind: (i, q) for i, q in enumerate(analysis.quotes)}
    assert "indirect" in found
    index, quote = found["indirect"]
    candidates = article_candidates(analysis)[index]
    de_vries = next(m.entity for m in analysis.mentions if m.text == "De Vries")
    assert quote.speaker == de_vries
    assert _row(candidates, de_vries)["after_volgens"] == 1.0


def test_fit_learns_the_feature_that_marks_the_right_candidate():
    rng = np.random.default_rng(3)
    marked = FEATURES.index("sentence_before")
    groups = []
    for _ in range(60):
        rows = rng.random((4, len(FEATURES))) * 0.1
        right = int(rng.integers(0, 4))
        rows[right, marked] = 1.0
        groups.append((rows, right))
    weights = fit(groups, l2=0.3)
    assert weights[marked] == max(weights) > 1.0


@pytest.mark.parametrize(("margin", "expected"), [(1.0, "rules"), (0.0, "model")])
def test_choose_keeps_the_rules_unless_the_model_beats_them_by_the_margin(margin, expected):
    rows = np.zeros((2, len(FEATURES)))
    rows[1, FEATURES.index("sentence_before")] = 1.0
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("sentence_before")] = 3.0
    quote = QuoteCandidates(0, "direct", True, "rules", ("rules", "model"), rows)
    assert choose(quote, weights, margin, VARIANTS[0]) == expected


def test_the_without_cue_variant_leaves_quotes_with_a_cue_to_the_rules():
    rows = np.zeros((2, len(FEATURES)))
    rows[1, FEATURES.index("sentence_before")] = 1.0
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("sentence_before")] = 3.0
    with_cue = QuoteCandidates(0, "direct", True, "rules", ("rules", "model"), rows)
    without = QuoteCandidates(0, "direct", False, "rules", ("rules", "model"), rows)
    assert choose(with_cue, weights, 0.0, VARIANTS[2]) == "rules"
    assert choose(without, weights, 0.0, VARIANTS[2]) == "model"
