"""The desktop build's entry script: the same ``main`` as the ``interview-desk`` command."""

import sys

from interview_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
