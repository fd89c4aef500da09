"""Run Warta as `python -m warta`."""

import sys

from warta.cli import main

sys.exit(main())
