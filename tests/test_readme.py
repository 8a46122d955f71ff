"""The README's quick start stays true: two commands, and CI runs the second."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def _quickstart(tag: str) -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    match = re.search(rf"<!-- quickstart:{tag} -->\n```\n(.+?)\n```", readme, re.S)
    assert match, f"README lacks the {tag} command"
    return match.group(1)


def test_quickstart_has_two_one_line_commands() -> None:
    run, test = _quickstart("run"), _quickstart("test")
    assert "\n" not in run and "\n" not in test
    assert "pip install" in run and "reconcile review seeds/" in run
    assert "pip install" in test and "'.[test]'" in test and "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "quickstart:test" in ci
    assert 'bash -c "$test_command"' in ci
