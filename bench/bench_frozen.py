"""Size and start-up time of the frozen program (issue 6, "Targets").

Builds ``build_spec.spec`` (or measures an existing one-folder build given with ``--dist``), then
prints the folder's size (du), its zipped size (``shutil.make_archive``; also .tar.gz, which keeps
the Linux build's symlinks), and the start time of the frozen programs against the same commands
run from source, in the same run, the same way: a fresh process each time, one untimed warm-up,
then ``--runs`` alternating runs, median. Targets: size ≤ 180 MB, frozen start ≤ 1.3× source.

    python bench/bench_frozen.py [--dist dist/tracker] [--runs 5] [--out bench/out]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
MiB = 1024 * 1024
SIZE_TARGET_MB = 180
RATIO_TARGET = 1.3


def build(dest: Path) -> Path:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dest / "dist"), "--workpath", str(dest / "work"),
           str(ROOT / "build_spec.spec")]
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True)
    print(f"build: {time.perf_counter() - start:.0f} s")
    return dest / "dist" / "tracker"


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes on disk as du counts them, apparent bytes); symlinks count as links."""
    disk = apparent = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            st = os.lstat(os.path.join(dirpath, name))
            apparent += st.st_size
            disk += getattr(st, "st_blocks", 0) * 512 or st.st_size
    return disk, apparent


def archive_sizes(folder: Path, scratch: Path) -> dict[str, int]:
    out = {}
    for fmt in ("zip", "gztar"):
        base = scratch / f"tracker-{fmt}"
        path = shutil.make_archive(str(base), fmt, root_dir=folder.parent, base_dir=folder.name)
        out[fmt] = Path(path).stat().st_size
        Path(path).unlink()
    return out


def timed(cmd: list[str], env: dict, cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", errors="replace")
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr[-500:]}")
    return elapsed


def compare(name: str, frozen: list[str], source: list[str], env: dict, runs: int,
            cwd: Path) -> dict:
    timed(frozen, env, cwd)  # warm-up: the first start after a build reads everything once
    timed(source, env, cwd)
    f_times, s_times = [], []
    for _ in range(runs):  # alternate, so drifting machine load hits both alike
        f_times.append(timed(frozen, env, cwd))
        s_times.append(timed(source, env, cwd))
    f, s = statistics.median(f_times), statistics.median(s_times)
    print(f"{name:<28} frozen {f * 1000:7.0f} ms   source {s * 1000:7.0f} ms   "
          f"ratio {f / s:4.2f}  (target ≤ {RATIO_TARGET})")
    return {"frozen_s": f, "source_s": s, "ratio": f / s, "frozen_runs": f_times,
            "source_runs": s_times}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="existing one-folder build (dist/tracker)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp_name:
        tmp = Path(tmp_name)
        app = args.dist.resolve() if args.dist else build(tmp / "build")
        disk, apparent = folder_size(app)
        archives = archive_sizes(app, tmp)
        size_mb = disk / MiB
        print(f"one-folder size   {size_mb:6.1f} MB on disk ({apparent / MiB:.1f} MB apparent)"
              f"   target ≤ {SIZE_TARGET_MB} MB: {'ok' if size_mb <= SIZE_TARGET_MB else 'OVER'}")
        print(f"zipped            {archives['zip'] / MiB:6.1f} MB (.zip)   "
              f"{archives['gztar'] / MiB:.1f} MB (.tar.gz)")

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_NO_USER_DATA="1",
                   TRACKER_DATA_DIR=str(tmp / "data"), TRACKER_CONFIG_DIR=str(tmp / "config"),
                   PYTHONIOENCODING="utf-8")
        env.pop("TRACKER_ONEFILE", None)
        db = tmp / "small.sqlite"
        subprocess.run([str(app / f"tracker{EXE}"), "--db", str(db), "demo"], env=env,
                       check=True, capture_output=True)
        cli, gui = str(app / f"tracker{EXE}"), str(app / f"tracker-gui{EXE}")
        py = [sys.executable, "-m"]
        starts = {
            "tracker --version": compare("tracker --version", [cli, "--version"],
                                         [*py, "tracker", "--version"], env, args.runs, ROOT),
            "tracker status": compare("tracker --db demo status", [cli, "--db", str(db), "status"],
                                      [*py, "tracker", "--db", str(db), "status"], env,
                                      args.runs, ROOT),
            "tracker-gui --self-test": compare(
                "tracker-gui --self-test", [gui, "--db", str(db), "--self-test"],
                [*py, "tracker.gui_main", "--db", str(db), "--self-test"], env, args.runs, ROOT),
        }
    worst = max(v["ratio"] for v in starts.values())
    result = {"size_mb": size_mb, "apparent_mb": apparent / MiB,
              "zip_mb": archives["zip"] / MiB, "tar_gz_mb": archives["gztar"] / MiB,
              "starts": starts, "worst_ratio": worst, "runs": args.runs,
              "platform": sys.platform, "python": sys.version.split()[0]}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "frozen.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    ok = size_mb <= SIZE_TARGET_MB and worst <= RATIO_TARGET
    print(f"worst start ratio {worst:.2f}; targets {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
