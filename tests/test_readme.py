"""Every CLI command and every output field of the contracts is documented in the README."""
from __future__ import annotations

import re

import pytest

from claimline.cli import main
from claimline.model import Claim, Entry
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_setup_commands():
    first_block = re.search(r"```\n(.*?)\n```", README, re.S).group(1).strip().splitlines()
    assert first_block == ["make run", "make test"]


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command):
    assert f"`claimline {command}" in README, f"claimline {command} is not documented in README.md"


def _fields(d: dict) -> set[str]:
    return set(d)


CLAIM_FIELDS = _fields(Claim(doc="d", subject="s", measure="m", value=1).contract())
ENTRY = Entry(subject="s", measure="m", kind="level", value=1,
              claims=[Claim(doc="d", subject="s", measure="m", value=1)])
ENTRY_FIELDS = _fields(ENTRY.contract())
QUOTE_FIELDS = _fields(ENTRY.contract()["quotes"][0])


@pytest.mark.parametrize("field", sorted(CLAIM_FIELDS | ENTRY_FIELDS | QUOTE_FIELDS))
def test_every_output_field_is_in_the_readme(field):
    assert f"`{field}`" in README, f"output field {field!r} is not documented in README.md"
