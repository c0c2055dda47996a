"""The wheel carries data/ and templates/: build, install in a fresh venv, run elsewhere."""

from __future__ import annotations

import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_runs_from_another_directory(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
    )
    wheel = next(dist.glob("endorse-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True
    )
    # Offline: after the install, the new venv sees this interpreter's dependencies behind its own
    # packages (written after pip ran, so pip never mistakes the parent's endorse for this one).
    own = next((env_dir / "lib").glob("python3*/site-packages"))
    (own / "parent_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    endorse = str(bin_dir / "endorse")
    version = subprocess.run(
        [endorse, "--version"], cwd=outside, capture_output=True, text=True, check=True
    )
    assert version.stdout.startswith("endorse ")
    checked = subprocess.run([endorse, "validate"], cwd=outside, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert "57 areas, 12 categories" in checked.stdout
    # The data came from inside the installed wheel.
    assert str(own) in checked.stdout.replace("\n", "")
    report = subprocess.run(
        [
            endorse,
            "gap",
            "--target",
            "IFS",
            str(ROOT / "examples/erikson-graduate-ifs.yaml"),
            "--as-of",
            "2025-06-30",
            "-f",
            "markdown",
        ],
        cwd=outside,
        capture_output=True,
        text=True,
    )
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("# Endorsement gap report: IFS")
    # The library is typed (PEP 561) and the license travels with it.
    assert (own / "endorse_cli" / "py.typed").is_file()
    info = next(own.glob("endorse-*.dist-info"))
    assert (info / "licenses" / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    metadata = (info / "METADATA").read_text(encoding="utf-8")
    assert "License-Expression: MIT" in metadata
    assert "Classifier: Typing :: Typed" in metadata
    assert "Project-URL: Documentation, README.md" in metadata
    catalog = ROOT / "examples/catalogs/lakeshore-aimh-2027.yaml"
    args = [
        "plan",
        "--target",
        "IFS",
        str(ROOT / "examples/erikson-graduate-ifs.yaml"),
        "--catalog",
        str(catalog),
    ]
    args += ["--as-of", "2026-12-04", "--by", "2027-06-30", "-f", "json"]
    plan = subprocess.run([endorse, *args], cwd=outside, capture_output=True, text=True)
    assert plan.returncode == 0, plan.stderr
    # The solver printed nothing.
    assert plan.stdout.startswith("{") and '"optimal": true' in plan.stdout
