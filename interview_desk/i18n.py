"""Translations without Qt: for reports, the CLI and labels declared in domain/ and services/.

The shipped ``.ts`` sources (``resources/i18n/<language>/<area>.ts``, docs/translations.md) are
read with ElementTree, so a PDF or a CLI line follows the chosen language without a
QApplication. The Qt side (``interview_desk.ui.i18n``) loads the compiled ``.qm`` of the same
messages.

Two ways to mark a string, both found by ``pyside6-lupdate``:

- ``catalog.tr("Interview report")`` / ``catalog.tr("%n session(s)", "", n)`` where it is used.
  lupdate names the context after the receiver (``w.tr`` → context ``w``); a plain-Python
  lookup ignores the context, so the receiver may have any name.
- ``QT_TRANSLATE_NOOP("Label", "Strong hire")`` where a label is declared (an enum's words in
  domain/); whoever shows it translates it later with ``catalog.translate("Label", text)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources.abc import Traversable

from interview_desk.paths import resource

#: The language the source strings are written in.
SOURCE_LANGUAGE = "en"
#: Every language the app ships a translation for, the source first.
LANGUAGES: tuple[str, ...] = (SOURCE_LANGUAGE, "de")

#: Which numerus form (index into a message's <numerusform>s) a count takes, per language;
#: the same rules Qt applies to the .qm. A language not listed uses the English rule.
_PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it (yet): lupdate
    knows this name (Qt's macro), so it keeps Qt's spelling."""
    del context
    return text


_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Qt's ``QString.arg`` for Python strings: ``%1``, ``%2``… replaced by ``values`` in one
    pass (so a value that itself holds "%2" stays as it is). A translation may reorder them."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if index <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


def base_language(code: str) -> str:
    """'de_DE' / 'de-AT' / 'de' → 'de'."""
    return code.replace("-", "_").split("_")[0].lower()


@dataclass(frozen=True)
class _Message:
    forms: tuple[str, ...]  # one for a plain message, the numerus forms for a plural one


@dataclass
class Catalog:
    """The translations of one language, merged from every area's ``.ts`` file."""

    language: str
    # (context, source, disambiguation) and (source, disambiguation) → the finished forms
    _by_context: dict[tuple[str, str, str], _Message] = field(default_factory=dict)
    _by_source: dict[tuple[str, str], _Message] = field(default_factory=dict)

    @staticmethod
    def load(language: str) -> Catalog:
        """The catalog of ``language`` ('de', 'de_DE'…); English (the source) when none ships."""
        return _load(base_language(language or SOURCE_LANGUAGE))

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in this language (any context), ``%n`` replaced by ``n`` when given."""
        message = self._by_source.get((text, disambiguation or ""))
        return self._finish(message, text, n)

    def translate(self, context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        """``text`` as translated in ``context`` (falling back to any context)."""
        key = disambiguation or ""
        message = self._by_context.get((context, text, key)) or self._by_source.get((text, key))
        return self._finish(message, text, n)

    def _finish(self, message: _Message | None, text: str, n: int) -> str:
        if message is not None:
            rule = _PLURAL_RULES.get(self.language, _PLURAL_RULES["en"])
            index = min(rule(n), len(message.forms) - 1) if n >= 0 else 0
            text = message.forms[index] or text
        return text.replace("%n", str(n)) if n >= 0 else text

    def add_ts(self, xml_text: str) -> None:
        """Merge the finished messages of one ``.ts`` file (an unfinished one is left out)."""
        import xml.etree.ElementTree as ET  # only reports and the CLI read .ts: not at start

        root = ET.fromstring(xml_text)
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for msg in context.iter("message"):
                translation = msg.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                       "vanished"):
                    continue
                source = msg.findtext("source") or ""
                comment = msg.findtext("comment") or ""
                if msg.get("numerus") == "yes":
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
                if not any(forms):
                    continue
                message = _Message(forms)
                self._by_context.setdefault((name, source, comment), message)
                self._by_source.setdefault((source, comment), message)


def ts_files(language: str) -> list[Traversable]:
    """The shipped ``.ts`` sources of ``language``, one per area, in a stable order."""
    folder = resource("i18n", language)
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ts")), key=lambda f: f.name)


@cache
def _load(language: str) -> Catalog:
    catalog = Catalog(language)
    for ts in ts_files(language):
        catalog.add_ts(ts.read_text(encoding="utf-8"))
    return catalog


Translate = Callable[[str, str, str | None, int], str]

#: Where a count's English wording comes from when no catalog was parsed for it: set by an
#: interface that has the messages compiled (the GUI: Qt's .qm, ``ui/i18n.py``), so it never
#: parses the ``.ts`` sources (and never imports an XML parser) for a label.
_english_forms: Translate | None = None


def use_english_forms(translate: Translate | None) -> None:
    """``translate(context, text, disambiguation, n)`` gives the English of a count from now
    on (``%n`` filled in); ``None``: the ``.ts`` sources again."""
    global _english_forms
    _english_forms = translate


def _english(context: str, template: str, disambiguation: str | None, n: int) -> str:
    if _english_forms is not None:
        return _english_forms(context, template, disambiguation, n)
    return Catalog.load(SOURCE_LANGUAGE).translate(context, template, disambiguation, n)


class Text(str):
    """Wording made below the interface (a domain label, a reading, a sentence with figures)
    that can be said again in another language: the string itself is the English, so tests,
    JSON and logs see what they always saw; ``context``/``template``/``n``/``args`` let a
    report or a page say it in its own language (:func:`say`)."""

    context: str
    template: str
    disambiguation: str
    n: int
    args: tuple[object, ...]

    def __new__(cls, context: str, template: str, disambiguation: str = "", n: int = -1,
                args: tuple[object, ...] = ()) -> Text:
        # only a count needs the English catalog (its plural forms): labels stay cheap
        english = template if n < 0 else _english(context, template, disambiguation or None, n)
        made = super().__new__(cls, arg(english, *args))
        made.context, made.template, made.disambiguation = context, template, disambiguation
        made.n, made.args = n, args
        return made

    def arg(self, *values: object) -> Text:
        """This wording with ``%1``, ``%2``… filled in (each value said in turn when it is a
        :class:`Text` itself)."""
        return Text(self.context, self.template, self.disambiguation, self.n, values)


class Words:
    """Marks wording in plain Python without translating it: ``WORDS.tr("Hire")`` or
    ``WORDS.tr("%n question(s)", "", n)`` gives a :class:`Text`. lupdate reads the call (its
    context is the receiver's name, which must equal ``context``)."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> Text:
        return Text(self.context, text, disambiguation or "", n)


class Figure(str):
    """A number as English writes it ("0.321", "+1.40") among a :class:`Text`'s arguments:
    :func:`say` gives it the language's decimal mark."""


def say(text: str, translate: Translate, decimal: str = ".") -> str:
    """``text`` in the language of ``translate`` (``Catalog.translate`` or Qt's
    ``QCoreApplication.translate``) when it is a :class:`Text`, its figures written with
    ``decimal``; any other string as it is."""
    if isinstance(text, Figure):
        return text.replace(".", decimal)
    if not isinstance(text, Text):
        return text
    own = translate(text.context, text.template, text.disambiguation or None, text.n)
    if text.n >= 0:
        own = own.replace("%n", str(text.n))
    return arg(own, *(say(a, translate, decimal) if isinstance(a, str) else a
                      for a in text.args))
