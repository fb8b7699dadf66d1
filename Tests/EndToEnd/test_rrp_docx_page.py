"""End-to-end tests of the Word documents' numbered headings, their regional map and a reference
document's page (`--reference-doc`): python-docx builds a US Letter reference with wide margins
and a footer, `rrp compile --format docx` takes them, python-docx reads them back, and
LibreOffice (when installed) prints Letter pages with the headings' numbers and the map.

Run: python3 -m pytest Tests/EndToEnd (RRP names the binary; .build/debug/rrp by default).
"""
import re
import shutil
import subprocess

import pytest

from docx_support import W, compile_docx

docx = pytest.importorskip("docx", reason="python-docx is not installed: python3 -m pip install python-docx")
from docx.shared import Inches  # noqa: E402


@pytest.fixture(scope="module")
def letter(tmp_path_factory):
    """The sample compiled with a Letter reference (1.5-inch side margins, a footer line)."""
    folder = tmp_path_factory.mktemp("letter")
    template = docx.Document()
    section = template.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1.5)
    section.top_margin = section.bottom_margin = Inches(1)
    section.footer.paragraphs[0].text = "Partner footer line"
    reference = folder / "letter.docx"
    template.save(str(reference))
    return compile_docx(folder / "out", "--reference-doc", str(reference))


def test_reference_page_size_margins_and_footer_are_taken(letter):
    document = docx.Document(str(letter / "regional.docx"))
    section = document.sections[-1]
    assert (section.page_width, section.page_height) == (Inches(8.5), Inches(11))
    assert section.left_margin == Inches(1.5) and section.right_margin == Inches(1.5)
    footer = "\n".join(p.text for p in section.footer.paragraphs)
    assert "Partner footer line" in footer
    assert any(" PAGE " in (e.text or "") for e in section.footer._element.iter(W + "instrText"))
    # Tables fit between the margins: 8.5 - 2 x 1.5 = 5.5 inches, 7,920 twentieths of a point.
    for table in document.tables:
        grid = table._tbl.find(W + "tblGrid")
        assert sum(int(c.get(W + "w")) for c in grid.findall(W + "gridCol")) <= 7920


def test_regional_map_is_a_picture_with_its_data_as_alternative_text(letter):
    document = docx.Document(str(letter / "regional.docx"))
    shapes = [s for s in document.inline_shapes if s._inline.graphic.graphicData.uri.endswith("/picture")]
    assert len(shapes) == 1
    description = shapes[0]._inline.docPr.get("descr")
    for country in ("Chad", "Cameroon", "Niger"):
        assert country in description, description
    assert shapes[0].width <= Inches(5.5)
    assert not [s for s in docx.Document(str(letter / "country-TCD.docx")).inline_shapes
                if s._inline.graphic.graphicData.uri.endswith("/picture")]


def test_headings_are_numbered_in_word_styles(letter):
    document = docx.Document(str(letter / "regional.docx"))
    for level in (1, 2, 3):
        numPr = document.styles[f"Heading {level}"].element.find(W + "pPr").find(W + "numPr")
        assert numPr is not None and numPr.find(W + "ilvl").get(W + "val") == str(level - 1)
    # The contents lists each part with its number before Word updates it.
    entries = [p.text for p in document.paragraphs if p.style.name == "toc 1"]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert entries and all(re.match(r"^\d+\t", e) for e in entries), entries
    for entry in entries:
        number, title = entry.split("\t", 1)
        assert headings[int(number) - 1] == title


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) and pdftotext are not installed: apt-get install libreoffice-writer poppler-utils")
def test_libreoffice_prints_letter_pages_with_numbered_headings(letter, tmp_path):
    result = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(letter / "regional.docx")],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "regional.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    # The headings carry their numbers: the first chapter, a country and one of its sectors.
    assert re.search(r"^1 Foreword$", text, re.M), text[:2000]
    assert re.search(r"^\d+ Chad$", text, re.M)
    assert re.search(r"^\d+\.\d+ Protection$", text, re.M)
    assert "Partner footer line" in text
    # The regional map is drawn after the figures at a glance from its SVG: its title and amounts
    # are text (on the cover, or the next page on this narrower page).
    cover = subprocess.run(["pdftotext", "-f", "1", "-l", "2", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Plan countries by requirements" in cover and "USD 108 million" in cover, cover
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert "612 x 792 pts" in info, info  # US Letter
