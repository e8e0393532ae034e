"""催办通知单: one notice per lagging unit (overdue items, items due soon, missing reports,
reports returned for rework with the review note, rejected files), as a ``Document``.

Numbers 〔year〕第N号: the caller gives each unit's number (a notice keeps its number, new
ones continue within the year: ``tracker.services.settings.notice_numbers``).

The notice ends with the closing request and the 落款 (issuer over the date), kept together
and with the last item before them, so a page never holds the closing alone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.deadlines import format_cn_date
from tracker.reports.document import Block, Column, Document, Paragraph, Signature, Table
from tracker.reports.summary import Item, MonthlySummary


@dataclass
class Notice:
    unit: str
    number: str
    overdue: list[Item] = field(default_factory=list)
    due_soon: list[Item] = field(default_factory=list)
    missing: list[Item] = field(default_factory=list)  # nothing reported
    returned: list[Item] = field(default_factory=list)  # reported, returned for rework (退回)
    rejected: list[str] = field(default_factory=list)  # "文件名：原因"

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.missing or self.returned
                    or self.rejected)


def notice_number(year: int, number: int) -> str:
    return f"〔{year}〕第{number}号"


def notices(s: MonthlySummary, rejected: dict[str, list[str]]) -> list[Notice]:
    """One notice per unit that has something to chase, in unit order (not numbered yet:
    set ``number`` with :func:`notice_number`)."""
    order = [u.name for u in s.per_unit]
    by_unit: dict[str, Notice] = {}

    def get(unit: str) -> Notice:
        return by_unit.setdefault(unit, Notice(unit, ""))

    for i in s.overdue:
        get(i.unit).overdue.append(i)
    for i in s.due_soon:
        get(i.unit).due_soon.append(i)
    returned = {(i.code, i.unit) for i in s.returned_items}
    for i in s.not_reported_items:
        if (i.code, i.unit) not in returned:
            get(i.unit).missing.append(i)
    for i in s.returned_items:
        get(i.unit).returned.append(i)
    for unit, files in rejected.items():
        get(unit).rejected.extend(files)
    out = [by_unit[u] for u in order if u in by_unit]
    out += [n for u, n in by_unit.items() if u not in order]
    return out


def _items(items: list[Item], title: str, notes: bool = False,
           status_header: str = "目前状态") -> Table:
    """``status_header``: 未报送 items show the status of their latest report (none: 未启动),
    not news of this month."""
    cols = [Column("code", "编号", 0.6, "center"), Column("measure", "具体措施", 3.0),
            Column("deadline", "完成时限", 1.4), Column("status", status_header, 1.0, "center")]
    if notes:
        cols[1] = Column("measure", "具体措施", 2.2)
        cols.append(Column("note", "退回原因", 1.8))
    rows = []
    for i in items:
        row = [i.code, i.title, i.deadline_text or (format_cn_date(i.deadline_date)
                                                    if i.deadline_date else ""),
               i.status + ("" if i.percent is None else f"（{i.percent}%）")]
        if notes:
            row.append(i.note or "—")
        rows.append(row)
    return Table(cols, rows, title=title)


def notice_document(n: Notice, s: MonthlySummary, *, reply_by: date, issued: date,
                    contact: str = "", phone: str = "") -> Document:
    """The notice: addressee, the points (each introduced by a sentence kept with its list),
    the closing request and the 落款 (office over the issue date) — the closing, the 落款 and
    the last item before them always on one page."""
    blocks: list[Block] = [
        Paragraph(f"{n.unit}：", keep_with_next=True),
        Paragraph(f"根据《{s.policy_title.strip('《》')}》任务分工和月度报送要求，"
                  f"截至{format_cn_date(s.as_of)}，你单位有以下事项需抓紧办理：")]
    k = 0
    ordinals = "一二三四五"

    def point(text: str, items: list[Item], title: str, notes: bool = False,
              status_header: str = "目前状态") -> None:
        nonlocal k
        blocks.append(Paragraph(f"{ordinals[k]}、{text}", keep_with_next=True))
        blocks.append(_items(items, title, notes, status_header))
        k += 1

    if n.overdue:
        point(f"已超过完成时限仍未完成的事项{len(n.overdue)}项。", n.overdue, "逾期未完成事项")
    if n.due_soon:
        point(f"即将到期的事项{len(n.due_soon)}项，请确保按期完成。", n.due_soon, "临近完成时限事项")
    if n.missing:
        point(f"{s.period_label}进展情况未报送{len(n.missing)}项"
              f"（报送截止日为{format_cn_date(s.due)}）。", n.missing, "未报送事项",
              status_header="最近报送状态")
    if n.returned:
        counted = sum(i.not_reported for i in n.returned)  # 已完成 items never count 未报送
        if counted == len(n.returned):
            counted_text = "退回的报送按未报送计，"
        elif counted:
            counted_text = f"其中{counted}项按未报送计，"
        else:
            counted_text = ""
        point(f"{s.period_label}报送的进展情况已退回{len(n.returned)}项，"
              f"{counted_text}请按退回原因修改后重新报送。", n.returned, "退回重报事项",
              notes=True)
    if n.rejected:
        said = "；".join(r.rstrip("。？?；;，, ") for r in n.rejected)  # no "？。"
        blocks.append(Paragraph(f"{ordinals[k]}、报送的材料未能使用：{said}。请按模板重新报送。"))
    last = blocks[-1]
    if isinstance(last, (Paragraph, Table)):
        last.keep_with_next = True  # the last item (row or sentence) goes with the closing
    contact_line = "，".join(x for x in (f"联系人：{contact}" if contact else "",
                                        f"联系电话：{phone}" if phone else "") if x)
    blocks.append(Paragraph(f"请于{format_cn_date(reply_by)}前将办理情况书面报送{s.office}。"
                            + (f"（{contact_line}）" if contact_line else ""),
                            keep_with_next=True))
    blocks.append(Signature(s.office, format_cn_date(issued)))
    return Document(title="催办通知单", subtitle=n.number, blocks=blocks, sign_off=None,
                    fit_pages=1, meta={"kind": "reminder", "unit": n.unit, "period": s.period,
                          "author": s.office})
