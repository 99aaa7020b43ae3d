"""``python -m analysis`` is the ``analysis`` command."""

import sys

from .cli import main

sys.exit(main())
