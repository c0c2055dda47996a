"""The pack cache can never serve stale or foreign data, and never breaks a run."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from endorse_cli.pack import cache
from endorse_cli.pack.load import load_pack
from support import EXAMPLES, ROOT, copy_pack, run_endorse

GAP = [
    "gap",
    "--target",
    "IMHS",
    str(EXAMPLES / "clinician-imhs.yaml"),
    "--as-of",
    "2024-06-30",
    "-f",
    "json",
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ENDORSE_CACHE_DIR", str(folder))
    monkeypatch.delenv("ENDORSE_NO_CACHE", raising=False)
    return folder


def _entries(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_second_load_comes_from_the_cache_and_equals_the_first(cache_dir, pack_copy):
    first = load_pack(pack_copy)
    assert len(_entries(cache_dir)) == 1
    second = load_pack(pack_copy)
    assert second.categories == first.categories and second.domains == first.domains
    assert second.version == first.version


def test_an_edit_keeping_size_and_time_is_noticed(cache_dir, pack_copy):
    """Key on content, not size and mtime (an `rsync -t` or `touch -r` edit)."""
    path = pack_copy / "categories" / "IMHS.yaml"
    load_pack(pack_copy)
    before = path.stat()
    text = path.read_text(encoding="utf-8").replace("minimum: 30\n", "minimum: 31\n", 1)
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    rule = load_pack(pack_copy).categories["IMHS"].requirements.training_hours[0]
    assert rule.minimum == 31


@pytest.mark.parametrize(
    "garbage", [b"", b"{", b"\x80\x81 not json", b'{"docs": {"x": 1}}', b"cos\nsystem\n(S'id'\ntR."]
)
def test_a_corrupt_or_planted_cache_file_is_ignored(cache_dir, pack_copy, garbage):
    expected = load_pack(pack_copy)
    (target,) = cache_dir.iterdir()
    target.write_bytes(garbage)
    assert load_pack(pack_copy).categories == expected.categories


def test_a_fifo_at_the_cache_path_does_not_hang(cache_dir, pack_copy):
    load_pack(pack_copy)
    (target,) = cache_dir.iterdir()
    target.unlink()
    os.mkfifo(target)
    assert load_pack(pack_copy).categories  # returns at once: the FIFO is not opened for reading


def test_a_link_at_the_cache_path_is_neither_read_nor_written_through(
    cache_dir, pack_copy, tmp_path
):
    load_pack(pack_copy)
    (target,) = cache_dir.iterdir()
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text(json.dumps({"docs": {}}), encoding="utf-8")
    target.unlink()
    target.symlink_to(elsewhere)
    assert load_pack(pack_copy).categories
    assert json.loads(elsewhere.read_text(encoding="utf-8")) == {"docs": {}}


def test_an_unwritable_cache_folder_still_gives_a_report(tmp_path, monkeypatch, pack_copy):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ENDORSE_CACHE_DIR", str(blocked / "cache"))
    assert load_pack(pack_copy).categories


def test_no_cache_turns_it_off(cache_dir, pack_copy, monkeypatch):
    monkeypatch.setenv("ENDORSE_NO_CACHE", "1")
    load_pack(pack_copy)
    assert _entries(cache_dir) == []


def test_changed_model_code_never_meets_a_stale_cache(tmp_path):
    """Run the report, then change a model in a copy of the package and run again with the same
    cache: the second run is correct (another key; the plain data is validated by the new models
    anyway)."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "endorse_cli", src / "endorse_cli")
    copy_pack(tmp_path / "data")  # where a source run finds them: beside src/
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    env = {**os.environ, "ENDORSE_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(src)}
    env.pop("ENDORSE_NO_CACHE", None)

    def run() -> str:
        done = run_endorse(*GAP, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    first = run()
    model = src / "endorse_cli" / "models" / "competency.py"
    text = model.read_text(encoding="utf-8")
    changed = text.replace("    inferred: ", "    weight: int = 1\n    inferred: ", 1)
    assert changed != text
    model.write_text(changed, encoding="utf-8")
    assert run() == first
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_cache_key_depends_on_every_file():
    files = {"a/x.yaml": b"one", "a/y.yaml": b"two"}
    assert cache.key(files) != cache.key({**files, "a/y.yaml": b"tw0"})
    assert cache.key(files) != cache.key({"a/x.yaml": b"one"})


def _forge(cache_dir, name: str) -> None:
    """Rename IMHS in the cached copy of the pack: what someone able to write the cache could
    plant."""
    (target,) = cache_dir.glob("pack-*.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    data["docs"][next(k for k in data["docs"] if k.endswith("categories/IMHS.yaml"))]["name"] = name
    target.write_text(json.dumps(data), encoding="utf-8")


def test_the_cache_is_trusted_when_the_folder_is_the_users_own(cache_dir, pack_copy):
    """The control case: a planted file in a trusted folder is served (which is why trust is
    checked)."""
    load_pack(pack_copy)
    _forge(cache_dir, "Planted")
    assert load_pack(pack_copy).categories["IMHS"].name == "Planted"


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777])
def test_a_cache_folder_others_may_write_is_not_read(cache_dir, pack_copy, mode):
    real = load_pack(pack_copy).categories["IMHS"].name
    _forge(cache_dir, "Planted")
    cache_dir.chmod(mode)
    assert load_pack(pack_copy).categories["IMHS"].name == real
    assert len(list(cache_dir.glob("pack-*.json"))) == 1, "nothing is written into it either"


def test_a_cache_file_others_may_write_is_not_read(cache_dir, pack_copy):
    real = load_pack(pack_copy).categories["IMHS"].name
    _forge(cache_dir, "Planted")
    (target,) = cache_dir.glob("pack-*.json")
    target.chmod(0o666)
    assert load_pack(pack_copy).categories["IMHS"].name == real


def test_a_cache_folder_of_another_user_is_not_read(cache_dir, pack_copy, monkeypatch):
    real = load_pack(pack_copy).categories["IMHS"].name
    _forge(cache_dir, "Planted")
    monkeypatch.setattr(os, "getuid", lambda: cache_dir.stat().st_uid + 1)
    assert load_pack(pack_copy).categories["IMHS"].name == real


def test_only_the_newest_cache_files_are_kept(cache_dir, pack_copy):
    load_pack(pack_copy)
    (first,) = cache_dir.glob("pack-*.json")
    for age, name in enumerate(["pack-a", "pack-b", "pack-c", "pack-d", "pack-e"], start=1):
        old = cache_dir / f"{name}.json"
        old.write_bytes(first.read_bytes())
        os.utime(old, (first.stat().st_mtime - age * 60,) * 2)
    stale_tmp = cache_dir / ".pack-left.tmp"
    stale_tmp.write_text("x")
    os.utime(stale_tmp, (0, 0))
    cache.store(first.stem, {"docs": {}})
    kept = _entries(cache_dir)
    assert len(kept) == cache.KEEP == 4
    assert kept == sorted([first.name, "pack-a.json", "pack-b.json", "pack-c.json"])
