"""Member cards and the centre's printed lists: text, embedded fonts, barcodes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.barcode.code128 import Code128

from desktop.elder import checkin_service as cs
from desktop.elder import printing
from desktop.elder.printing import CardLine, code128_bars, render_cards
from tests.elder.conftest import ON, World


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            f = ref.get_object()
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if desc is not None:
                desc = desc.get_object()
                if any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(f["/BaseFont"]))
    return names


def test_cards_ten_per_page_with_names_numbers_and_embedded_fonts(tmp_path: Path) -> None:
    names = ["潘美兰", "罗素妹", "陈福森", "黄少珍", "李桂英", "欧阳秀琼", "张国强", "何丽华", "梁淑芬", "冯玉梅", "邓伯"]
    cards = [CardLine(f"QC{i:06d}", n, "西湖社区", photo=i == 1) for i, n in enumerate(names, 1)]
    out = tmp_path / "cards.pdf"
    report = render_cards(cards, out, printed_by="罗素妹")
    reader = PdfReader(out)
    assert len(reader.pages) == 2 == report.pages
    first = reader.pages[0].extract_text()
    for card in cards[:10]:
        assert card.name in first and card.member_no in first
    assert "邓伯" in reader.pages[1].extract_text() and "QC000011" in reader.pages[1].extract_text()
    assert "照片" in first
    assert _fonts(reader), "fonts must be embedded"
    w, h = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(w), round(h)) == (595, 842)


def test_card_barcode_is_reportlabs_code128(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast bar path draws exactly the bars ReportLab's own Code128 draws."""
    value = "QC000123"
    bc = Code128(value, barWidth=1.0, barHeight=10.0, quiet=False)
    drawn: list[tuple[float, float]] = []
    monkeypatch.setattr(bc, "rect", lambda x, y, w, h: drawn.append((round(x, 2), round(w, 2))))
    bc.draw()
    ops = code128_bars(value, 0, 0, 1.0, 10.0).split(" re")
    mine = [(float(p.split()[-4]), float(p.split()[-2])) for p in ops if p.strip() not in ("f", "")]
    assert mine == drawn and len(mine) > 20


def test_daily_sheet_month_summary_and_member_list(world: World, tmp_path: Path) -> None:
    a = world.member("潘美兰", "13802345678")
    world.member("陈福森", "13802341111")
    with world.db.session(world.reception) as s:
        cs.checkin(s, world.reception, "5678", lunch=True, on=ON)
        cs.checkin(s, world.reception, "1111", on=ON)
        cs.checkin(s, world.reception, "5678", on=date(2026, 11, 26))
    with world.db.session(world.worker) as s:
        printing.print_daily_sheet(s, world.worker, ON, tmp_path / "day.pdf")
        printing.print_month_summary(s, world.worker, ON, tmp_path / "month.pdf")
        printing.print_member_list(s, world.worker, tmp_path / "list.pdf")
        printing.print_cards(s, world.worker, [a], tmp_path / "one.pdf")
    day = PdfReader(tmp_path / "day.pdf").pages[0].extract_text()
    assert "到达 2 人，午餐 1 份" in day and "潘美兰" in day and "本人签名" in day
    month = PdfReader(tmp_path / "month.pdf").pages[0].extract_text()
    assert "到达 3 人次，午餐 1 份，到访 2 人" in month and "2026-11-26" in month
    lst = PdfReader(tmp_path / "list.pdf").pages[0].extract_text()
    assert "共 2 位会员" in lst and "QC000002" in lst and "西湖花园6号楼501" in lst
    one = PdfReader(tmp_path / "one.pdf")
    assert len(one.pages) == 1 and "QC000001" in one.pages[0].extract_text()
    assert "陈福森" not in one.pages[0].extract_text()
    for name in ("day", "month", "list"):
        assert _fonts(PdfReader(tmp_path / f"{name}.pdf"))


def test_service_record_with_signature_and_birthday_list(world: World, tmp_path: Path) -> None:
    from desktop.core.lunar import to_solar

    from desktop.elder import services_service as ss
    a = world.member("潘美兰", "13802345678", birth=to_solar(1950, 8, 15), lunar_birthday=True)
    with world.db.session(world.worker) as s:
        ss.add_service(s, world.worker, ss.ServiceInput(a, "健康检查", date(2026, 9, 3), 10, measures={"收缩压": 128}))
        ss.add_service(s, world.worker, ss.ServiceInput(a, "上门服务", date(2026, 9, 10), 60, fee_fen=1500))
        printing.print_service_record(s, world.worker, a, date(2026, 9, 1), date(2026, 9, 30), tmp_path / "rec.pdf")
        printing.print_birthday_list(s, world.worker, date(2026, 9, 1), tmp_path / "bd.pdf")
    rec = PdfReader(tmp_path / "rec.pdf").pages[0].extract_text()
    assert "会员签名" in rec and "收缩压 128" in rec and "服务 2 人次，合计收费 15.00 元" in rec
    bd = PdfReader(tmp_path / "bd.pdf").pages[0].extract_text()
    assert "潘美兰" in bd and "2026-09-25" in bd and "八月十五" in bd and "中秋节：2026-09-25" in bd
