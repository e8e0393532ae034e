"""A month at city scale: 40 of our templates filled with 75 rows each, imported into the
city-scale database (read, match, preview, commit), against a bare python-calamine read of the
same files in the same run; the same for 40 foreign-layout files. Medians of 5 (runs of the
three alternate, so a slow spell of the machine hits all of them).

A third line puts the ratio in context: a *minimal importer* that does the bare read and then
writes the same number of reports and their change-log rows (the 留痕 every import must leave),
one transaction per file, and nothing else: no guard against bad files, no header search, no
matching, no preview, no warnings. It is the floor of any importer that keeps the change log.

With ``--instructions`` the three are also counted in CPU instructions under valgrind's
callgrind (one child process each, minus the same child doing only its set-up): unlike wall
time, the count does not move with the machine's load.

    python bench/bench_import.py [--instructions]
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from bench.city import build  # noqa: E402
from tracker.db.queries import list_units  # noqa: E402
from tracker.services import imports  # noqa: E402
from tracker.services.exports import export_templates  # noqa: E402
from tracker.services.policies import add_measure, add_task, create_policy  # noqa: E402
from tracker.services.workspace import open_workspace  # noqa: E402

N_UNITS, N_ROWS = 40, 75
PHRASES = ["完善孵化载体服务体系", "推进企业开办便利化", "落实创业担保贷款贴息", "建设工业互联网平台",
           "开展科技成果转化对接", "组织创新创业大赛", "引导社会资本进入创投基金", "培育高新技术企业",
           "建设众创空间服务窗口", "推动大中小企业融通发展", "优化知识产权质押融资服务",
           "加强创业导师队伍建设", "扩大退役军人创业培训", "提升留学人员创业园服务水平",
           "建设创新创业大数据中心"]


def setup_policy(db_path: Path) -> int:
    """A policy of 75 measures assigned to all 40 units (3,000 assignments)."""
    from tracker.services.assignments import assign_many

    ws = open_workspace(db_path, who="bench", seed=False)
    pid = create_policy(ws, "关于基准测试的实施意见", short_title="基准意见")
    units = [u["id"] for u in list_units(ws.db)][:N_UNITS]
    for t in range(1, 6):
        tid = add_task(ws, pid, f"基准重点任务{t}")
        for m in range(1, 16):
            text = f"{PHRASES[(t * 7 + m) % len(PHRASES)]}第{t}{m:02d}项"
            mid = add_measure(ws, tid, text, f"围绕{text}，细化工作举措，明确时间节点。")
            assign_many(ws, mid, units, "责任", "2019年12月底前")
    ws.close()
    return pid


def fill_ours(files: list[Path], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    done = []
    for f in files:
        wb = openpyxl.load_workbook(f)
        s = wb["填报表"]
        header = next(r for r in range(1, 12) if s.cell(r, 1).value == "序号")
        cols = {s.cell(header, c).value: c for c in range(1, 20) if s.cell(header, c).value}
        for r in range(header + 1, header + 1 + N_ROWS + 10):
            if str(s.cell(r, cols["具体措施"]).value or "")[:1].isdigit():
                s.cell(r, cols["完成状态"]).value = "推进中"
                s.cell(r, cols["完成进度(%)"]).value = 55
                s.cell(r, cols["进展情况"]).value = "已召开专题会议，制定实施方案，完成阶段任务。"
                s.cell(r, cols["存在问题"]).value = "资金保障不足"
                s.cell(r, cols["下步计划"]).value = "加快推进，确保按期完成。"
        target = out / f.name
        wb.save(target)
        done.append(target)
    return done


def foreign_files(db_path: Path, pid: int, out: Path) -> list[Path]:
    from tracker.db.queries import measures

    ws = open_workspace(db_path, who="bench", lock=False, seed=False)
    ms = measures(ws.db, pid)
    units = list_units(ws.db)[:N_UNITS]
    ws.close()
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for u in units:
        wb = openpyxl.Workbook()
        s = wb.active
        s.title = "2019年12月"
        s.append([f"{u['name']}关于基准测试工作推进情况的报告"])
        s.append([f"填报单位（盖章）：{u['name']}", None, None, "填报日期：2020年1月3日"])
        s.append(["序号", "重点任务", "工作措施", "推进情况", "工作进展", "存在困难", "下一步打算"])
        for i, m in enumerate(ms, start=1):
            s.append([i, m["task_title"], m["title"], "正在推进",
                      f"{m['title']}进展顺利，已完成阶段任务。", "无", "继续推进"])
        s.append(["填报人：张三", None, "联系电话：0991-1234567"])
        path = out / f"{u['name']}_2019年12月.xlsx"
        wb.save(path)
        files.append(path)
    return files


def bare_read(files: list[Path]) -> int:
    from python_calamine import CalamineWorkbook

    n = 0
    for f in files:
        wb = CalamineWorkbook.from_path(str(f))
        for name in wb.sheet_names:
            n += sum(1 for _ in wb.get_sheet_by_name(name).iter_rows())
    return n


def ours(db_master: Path, files: list[Path], pid: int, work: Path,
         run: bool = True) -> tuple[float, float]:
    """(the whole import, of it the commit: writing the previewed files)."""
    db = work / "run.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copy(db_master, db)
    ws = open_workspace(db, who="bench", seed=False)
    t0 = time.perf_counter()
    t1 = t0
    if run:
        pv = imports.preview_paths(ws, files, "2019-12", pid)
        t1 = time.perf_counter()
        written = 0
        for fp in pv.files:
            assert fp.outcome == "ok", fp.parsed.message
            if imports.accept_file(ws, fp):
                written += 1
        assert written == len(files)
    elapsed = time.perf_counter() - t0
    ws.close()
    return elapsed, elapsed - (t1 - t0)


def minimal_import(db_master: Path, files: list[Path], pid: int, work: Path,
                   run: bool = True) -> tuple[float, float]:
    """The bare read, then N_ROWS reports per file (texts from the sheet) and one change-log
    row each holding the whole row as JSON, in one transaction per file. Returns (the whole
    run, of it the writing)."""
    import sqlite3

    from python_calamine import CalamineWorkbook

    db = work / "floor.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copy(db_master, db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    free = iter([a for (a,) in conn.execute(
        "SELECT a.id FROM assignment a JOIN measure m ON m.id = a.measure_id "
        "JOIN task t ON t.id = m.task_id WHERE t.policy_id = ? ORDER BY a.id", [pid])])
    encode = json.JSONEncoder(ensure_ascii=False).encode
    writing = 0.0
    t0 = time.perf_counter()
    for f in files if run else []:
        wb = CalamineWorkbook.from_path(str(f))
        texts = []
        for name in wb.sheet_names:
            texts += [[str(v) for v in row if isinstance(v, str) and v]
                      for row in wb.get_sheet_by_name(name).iter_rows()]
        texts = [t for t in texts if len(t) >= 4][:N_ROWS]
        w0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        action = conn.execute("INSERT INTO action (at, who, verb, summary) VALUES "
                              "(datetime('now'), 'bench', 'import', ?)", [f.name]).lastrowid
        rid = conn.execute("SELECT coalesce(max(id), 0) FROM report").fetchone()[0]
        reports, log = [], []
        for t in texts:
            rid += 1
            row = {"assignment_id": next(free), "period": "2019-12", "status": "推进中",
                   "percent": 55, "progress": t[-3], "problems": t[-2], "next_steps": t[-1],
                   "extra": "", "reported_date": "2020-01-03", "source": "import",
                   "review_state": "待审核", "review_note": "", "updated_at": "2020-01-03T10:00:00"}
            reports.append((rid, *row.values()))
            log.append((action, row["updated_at"], "bench", "report", rid, "insert", "*",
                        None, encode(row)))
        conn.executemany("INSERT INTO report (id, assignment_id, period, status, percent, "
                         "progress, problems, next_steps, extra, reported_date, source, "
                         "review_state, review_note, updated_at) VALUES "
                         "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", reports)
        conn.executemany("INSERT INTO change_log (action_id, at, who, table_name, row_id, op, "
                         "field, old, new) VALUES (?,?,?,?,?,?,?,?,?)", log)
        conn.execute("COMMIT")
        writing += time.perf_counter() - w0
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed, writing


def median(values: list[float]) -> float:
    return statistics.median(values)


def prepare(which: str, work: Path) -> tuple[Path, list[Path], int]:
    """The inputs a run needs, from a work folder made by ``make_inputs``."""
    meta = json.loads((work / "meta.json").read_text(encoding="utf-8"))
    return work / "master.sqlite", [Path(f) for f in meta[which]], meta["policy_id"]


def make_inputs(work: Path) -> tuple[list[Path], list[Path]]:
    master = work / "master.sqlite"
    build(master)
    pid = setup_policy(master)
    ws = open_workspace(master, who="bench", seed=False)
    templates = export_templates(ws, pid, "2019-12", work / "templates").files
    ws.close()
    filled = fill_ours(templates, work / "filled")
    foreign = foreign_files(master, pid, work / "foreign")
    (work / "meta.json").write_text(json.dumps({
        "policy_id": pid, "ours": [str(f) for f in filled],
        "foreign": [str(f) for f in foreign]}), encoding="utf-8")
    return filled, foreign


def child(mode: str, which: str, work: Path) -> None:
    """One counted run: ``mode`` is bare / ours / minimal, or the same with "-setup" (copies
    the database, opens it and loads the modules, but imports nothing)."""
    import tracker.db.imports_queries  # noqa: F401 - modules an import loads on first use
    import tracker.excel.parse  # noqa: F401
    import tracker.excel.readahead  # noqa: F401
    import tracker.services.reports  # noqa: F401

    master, files, pid = prepare(which, work)
    name, _, setup = mode.partition("-")
    if name == "bare":
        if not setup:
            bare_read(files)
    elif name == "ours":
        ours(master, files, pid, work, run=not setup)
    else:
        minimal_import(master, files, pid, work, run=not setup)


def count_instructions(work: Path) -> None:
    import re
    import subprocess

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("instructions: valgrind is not installed, skipped")
        return

    def count(mode: str, which: str) -> int:
        out = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null",
                              sys.executable, __file__, "--child", mode, which, str(work)],
                             capture_output=True, text=True, check=True)
        found = re.search(r"Collected : (\d+)", out.stderr)
        if found is None:
            raise RuntimeError(f"no instruction count from callgrind:\n{out.stderr}")
        return int(found.group(1))

    for which, label in (("ours", "our templates"), ("foreign", "foreign layouts")):
        n = {m: count(m, which) - count(f"{m}-setup", which) for m in ("bare", "ours", "minimal")}
        print(f"instructions, import {label}: ours {n['ours'] / 1e6:,.0f} M, bare read "
              f"{n['bare'] / 1e6:,.0f} M, ratio {n['ours'] / n['bare']:.2f}; minimal importer "
              f"{n['minimal'] / 1e6:,.0f} M, ratio {n['minimal'] / n['bare']:.2f}")


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
        return
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    filled, foreign = make_inputs(work)
    master, _, pid = prepare("ours", work)
    rows = bare_read(filled)
    print(f"{len(filled)} templates, {rows} sheet rows read; database "
          f"{master.stat().st_size / 1e6:.0f} MB (city scale + this policy)")
    for label, files in (("our templates", filled), ("foreign layouts", foreign)):
        bare, mine, commit, least, least_write = [], [], [], [], []
        for _ in range(5):
            bare.append(_timed(bare_read, files))
            whole, part = ours(master, files, pid, work)
            mine.append(whole)
            commit.append(part)
            whole, part = minimal_import(master, files, pid, work)
            least.append(whole)
            least_write.append(part)
        floor = median(bare)
        print(f"import {label}: ours {median(mine):.2f} s (read, match, preview, commit; no "
              f"deferred work; of it the commit {median(commit):.2f} s), bare calamine read "
              f"{floor:.2f} s, ratio {median(mine) / floor:.2f} (target ≤ 2.0); minimal importer "
              f"{median(least):.2f} s, ratio {median(least) / floor:.2f} (of it the writing "
              f"{median(least_write):.2f} s, alone {median(least_write) / floor:.2f} × the read)")
    if "--instructions" in sys.argv[1:]:
        count_instructions(work)
    shutil.rmtree(work, ignore_errors=True)


def _timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
