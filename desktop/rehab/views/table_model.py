"""The rows model now lives with the shared widgets (desktop.ui.rows_model); the rehab views import it here."""

from desktop.ui.rows_model import ROW_ROLE, Column, RowsTableModel, text  # noqa: F401
