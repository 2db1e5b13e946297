"""The pure-Python unigram segmenter behind the encoder NER."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nieuwsgraaf.nlp.subwords import WORD_START, PieceVocabulary

PIECES = ["<unk>", "▁de", "▁", "d", "e", "▁na", "vo", "navo", "▁navo", "-", "top", "▁top", "s", "'"]
SCORES = [0.0, -2.0, -3.0, -6.0, -6.0, -4.0, -5.0, -4.5, -3.5, -3.0, -4.0, -3.9, -5.0, -4.0]


@pytest.fixture(scope="module")
def vocab() -> PieceVocabulary:
    return PieceVocabulary(PIECES, SCORES, unknown_id=0, normalisation={ord("\u00a0"): " "})


def names(vocab: PieceVocabulary, word: str, start: bool = True) -> list[str]:
    return [vocab.pieces[i] for i in vocab.segment(word, start)]


def test_best_path_prefers_the_whole_word(vocab):
    assert names(vocab, "navo") == ["▁navo"]
    assert names(vocab, "de") == ["▁de"]


def test_word_inside_a_token_run_gets_no_word_start_marker(vocab):
    assert names(vocab, "navo", start=False) == ["navo"]
    assert names(vocab, "-", start=False) == ["-"]


def test_compound_is_split_into_known_pieces(vocab):
    assert names(vocab, "navo-top") == ["▁navo", "-", "top"]


def test_unknown_characters_become_the_unknown_piece(vocab):
    assert names(vocab, "dxe") == ["▁", "d", "<unk>", "e"]


def test_normalisation_map_applies_before_segmentation(vocab):
    assert names(vocab, "de\u00a0", start=True)[-1] == "▁"


def test_round_trip_through_json(tmp_path, vocab):
    vocab.save(tmp_path / "pieces.json")
    again = PieceVocabulary.load(tmp_path / "pieces.json")
    for word in ("navo-top", "dede", "x'", ""):
        assert again.segment(word, True) == vocab.segment(word, True)


@given(st.text(max_size=40), st.booleans())
def test_any_text_segments_into_known_ids_that_spell_it(text, start):
    vocab = PieceVocabulary(PIECES, SCORES, unknown_id=0)
    ids = vocab.segment(text, start)
    assert all(0 <= i < len(PIECES) for i in ids)
    known = "".join(PIECES[i] for i in ids if i != 0)
    spelled = (WORD_START if start and not text.startswith(" ") else "") + text.replace(" ", WORD_START)
    # every known piece is a substring in order; unknown pieces stand for one character each
    assert len(known) + sum(1 for i in ids if i == 0) == len(spelled)
