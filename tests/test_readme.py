"""The README documents every column of every frame, and names the two set-up commands."""

from __future__ import annotations

from pathlib import Path

from analysis import schema

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_schema_column_is_documented():
    section = README.split("## The frames: columns and dtypes", 1)[1].split("\n## ", 1)[0]
    missing = [
        f"{name}.{column}"
        for name, spec in schema.FRAMES.items()
        for column, _ in spec
        if f"`{column}`" not in section
    ]
    assert not missing, missing


def test_two_commands_are_there():
    assert "make report" in README and "make test" in README
