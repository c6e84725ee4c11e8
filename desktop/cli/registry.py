"""Modules that add headless commands. Each module exposes
`register(sub: argparse._SubParsersAction, export: argparse._SubParsersAction) -> None`
and sets `func=` on its parsers (func(args) -> int exit code)."""

MODULE_CLIS = [
    "desktop.cli.core_commands",
    "desktop.roster.cli",
    "desktop.activities.cli",
    "desktop.duty.cli",
    "desktop.rehab.cli",
    "desktop.elder.cli",
]
