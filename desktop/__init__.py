"""Linli (邻里): offline-first desktop application for community social-work stations."""

APP_NAME = "Linli"
APP_TITLE = "邻里"
ORG_NAME = "Linli"
__version__ = "0.1.0"
