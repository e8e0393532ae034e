"""`tracker remind` through the real command line: a notice written again, in either format,
keeps its number; the closing request never sits alone on a page."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess

import pytest

from tests.cli_run import run_cli

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from tracker.demo import build_demo

    path = tmp_path_factory.mktemp("remind") / "demo.sqlite"
    build_demo(path)
    return path


def _pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [re.sub(r"\s+", "", page) for page in text.split("\f")]


def _numbers(folder) -> dict[str, str]:
    out = {}
    for f in sorted(folder.iterdir()):
        if f.suffix == ".pdf":
            text = "".join(_pdf_pages(f))
        else:
            from docx import Document as WordDocument

            text = "\n".join(p.text for p in WordDocument(str(f)).paragraphs)
        out[f.stem] = re.search(r"〔2019〕第(\d+)号", text).group(1)
    return out


@needs_poppler
def test_remind_twice_pdf_then_docx_same_numbers(demo_db, tmp_path):
    db = tmp_path / "x.sqlite"
    shutil.copy(demo_db, db)
    runs = []
    for name, fmt in (("a", "pdf"), ("b", "docx"), ("c", "pdf")):
        r = run_cli("--db", str(db), "remind", "--period", "2019-06", "--out",
                    str(tmp_path / name), "--format", fmt, "--date", "2019-07-08")
        assert r.code == 0, r.err
        runs.append(_numbers(tmp_path / name))
    first = runs[0]
    assert first and sorted(int(n) for n in first.values()) == list(range(1, len(first) + 1))
    assert runs[1] == first and runs[2] == first
    with sqlite3.connect(db) as conn:
        verbs = [v for (v,) in conn.execute("SELECT verb FROM action WHERE verb = 'notice_numbers'")]
        last = conn.execute("SELECT value FROM setting WHERE key = 'notice_last_number_2019'"
                            ).fetchone()[0]
    assert len(verbs) == 1 and last == str(len(first))
    # the closing request, the issuer and the date on one page
    for f in (tmp_path / "a").glob("*.pdf"):
        page = next(p for p in _pdf_pages(f) if "请于" in p)
        assert "2019年7月8日" in page and page.rstrip("—0123456789").endswith("2019年7月8日"), f
