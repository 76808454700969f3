"""Per-language data files (see resources/<lang>/). Loaded by the stages that use them."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path


def resource_dir() -> Path:
    """The folder that holds one sub-folder of data files per language."""
    return Path(str(_res.files("claimline") / "resources"))


def languages() -> list[str]:
    """Language codes that have a resource folder."""
    return sorted(p.name for p in resource_dir().iterdir() if p.is_dir() and not p.name.startswith("_"))


def read_tsv(lang: str, name: str) -> list[list[str]]:
    """Rows of ``resources/<lang>/<name>``: tab-separated, ``#`` comments and blanks skipped."""
    path = resource_dir() / lang / name
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=None)
def read_json(lang: str, name: str) -> dict:
    """``resources/<lang>/<name>`` parsed as JSON, or ``{}`` when the file is absent."""
    path = resource_dir() / lang / name
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))
