"""`endorse schema`: the record's JSON Schema accepts every valid record and rejects schema-level
mistakes.

Editors use it while a record is typed, so it must agree with what `endorse` reads: every example
record passes; the bad records of tests/test_record_errors.py that a schema can catch fail.
"""

from __future__ import annotations

import json

import pytest
import yaml
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from endorse_cli.models import record as record_models
from endorse_cli.pack.schema import record_schema
from support import EXAMPLES, copy_pack
from test_record_errors import CASES, GOOD

# Cases of test_record_errors.py a schema can catch (the others need the file's text, the dates of
# the report, or the order of two dates: only `endorse` itself finds those).
SCHEMA_LEVEL = [
    "unknown key",
    "unknown area",
    "zero hours",
    "negative hours",
    "wrong type",
    "bad date",
    "unknown category",
    "unknown course",
    "empty file",
    "missing name",
    "not a mapping",
]
MODELS = [
    m
    for m in vars(record_models).values()
    if isinstance(m, type) and issubclass(m, BaseModel) and m.__module__ == record_models.__name__
]


class EditorLoader(yaml.SafeLoader):
    """yaml.safe_load's loader without timestamps: dates stay the YYYY-MM-DD strings editors see."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def as_editor_sees(text):
    """The YAML text as an editor's schema check sees it: safe YAML with dates as strings."""
    return yaml.load(text, Loader=EditorLoader)


def validator(schema):
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def schema(catalog):
    return record_schema(catalog)


def test_schema_command_prints_a_valid_draft_2020_12_schema(run):
    result = run("schema")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    schema = json.loads(result.stdout)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_output_file(run, tmp_path):
    out = tmp_path / "record.schema.json"
    result = run("schema", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "object"


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_record_field_has_a_description_and_an_example(model):
    for name, field in model.model_fields.items():
        assert field.description, f"{model.__name__}.{name} has no description"
        assert field.examples, f"{model.__name__}.{name} has no example"


def test_every_property_of_the_schema_carries_them_too(schema):
    objects = [schema, *(schema["$defs"][m.__name__] for m in MODELS if m.__name__ != "Record")]
    count = 0
    for obj in objects:
        for name, prop in obj["properties"].items():
            assert prop.get("description") and prop.get("examples"), name
            count += 1
    assert count == sum(len(m.model_fields) for m in MODELS)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_example_record_is_valid(schema, path):
    data = as_editor_sees(path.read_text(encoding="utf-8"))
    assert [e.message for e in validator(schema).iter_errors(data)] == []


def test_dates_are_yyyy_mm_dd_strings(schema):
    training = schema["$defs"]["Training"]["properties"]["date"]
    assert (training["type"], training["format"]) == ("string", "date")


def test_the_good_record_of_the_error_tests_is_valid(schema):
    assert list(validator(schema).iter_errors(as_editor_sees(GOOD))) == []


@pytest.mark.parametrize("case", SCHEMA_LEVEL)
def test_schema_level_mistakes_are_rejected(schema, case):
    text, _expected = CASES[case]
    data = as_editor_sees(text)
    assert list(validator(schema).iter_errors(data)), f"{case} passed the schema"


def test_categories_are_choices_with_none_only_where_a_record_may_say_none(schema, catalog):
    defs = schema["$defs"]
    held = defs["Endorsement"]["properties"]["category"]["enum"]
    assert {"IFS", "Infant Family Specialist", "ECMHM-R"} <= set(held)
    assert "none" not in held
    provider = defs["Supervision"]["properties"]["provider_endorsement"]["anyOf"]
    choices = next(b["enum"] for b in provider if "enum" in b)
    assert "none" in choices and set(catalog.categories) <= set(choices)
    assert {"type": "null"} in provider


def test_areas_accept_ids_names_listed_spellings_and_coe_ids(schema, catalog):
    data = as_editor_sees(GOOD)
    check = validator(schema)
    for name in ("cultural-competence", "Cultural competence", "Cultural humility", "coe:7A.1"):
        data["trainings"][0]["areas"] = {name: "met"}
        assert list(check.iter_errors(data)) == [], name
        data["trainings"][0]["areas"] = [name]
        assert list(check.iter_errors(data)) == [], name
    data["trainings"][0]["areas"] = {"cultural-competence": "fully"}
    assert list(check.iter_errors(data))
    spellings = schema["$defs"]["AreaName"]["anyOf"][0]["enum"]
    assert len(set(spellings)) >= len(catalog.areas) * 2


def test_an_empty_list_key_is_valid_for_the_schema_and_the_tool(schema, run, tmp_path):
    data = {"name": "A", "trainings": None, "work": None}
    assert list(validator(schema).iter_errors(data)) == []
    record = tmp_path / "r.yaml"
    record.write_text("name: A\ntrainings:\nwork:\n", encoding="utf-8")
    assert run("check", str(record)).exit_code == 0


def test_enums_come_from_the_data_pack_in_use(run, tmp_path):
    pack = tmp_path / "pack"
    copy_pack(pack)
    theory = pack / "competencies" / "01-theoretical-foundations.yaml"
    text = theory.read_text(encoding="utf-8")
    theory.write_text(
        text.replace('name: "Cultural competence"', 'name: "Culture and practice"'),
        encoding="utf-8",
    )
    result = run("schema", "--data-dir", str(pack))
    assert result.exit_code == 0, result.output
    spellings = json.loads(result.stdout)["$defs"]["AreaName"]["anyOf"][0]["enum"]
    assert "Culture and practice" in spellings and "Cultural competence" not in spellings


def test_the_starter_record_and_its_examples_are_valid(schema, run, tmp_path, monkeypatch):
    from test_init import uncomment_examples

    monkeypatch.chdir(tmp_path)
    assert run("init", "me.yaml").exit_code == 0
    text = (tmp_path / "me.yaml").read_text(encoding="utf-8")
    for variant in (text, uncomment_examples(text)):
        assert [e.message for e in validator(schema).iter_errors(as_editor_sees(variant))] == []


def test_the_older_exam_field_is_marked_deprecated(schema):
    assert schema["properties"]["exam_passed"]["deprecated"] is True
    assert "exams" in schema["properties"]["exam_passed"]["description"]
