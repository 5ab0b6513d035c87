"""Translations on the Qt side: the one helper for strings outside QObject methods, and the
translators installed at start-up (docs/translations.md).

``tr("Save")`` / ``tr("%n session(s)", "", n)`` outside a class (or in a non-QObject);
``self.tr(...)`` in a QObject's method. lupdate files a free ``tr`` under the empty context,
so that is the context looked up here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from interview_desk.i18n import SOURCE_LANGUAGE, arg, base_language, use_english_forms
from interview_desk.i18n import say as _say
from interview_desk.paths import resource

__all__ = ["arg", "current_language", "say", "tr", "use_language"]

#: The compiled catalogs, one per language: resources/i18n/interview_desk_<language>.qm.
QM_NAME = "interview_desk_{}.qm"

_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE
_english: QTranslator | None = None  # the compiled English, whatever the interface speaks


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def system_language() -> str:
    """The first language of the desktop's preferred ones ('de' for de_DE)."""
    languages = QLocale.system().uiLanguages()
    return base_language(languages[0]) if languages else SOURCE_LANGUAGE


def current_language() -> str:
    """The language the interface is in ('en', 'de'): reports are written in it."""
    return _language


def use_language(app: QCoreApplication, language: str) -> str:
    """Translate the interface to ``language`` ("" = the system's), replacing the translators
    installed before; dates and numbers follow it too. Returns the language now in use (the
    source language when no catalog of the one asked for ships)."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = base_language(language or system_language())
    ours = QTranslator(app)
    if not ours.load(str(resource("i18n", QM_NAME.format(code)))):
        code = SOURCE_LANGUAGE
        # English still needs its plural forms ("1 session", "2 sessions")
        ours.load(str(resource("i18n", QM_NAME.format(code))))
    _installed.append(ours)
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs ("Abbrechen")
    if code != SOURCE_LANGUAGE and qt_own.load(
            QLocale(code), "qtbase", "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    _use_compiled_english(app)
    # The system's own formats (its region's dates) when it speaks the language chosen; "C"
    # (no locale set) counts as English.
    system = QLocale.system()
    speaks = base_language(system.name()) == code or (
        code == SOURCE_LANGUAGE and system.language() == QLocale.Language.C)
    QLocale.setDefault(system if speaks else QLocale(code))
    _language = code
    return code


def _use_compiled_english(app: QCoreApplication) -> None:
    """A count in wording made below the interface (``i18n.Text``) takes its English from the
    compiled catalog, as every string of the interface does: the GUI never parses the ``.ts``
    sources (nor loads an XML parser) to say "1 interview"."""
    global _english
    if _english is not None:
        return
    english = QTranslator(app)
    if not english.load(str(resource("i18n", QM_NAME.format(SOURCE_LANGUAGE)))):
        return
    _english = english

    def forms(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = english.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    use_english_forms(forms)


def say(text: str) -> str:
    """Wording made below the interface (an ``i18n.Text``: a domain label, a reading) in the
    interface's language; any other string (data) as it is."""
    return _say(text, QCoreApplication.translate)
