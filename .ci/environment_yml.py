"""Write environment.yml: conda's spelling of requirements.lock's direct dependencies.

Run by ``make lock`` after the lock is rebuilt (tests/test_environment.py checks the result).
"""

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

root = Path(__file__).resolve().parent.parent
project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
lock = {}
for line in (root / "requirements.lock").read_text().splitlines():
    if "==" in line and not line.startswith("#"):
        name, version = line.strip().split("==")
        lock[canonicalize_name(name)] = version
lines = ["# Conda equivalent of requirements.lock's direct dependencies "
         "(tests/test_environment.py checks they agree).",
         "name: unsc", "channels:", "  - conda-forge", "dependencies:", "  - python=3.11", "  - pip"]
for dep in project["dependencies"] + project["optional-dependencies"]["dev"]:
    name = canonicalize_name(Requirement(dep).name)
    if name not in lock:
        sys.exit(f"{name} is not in requirements.lock: run make lock")
    lines.append(f"  - {name}={lock[name]}")
lines += ["  - pip:", "      - -e ."]
(root / "environment.yml").write_text("\n".join(lines) + "\n")
