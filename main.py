#!/usr/bin/env python3
"""Linli (邻里) entry point: `python main.py` starts the GUI; `python main.py -h` lists the commands."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):       # a packaged build: its second process (a large import's search
        import multiprocessing              # fields, desktop.roster.fields_process) starts here
        multiprocessing.freeze_support()
    from desktop.cli import main            # here, not above: that second process imports this file, not the app
    sys.exit(main())
