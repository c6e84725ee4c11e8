"""A server database on another machine only over TLS that checks the server; the options reach libpq."""

from __future__ import annotations

import pytest

from desktop.core.db import Database, check_tls, resolve_url
from desktop.core.errors import UserError


def test_remote_postgresql_needs_verify_full_and_the_options_pass_through(tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(UserError, match="sslmode=verify-full"):
        check_tls(resolve_url("postgresql://linli:pw@10.0.0.5/linli", tmp_path / "x.db"))
    with pytest.raises(UserError):
        check_tls(resolve_url("postgresql://linli:pw@db.street.example/linli?sslmode=require", tmp_path / "x.db"))
    url = resolve_url("postgresql://linli:pw@db.street.example:5432/linli?sslmode=verify-full"
                      "&sslrootcert=/etc/linli/ca.pem", tmp_path / "x.db")
    check_tls(url)
    db = Database(url)                               # no connection is made until it is used
    args = db.engine.dialect.create_connect_args(db.engine.url)
    assert args[1]["sslmode"] == "verify-full" and args[1]["sslrootcert"] == "/etc/linli/ca.pem"
    db.dispose()
    check_tls(resolve_url("postgresql://linli@localhost/linli", tmp_path / "x.db"))
    check_tls(resolve_url("postgresql://linli@127.0.0.1:5433/linli", tmp_path / "x.db"))
