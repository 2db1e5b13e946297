"""The document JSON validates against its schema for every article we can read."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import CORPUS, EXAMPLES, SEEDS, need_shared
from nieuwsgraaf import resources
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.records import Analysis


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.schema_path().read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _documents(paths, settings, pipeline):
    return [document_to_json(a) for a in extract(paths, settings, pipeline) if isinstance(a, Analysis)]


def _check(document, validator):
    errors = sorted(validator.iter_errors(document), key=str)
    assert not errors, f"{document['meta']['origin']}: {errors[0].message} at {list(errors[0].path)}"
    text = document["text"]
    for start, end in document["sentences"]:
        assert 0 <= start < end <= len(text)
    for mention in document["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]


def test_every_dev_corpus_and_seed_document_validates(validator, settings, pipeline):
    need_shared()
    documents = _documents([str(SEEDS), str(CORPUS)], settings, pipeline)
    assert len(documents) == 63
    for document in documents:
        _check(document, validator)
    assert sum(len(d["mentions"]) for d in documents) > 300


def test_every_example_document_validates(validator, settings, pipeline):
    documents = _documents([str(EXAMPLES)], settings, pipeline)
    assert len(documents) >= 15
    for document in documents:
        _check(document, validator)
