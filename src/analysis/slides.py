"""A PowerPoint deck from a report folder: a title slide, one chart per slide, table slides.

:func:`build_deck` reads what a report notebook left in its output folder —
``meta.json`` (title, subtitle, source), ``charts.json`` (one entry per chart, in the
order the notebook showed them, with the PNG path and the texts of its title block) and
``tables/*.json`` — and writes a 16:9 ``.pptx``. All text goes into the deck as text runs,
which python-pptx XML-escapes, so a quote holding ``<script>`` shows as those characters.

>>> build_deck("reports/2026-01-01/seed", "reports/2026-01-01/seed/slides.pptx")  # doctest: +SKIP
PosixPath('reports/2026-01-01/seed/slides.pptx')
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.5)
INK = RGBColor(0x22, 0x22, 0x22)
MUTED = RGBColor(0x66, 0x66, 0x66)
ROWS_PER_SLIDE = 10  # at most; fewer when rows wrap onto several lines
LINES_PER_SLIDE = 20  # wrapped lines of 13 pt text that fit below the title
QUOTE_WIDTH = 240  # characters of a quote on a table slide
WEIGHTS = {"quote": 5.0, "example": 5.0, "speaker": 2.0, "addressee": 1.4, "verb": 1.1, "kind": 1.1}
BLANK = 6  # index of the blank layout in python-pptx's default template


# characters XML 1.0 cannot hold (python-pptx refuses them); a form feed in an article must
# not stop the deck
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: object) -> str:
    """``text`` without the control characters a PPTX cannot store.

    >>> xml_safe("a\x0cb\x1b")
    'ab'
    """
    return _NOT_XML.sub("", str(text))


def _text(slide, left, top, width, height, text: str, size: int, bold: bool = False, colour=INK):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = xml_safe(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = colour
    return box


def _read(path: Path, default):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return default


def title_slide(prs: Presentation, title: str, subtitle: str = "", source: str = "") -> None:
    """The opening slide: the report title, a subtitle and the source line."""
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    width = SLIDE_W - 2 * MARGIN
    # the default template's placeholders sit where a 4:3 slide wants them; widen them
    head, sub = slide.shapes.title, slide.placeholders[1]
    head.left, head.top, head.width, head.height = MARGIN, Inches(2.0), width, Inches(1.8)
    head.text = xml_safe(title)
    sub.left, sub.top, sub.width, sub.height = MARGIN, Inches(4.0), width, Inches(1.2)
    if subtitle:
        sub.text = xml_safe(subtitle)
    else:
        sub.element.getparent().remove(sub.element)
    if source:
        _text(slide, MARGIN, SLIDE_H - Inches(0.8), width, Inches(0.4), source, 12, colour=MUTED)


def chart_slide(
    prs: Presentation,
    image: Path,
    title: str,
    subtitle: str = "",
    source: str = "",
    crop_top: float = 0.0,
    crop_bottom: float = 0.0,
) -> None:
    """One chart: the slide's own title, subtitle and source line around the chart's plot area.

    The PNG carries its own title block and source line (so it stands alone when dropped
    into another deck); here those strips are cropped off and set as editable text instead.
    """
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    width = SLIDE_W - 2 * MARGIN
    _text(slide, MARGIN, Inches(0.3), width, Inches(0.8), title, 30, bold=True)
    top = Inches(1.05)
    if subtitle:
        _text(slide, MARGIN, top, width, Inches(0.5), subtitle, 16, colour=MUTED)
        top = Inches(1.55)
    bottom = SLIDE_H - Inches(0.6)
    # the visible part of the image keeps its aspect ratio inside the free area
    with Image.open(image) as img:
        px_w, px_h = img.size
    aspect = px_w / (px_h * max(1.0 - crop_top - crop_bottom, 0.1))
    box_w, box_h = int(width), int(bottom - top)
    pic_w, pic_h = (
        (box_w, int(box_w / aspect)) if box_w / aspect <= box_h else (int(box_h * aspect), box_h)
    )
    left = int(MARGIN + (box_w - pic_w) / 2)
    pic = slide.shapes.add_picture(str(image), Emu(left), Emu(int(top)), Emu(pic_w), Emu(pic_h))
    pic.crop_top, pic.crop_bottom = crop_top, crop_bottom
    if source:
        _text(slide, MARGIN, SLIDE_H - Inches(0.55), width, Inches(0.4), source, 11, colour=MUTED)


def table_slides(
    prs: Presentation,
    title: str,
    columns: list[str],
    rows: list[dict],
    empty: str = "Nothing found.",
    source: str = "",
) -> int:
    """The table over as many slides as it needs; returns how many."""
    pages = paginate(rows, columns)
    width = SLIDE_W - 2 * MARGIN
    for n, page in enumerate(pages):
        slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
        label = title if len(pages) == 1 else f"{title} ({n + 1}/{len(pages)})"
        _text(slide, MARGIN, Inches(0.3), width, Inches(0.8), label, 30, bold=True)
        if not page:
            _text(slide, MARGIN, Inches(3.2), width, Inches(1.0), empty, 24, colour=MUTED)
        else:
            shape = slide.shapes.add_table(
                len(page) + 1, len(columns), MARGIN, Inches(1.3), width, Inches(0.5)
            )
            table = shape.table
            total = sum(WEIGHTS.get(c, 1.0) for c in columns)
            for j, column in enumerate(columns):
                table.columns[j].width = Emu(int(width * WEIGHTS.get(column, 1.0) / total))
            for j, column in enumerate(columns):
                _cell(table.cell(0, j), column, 14, bold=True)
            for i, row in enumerate(page, start=1):
                for j, column in enumerate(columns):
                    value = row.get(column)
                    text = "" if value is None else str(value)
                    if column == "quote" and len(text) > QUOTE_WIDTH:
                        text = text[: QUOTE_WIDTH - 1].rstrip() + "…"
                    _cell(table.cell(i, j), text, 13)
        if source:
            _text(
                slide, MARGIN, SLIDE_H - Inches(0.55), width, Inches(0.4), source, 11, colour=MUTED
            )
    return len(pages)


def paginate(rows: list[dict], columns: list[str]) -> list[list[dict]]:
    """Split rows into slides by their estimated wrapped height, so long quotes never overflow.

    >>> long, short = {"speaker": "A", "quote": "x" * 240}, {"speaker": "A", "quote": "Yes."}
    >>> [len(p) for p in paginate([long] * 8, ["speaker", "quote"])], [len(p) for p in paginate([short] * 12, ["speaker", "quote"])]
    ([6, 2], [10, 2])
    """
    weights = [WEIGHTS.get(c, 1.0) for c in columns]
    chars_per_line = [
        max(8, int(130 * w / sum(weights))) for w in weights
    ]  # ~130 chars across at 13 pt
    pages: list[list[dict]] = [[]]
    used = 0
    for row in rows:
        lines = (
            max(
                -(-min(len(str(row.get(c) or "")), QUOTE_WIDTH) // width)
                for c, width in zip(columns, chars_per_line)
            )
            or 1
        )
        if pages[-1] and (used + lines > LINES_PER_SLIDE or len(pages[-1]) == ROWS_PER_SLIDE):
            pages.append([])
            used = 0
        pages[-1].append(row)
        used += lines
    return pages


def _cell(cell, text: str, size: int, bold: bool = False) -> None:
    cell.text = ""
    run = cell.text_frame.paragraphs[0].add_run()
    run.text = xml_safe(text)
    run.font.size = Pt(size)
    run.font.bold = bold


def build_deck(report_dir: str | Path, path: str | Path) -> Path:
    """Write the deck for the report folder ``report_dir`` to ``path``."""
    from .storage import atomic_write

    report_dir = Path(report_dir)
    meta = _read(report_dir / "meta.json", {})
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    # fixed core properties: the same report gives the same deck metadata
    prs.core_properties.title = xml_safe(meta.get("title") or "Report")
    prs.core_properties.author = "analysis"
    source = str(meta.get("source") or "")
    title_slide(prs, str(meta.get("title") or "Report"), str(meta.get("subtitle") or ""), source)
    for entry in _read(report_dir / "charts.json", []):
        png = next((report_dir / f for f in entry.get("files", []) if f.endswith(".png")), None)
        if png is None or not png.exists():
            continue
        chart_slide(
            prs,
            png,
            entry.get("title", ""),
            entry.get("subtitle", ""),
            entry.get("source", ""),
            float(entry.get("crop_top", 0)),
            float(entry.get("crop_bottom", 0)),
        )
    tables = (
        sorted((report_dir / "tables").glob("*.json")) if (report_dir / "tables").is_dir() else []
    )
    for table_path in sorted(tables, key=lambda p: (p.stem != "who_said_what", p.stem)):
        table = _read(table_path, None)
        if not table:
            continue
        table_slides(
            prs,
            table.get("title") or table_path.stem.replace("_", " ").capitalize(),
            table.get("columns", []),
            table.get("rows", []),
            table.get("empty", "Nothing found."),
            source,
        )
    return atomic_write(path, lambda tmp: _save_reproducibly(prs, tmp))


def _save_reproducibly(prs, path: Path) -> None:
    """Save the deck with every zip member dated 1980-01-01: python-pptx stamps the build
    time on each, so the same report would otherwise never give the same bytes."""
    import io
    import zipfile

    buffer = io.BytesIO()
    prs.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, src.read(info.filename))
