"""The encoder component of both shipped pipelines, loaded the way spaCy's own tools load it."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from nieuwsgraaf import resources

ACCURATE = resources.models_dir() / "nl_nieuwsgraaf_accurate"
FAST = resources.models_dir() / "nl_nieuwsgraaf_fast"
SHIPPED = [ACCURATE, FAST]
TEXT = ("Minister-president Mark Rutte sprak dinsdag in Brussel met Ursula von der Leyen over de NAVO.\n\n"
        "Daarna vloog hij naar Washington, waar hij de Amerikaanse president ontmoette.")


@pytest.fixture(scope="module", params=SHIPPED, ids=lambda path: path.name)
def nlp(request):
    return spacy.load(request.param)


@pytest.fixture(scope="module")
def accurate():
    return spacy.load(ACCURATE)


@pytest.mark.parametrize("model", SHIPPED, ids=lambda path: path.name)
def test_plain_spacy_load_finds_our_components_through_entry_points(model):
    code = f"import spacy; nlp = spacy.load({str(model)!r}); print(','.join(nlp.pipe_names))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "encoder" in out.stdout.split(",")[-1]


def test_names_places_and_organisations(nlp):
    ents = {(e.text, e.label_) for e in nlp(TEXT).ents}
    assert ("Mark Rutte", "PER") in ents
    assert ("Brussel", "LOC") in ents
    assert ("Washington", "LOC") in ents
    assert any(text == "NAVO" and label == "ORG" for text, label in ents)


def test_tags_morphology_and_a_tree_per_sentence(nlp):
    doc = nlp(TEXT)
    by_text = {t.text: t for t in doc}
    assert by_text["sprak"].pos_ == "VERB"
    assert by_text["Rutte"].pos_ == "PROPN"
    assert "Tense=Past" in str(by_text["sprak"].morph)
    assert by_text["Rutte"].head.text in ("Mark", "sprak") or by_text["Mark"].dep_ == "nsubj"
    for sentence in doc.sents:
        roots = [t for t in sentence if t.dep_ == "ROOT"]
        assert len(roots) == 1
        assert all(t.head.sent == sentence for t in sentence)
    assert len(list(doc.sents)) == 2


def test_lemmas_from_rules_and_the_lookup_table(nlp):
    doc = nlp("De ministers liepen gisteren naar het Binnenhof en spraken daar met journalisten.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["ministers"] == "minister"
    assert lemmas["liepen"] == "lopen"
    assert lemmas["spraken"] == "spreken"
    assert lemmas["journalisten"] == "journalist"
    assert lemmas["De"] == "de"
    assert all(t.lemma_ for t in nlp("Twee\n\nalinea's  met   spaties."))


def test_subject_and_object_of_a_simple_clause(accurate):
    nlp = accurate
    doc = nlp("Poetin ontmoette Trump in Helsinki.")
    verb = next(t for t in doc if t.text == "ontmoette")
    assert {c.text: c.dep_ for c in verb.children}.get("Poetin") == "nsubj"
    assert {c.text: c.dep_ for c in verb.children}.get("Trump") == "obj"


def test_save_and_load_again_gives_the_same_analysis(nlp, tmp_path):
    nlp.to_disk(tmp_path / "copy")
    again = spacy.load(tmp_path / "copy")
    first, second = nlp(TEXT), again(TEXT)
    assert [(e.start, e.end, e.label_) for e in first.ents] == [(e.start, e.end, e.label_) for e in second.ents]
    assert [t.head.i for t in first] == [t.head.i for t in second]


def test_existing_entities_are_kept(nlp):
    doc = nlp.make_doc("De Raad van State adviseerde de regering.")
    doc.ents = [doc.char_span(3, 17, label="ORG")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(e.text, e.label_) for e in doc.ents][0] == ("Raad van State", "ORG")


def test_spacy_evaluate_scores_the_encoder(tmp_path):
    reference = spacy.blank("nl")
    doc = Doc(reference.vocab, words=["Jan", "Peeters", "woont", "in", "Gent", "."],
              ents=["B-PER", "I-PER", "O", "O", "B-LOC", "O"])
    DocBin(docs=[doc]).to_disk(tmp_path / "gold.spacy")
    out = subprocess.run([sys.executable, "-m", "spacy", "evaluate", str(ACCURATE), str(tmp_path / "gold.spacy"),
                          "--output", str(tmp_path / "scores.json")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    scores = (tmp_path / "scores.json").read_text()
    assert '"ents_f"' in scores


# With 16 windows per ONNX run, three of these came out differently among other articles than
# alone (an entity label, a head, a feature): the int8 graph quantizes activations per run.
ARTICLES = [
    TEXT,
    "Oud-minister Wopke Hoekstra, nu Eurocommissaris, waarschuwde in Straatsburg voor de gevolgen van "
    "de Amerikaanse importheffingen voor Europese boeren.",
    "Feyenoord won zondag met 3-1 van PSV in De Kuip; Santiago Giménez scoorde twee keer.",
    "Het Internationaal Strafhof in Den Haag vaardigde een arrestatiebevel uit tegen de Russische "
    "president Vladimir Poetin.",
]


def test_an_article_gets_the_same_analysis_alone_and_among_others(nlp):
    others = ["Kort bericht.", "Een veel langer bericht over de gemeenteraad van Utrecht, die gisteren urenlang "
              "vergaderde over woningbouw, parkeren en het nieuwe zwembad in Overvecht, terwijl wethouder Klaas "
              "Verschuure van D66 de plannen van GroenLinks verdedigde."] * 4

    def analysis(doc):
        return [(t.text, t.ent_iob_, t.ent_type_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_) for t in doc]

    for article in ARTICLES:
        alone = analysis(nlp(article))
        among = list(nlp.pipe([*others, article, *others], batch_size=32))[len(others)]
        assert analysis(among) == alone, article


def _one_root_per_sentence(doc) -> None:
    for sentence in doc.sents:
        assert sum(t.dep_ == "ROOT" for t in sentence) == 1
        assert all(t.head.sent == sentence for t in sentence)


def test_the_sentence_head_splits_only_inside_the_sentencizer_sentences():
    # a threshold near zero makes the model's sentence starts win almost everywhere
    eager = spacy.load(ACCURATE, config={"components": {"encoder": {"split_sentences": 1e-6}}})
    off = spacy.load(ACCURATE, config={"components": {"encoder": {"split_sentences": 1.0}}})
    assert "sent" in eager.get_pipe("encoder").output_names
    split, plain = eager(TEXT), off(TEXT)
    assert len(list(plain.sents)) == 2
    assert len(list(split.sents)) > 2
    plain_starts = {t.i for t in plain if t.is_sent_start}
    assert plain_starts <= {t.i for t in split if t.is_sent_start}  # boundaries are only added
    _one_root_per_sentence(split)
    assert [t.pos_ for t in split] == [t.pos_ for t in plain]  # splitting touches only the trees
    assert [(e.text, e.label_) for e in split.ents] == [(e.text, e.label_) for e in plain.ents]


def test_every_word_gets_its_encoder_vector_the_same_alone_and_among_others(nlp):
    doc = nlp(TEXT)
    assert doc.tensor.shape == (len(doc), 384)
    words = [t.i for t in doc if not t.is_space]
    assert all(abs(doc.tensor[i]).sum() > 0 for i in words)
    among = list(nlp.pipe(["Kort bericht.", TEXT, "Nog een bericht."]))[1]
    assert abs(among.tensor - doc.tensor).max() < 1e-4


def test_numpy_blas_runs_on_one_thread_only_while_the_encoder_reads_its_outputs(accurate, monkeypatch):
    from threadpoolctl import threadpool_info

    from nieuwsgraaf.nlp import encoder as encoder_module

    def blas_threads() -> set[int]:
        return {info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"}

    before = blas_threads()
    seen: list[set[int]] = []
    bilinear = encoder_module._bilinear

    def watched(*args):
        seen.append(blas_threads())
        return bilinear(*args)

    monkeypatch.setattr(encoder_module, "_bilinear", watched)
    accurate(TEXT)
    assert seen and all(threads == {1} for threads in seen)
    assert blas_threads() == before  # the process's own setting comes back
