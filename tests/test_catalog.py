"""Catalog files: `endorse check` reads them, `endorse validate` checks a pack's catalogs/ folder,
`endorse schema --catalog` describes them, and a pack's catalogs are offered to `endorse plan`
(PRODUCT.md, catalog format)."""

from __future__ import annotations

import json
import shutil

from support import EXAMPLES, ROOT

CALENDAR = EXAMPLES / "catalogs" / "lakeshore-aimh-2027.yaml"
RECORD = EXAMPLES / "erikson-graduate-ifs.yaml"
BAD = """\
catalog: bad
name: Bad calendar
source: https://example.org
offerings:
  - {id: x, title: X, hours: 3, areas: {relationship focused practise: met}}
  - {id: y, title: Y, kind: course, cost: -3}
"""


def _pack_with(tmp_path, text: str):
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "data", pack)
    (pack / "catalogs").mkdir()
    (pack / "catalogs" / "local.yaml").write_text(text)
    return pack


def test_check_reads_a_catalog_and_a_record_side_by_side(run, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    result = run("check", str(CALENDAR), str(RECORD), str(bad))
    assert result.exit_code == 2
    assert (
        "valid catalog of offerings" in result.stdout and "valid training record" in result.stdout
    )
    assert f"{bad}:5: offerings[0].areas" in result.stderr and "did you mean" in result.stderr
    assert f"{bad}:6: offerings[1].cost" in result.stderr


def test_validate_checks_the_pack_catalogs(run, tmp_path):
    pack = _pack_with(tmp_path, BAD)
    result = run("validate", str(pack))
    assert result.exit_code == 1
    assert "catalogs/local.yaml:5" in result.stderr
    as_json = run("validate", str(pack), "--format", "json")
    assert as_json.exit_code == 1
    assert any(p["line"] == 6 for p in json.loads(as_json.stdout)["problems"])


def test_a_pack_catalog_is_offered_to_plan(run, tmp_path):
    good = CALENDAR.read_text(encoding="utf-8")
    pack = _pack_with(tmp_path, good)
    result = run("plan", str(RECORD), "--target", "IFS", "--as-of", "2026-12-04",
                 "--by", "2027-06-30", "--data-dir", str(pack), "--format", "json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    plan = json.loads(result.stdout)
    assert "lakeshore-aimh-2027" in plan["catalogs"]
    assert plan["picks"]
    twice = run(
        "plan", str(RECORD), "--target", "IFS", "--data-dir", str(pack), "--catalog", str(CALENDAR)
    )
    assert twice.exit_code == 2
    assert "already loaded" in twice.stderr


def test_the_catalog_schema_accepts_the_example_and_rejects_a_typo(run):
    import jsonschema
    import yaml

    result = run("schema", "--catalog")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    data = json.loads(json.dumps(yaml.safe_load(CALENDAR.read_text(encoding="utf-8")), default=str))
    jsonschema.validate(data, schema)
    data["offerings"][0]["hourz"] = 3
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    del data["offerings"][0]["hourz"]
    # An editor flags an unknown area as it is typed.
    data["offerings"][0]["areas"] = {"saftey": "met"}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    data["offerings"][0]["areas"] = {"Safety": "met"}  # a name, as records may write it
    jsonschema.validate(data, schema)
