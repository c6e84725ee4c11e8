"""Command line: the GUI by default, headless subcommands for jobs without a screen."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from desktop import __version__
from desktop.core.errors import UserError
from desktop.modules import cli_modules
from desktop.core.paths import tighten_data_dir
from desktop.core.private_files import restrict_new_files
from desktop.core.redact import RedactingFormatter, redact
from desktop.ui.app import run_gui

DESKS = ["guard", "reception", "rehab", "office"]


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"Linli {__version__}")
    parser.add_argument("--db", help="SQLite file path or database URL (postgresql://…)")
    parser.add_argument("--desk", choices=DESKS, help="open this desk's page first")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language for this run")
    parser.add_argument("--user", dest="user", help=argparse.SUPPRESS)


def _gui_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The GUI start needs only the global options: parse them without importing every module's
    commands (which would slow the start). None when a subcommand or help is asked for."""
    if "--version" in (argv if argv is not None else sys.argv[1:]):
        return None
    parser = argparse.ArgumentParser(prog="linli", add_help=False)
    _global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="linli", description="邻里 Linli — 社区社工站桌面程序")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = sub.add_parser("export", help="export data (see `export -h`)").add_subparsers(
        dest="what", metavar="WHAT", required=True)
    for name in cli_modules():
        importlib.import_module(name).register(sub, export)
    return parser


def main(argv: list[str] | None = None) -> int:

    restrict_new_files()                 # databases, backups, logs, exports: the account's own (0600/0700)
    tighten_data_dir()
    gui = _gui_args(argv)
    if gui is not None:
        return run_gui(gui)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return run_gui(args)

    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"linli: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("linli: 已取消", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — one line, never a silent exit
        logging.getLogger("linli").exception("command failed")
        print(f"linli: 出错了：{type(exc).__name__}: {redact(str(exc))}", file=sys.stderr)
        return 1
