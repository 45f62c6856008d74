"""Property-based API tests from the OpenAPI document: schemathesis generates requests, valid and invalid.

Whatever it sends, the API must answer without a 5xx, and with a status code,
content type, headers and body that the document declares. Examples are
bounded per operation and mode to keep the suite quick.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from web_support import make_app

EXAMPLES = 25
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance, response_headers_conformance]
OPERATIONS = ["/api/v1/search", "/api/v1/creators/{reference}", "/api/v1/services/{reference}", "/api/v1/taxonomy", "/api/v1/suggest"]


@pytest.fixture(scope="module")
def api_schema(sqlite_site):
    # The pytest plugin's lazy fixture loader does not work with this pytest; Hypothesis strategies do the same job.
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", make_app(sqlite_site))


def test_the_document_lists_exactly_these_operations(api_schema):
    labels = sorted(result.ok().path for result in api_schema.get_all_operations())
    assert labels == sorted(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
@pytest.mark.parametrize("path", OPERATIONS)
def test_api_conforms_to_its_openapi_document(api_schema, path, mode):
    operation = api_schema[path]["GET"]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        case.call_and_validate(checks=CHECKS)

    check()
