"""Plain values YAML 1.1 reads in surprising ways are refused where a number or true/false is
expected.

YAML 1.1 reads `1:30` as the base-60 integer 90 and `012` as the octal 10
(https://yaml.org/type/int.html), `1_000` as 1000 and `.inf` / `.nan` as floats
(https://yaml.org/type/float.html), and `yes`, `no`, `on`, `off`, `y`, `n` as booleans
(https://yaml.org/type/bool.html). A record field that takes a number accepts a plain decimal only
(`12`, `1.5`); one that takes true/false accepts only `true` or `false`."""

from __future__ import annotations

import pytest

from endorse_cli.pack.yamlsafe import parse

HEAD = "name: Test Person\n"


def _training(hours: str) -> str:
    return HEAD + f"trainings:\n  - title: Workshop\n    date: 2021-03-02\n    hours: {hours}\n"


def _work(line: str) -> str:
    job = "  - role: Home visitor\n    start: 2020-01-06\n    ages: infant\n    kind: prevention\n"
    return HEAD + "work:\n" + job + f"    {line}\n"


def _check(run, tmp_path, text: str):
    record = tmp_path / "record.yaml"
    record.write_text(text, encoding="utf-8")
    result = run("check", str(record))
    assert "Traceback" not in result.output + result.stderr
    return result


def test_hours_written_as_a_clock_time_is_refused_with_the_decimal(run, tmp_path):
    result = _check(run, tmp_path, _training("1:30"))
    assert result.exit_code == 2
    err = " ".join(result.stderr.split())
    assert (
        "record.yaml:5: trainings[0].hours: must be a plain decimal number, not hours:minutes"
        in err
    )
    assert "(YAML 1.1 reads 1:30 as 90)" in err and "Fix: write 1.5 " in err


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ("0x1A", "write 26."),  # hexadecimal in YAML 1.1
        ("0o17", "write 15."),  # octal in YAML 1.2, text in YAML 1.1
        ("012", "write 12 without the leading 0."),  # octal 10 in YAML 1.1
        ("1_000", "write 1000."),  # underscores are ignored in YAML 1.1 numbers
        ("1e3", "write 1000."),  # text in YAML 1.1 (its floats need a '.'), a float in YAML 1.2
        (".inf", "write a plain decimal number"),
        (".nan", "write a plain decimal number"),
        ('"1:30"', "write 1.5 "),  # quoted: text, never a number
    ],
)
def test_a_number_field_accepts_a_plain_decimal_only(run, tmp_path, written, fix):
    result = _check(run, tmp_path, _training(written))
    assert result.exit_code == 2
    err = " ".join(result.stderr.split())
    assert "trainings[0].hours: must be a plain decimal number" in err and f"Fix: {fix}" in err


@pytest.mark.parametrize("written", ["12", "1.5", "0.75", "14.0"])
def test_plain_decimals_are_numbers(run, tmp_path, written):
    assert _check(run, tmp_path, _training(written)).exit_code == 0


@pytest.mark.parametrize("written", ["yes", "no", "on", "off", "y", "n", "Yes", "OFF"])
def test_a_true_false_field_accepts_only_true_or_false(run, tmp_path, written):
    result = _check(run, tmp_path, _work(f"paid: {written}"))
    assert result.exit_code == 2
    err = " ".join(result.stderr.split())
    assert f"record.yaml:7: work[0].paid: must be true or false (YAML 1.1 reads {written} as" in err
    assert "Fix: write true or false" in err


@pytest.mark.parametrize("written", ["true", "false", "True", "FALSE"])
def test_true_and_false_are_booleans(run, tmp_path, written):
    assert _check(run, tmp_path, _work(f"paid: {written}")).exit_code == 0


def test_the_same_values_stay_text_where_text_is_expected():
    """A title '1:30' or a name 'Yes' is what the person wrote, never 90 or true."""
    doc = parse("title: 1:30\nname: Yes\ncode: 0x1A\nempty: ~\nday: 2024-03-02\n", "t.yaml")
    assert doc.data == {
        "title": "1:30",
        "name": "Yes",
        "code": "0x1A",
        "empty": None,
        "day": "2024-03-02",
    }
    # Marked for a clear message.
    assert doc.data["title"].yaml11 == 90 and doc.data["name"].yaml11 is True


def test_a_marked_value_in_a_text_field_is_accepted(run, tmp_path):
    assert _check(run, tmp_path, _training("2").replace("Workshop", "1:30")).exit_code == 0


def test_the_data_pack_is_read_the_same_way(run, pack_copy):
    """`validate` holds the pack's numbers to plain decimals too
    (https://yaml.org/type/int.html)."""
    path = pack_copy / "categories" / "IMHS.yaml"
    text = path.read_text(encoding="utf-8")
    assert "minimum: 30\n" in text
    path.write_text(text.replace("minimum: 30\n", "minimum: 0x1E\n", 1), encoding="utf-8")
    result = run("validate", str(pack_copy))
    assert result.exit_code == 1
    out = " ".join((result.stdout + result.stderr).split())
    assert (
        "categories/IMHS.yaml:" in out
        and "must be a plain decimal number" in out
        and "Fix: write 30." in out
    )


def test_a_number_thousands_of_digits_long_is_an_error_not_a_crash(run, tmp_path):
    """Python refuses to read an int of more than 4,300 digits (found by the fuzz test)."""
    result = _check(run, tmp_path, _training("1" * 5002))
    assert result.exit_code == 2
    assert "trainings[0].hours: must be at most 10000" in " ".join(result.stderr.split())
