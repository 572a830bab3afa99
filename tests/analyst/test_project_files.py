"""What a user checks before adopting the tool: licence, changelog, citation, version, help, Python range."""
from __future__ import annotations

import re
import tomllib

import pytest
import yaml
from packaging.specifiers import SpecifierSet
from typer.testing import CliRunner

from pipelines.cli import app


@pytest.fixture(scope="module")
def project(repo_root) -> dict:
    return tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_licence_file_is_the_apache_2_licence(repo_root, project):
    text = (repo_root / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the full text, not a stub
    assert project["license"]["text"] == "Apache-2.0"


def test_changelog_names_the_current_release(repo_root, project):
    text = (repo_root / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## (\d+\.\d+\.\d+) \"[^\"]+\" — \d{4}-\d{2}-\d{2}$", text, flags=re.M)
    assert releases and releases[0] == project["version"]


def test_citation_file_is_valid_and_cites_the_current_release(repo_root, project):
    cff = yaml.safe_load((repo_root / "CITATION.cff").read_text(encoding="utf-8"))
    for key in ("cff-version", "message", "title", "authors", "version", "license"):
        assert cff.get(key), key
    assert cff["version"] == project["version"]
    assert cff["license"] == project["license"]["text"]


def test_version_option_prints_the_release():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert re.fullmatch(r"oncocurate \d+\.\d+\.\d+ \(pipeline \S+\+[0-9a-f]{8}\)\n", result.output)


@pytest.mark.parametrize("command", [[], ["run"], ["report"], ["export"]])
def test_help_shows_no_type_placeholders_on_flags(command):
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "BOOLEAN" not in result.output
    assert "--help" in result.output


@pytest.mark.parametrize("version", ["3.11", "3.12", "3.13"])
def test_supported_python_versions_are_accepted(project, version):
    assert f"{version}.0" in SpecifierSet(project["requires-python"])
