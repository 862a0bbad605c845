"""`weft -m unittest`: run tests named on the command line, or discover
them under the current directory."""

import sys

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "weft -m unittest"

__unittest = True

from .main import main

main(module=None)
