"""Time travel: publish keeps the last ONCOCURATE_KEEP_RELEASES releases, each readable as it was."""
from __future__ import annotations

import pytest

from warehouse import layout
from warehouse.publish import publish
from warehouse.releases import list_releases, read_table, release


def test_the_last_n_releases_are_kept_and_read_as_they_were(tmp_path, samples, monkeypatch):
    monkeypatch.setenv("ONCOCURATE_KEEP_RELEASES", "3")
    for n in range(5):
        publish(tmp_path, samples.sample_tables(f"run-{n}", extra_indication=n % 2 == 1), samples.meta(f"run-{n}"))
    kept = list_releases(tmp_path)
    assert [r.run_id for r in kept] == ["run-4", "run-3", "run-2"]  # newest first
    assert [r.live for r in kept] == [True, False, False]
    assert len(list((tmp_path / layout.VERSIONS).iterdir())) == 3
    assert [len(read_table(r, "indications")) for r in kept] == [2, 3, 2]  # each as published
    assert kept[1].rows["indications"] == 3
    assert release(tmp_path, kept[2].version[:20]).run_id == "run-2"  # a unique prefix will do
    with pytest.raises(KeyError, match="releases kept"):
        release(tmp_path, "19990101")


def test_by_default_the_live_release_and_the_one_before_are_kept(tmp_path, samples, monkeypatch):
    monkeypatch.delenv("ONCOCURATE_KEEP_RELEASES", raising=False)
    for n in range(3):
        publish(tmp_path, samples.sample_tables(f"run-{n}"), samples.meta(f"run-{n}"))
    assert [r.run_id for r in list_releases(tmp_path)] == ["run-2", "run-1"]
