"""Entry points for reading returned progress workbooks: ``parse_file`` and ``scan_folder``.

``parse_file`` never raises for a bad file: the result has ``outcome="error"`` and ``error`` (a
``Problem`` whose data names the file, and the sheet where one is concerned). Only a bad
``period`` argument (usage) raises ``TrackerError("period_invalid", exit_code=2)``.

Decisions (issue 3, item 5):
- unit: our template's keys; else a single 填报单位/报送单位 line (汇总单位/编制单位 never); else
  the unit column per row (a cell listing units counts for each; an allocation such as
  "市市场监管局、各区（县）" is not a list of reporters); else the sheet name; else the file name.
- period: the argument; else the template keys; else title lines, sheet name, file name (the
  first naming a month decides; the year may come from another of them or from 填报日期).
  A workbook whose sheets name different months (one sheet per month) keeps only the sheets of
  the chosen period (the argument, else the latest) and says so.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tracker.catalog import Catalog, CatUnit
from tracker.errors import Problem, TrackerError
from tracker.excel.guards import DEFAULT_LIMITS, Limits
from tracker.excel.keys import TemplateKeys, read_keys
from tracker.excel.layout import SheetLayout, date_in_period_year, find_layout
from tracker.excel.match import find_period, resolve_unit, unit_in_name, units_in_cell
from tracker.excel.read import CSV_SUFFIXES, WORKBOOK_SUFFIXES, Book, read_book
from tracker.excel.records import SheetContext, UnitChoice, at, build_rows
from tracker.excel.results import ParsedFile, ParsedRow, Skipped
from tracker.paths import shown_name
from tracker.periods import parse_period

NOT_IMPORTABLE = {
    ".doc": "Word 文档", ".docx": "Word 文档", ".wps": "WPS 文字", ".rtf": "RTF 文档",
    ".pdf": "PDF 文件", ".ofd": "OFD 文件", ".zip": "压缩包", ".rar": "压缩包", ".7z": "压缩包",
    ".jpg": "图片", ".jpeg": "图片", ".png": "图片", ".gif": "图片", ".bmp": "图片",
    ".tif": "图片", ".tiff": "图片", ".heic": "图片", ".webp": "图片",
    ".ppt": "演示文稿", ".pptx": "演示文稿", ".txt": "文本文件",
}
IMPORTABLE = WORKBOOK_SUFFIXES + CSV_SUFFIXES


def _code_key(code: str) -> tuple:
    try:
        return (0, *(int(p) for p in code.split(".")))
    except ValueError:
        return (1, code)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        if not path.is_file():  # a pipe or a device would be read forever
            return ""
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    except OSError:
        return ""
    return h.hexdigest()


def scan_folder(path: str | Path, recursive: bool = False) -> list[Path | Skipped]:
    """Every workbook and CSV in a folder (sorted by name), and what is not read and why.
    Hidden files (".name") are left out; Office lock files "~$…" are listed as skipped."""
    folder = Path(path)
    found = folder.rglob("*") if recursive else folder.iterdir()
    out: list[Path | Skipped] = []
    for p in sorted(found, key=lambda q: str(q).lower()):
        if any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        suffix = p.suffix.lower()
        if not p.is_file():  # folders are walked; a shortcut to nothing is said, not dropped
            if p.is_symlink() and not p.exists() and suffix in IMPORTABLE:
                out.append(Skipped(p, "skip_broken_link"))
            continue
        if p.name.startswith("~$"):
            out.append(Skipped(p, "skip_lock_file"))
        elif suffix in IMPORTABLE:
            out.append(p)
        elif suffix in NOT_IMPORTABLE:
            out.append(Skipped(p, "skip_not_importable", NOT_IMPORTABLE[suffix]))
        else:
            out.append(Skipped(p, "skip_unknown_type", suffix.lstrip(".")))
    return out


def given_file(path: str | Path) -> Path | Skipped:
    """A file named directly (not found in a folder): a Word report, a PDF or a picture is
    listed as "enter by hand", as in a folder, not read as a table."""
    p = Path(path)
    kind = NOT_IMPORTABLE.get(p.suffix.lower())
    if kind is not None and p.is_file() and p.suffix.lower() != ".txt":
        return Skipped(p, "skip_not_importable", kind)
    return p


def skipped_file(item: Skipped) -> ParsedFile:
    return ParsedFile(path=str(item.path), sha256=_sha256(item.path), outcome="skipped",
                      error=Problem(item.code, {"file": item.path.name, "kind": item.kind}))


def parse_paths(paths: list[str | Path], catalog: Catalog, period: str | None = None,
                recursive: bool = False) -> list[ParsedFile]:
    """Files and folders → one result per file (folders expanded with ``scan_folder``)."""
    out: list[ParsedFile] = []
    for p in map(Path, paths):
        items = scan_folder(p, recursive) if p.is_dir() else [given_file(p)]
        for item in items:
            out.append(skipped_file(item) if isinstance(item, Skipped)
                       else parse_file(item, catalog, period))
    return out


def parse_file(path: str | Path, catalog: Catalog, period: str | None = None,
               limits: Limits = DEFAULT_LIMITS, *,
               load: Callable[[], Book] | None = None) -> ParsedFile:
    """Read one returned file against ``catalog``. ``period`` ("2019-06", "2019年6月", …) is
    the period the user gave; a file that says otherwise gets a ``period_mismatch`` warning.
    ``load``: the file's ``read_book`` already under way (``readahead``); it raises as
    ``read_book`` would."""
    path = Path(path)
    given = parse_period(period) if period else None
    result = ParsedFile(path=str(path))
    try:
        book = load() if load is not None else read_book(path, limits)
        result.sha256 = book.sha256
        result.format, result.encoding = book.format, book.encoding
        _parse_book(book, catalog, given, result)
    except TrackerError as exc:
        _fail(result, Problem(exc.code, {"file": path.name, **exc.data}))
    except Exception as exc:  # a bug or a parser surprise: one bad file never blocks the rest
        _fail(result, Problem("excel_internal", {"file": path.name,
                                                 "detail": f"{type(exc).__name__}: {exc}"}))
    if not result.sha256:  # the file could not be read whole
        result.sha256 = _sha256(path)
    return result


def _contact(layouts: list[SheetLayout]) -> str:
    """"填报人：张晓红　联系电话：13899112233" from the sign-off lines, for calling back."""
    found = next((x.signoff for x in layouts if x.signoff), None) or next(
        (x.filler_above for x in layouts if x.filler_above), {})
    person, phone = found.get("person", ""), found.get("phone", "")
    return "　".join(part for part in (f"联系人：{person}" if person else "",
                                      f"联系电话：{phone}" if phone else "") if part)


def _plausible(day: date) -> bool:
    """A 填报日期 a person could have written: from 2000 to two months from today."""
    return date(2000, 1, 1) <= day <= date.today() + timedelta(days=62)


def _fail(result: ParsedFile, problem: Problem) -> None:
    result.outcome, result.error, result.rows = "error", problem, []


def _warn(result: ParsedFile, code: str, /, **data: object) -> None:
    result.warnings.append(Problem(code, {"file": Path(result.path).name, **data}))


def _parse_book(book: Book, catalog: Catalog, given: str | None, result: ParsedFile) -> None:
    path = book.path
    keys = read_keys(path, book.keys) if book.keys is not None else None
    if keys is not None:
        result.is_our_template, result.template_keys = True, keys.to_dict()
    if book.hidden_sheets:
        _warn(result, "hidden_sheet_skipped", sheets="、".join(book.hidden_sheets))
    layouts: list[SheetLayout] = []
    for grid in book.sheets:
        layout = find_layout(grid)
        if layout is not None:
            layouts.append(layout)
        elif any(any(v is not None for v in row) for row in grid.rows):
            _warn(result, "sheet_no_header", sheet=grid.name or "")
    if not layouts:
        raise TrackerError("excel_no_header", file=path.name)
    result.reported_date = next((x.reported_date for x in layouts if x.reported_date), None)
    result.contact = _contact(layouts)
    implausible = result.reported_date is not None and not _plausible(result.reported_date)
    if implausible:
        _warn(result, "reported_date_implausible", date=result.reported_date.isoformat())
        result.reported_date = None  # "0001年1月1日" would count as on time, 9999 as late
    layouts = _period(book, layouts, keys, given, result)
    if result.reported_date is None and not implausible:  # not read again without its year
        written = next((x.info["reported"] for x in layouts if x.info.get("reported")), "")
        if written:  # a 填报日期 without its year, or not a date at all
            found = date_in_period_year(written, result.period) if result.period else None
            if found is not None:
                result.reported_date = found
            else:
                _warn(result, "reported_date_unreadable", text=written)
    template_unit = _template_unit(catalog, keys, result) if keys is not None else None
    file_unit = unit_in_name(catalog, shown_name(path.stem))
    rows: list[ParsedRow] = []
    not_filled: list[str] = []
    singles = {id(x): _single_reporter(catalog, x.info.get("reporter", "")) for x in layouts}
    others = _other_unit_sheets(layouts, singles, template_unit)
    for layout in layouts:
        reporter = layout.info.get("reporter", "")
        single = singles[id(layout)]
        other_sheet = id(layout) in others  # a sheet added to our template for another unit
        ctx = SheetContext(catalog, path.name, keys=None if other_sheet else keys,
                           template_codes=frozenset(keys.codes()) if keys and not other_sheet
                           else frozenset(),
                           year_start=date(int(result.period[:4]), 1, 1) if result.period else None)
        if template_unit is not None and not other_sheet:
            ctx.fixed = template_unit
            _check_template_unit(result, template_unit, single, file_unit)
        elif single is not None:
            ctx.fixed = single
        else:
            ctx.reporter_text = reporter
        sheet_unit = unit_in_name(catalog, layout.grid.name) if ctx.fixed is None else None
        if sheet_unit is not None:
            ctx.fallback = UnitChoice(sheet_unit, layout.grid.name or "")
        elif file_unit is not None:
            ctx.fallback = UnitChoice(file_unit, shown_name(path.stem))
        elif ctx.fixed is None and (title_unit := _title_unit(catalog, layout)) is not None:
            ctx.fallback = title_unit
        rows += build_rows(ctx, layout)
        not_filled += ctx.not_filled
        if ctx.percent_fractions:
            name = layout.grid.name
            _warn(result, "percent_fractions", sheet=name or "",
                  where=f"工作表“{name}”" if name else "")
    if keys is not None:  # assignments whose row was deleted are not filled either
        seen = {r.measure for r in rows
                if template_unit is None or r.unit_id == template_unit.unit.id} | set(not_filled)
        not_filled += [c for c in keys.codes() if c not in seen]
    result.rows = rows
    _file_unit(result, template_unit, layouts, catalog, file_unit, singles)
    if not_filled:
        codes = sorted(dict.fromkeys(not_filled), key=_code_key)
        _warn(result, "not_filled", codes="、".join(codes), count=len(codes))
    elif not rows:
        _warn(result, "no_records")
    _duplicates(result)


def _other_unit_sheets(layouts: list[SheetLayout], singles: dict[int, UnitChoice | None],
                       template: UnitChoice | None) -> set[int]:
    """Sheets a unit added to our template for other units (one sheet per district it
    leads), each under its own 填报单位 line: their rows are those units' reports. Only when
    another sheet is the template unit's own; a template whose only sheet names another unit
    stays one file of the template's unit, flagged as possibly the wrong file."""
    if template is None or template.unit is None:
        return set()
    own = template.unit.id
    other = {id(x) for x in layouts
             if (c := singles[id(x)]) is not None and c.unit is not None and c.unit.id != own}
    return other if len(other) < len(layouts) else set()


def _title_unit(catalog: Catalog, layout: SheetLayout) -> UnitChoice | None:
    """A title naming exactly one unit ("市人力资源和社会保障局2019年6月工作进展"): the last
    place a reporter is looked for, after the sheet and file names."""
    for title in layout.titles:
        unit = unit_in_name(catalog, title)
        if unit is not None:
            return UnitChoice(unit, title)
    return None


def _single_reporter(catalog: Catalog, text: str) -> UnitChoice | None:
    """A 填报单位 line naming exactly one unit (an allocation or a list names no single one)."""
    if not text:
        return None
    hit = resolve_unit(catalog, text)
    if hit is None:
        cell = units_in_cell(catalog, text)
        if len(cell.hits) != 1 or cell.unresolved or cell.allocation:
            return None
        hit = cell.hits[0]
    return UnitChoice(hit.unit, text, hit.confidence)


def _template_unit(catalog: Catalog, keys: TemplateKeys, result: ParsedFile) -> UnitChoice | None:
    if keys.policy_id is not None and keys.policy_id != catalog.policy_id:
        _warn(result, "template_other_policy", policy=keys.policy_title or str(keys.policy_id))
    unit = next((u for u in catalog.units if u.id == keys.unit_id), None)
    if unit is None and keys.unit_name:
        hit = resolve_unit(catalog, keys.unit_name)
        unit = hit.unit if hit is not None and hit.confidence == 1.0 else None
    if unit is None:
        if keys.unit_name or keys.unit_id is not None:  # a key sheet that lost its unit: the
            _warn(result, "template_unit_unknown",       # visible sheet decides, no "None"
                  unit=keys.unit_name or str(keys.unit_id))
        return None
    return UnitChoice(unit, keys.unit_name or unit.name)


def _check_template_unit(result: ParsedFile, template: UnitChoice, line: UnitChoice | None,
                         file_unit: object) -> None:
    if any(w.code == "template_other_unit" for w in result.warnings):
        return
    assert template.unit is not None
    for where, other in (("填报单位行", line.unit if line else None), ("文件名", file_unit)):
        if other is not None and other.id != template.unit.id:
            _warn(result, "template_other_unit", template_unit=template.unit.name,
                  found_unit=other.name, where=where)
            return


def _sheet_sources(layout: SheetLayout) -> list[tuple[str, str]]:
    return [("title", t) for t in layout.titles] + [("sheet_name", layout.grid.name or "")]


def _period(book: Book, layouts: list[SheetLayout], keys: TemplateKeys | None,
            given: str | None, result: ParsedFile) -> list[SheetLayout]:
    stem = [("file_name", shown_name(book.path.stem))]
    own = {id(x): find_period(_sheet_sources(x) + stem, x.reported_date).period for x in layouts}
    distinct = sorted({p for p in own.values() if p})
    found_period, source, conflicts = None, None, []
    if keys is not None and keys.period:
        try:
            found_period, source = parse_period(keys.period), "template"
        except TrackerError:
            pass
    if found_period is None and len(distinct) > 1:
        found_period, source = distinct[-1], "sheet_name"
    if found_period is None:
        sources = [s for x in layouts for s in _sheet_sources(x)] + stem
        find = find_period(sources, result.reported_date)
        found_period, source, conflicts = find.period, find.source, find.conflicts
    chosen = given or found_period
    result.period = chosen
    result.period_source = "argument" if given else source
    names = {"template": "模板", "title": "标题", "sheet_name": "工作表名", "file_name": "文件名"}
    if given and found_period and found_period != given:
        _warn(result, "period_mismatch", found=found_period, given=given,
              source=names.get(source or "", source))
    elif conflicts and not given:
        _warn(result, "period_conflict", found="、".join([chosen or "", *conflicts]),
              period=chosen, source=names.get(source or "", source))
    elif source == "template" and not given:
        # last month's template retitled for this month: the hidden keys say one month, what
        # people read (title, sheet, file name) another — never re-dated silently either way
        shown = find_period([s for x in layouts for s in _sheet_sources(x)] + stem,
                            result.reported_date)
        if shown.period and shown.period != found_period:
            _warn(result, "template_period_differs", found=found_period, shown=shown.period,
                  source=names.get(shown.source or "", shown.source))
    if chosen is None:
        _warn(result, "period_unknown")
    if len(distinct) > 1 and chosen:
        kept = [x for x in layouts if own[id(x)] in (None, chosen)]
        for x in layouts:
            if x not in kept:
                _warn(result, "sheet_other_period", sheet=x.grid.name or "", period=own[id(x)])
        return kept
    return layouts


def _file_unit(result: ParsedFile, template: UnitChoice | None, layouts: list[SheetLayout],
               catalog: Catalog, named: CatUnit | None = None,
               singles: dict[int, UnitChoice | None] | None = None) -> None:
    """The unit the file is from (its batch, its "own file" standing): our template's unit;
    else the one unit all rows belong to, unless the file name names another unit and no
    填报单位 line names the rows' unit — a department's summary about one district is the
    department's file (the district's own report stays its own)."""
    if template is not None and template.unit is not None:  # the sender, whatever sheets
        result.unit_id, result.unit = template.unit.id, template.unit.name  # it added for others
        return
    ids = {r.unit_id for r in result.rows}
    if len(ids) == 1 and None not in ids:
        only = result.rows[0].unit_id
        lines = {c.unit.id for c in (singles or {}).values() if c is not None and c.unit}
        if named is not None and named.id != only and only not in lines:
            result.unit_id, result.unit = named.id, named.name
            return
        result.unit_id, result.unit = only, result.rows[0].unit
        return
    if not result.rows:
        choice = template or next((c for x in layouts
                                   if (c := _single_reporter(catalog, x.info.get("reporter", "")))),
                                  None)
        if choice is not None and choice.unit is not None:
            result.unit_id, result.unit = choice.unit.id, choice.unit.name


def _duplicates(result: ParsedFile) -> None:
    seen: dict[tuple[int, int], list[ParsedRow]] = defaultdict(list)
    for r in result.rows:
        if r.unit_id is not None and r.measure_id is not None:
            seen[(r.unit_id, r.measure_id)].append(r)
    drop: set[int] = set()
    for rows in seen.values():
        if len(rows) < 2:
            continue
        where = "、".join(at(r.sheet, r.row) for r in rows)
        if len({_content(r) for r in rows}) == 1:  # the same report twice (a copied sheet)
            _warn(result, "duplicate_measure", unit=rows[0].unit, code=rows[0].measure, rows=where)
            drop.update(id(r) for r in rows[:-1])
            continue  # (rows that differ say so each, below: not a third time for the file)
        for r in rows:  # different reports for one measure: the user picks, nothing is guessed
            r.warnings.append(Problem("measure_twice", {
                "file": Path(result.path).name, "sheet": r.sheet, "row": r.row, "unit": r.unit,
                "code": r.measure, "rows": where, "at": at(r.sheet, r.row)}))
    if drop:
        result.rows = [r for r in result.rows if id(r) not in drop]


def _content(r: ParsedRow) -> tuple:
    return (r.status, r.percent, r.progress, r.problems, r.next_steps, r.extra, r.action_text)
