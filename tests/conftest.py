"""Session fixtures: tiny Argos packages built once, installed into temp package dirs."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, Iterable, Tuple

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import tiny_models  # noqa: E402


def install_archives(archives: Iterable[Path], directory: Path) -> Path:
    """Install ``.argosmodel`` files into ``directory`` through the checked installer."""
    from translate.models import install_file

    directory.mkdir(parents=True, exist_ok=True)
    for archive in archives:
        install_file(archive, directory)
    return directory


@pytest.fixture(scope="session")
def tiny_archives(tmp_path_factory) -> Dict[Tuple[str, str], Path]:
    """The four tiny ``.argosmodel`` files (en→ru, ru→en, en→uk, uk→en), built once."""
    return tiny_models.build_all(tmp_path_factory.mktemp("tiny-archives"))


@pytest.fixture(scope="session")
def tiny_dir(tiny_archives, tmp_path_factory) -> Path:
    """A packages directory with all four tiny packages installed."""
    return install_archives(tiny_archives.values(), tmp_path_factory.mktemp("argos-packages"))


@pytest.fixture
def argos_env(tiny_dir, monkeypatch) -> Path:
    """Point ARGOS_PACKAGES_DIR at the directory with the four tiny packages."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tiny_dir))
    return tiny_dir
