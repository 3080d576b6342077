"""environment.yml and pyproject.toml describe the same environment."""

import re
import tomllib

import yaml

from unsc import config


def _pyproject_pins():
    data = tomllib.loads((config.root() / "pyproject.toml").read_text())
    project = data["project"]
    deps = project["dependencies"] + project["optional-dependencies"]["dev"]
    pins = {}
    for dep in deps:
        name, version = re.fullmatch(r"([A-Za-z0-9_.-]+)==([\w.]+)", dep).groups()
        pins[name.lower()] = version
    return pins, project["requires-python"]


def test_environment_yml_matches_pyproject():
    pins, requires = _pyproject_pins()
    env = yaml.safe_load((config.root() / "environment.yml").read_text())
    assert "conda-forge" in env["channels"]
    conda = {}
    pip_section = None
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip_section = dep["pip"]
            continue
        name, _, version = dep.partition("=")
        conda[name.lower()] = version
    assert conda.pop("python") == "3.11" and requires == ">=3.11"
    conda.pop("pip")
    assert conda == pins
    assert pip_section == ["-e ."]


def test_every_dependency_pinned_exactly():
    pins, _ = _pyproject_pins()
    assert all(re.fullmatch(r"\d+(\.\d+)+", v) for v in pins.values())
