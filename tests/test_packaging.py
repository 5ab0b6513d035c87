"""The install and the desktop build ship every package and the resources they read."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO_ROOT


def _pyproject() -> dict[str, object]:
    with (REPO_ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def test_every_python_package_is_listed_for_the_wheel() -> None:
    # setuptools ships only the packages it is told about; a forgotten sub-package works in a
    # checkout and fails only after `pip install .` (and so in the desktop build).
    packages = _pyproject()["tool"]["setuptools"]["packages"]  # type: ignore[index]
    on_disk = {
        ".".join(init.parent.relative_to(REPO_ROOT).parts)
        for init in (REPO_ROOT / "interview_desk").rglob("__init__.py")
    }

    assert on_disk - set(packages) == set()


def test_desktop_build_bundles_the_resources_folder() -> None:
    spec = (REPO_ROOT / "packaging" / "interview-desk.spec").read_text(encoding="utf-8")

    assert '(str(ROOT / "resources"), "resources")' in spec
