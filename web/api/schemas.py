"""Marshmallow schemas of the API's responses: they serialise records and generate the OpenAPI document.

Creators and services are dumped through these schemas, so what the document
promises is what the API sends; the search response (built by `search/`) is
checked against its schema by the schemathesis tests.
"""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from search.documents import LANGUAGES, TAXONOMY_FACETS
from search.request import FACETS, MAX_PER_PAGE


def _language_map(values=None, **kwargs):
    """Text per content language ({"fi": "...", "sv": "..."}), any subset."""
    return fields.Dict(keys=fields.String(validate=validate.OneOf(LANGUAGES)), values=values or fields.String(), **kwargs)


class ErrorDetail(Schema):
    code = fields.String(required=True, metadata={"description": "Stable machine-readable code, e.g. invalid_parameter, not_found."})
    message = fields.String(required=True, metadata={"description": "What was wrong and how to fix it, in English."})
    parameter = fields.String(metadata={"description": "The request parameter that was wrong, when one was."})


class Error(Schema):
    error = fields.Nested(ErrorDetail, required=True)


class TermRef(Schema):
    code = fields.String(required=True)
    label = fields.String(required=True, metadata={"description": "In the requested language."})


class MunicipalityRef(Schema):
    code = fields.String(required=True, metadata={"description": "Statistics Finland municipality number."})
    name = fields.String(required=True)


class Contact(Schema):
    email = fields.String(allow_none=True, required=True)
    phone = fields.String(allow_none=True, required=True)
    website = fields.String(allow_none=True, required=True)
    social_links = fields.List(fields.String())


class ServiceSummary(Schema):
    id = fields.Integer(required=True)
    slug = fields.String(required=True)
    url = fields.String(required=True)
    title = _language_map(required=True)
    service_type = fields.Nested(TermRef, required=True)
    price_eur = fields.Float(allow_none=True, required=True)
    price_basis = fields.Nested(TermRef, allow_none=True, required=True)
    duration_minutes = fields.Integer(allow_none=True, required=True)
    online = fields.Boolean(required=True)


class Creator(Schema):
    id = fields.Integer(required=True)
    external_id = fields.String(allow_none=True, required=True)
    slug = fields.String(required=True)
    url = fields.String(required=True, metadata={"description": "The profile page, in the requested language."})
    name = fields.String(required=True)
    creator_type = fields.Nested(TermRef, required=True)
    home_region = fields.Nested(TermRef, required=True)
    municipality = fields.Nested(MunicipalityRef, allow_none=True, required=True)
    regions = fields.List(fields.Nested(TermRef), required=True)
    art_forms = fields.List(fields.Nested(TermRef), required=True)
    languages = fields.List(fields.Nested(TermRef), required=True)
    description = _language_map(required=True)
    background = _language_map(required=True)
    keywords = _language_map(fields.List(fields.String()), required=True)
    contact = fields.Nested(Contact, required=True)
    services = fields.List(fields.Nested(ServiceSummary), required=True)
    approved_at = fields.DateTime(allow_none=True, required=True)
    updated_at = fields.DateTime(required=True)


class CreatorRef(Schema):
    id = fields.Integer(required=True)
    slug = fields.String(required=True)
    url = fields.String(required=True)
    name = fields.String(required=True)
    creator_type = fields.Nested(TermRef, required=True)
    municipality = fields.Nested(MunicipalityRef, allow_none=True, required=True)
    contact = fields.Nested(Contact, required=True)


class Service(Schema):
    id = fields.Integer(required=True)
    external_id = fields.String(allow_none=True, required=True)
    slug = fields.String(required=True)
    url = fields.String(required=True)
    title = _language_map(required=True)
    description = _language_map(required=True)
    keywords = _language_map(fields.List(fields.String()), required=True)
    accessibility = _language_map(required=True)
    service_type = fields.Nested(TermRef, required=True)
    art_forms = fields.List(fields.Nested(TermRef), required=True)
    target_groups = fields.List(fields.Nested(TermRef), required=True)
    regions = fields.List(fields.Nested(TermRef), required=True)
    languages = fields.List(fields.Nested(TermRef), required=True)
    duration_minutes = fields.Integer(allow_none=True, required=True)
    audience_min = fields.Integer(allow_none=True, required=True)
    audience_max = fields.Integer(allow_none=True, required=True)
    price_eur = fields.Float(allow_none=True, required=True, metadata={"description": "null: price on request."})
    price_basis = fields.Nested(TermRef, allow_none=True, required=True)
    online = fields.Boolean(required=True)
    creator = fields.Nested(CreatorRef, required=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class FacetValue(Schema):
    value = fields.String(required=True)
    label = fields.String(required=True)
    count = fields.Integer(required=True, validate=validate.Range(min=0))
    selected = fields.Boolean(required=True)


class HitTerm(Schema):
    value = fields.String(required=True)
    label = fields.String(required=True)


class Hit(Schema):
    id = fields.String(required=True, metadata={"description": "creator:<id> or service:<id>."})
    external_id = fields.String(allow_none=True, required=True)
    kind = fields.String(required=True, validate=validate.OneOf(("creator", "service")))
    slug = fields.String(required=True)
    url = fields.String(required=True)
    name = fields.String(required=True)
    snippet = fields.String(required=True, metadata={"description": "HTML: escaped text with <mark> around matched words."})
    lang = fields.String(required=True, validate=validate.OneOf(LANGUAGES), metadata={"description": "Language of the snippet."})
    name_lang = fields.String(required=True, validate=validate.OneOf(LANGUAGES), metadata={"description": "Language of the name."})
    facets = fields.Dict(
        keys=fields.String(validate=validate.OneOf(TAXONOMY_FACETS)), values=fields.List(fields.Nested(HitTerm)), required=True
    )
    online = fields.Boolean(allow_none=True, required=True)
    display = fields.Dict(required=True, metadata={"description": "Card details: price, duration, audience, creator."})


Facets = Schema.from_dict(
    {name: fields.List(fields.Nested(FacetValue), required=True) for name in FACETS}, name="Facets"
)


class SearchResponse(Schema):
    total = fields.Integer(required=True, validate=validate.Range(min=0))
    page = fields.Integer(required=True, validate=validate.Range(min=1))
    per_page = fields.Integer(required=True, validate=validate.Range(min=1, max=MAX_PER_PAGE))
    took_ms = fields.Float(required=True)
    suggestion = fields.String(allow_none=True, required=True, metadata={"description": "Did you mean: a corrected query."})
    hits = fields.List(fields.Nested(Hit), required=True)
    facets = fields.Nested(Facets, required=True)


class TaxonomyTerm(Schema):
    code = fields.String(required=True)
    parent = fields.String(allow_none=True, required=True)
    labels = _language_map(required=True)
    participating = fields.Boolean(metadata={"description": "Regions only: whether the region takes part yet."})


class Taxonomy(Schema):
    version = fields.Integer(required=True)
    vocabularies = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(TaxonomyTerm)), required=True)


class Suggestion(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(("term", "creator", "service")))
    label = fields.String(required=True)
    url = fields.String(required=True)
    lang = fields.String(required=True, validate=validate.OneOf(LANGUAGES))
    facet = fields.String(allow_none=True, required=True)
    value = fields.String(allow_none=True, required=True)


class Suggestions(Schema):
    query = fields.String(required=True)
    suggestions = fields.List(fields.Nested(Suggestion), required=True)
