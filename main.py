#!/usr/bin/env python3
"""Linli (邻里) entry point: `python main.py` starts the GUI; `python main.py -h` lists the commands."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
