"""Run the command line in a fresh interpreter with an audit hook that reports any network
use (socket connect or name lookup) on stderr as a line starting with NETWORK-USE."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_BOOT = """
import sys
def _hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                 "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto"):
        sys.stderr.write("NETWORK-USE " + event + "\\n")
sys.addaudithook(_hook)
from tracker.cli import main
sys.exit(main(sys.argv[1:]))
"""


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*args: str, env: dict | None = None, timeout: float = 120) -> CliResult:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_NO_USER_DATA="1",
                    PYTHONIOENCODING="utf-8")
    full_env.update(env or {})
    proc = subprocess.run([sys.executable, "-c", _BOOT, *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", env=full_env, timeout=timeout)
    assert "NETWORK-USE" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return CliResult(proc.returncode, proc.stdout, proc.stderr)
