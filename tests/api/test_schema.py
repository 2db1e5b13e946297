"""Schemathesis against the live server's own OpenAPI: no 5xx, and every response (errors
included) matches the schema, its status codes and content types.

Each operation is its own test case, fed by schemathesis' Hypothesis strategy (its pytest
plugin's lazy loading does not run under pytest 9, so the strategies are driven directly).
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [schemathesis.checks.not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
OPERATIONS = ["GET /api/articles", "GET /api/articles/{article_id}", "POST /api/articles", "GET /api/entities",
              "GET /api/entities/{entity_id}", "GET /api/quotes", "GET /api/events", "GET /api/graph",
              "GET /api/timeline", "GET /api/stats", "GET /api/stories", "GET /api/stories/{story_id}"]


@pytest.fixture(scope="session")
def api_schema(server):
    return schemathesis.openapi.from_url(f"{server.url}/openapi.json")


def test_every_operation_is_checked(api_schema):
    found = [f"{op.ok().method.upper()} {op.ok().path}" for op in api_schema.get_all_operations()]
    assert sorted(found) == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_the_api_keeps_its_own_schema(api_schema, label):
    method, path = label.split(" ")
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
              database=None)
    def check(case):
        case.call_and_validate(checks=CHECKS)

    check()
