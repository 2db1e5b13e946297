"""Loading the Dutch spaCy pipeline named by the settings, and fitting our components in."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

from .. import resources
from ..events.classifier import WEIGHTS_FILE as TRIGGER_WEIGHTS

log = logging.getLogger(__name__)

FALLBACK = "none"
FALLBACK_NAME = "blank-nl+rule-based-fallback-ner"


class NlpError(RuntimeError):
    """The configured pipeline cannot be loaded."""


@dataclass(frozen=True)
class LoadedPipeline:
    nlp: Language
    name: str  # what the document JSON records as meta.nlp_model


def _find_model(model: str) -> Path | str | None:
    as_path = Path(model)
    if as_path.is_dir():
        return as_path
    shipped = resources.models_dir() / model
    if shipped.is_dir():
        return shipped
    if spacy.util.is_package(model):
        return model
    return None


def _encoder_threads(found: Path | str, threads: int | None) -> dict[str, int]:
    """Config overrides giving each `ng_encoder` of the pipeline `threads` ONNX Runtime threads."""
    if threads is None:
        return {}
    if isinstance(found, Path):
        config_file = found / "config.cfg"
    else:  # an installed package keeps its pipeline in a folder of its own
        config_file = next(spacy.util.get_package_path(found).glob("*/config.cfg"), None)
    if config_file is None or not config_file.is_file():
        return {}
    components = spacy.util.load_config(config_file, interpolate=False).get("components", {})
    return {f"components.{name}.threads": threads for name, block in components.items()
            if block.get("factory") == "ng_encoder"}


def _build_fallback() -> Language:
    """Blank Dutch: tokenizer, punctuation sentences, lookup lemmas, gazetteer NER."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ng_paragraph_breaks")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    _add_actor_ruler(nlp)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.from_disk(resources.lexicon_path("fallback_ner.jsonl"))
    nlp.add_pipe("ng_timexes")
    nlp.add_pipe("ng_events")
    return nlp


def _add_actor_ruler(nlp: Language, before: str | None = None) -> None:
    """Known actors' names (data/lexicons/actor_patterns.jsonl) tagged before the statistical NER,
    which respects them and labels only the rest."""
    placement = {"before": before} if before else {"last": True}
    ruler = nlp.add_pipe("entity_ruler", name="ng_actor_ruler", config={"phrase_matcher_attr": "ORTH"},
                         **placement)
    ruler.from_disk(resources.lexicon_path("actor_patterns.jsonl"))


def _fit_components(nlp: Language, folder: Path | None = None) -> None:
    if "ng_paragraph_breaks" not in nlp.pipe_names:
        before = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
        if before:
            # Punctuation and paragraph breaks decide the sentences, the parser respects them:
            # our CNN parser splits sentences worse (F 0.91 on UD) than punctuation does on news.
            if "sentencizer" not in nlp.pipe_names:
                nlp.add_pipe("sentencizer", before=before)
            nlp.add_pipe("ng_paragraph_breaks", before=before)
        else:
            nlp.add_pipe("ng_paragraph_breaks", last=True)
    tagger_of_entities = first_entity_component(nlp)
    if tagger_of_entities and "ng_actor_ruler" not in nlp.pipe_names:
        _add_actor_ruler(nlp, before=tagger_of_entities)
    if "ng_timexes" not in nlp.pipe_names:
        nlp.add_pipe("ng_timexes", last=True)
    if "ng_events" not in nlp.pipe_names:
        # the trigger classifier reads this pipeline's encoder vectors: it ships in its folder
        weights = folder / TRIGGER_WEIGHTS if folder is not None else None
        config = {"classifier": str(weights)} if weights is not None and weights.is_file() else {}
        nlp.add_pipe("ng_events", last=True, config=config)


def first_entity_component(nlp: Language) -> str | None:
    """The first statistical component that sets doc.ents (spaCy's ner, our encoder)."""
    for name in nlp.pipe_names:
        if name == "ner" or "doc.ents" in nlp.get_pipe_meta(name).assigns:
            return name
    return None


def load_pipeline(model: str, default: str | None = None, threads: int | None = None) -> LoadedPipeline:
    """Load `model` (a name under models/, a path, or a package; 'none' for the fallback).

    When `model` is the default and is not there, the rule-based fallback runs instead,
    with a warning; a model the user asked for by name must exist. `threads` sets ONNX
    Runtime's intra-op threads of every `ng_encoder` (None: the model's own config says).
    """
    if model == FALLBACK:
        return LoadedPipeline(_build_fallback(), FALLBACK_NAME)
    found = _find_model(model)
    if found is None:
        if model == default:
            log.warning("spaCy pipeline %r not found; using the rule-based fallback", model)
            return LoadedPipeline(_build_fallback(), FALLBACK_NAME)
        raise NlpError(f"spaCy pipeline {model!r} not found (not a folder, not in models/, not installed)")
    try:
        nlp = spacy.load(found, config=_encoder_threads(found, threads))
    except (OSError, ValueError) as error:
        raise NlpError(f"spaCy pipeline {model!r} could not be loaded: {error}") from error
    if nlp.lang != "nl":
        raise NlpError(f"spaCy pipeline {model!r} is for language {nlp.lang!r}, not Dutch")
    _fit_components(nlp, found if isinstance(found, Path) else None)
    meta = nlp.meta
    return LoadedPipeline(nlp, f"{meta.get('lang', 'nl')}_{meta.get('name', model)}-{meta.get('version', '0')}")
