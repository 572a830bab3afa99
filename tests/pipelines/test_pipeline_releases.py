"""Time travel and the change feed as a user sees them: `oncocurate releases` lists the releases kept,
and `--since` prints what changed since an earlier one."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipelines.cli import app
from tests.pipelines.conftest import write_corpus

pytestmark = pytest.mark.slow


def test_releases_and_the_change_feed_since_an_earlier_one(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("ONCOCURATE_KEEP_RELEASES", "3")
    warehouse = tmp_path / "warehouse"
    cli = CliRunner()

    def run() -> None:
        result = cli.invoke(app, ["run", "--source", str(corpus), "--warehouse", str(warehouse)])
        assert result.exit_code == 0, result.output

    def listed() -> list[list[str]]:
        result = cli.invoke(app, ["releases", "--warehouse", str(warehouse)])
        assert result.exit_code == 0, result.output
        return [line.split("\t") for line in result.output.splitlines()]

    run()
    first = listed()[0][0]
    write_corpus(corpus, {"cml/nilotinib.txt": "Nilotinib\n\nNilotinib is approved for chronic myeloid "
                                               "leukemia in chronic phase.\n"})
    run()
    (corpus / "notes" / "dasatinib.md").unlink()
    monkeypatch.setenv("ONCOCURATE_ALLOW_SHRINK", "1")
    run()
    releases = listed()
    assert [r[1] for r in releases] == ["live", "kept", "kept"] and releases[-1][0] == first
    assert [r[3] for r in releases] == ["3 articles", "4 articles", "3 articles"]

    feed = cli.invoke(app, ["releases", "--warehouse", str(warehouse), "--since", first])
    assert feed.exit_code == 0, feed.output
    rows = [line.split("\t") for line in feed.output.splitlines()[1:]]
    assert {(r[2], r[3]) for r in rows} == {("indications", "added"), ("indications", "removed")}
    assert any("nilotinib" in r[4] for r in rows if r[3] == "added")
    assert any("dasatinib" in r[4] for r in rows if r[3] == "removed")
    since_second = cli.invoke(app, ["releases", "--warehouse", str(warehouse), "--since", releases[1][0]])
    assert "nilotinib" not in since_second.output and "dasatinib" in since_second.output

    unknown = cli.invoke(app, ["releases", "--warehouse", str(warehouse), "--since", "1999"])
    assert unknown.exit_code == 2 and "releases kept" in unknown.output
