"""The UD reader of the training recipe: which train sentences follow dev/test's guidelines."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import REPO, SHARED

UD = SHARED / "data" / "ud-dutch"


def ud_data():
    spec = importlib.util.spec_from_file_location("ud_data", REPO / "training" / "e5" / "ud_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ud_data"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tiny.conllu"
    path.write_text(text, encoding="utf-8")
    return path


OLD = """# wiki-1.p.1.s.1.xml
1\tJan\tJan\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tslaapt\tslapen\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

"""
NEW = """# source = Lassy
# sent_id = WR-1.p.1.s.1
1\tPiet\tPiet\tPROPN\t_\t_\t0\troot\t_\t_
2\tde\tde\tPROPN\t_\t_\t1\tflat:name\t_\t_
3\tVries\tVries\tPROPN\t_\t_\t1\tflat:name\t_\t_

"""


def test_a_sentence_is_modern_only_with_a_sent_id_line(tmp_path):
    sentences = ud_data().read_conllu(write(tmp_path, OLD + NEW + OLD))
    assert [s.modern for s in sentences] == [False, True, False]
    assert sentences[1].deprels == ["root", "flat", "flat"]  # the old subtype is folded into flat


def test_windows_carry_the_flag_per_word(tmp_path):
    module = ud_data()
    from nieuwsgraaf.nlp.subwords import PieceVocabulary

    vocab = PieceVocabulary.load(REPO / "models" / "nl_nieuwsgraaf_accurate" / "encoder" / "pieces.json")
    sentences = module.read_conllu(write(tmp_path, OLD + NEW))
    ids = {k: {} for k in ("upos", "feats", "deps", "lemma")}
    (window,) = module.windows(vocab, sentences, 160, 0, 2, ids["upos"], ids["feats"], ids["deps"], ids["lemma"])
    assert window.modern == [False, False, False, True, True, True]


def test_the_train_file_splits_into_old_and_current_guidelines():
    if not (UD / "nl-ud-train.conllu").is_file():
        pytest.skip("UD Dutch is not in ../shared/data")
    module = ud_data()
    train = module.read_conllu(UD / "nl-ud-train.conllu")
    old = Counter(d for s in train if not s.modern for d in s.deprels)
    new = Counter(d for s in train if s.modern for d in s.deprels)
    assert sum(s.modern for s in train) == 1771
    # relations the current guidelines added never occur in the old part
    assert all(old[label] == 0 for label in ("obl:arg", "obl:agent", "nmod:poss", "expl:pv"))
    assert all(new[label] > 0 for label in ("obl:arg", "obl:agent", "nmod:poss", "expl:pv"))
    assert all(s.modern for s in module.read_conllu(UD / "nl-ud-dev.conllu"))
