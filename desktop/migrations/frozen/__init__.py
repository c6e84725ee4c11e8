"""Copies of the rules a migration applied, frozen at that revision, so a later change to the live
code never changes what an old migration does. Each file is named for its revision."""
