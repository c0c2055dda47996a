"""`endorse init`: a starter record a non-programmer can fill in, that the tool reads as it is."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from endorse_cli.models.record import Record
from endorse_cli.pack.load import load_pack
from endorse_cli.pack.record import load_record
from endorse_cli.pack.schema import TITLE
from endorse_cli.render.starter import quote
from support import cli, copy_pack

SCHEMA = "endorse-record.schema.json"
LISTS = [name for name, f in Record.model_fields.items() if f.default_factory is list]


def uncomment_examples(text: str) -> str:
    """The record with every commented example entry switched on (as a user would, deleting '#
    ')."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("name:"))
    return "".join(lines[:start] + [re.sub(r"^# (  +)", r"\1", line) for line in lines[start:]])


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_writes_record_yaml_and_the_schema_beside_it(run, here):
    result = run("init")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "Wrote record.yaml" in result.stdout
    assert "endorse gap --target IFS record.yaml" in result.stdout
    text = (here / "record.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA}"
    assert text.endswith("\n")
    assert json.loads((here / SCHEMA).read_text(encoding="utf-8"))["title"] == TITLE


def test_the_starter_passes_gap_and_check_unchanged(run, here):
    assert run("init", "me.yaml").exit_code == 0
    before = (here / "me.yaml").read_bytes()
    gap = run("gap", "--target", "IFS", "me.yaml", "--format", "json")
    assert gap.exit_code == 0, gap.output
    report = json.loads(gap.stdout)
    # Empty record: everything missing.
    assert report["summary"]["met"] == 0 and report["summary"]["ready"] is False
    check = run("check", "me.yaml")
    assert check.exit_code == 0, check.output
    assert "✔ me.yaml" in check.stdout
    assert (here / "me.yaml").read_bytes() == before


def test_every_section_is_there_with_a_plain_words_comment_above_it(run, here):
    assert run("init", "me.yaml").exit_code == 0
    lines = (here / "me.yaml").read_text(encoding="utf-8").splitlines()
    keys = {line.split(":")[0]: i for i, line in enumerate(lines) if re.match(r"^[a-z_]+:", line)}
    expected = set(Record.model_fields) - {"exam_passed"}  # the older exam form no longer counts
    assert set(keys) == expected
    for key, i in keys.items():
        assert lines[i - 1].startswith("# "), f"no comment above {key}"


def test_every_list_has_a_commented_example_that_reads_as_a_valid_entry(run, here, catalog):
    assert run("init", "me.yaml").exit_code == 0
    filled = here / "filled.yaml"
    filled.write_text(
        uncomment_examples((here / "me.yaml").read_text(encoding="utf-8")), encoding="utf-8"
    )
    record = load_record(filled, catalog, date.today())
    for name in LISTS:
        assert getattr(record, name), f"{name} has no example entry"
    assert record.membership is not None
    assert run("gap", "--target", "IMHS", str(filled)).exit_code == 0


def test_an_existing_file_is_never_overwritten(run, here):
    (here / "me.yaml").write_text("name: Kept\n", encoding="utf-8")
    result = run("init", "me.yaml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "me.yaml already exists; refusing to overwrite it" in result.stderr
    assert "Fix:" in result.stderr
    assert (here / "me.yaml").read_text(encoding="utf-8") == "name: Kept\n"
    assert not (here / SCHEMA).exists()  # nothing touched


def test_a_dangling_symlink_counts_as_existing(run, here):
    (here / "me.yaml").symlink_to(here / "elsewhere.yaml")
    result = run("init", "me.yaml")
    assert result.exit_code == 2
    assert not (here / "elsewhere.yaml").exists()


def test_a_folder_that_does_not_exist_exits_2(run, here):
    result = run("init", "no/such/me.yaml")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_a_schema_file_of_another_origin_is_kept_with_a_warning(run, here):
    (here / SCHEMA).write_text('{"mine": true}\n', encoding="utf-8")
    result = run("init", "me.yaml")
    assert result.exit_code == 0
    assert "was not written by endorse" in result.stderr
    assert (here / SCHEMA).read_text(encoding="utf-8") == '{"mine": true}\n'
    assert (here / "me.yaml").is_file()


def test_our_own_schema_file_is_refreshed(run, here):
    (here / SCHEMA).write_text(json.dumps({"title": TITLE}), encoding="utf-8")
    assert run("init", "me.yaml").exit_code == 0
    assert "$defs" in json.loads((here / SCHEMA).read_text(encoding="utf-8"))


def test_interactive_asks_and_fills_in_the_answers(run, here, catalog):
    future = (date.today() + timedelta(days=30)).isoformat()
    answers = [
        "",  # the name is required: asked again
        'Jo O\'Brien: "#1"',
        "MI-AIMH",
        "IMSH",  # a typo: asked again, with a suggestion
        "imhs",
        "y",
        "Master of Social Work",
        "master",  # not a level: asked again
        "masters",
        future,  # in the future: asked again
        "2019-05-15",
        "y",
        "Bachelor of Arts",
        "bachelors",
        "",  # still studying / no date
        "n",
    ]

    result = cli("init", "--interactive", "me.yaml", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "did you mean 'IMHS'" in result.stdout
    assert "'master' is not a level" in result.stdout
    assert "in the future" in result.stdout
    # The target is in the record.
    assert "Next: fill it in, then run: endorse gap me.yaml" in result.stdout
    record = load_record(here / "me.yaml", catalog, date.today())
    assert record.name == 'Jo O\'Brien: "#1"'
    assert record.association == "MI-AIMH"
    assert [(e.level, e.completed) for e in record.education] == [
        ("masters", date(2019, 5, 15)),
        ("bachelors", None),
    ]
    assert record.target == "IMHS"  # so `endorse gap me.yaml` needs no --target
    assert "endorse gap me.yaml" in (here / "me.yaml").read_text(encoding="utf-8")
    # A degree without a date is fine.
    assert run("gap", "--target", "IMHS", "me.yaml").exit_code == 0


def test_examples_use_the_ids_of_the_data_pack_in_use(run, here, tmp_path):

    pack = tmp_path / "pack"
    copy_pack(pack)
    ifa = pack / "categories" / "IFA.yaml"
    ifa.write_text(
        ifa.read_text(encoding="utf-8").replace(
            "name: Infant Family Associate", "name: Family Associate"
        )
    )
    assert load_pack(pack).categories["IFA"].name == "Family Associate"
    result = run("init", "me.yaml", "--data-dir", str(pack))
    assert result.exit_code == 0, result.output
    enum = json.loads((here / SCHEMA).read_text(encoding="utf-8"))["$defs"]["Endorsement"][
        "properties"
    ]["category"]
    assert "Family Associate" in enum["enum"] and "Infant Family Associate" not in enum["enum"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_answer_reads_back_exactly_as_typed(text):
    assert yaml.safe_load(f"name: {quote(text)}\n")["name"] == text


def test_plain_answers_stay_unquoted():
    assert quote("MI-AIMH") == "MI-AIMH"
    assert quote("Master of Social Work") == "Master of Social Work"
    assert quote("yes") == '"yes"'  # YAML would read it as true
    assert quote("a: b") == '"a: b"'


def test_the_starter_template_is_a_file_not_code():
    from endorse_cli.resources import templates_root

    assert (templates_root() / "record.yaml.j2").is_file()


def test_help_has_an_example(run):
    result = run("init", "--help")
    assert result.exit_code == 0
    assert "Example: endorse init" in result.stdout


def test_new_record_path_is_shown_quoted_when_it_needs_it(run, here):
    result = run("init", "my record.yaml")
    assert result.exit_code == 0
    assert "endorse gap --target IFS 'my record.yaml'" in result.stdout
    assert Path(here / "my record.yaml").is_file()


def test_the_readme_starts_a_new_user_with_init_edit_gap():
    from support import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.S)
    assert blocks[0].startswith(
        "pip install . && endorse gap --target IFS examples/erikson-graduate-ifs.yaml"
    )
    assert blocks[1].startswith('pip install ".[test]" && python -m pytest')
    third = blocks[2]
    assert third.index("endorse init me.yaml") < third.index("endorse gap --target IFS me.yaml")


def test_the_record_guide_covers_what_a_new_applicant_asks():
    from support import ROOT

    guide = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")
    for job in (
        "Home visitor",
        "Early Head Start",
        "Part C service coordinator",
        "IECMH consultant",
        "Infant mental health therapist",
        "Clinical director",
        "Policy or program administrator",
        "Professor",
    ):
        assert job in guide, job
    for topic in (
        "met or partial?",
        "Logging reflective supervision",
        "Which exam?",
        "vetted rater",
        "serving",
    ):
        assert topic in guide, topic
    assert "exam_passed" in guide and "no\nlonger counts" in guide
    from endorse_cli.models import record as models

    for model in (
        getattr(models, n)
        for n in ("Record", "Education", "Course", "Training", "Work", "Supervision")
    ):
        for field in set(model.model_fields) - {"exam_passed"}:
            assert f"`{field}`" in guide, f"{model.__name__}.{field}"
