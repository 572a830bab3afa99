"""The static HTML report renders offline, in a real browser, with the matrix and the conflicts."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest

from warehouse.report import render_report, write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_report_shows_matrix_statuses_conflicts_and_quarantine(any_warehouse):
    page = render_report(any_warehouse)
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="matrix"' in page
    assert "gilteritinib" in page and "not indicated for newly diagnosed" in page
    assert "Quarantine by reason" in page and "Claims by status" in page


def test_report_is_self_contained(handmade_warehouse):
    page = render_report(handmade_warehouse)
    assert "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "no network resources"
    assert "@import" not in page


def test_text_from_articles_is_escaped(handmade_warehouse, tmp_path):
    import duckdb

    copy = tmp_path / "wh"
    shutil.copytree(handmade_warehouse, copy)
    con = duckdb.connect(str(copy / "oncocurate.duckdb"))
    con.execute("update indications set evidence = '<img src=x onerror=alert(1)> is not indicated' "
                "where drug_id = 'gilteritinib' and negated")
    con.close()
    page = render_report(copy)
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_missing_warehouse_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no warehouse"):
        render_report(tmp_path)


def _png_pixels(path: Path) -> tuple[int, int, set[bytes]]:
    """Width, height and the set of distinct RGB(A) pixels of an 8-bit, non-interlaced PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    colours: set[bytes] = set()
    previous = bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        filt, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):  # undo PNG row filters
            a = line[i - channels] if i >= channels else 0
            b, c = previous[i], previous[i - channels] if i >= channels else 0
            if filt == 1:
                line[i] = (line[i] + a) & 255
            elif filt == 2:
                line[i] = (line[i] + b) & 255
            elif filt == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if row % 8 == 0:
            colours.update(bytes(line[i:i + 3]) for i in range(0, stride, channels * 4))
        previous = line
    return width, height, colours


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
def test_report_renders_in_headless_chromium(any_warehouse, tmp_path):
    out = write_report(any_warehouse, tmp_path / "report.html")
    shot = tmp_path / "report.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={shot}",
                        "--window-size=1280,2000", out.as_uri()], capture_output=True, timeout=120, check=False)
        dom = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", out.as_uri()],
                             capture_output=True, text=True, timeout=120, check=False).stdout
    assert shot.exists() and shot.stat().st_size > 10_000
    width, height, colours = _png_pixels(shot)
    assert (width, height) == (1280, 2000)
    assert len(colours) > 20, "screenshot is blank"
    green = bytes.fromhex("1a7f37")
    assert green in colours, "approved cells are drawn"
    assert 'id="matrix"' in dom and "<rect" in dom and "gilteritinib" in dom


def test_write_report_defaults_to_the_warehouse_folder(handmade_warehouse, tmp_path):
    copy = tmp_path / "wh"
    shutil.copytree(handmade_warehouse, copy)
    out = write_report(copy)
    assert out == copy / "report.html" and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(copy.glob(".*.tmp"))


def test_matrix_stays_readable_at_corpus_scale():
    from warehouse.report import CELL, MAX_GRID_CONDITIONS, MAX_GRID_DRUGS, _matrix_svg

    cells = [(f"drug-{d:03d}", f"condition-{c:03d}", "used", None, 1 + (d + c) % 3)
             for d in range(400) for c in range(0, 150, 1 + d % 7)]
    svg = _matrix_svg(cells)
    assert 'id="matrix-note"' in svg and "400 drugs" in svg and "150 conditions" in svg
    width = int(re.search(r'id="matrix" width="(\d+)" height="(\d+)"', svg).group(1))
    height = int(re.search(r'id="matrix" width="(\d+)" height="(\d+)"', svg).group(2))
    assert width <= 200 + CELL * MAX_GRID_CONDITIONS + 200 and height <= 200 + CELL * MAX_GRID_DRUGS
    assert svg.count('text-anchor="end"') == MAX_GRID_DRUGS  # one label per drug row shown


def test_small_matrix_shows_everything_without_a_note():
    from warehouse.report import _matrix_svg

    svg = _matrix_svg([("imatinib", "chronic-myeloid-leukemia", "approved", None, 2)])
    assert "matrix-note" not in svg and "imatinib" in svg
