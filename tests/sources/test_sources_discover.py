"""Discovering article files: recursive, filtered, sorted, symlink-safe, streaming."""
import os
import types

from sources.discover import discover_files


def _touch(path, text="x"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_finds_article_files_recursively_in_relative_path_order(tmp_path):
    for rel in ["b.txt", "a/z.HTML", "a/b/c.md", "a.htm", "A-upper.TXT", "notes.pdf", "data.json", "x/y.Txt"]:
        _touch(tmp_path / rel)
    found = [f.rel_path for f in discover_files(tmp_path)]
    assert found == sorted(["b.txt", "a/z.HTML", "a/b/c.md", "a.htm", "A-upper.TXT", "x/y.Txt"])


def test_skips_hidden_files_and_folders(tmp_path):
    _touch(tmp_path / "visible.txt")
    _touch(tmp_path / ".hidden.txt")
    _touch(tmp_path / ".git" / "inside.txt")
    _touch(tmp_path / "sub" / ".cache" / "deep.html")
    assert [f.rel_path for f in discover_files(tmp_path)] == ["visible.txt"]


def test_symlinks_leaving_the_root_are_not_followed(tmp_path):
    root = tmp_path / "root"
    outside = tmp_path / "outside"
    _touch(root / "inside.txt")
    _touch(outside / "secret.txt")
    os.symlink(outside / "secret.txt", root / "link_to_file.txt")
    os.symlink(outside, root / "link_to_dir")
    os.symlink(root / "inside.txt", root / "alias.txt")  # stays inside: allowed
    assert [f.rel_path for f in discover_files(root)] == ["alias.txt", "inside.txt"]


def test_symlink_loops_inside_the_root_terminate(tmp_path):
    _touch(tmp_path / "d" / "a.txt")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    found = [f.rel_path for f in discover_files(tmp_path)]
    assert found[0] == "d/a.txt"
    assert len(found) <= 3


def test_reports_size_and_mtime_and_streams(tmp_path):
    _touch(tmp_path / "one.txt", "twelve chars")
    files = discover_files(tmp_path)
    assert isinstance(files, types.GeneratorType)
    first = next(files)
    assert first.size == 12 and first.mtime_ns > 0
    assert first.path == tmp_path / "one.txt"


def test_missing_root_yields_nothing(tmp_path):
    assert list(discover_files(tmp_path / "nope")) == []
