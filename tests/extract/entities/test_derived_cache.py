"""The on-disk cache of derived data gives back exactly what building gives, and never trusts a bad file."""
from __future__ import annotations

import pickle

from extract.entities.derived_cache import PackedMapping, content_key, load_or_build


def test_a_cached_value_is_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("ONCOCURATE_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"imatinib": ("imatinib", False)}

    first = load_or_build("names", "k1", build)
    second = load_or_build("names", "k1", build)
    assert first == second == {"imatinib": ("imatinib", False)}
    assert len(calls) == 1


def test_a_corrupt_or_stale_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("ONCOCURATE_CACHE_DIR", str(tmp_path))
    (tmp_path / "names-k1.pickle").write_bytes(b"not a pickle")
    assert load_or_build("names", "k1", lambda: [1, 2]) == [1, 2]
    assert load_or_build("names", "k2", lambda: [3]) == [3]  # another key: another file


def test_an_unwritable_cache_folder_still_gives_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("ONCOCURATE_CACHE_DIR", str(blocker / "sub"))
    assert load_or_build("names", "k1", lambda: "built") == "built"


def test_the_key_changes_with_any_input():
    assert content_key("a", b"b") == content_key("a", b"b")
    assert content_key("a", b"b") != content_key("ab", b"")  # parts are delimited
    assert content_key("a", b"b") != content_key("a", b"c")


def test_a_packed_mapping_reads_like_the_dict_it_packs():
    plain = {"imatinib": {"names": {"Gleevec", "STI571"}}, "dasatinib": {"names": {"Sprycel"}}}
    packed = pickle.loads(pickle.dumps(PackedMapping.pack(plain)))
    assert dict(packed) == plain
    assert list(packed) == list(plain) and len(packed) == 2
    assert "imatinib" in packed and "nilotinib" not in packed
    assert packed.get("nilotinib") is None
    assert packed["imatinib"] is packed["imatinib"]  # opened once, then the same object


def _age(path, seconds):
    import os
    import time
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_writing_a_new_version_prunes_the_files_of_old_versions(tmp_path, monkeypatch):
    monkeypatch.setenv("ONCOCURATE_CACHE_DIR", str(tmp_path))
    load_or_build("drug-automaton", "aaaa", lambda: "old")
    load_or_build("drug-vocabulary", "aaaa", lambda: "other table")
    (tmp_path / "drug-automaton-cccc.4242.tmp").write_bytes(b"half written")
    for path in tmp_path.iterdir():
        _age(path, 3 * 24 * 3600)
    assert load_or_build("drug-automaton", "bbbb", lambda: "new") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "drug-automaton-bbbb.pickle", "drug-vocabulary-aaaa.pickle"]  # another name is not touched


def test_a_file_another_checkout_still_loads_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("ONCOCURATE_CACHE_DIR", str(tmp_path))
    load_or_build("drug-automaton", "aaaa", lambda: "old")
    _age(tmp_path / "drug-automaton-aaaa.pickle", 3 * 24 * 3600)
    assert load_or_build("drug-automaton", "aaaa", lambda: "rebuilt") == "old"  # loading marks it used
    load_or_build("drug-automaton", "bbbb", lambda: "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "drug-automaton-aaaa.pickle", "drug-automaton-bbbb.pickle"]
