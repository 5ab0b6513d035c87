"""Entry point: a subcommand runs in the terminal; no subcommand opens the GUI."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from interview_desk import cli


def main(argv: Sequence[str] | None = None) -> int:
    # Candidate data is personal: every file we create (database, WAL, exports) is private.
    os.umask(0o077)
    args = cli.parse(argv)
    if args.command:
        return cli.run_command(args)
    from interview_desk.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
