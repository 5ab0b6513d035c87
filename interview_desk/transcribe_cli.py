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
from interview_desk.services.transcription_model import chosen_model_folder

#: Where the CLI looks for the model when --model is not given (the app keeps its own setting).
MODEL_ENV = "INTERVIEW_DESK_WHISPER_MODEL"


def _cmd_consent(args: argparse.Namespace) -> int:
    with open_existing(args) as desk:
        consent = Consent(session_id=args.session_id, candidate_name=args.candidate,
                          method=ConsentMethod(args.method), scope=ConsentScope(args.scope),
                          retention_days=args.retention_days, recorded_by=args.recorded_by)
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
