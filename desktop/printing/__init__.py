"""Printing (PDF via ReportLab), Qt-free: fonts with glyph fallback, the page template, tables, documents."""
