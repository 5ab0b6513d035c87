"""Panel files (the lead hands out a session) and return files (a panelist hands back work).

One JSON document, no zip: nothing is ever unpacked, so there is no path, link or bomb to
guard against. The container is::

    {"format": "interview-desk-panel" | "interview-desk-return", "format_version": 4 | 3,
     "created_at": ..., "app_version": ..., "payload": {...}, "sha256": ...,
     "signature": {"public_key": ..., "value": ...}}

``sha256`` is the hex digest of the payload's canonical JSON (keys sorted, no spaces, UTF-8),
so a damaged file is refused with a plain message. ``signature`` is the sender's Ed25519
signature of the canonical JSON of everything else in the document: it proves which key
wrote the file (``exchange.signing``); whose key that is, the merge decides. Every file is
refused whole, before anything is written, with a message that names the file and the
problem (``ExchangeFileError``).
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_desk import __version__
from interview_desk.domain import clock

# defined apart (exchange/errors.py) for what only classifies it; still importable from here
from interview_desk.exchange.errors import ExchangeFileError as ExchangeFileError
from interview_desk.exchange.signing import SigningKey, verify
from interview_desk.exchange.tables import (
    COLUMNS,
    PANEL_LISTS,
    PANEL_OPTIONAL,
    PANEL_SINGLE,
    RETURN_LISTS,
    Kind,
)
from interview_desk.files import atomic_write
from interview_desk.paths import resource

if TYPE_CHECKING:
    import jsonschema

MAX_FILE_BYTES = 50 * 1024 * 1024
# A valid file nests 5 deep (document, payload, list, row, value); anything far deeper is
# hostile and would otherwise reach Python's recursion limit inside the JSON parser.
MAX_DEPTH = 20


class FileKind(StrEnum):
    PANEL = "interview-desk-panel"
    RETURN = "interview-desk-return"

    @property
    def label(self) -> str:
        return "panel file" if self is FileKind.PANEL else "return file"


# Panel files went to version 2 when roles got versions, to 3 when files were signed and to
# 4 when they carried the candidate's consent to transcription; return files to 2 when they
# were signed and to 3 when they carried transcripts. An older file is refused, and the
# sender asked to export it again: an unsigned one would let anyone skip the signature, and
# a signed one of the previous version cannot say whether the candidate consented to
# transcription, nor which transcripts were deleted (docs/panel-files.md).
FORMAT_VERSIONS = {FileKind.PANEL: 4, FileKind.RETURN: 3}
SIGNED_SINCE = {FileKind.PANEL: 3, FileKind.RETURN: 2}
_SCHEMAS = {FileKind.PANEL: "panel-file.schema.json",
            FileKind.RETURN: "return-file.schema.json"}


@dataclass(frozen=True)
class ExchangeFile:
    kind: FileKind
    payload: dict[str, Any]
    source: str
    signer: str  # the public key that signed it (base64), checked against the content
    created_at: str = ""
    app_version: str = ""


# --- canonical form and checksum -------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def checksum(payload: Any) -> str:
    return hashlib.sha256(canonical_json(payload)).hexdigest()


# --- writing ---------------------------------------------------------------------------------


def document(kind: FileKind, payload: dict[str, Any], key: SigningKey) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": kind.value, "format_version": FORMAT_VERSIONS[kind],
        "created_at": clock.now().isoformat(timespec="microseconds"),
        "app_version": __version__, "payload": payload, "sha256": checksum(payload),
    }
    return sign(doc, key)


def sign(doc: dict[str, Any], key: SigningKey) -> dict[str, Any]:
    """``doc`` with ``key``'s signature of everything else in it (a previous one replaced)."""
    unsigned = {k: v for k, v in doc.items() if k != "signature"}
    return dict(unsigned, signature={"public_key": key.public_key,
                                     "value": key.sign(canonical_json(unsigned))})


def write_file(path: str | Path, kind: FileKind, payload: dict[str, Any],
               key: SigningKey) -> Path:
    """Write atomically (temporary file beside it, then rename), readable by its owner only."""
    path = Path(path)
    text = json.dumps(document(kind, payload, key), ensure_ascii=False, indent=1,
                      allow_nan=False)
    with atomic_write(path, encoding="utf-8") as fh:
        fh.write(text + "\n")
    return path


# --- reading ---------------------------------------------------------------------------------


def read_file(path: str | Path) -> ExchangeFile:
    """Read, check and validate a panel or return file; raise ``ExchangeFileError``."""
    path = Path(path)
    source = path.name or str(path)
    try:
        if not path.is_file():
            raise ExchangeFileError(source, "not a regular file")
        # The size is checked before reading, and again while reading (the file may grow).
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExchangeFileError(source, _too_big())
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ExchangeFileError(source, exc.strerror or str(exc)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ExchangeFileError(source, _too_big())
    return parse_bytes(raw, source)


def _too_big() -> str:
    return (f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, far more than any panel "
            "file needs; not opened")


def parse_bytes(raw: bytes, source: str = "file") -> ExchangeFile:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ExchangeFileError(source, "not UTF-8 text; not an Interview Desk file") from None
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise ExchangeFileError(source, f"nested {depth} levels deep (at most {MAX_DEPTH} "
                                        "allowed); not an Interview Desk file")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_no_constants, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        ends_early = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated")
        problem = (f"the file ends too early at {where}: truncated (an interrupted copy?)"
                   if ends_early else f"not valid JSON at {where} ({exc.msg})")
        raise ExchangeFileError(source, problem) from None
    except _BadJson as exc:
        raise ExchangeFileError(source, str(exc)) from None
    except RecursionError:
        raise ExchangeFileError(source, "nested too deeply; not an Interview Desk file") from None
    except ValueError as exc:  # e.g. an integer of 5 000 digits
        raise ExchangeFileError(source, f"not valid JSON ({_clip(str(exc))})") from None
    try:
        canonical_json(data)
    except ValueError:  # a lone surrogate ("\ud800") is no text SQLite or UTF-8 can hold
        raise ExchangeFileError(source, "it holds text that is not valid Unicode") from None
    return _check_document(data, source)


class _BadJson(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _BadJson(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadJson(f"the number {_clip(text)} is out of range")
    return value


def _clip(text: str) -> str:
    return text if len(text) <= 60 else text[:60] + "…"


def _no_constants(name: str) -> Any:
    raise _BadJson(f"{name} is not a number this format allows")


def nesting_depth(text: str) -> int:
    """The deepest bracket nesting in JSON text, ignoring brackets inside strings."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest  # no need to look further
        elif ch in "]}":
            depth -= 1
    return deepest


def _check_document(data: Any, source: str) -> ExchangeFile:
    if not isinstance(data, dict) or data.get("format") not in {k.value for k in FileKind}:
        raise ExchangeFileError(source, "not an Interview Desk panel or return file")
    kind = FileKind(data["format"])
    version = data.get("format_version")
    reads = FORMAT_VERSIONS[kind]
    if isinstance(version, int) and not isinstance(version, bool) and version > reads:
        raise ExchangeFileError(
            source, f"written in {kind.label} format version {version} by a newer Interview "
                    f"Desk; this version reads format version {reads}. Update "
                    "Interview Desk to import it")
    if isinstance(version, int) and not isinstance(version, bool) and \
            0 < version < SIGNED_SINCE[kind]:
        raise ExchangeFileError(
            source, f"an unsigned {kind.label} (format version {version}) from an older "
                    "Interview Desk: who sent it cannot be checked, so it is not imported. Ask "
                    "the sender to update Interview Desk and export it again")
    if isinstance(version, int) and not isinstance(version, bool) and 0 < version < reads:
        raise ExchangeFileError(
            source, f"a {kind.label} of format version {version} from an older Interview "
                    "Desk, which cannot say what the candidate consented to about "
                    "transcription, so it is not imported. Ask the sender to update "
                    "Interview Desk and export it again")
    payload = data.get("payload")
    stated = data.get("sha256")
    if isinstance(stated, str) and payload is not None and checksum(payload) != stated:
        raise ExchangeFileError(
            source, "its checksum does not match its content: the file was damaged or "
                    "edited after it was written")
    errors = sorted(_validator(kind).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = _innermost(errors[0])
        raise ExchangeFileError(source, f"at {_place(err.absolute_path)}: {_short(err)}")
    signature = data["signature"]
    unsigned = {k: v for k, v in data.items() if k != "signature"}
    if not verify(signature["public_key"], signature["value"], canonical_json(unsigned)):
        raise ExchangeFileError(
            source, "its signature does not match its content: it was changed after it was "
                    "signed, or was not signed by the key it names")
    payload = data["payload"]
    _check_json_lists(kind, payload, source)
    return ExchangeFile(kind=kind, payload=payload, source=source,
                        signer=signature["public_key"], created_at=data["created_at"],
                        app_version=data["app_version"])


@cache
def _validator(kind: FileKind) -> jsonschema.Draft202012Validator:
    import jsonschema  # here, not at the top: it costs ~0.07 s of every start-up

    schema = json.loads(resource("schemas", _SCHEMAS[kind]).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    # Resolving the local "$ref"s once makes validating a 10 000-row file about twice as
    # fast; the schema file keeps them, for people reading it.
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


def _place(path: Any) -> str:
    parts = []
    for p in path:
        parts.append(f"[{p + 1}]" if isinstance(p, int) else f".{p}")
    return "".join(parts).lstrip(".") or "top level"


def _innermost(err: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """A row that may also be null fails "one of" as a whole: name the field inside it."""
    from jsonschema.exceptions import best_match

    return best_match([err]) or err


def _short(err: jsonschema.ValidationError) -> str:
    """The problem in a sentence; never the whole offending value (it may be 10 MB)."""
    value = err.instance
    if err.validator == "maxLength" and isinstance(value, str):
        return f"too long ({len(value)} characters; at most {err.validator_value})"
    if err.validator == "maxItems" and isinstance(value, list):
        return f"too many entries ({len(value)}; at most {err.validator_value})"
    if err.validator == "pattern" and isinstance(value, str):
        shown = value if len(value) <= 40 else value[:40] + "…"
        return f"{shown!r} is not in the expected form"
    message = str(err.message)
    return message if len(message) <= 200 else message[:200] + "…"


def _check_json_lists(kind: FileKind, payload: dict[str, Any], source: str) -> None:
    """Columns that hold a JSON list as text must hold a list of strings."""
    for key, rows in payload.items():
        table = _table_of(kind, key)
        if table is None or rows is None:
            continue
        for i, row in enumerate(rows if isinstance(rows, list) else [rows]):
            for col, col_kind in COLUMNS[table].items():
                if col_kind is not Kind.JSON_LIST:
                    continue
                try:
                    value = json.loads(row[col])
                except (ValueError, RecursionError):
                    value = None
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ExchangeFileError(
                        source, f"at payload.{key}[{i + 1}].{col}: not a JSON list of text")


def _table_of(kind: FileKind, key: str) -> str | None:
    if kind is FileKind.PANEL:
        return PANEL_SINGLE.get(key) or PANEL_OPTIONAL.get(key) or (
            key if key in PANEL_LISTS else None)
    if key == "scorecard":
        return "scorecards"
    return key if key in RETURN_LISTS else None

