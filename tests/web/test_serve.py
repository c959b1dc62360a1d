"""`onrecord serve`: bad input gives one line and a non-zero exit; a good store is served on 127.0.0.1."""
import socket
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from onrecord.cli import app as cli

SERVE = [sys.executable, "-c", "from onrecord.cli import main; main()", "serve"]


def test_serve_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no such store" in result.output and "Traceback" not in result.output


def test_serve_port_in_use_is_one_line(store_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(store_path), "--port", str(port)])
    assert result.exit_code == 1 and "cannot listen on 127.0.0.1" in result.output


def test_serve_runs_and_prints_its_address(store_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(SERVE + ["--db", str(store_path), "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in line
        deadline = time.monotonic() + 15
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not answer"
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["counts"]["articles"] == 5
    finally:
        proc.terminate()
        proc.wait(10)
