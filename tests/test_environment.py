"""pyproject.toml, requirements.lock and environment.yml describe the same environment.

pyproject.toml states compatible ranges; requirements.lock is the exact set
``make`` installs (every package, direct or not); environment.yml is the conda
equivalent of the direct dependencies at the locked versions.
"""

import re
import tomllib

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from unsc import config


def _pyproject():
    data = tomllib.loads((config.root() / "pyproject.toml").read_text())
    project = data["project"]
    deps = project["dependencies"] + project["optional-dependencies"]["dev"]
    return [Requirement(d) for d in deps], project["requires-python"]


def _lock() -> dict[str, str]:
    pins = {}
    for raw in (config.root() / "requirements.lock").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)==([\w.+!-]+)", line)
        assert match, f"requirements.lock: not an exact pin: {line!r}"
        pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def test_lock_satisfies_every_range():
    requirements, _ = _pyproject()
    lock = _lock()
    for req in requirements:
        name = canonicalize_name(req.name)
        assert name in lock, f"{req.name} is a dependency but not in requirements.lock"
        assert req.specifier.contains(Version(lock[name]), prereleases=False), \
            f"requirements.lock pins {req.name}=={lock[name]}, outside pyproject's {req.specifier}"


def test_ranges_are_bounded_below():
    requirements, requires = _pyproject()
    assert requires == ">=3.11"
    for req in requirements:
        assert any(s.operator in (">=", "~=", "==") for s in req.specifier), \
            f"{req} has no lower bound: say which versions were tested"


def test_environment_yml_matches_the_lock():
    requirements, _ = _pyproject()
    lock = _lock()
    env = yaml.safe_load((config.root() / "environment.yml").read_text())
    assert "conda-forge" in env["channels"]
    conda, pip_section = {}, None
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip_section = dep["pip"]
            continue
        name, _, version = dep.partition("=")
        conda[canonicalize_name(name)] = version
    assert conda.pop("python") == "3.11"
    conda.pop("pip")
    assert conda == {canonicalize_name(r.name): lock[canonicalize_name(r.name)]
                     for r in requirements}
    assert pip_section == ["-e ."]


def test_the_lock_holds_current_pandas():
    assert Version(_lock()["pandas"]) >= Version("3")
