"""End-to-end tests of `rrp compile --format docx`: the Word files read back by python-docx, and
converted to PDF by LibreOffice when it is installed.

Run: python3 -m pytest Tests/EndToEnd (RRP names the binary; .build/debug/rrp by default).
python-docx and pandoc are installed by .ci/run; LibreOffice is not (too heavy for CI): the
conversion test says it was skipped when `soffice` is missing.
"""
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from docx_support import RRP, SAMPLE, W, compile_docx

docx = pytest.importorskip("docx", reason="python-docx is not installed: python3 -m pip install python-docx")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return compile_docx(tmp_path_factory.mktemp("docx"), formats="docx,json")


def plan_json(out):
    return json.loads((out / "plan.json").read_text())


def test_every_document_is_written_and_listed_in_the_manifest(out):
    names = sorted(p.name for p in out.glob("*.docx"))
    assert names == ["country-CMR.docx", "country-NER.docx", "country-TCD.docx", "regional.docx"]
    manifest = json.loads((out / ".rrp-outputs.json").read_text())
    assert set(names) <= {f["name"] for f in manifest["files"]}


def test_headings_styles_and_title(out):
    document = docx.Document(str(out / "regional.docx"))
    styles = {s.name for s in document.styles}
    for name in ["Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Caption", "RRP Table"]:
        assert name in styles, name
    by_style = {}
    for p in document.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    plan = plan_json(out)
    assert by_style["Title"] == [document.core_properties.title]
    assert document.core_properties.language == "en"
    headings = by_style["Heading 1"]
    for part in ["Financial requirements", "Partners", "Annexes", "Chad", "Cameroon", "Niger"]:
        assert part in headings, part
    assert len(by_style["Heading 2"]) > 20
    # Every country of the plan has its heading.
    assert len([h for h in headings if h in {"Chad", "Cameroon", "Niger"}]) == len(plan["countries"])


def test_tables_repeat_their_header_and_carry_the_total_requirement(out):
    document = docx.Document(str(out / "regional.docx"))
    total = "{:,}".format(plan_json(out)["consolidation"]["total"])
    assert len(document.tables) > 20
    with_header = 0
    for table in document.tables:
        assert table.style.name == "RRP Table"
        first = table.rows[0]._tr
        if first.trPr is not None and first.trPr.find(W + "tblHeader") is not None:
            with_header += 1
    assert with_header >= len(document.tables) - 2
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert total in cells
    # The requirements matrix: its Total row ends with the plan's total, and its rows add up to it.
    matrix = next(t for t in document.tables if t.rows[0].cells[0].text == "Country" and t.rows[-1].cells[-1].text == total)
    assert matrix.rows[-1].cells[0].text == "Total"
    rows = [int(r.cells[-1].text.replace(",", "")) for r in matrix.rows[1:-1]]
    assert sum(rows) == plan_json(out)["consolidation"]["total"]
    # Figures are right-aligned.
    assert matrix.rows[1].cells[-1].paragraphs[0].style.name == "Table Figure"


def test_country_document_is_in_its_chapter_language(out):
    document = docx.Document(str(out / "country-TCD.docx"))
    # Chad's chapter is written in French: the document's default language (the styles'), which
    # runs in French do not repeat.
    defaults = document.styles.element.find(W + "docDefaults").find(W + "rPrDefault").find(W + "rPr")
    assert defaults.find(W + "lang").get(W + "val") == "fr"
    langs = {e.get(W + "val") for e in document.element.body.iter(W + "lang")}
    assert langs <= {"en", "es"}, langs  # only runs in another language say so
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Le Tchad accueille" in text


def test_same_plan_same_bytes(out, tmp_path):
    result = subprocess.run([RRP, "compile", str(SAMPLE), "--out", str(tmp_path), "--format", "docx"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for name in ["regional.docx", "country-TCD.docx"]:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_reference_doc_mistakes_are_explained(tmp_path):
    missing = tmp_path / "missing.docx"
    result = subprocess.run([RRP, "compile", str(SAMPLE), "--out", str(tmp_path / "o"), "--format", "docx",
                             "--reference-doc", str(missing)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert f"the reference document {missing} cannot be used: the file does not exist" in result.stderr
    assert not (tmp_path / "o").exists()
    text = tmp_path / "notes.docx"
    text.write_text("plain text")
    result = subprocess.run([RRP, "compile", str(SAMPLE), "--out", str(tmp_path / "o"), "--format", "docx",
                             "--reference-doc", str(text)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "not a ZIP file" in result.stderr
    result = subprocess.run([RRP, "compile", str(SAMPLE), "--out", str(tmp_path / "o"), "--format", "html",
                             "--reference-doc", str(text)], capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "add docx to --format" in result.stderr


def test_reference_doc_styles_and_header_logo_are_used(out, tmp_path):
    # A reference made by python-docx's own default template: its Normal style replaces ours,
    # and its header's logo comes with it.
    reference = tmp_path / "reference.docx"
    template = docx.Document()
    template.styles["Normal"].font.name = "Georgia"
    logo = tmp_path / "logo.gif"
    # A 1x1 GIF.
    logo.write_bytes(bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"))
    header = template.sections[0].header.paragraphs[0]
    header.add_run().add_picture(str(logo))
    header.add_run("Partner logos")
    template.save(str(reference))
    result = subprocess.run([RRP, "compile", str(SAMPLE), "--out", str(tmp_path / "o"), "--format", "docx",
                             "--reference-doc", str(reference)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(tmp_path / "o" / "regional.docx"))
    assert document.styles["Normal"].font.name == "Georgia"
    assert "RRP Table" in {s.name for s in document.styles}
    texts = [p.text for p in document.sections[0].header.paragraphs]
    assert texts[0] == "Partner logos" and texts[-1].startswith("DRAFT · Illustrative Lake Basin")
    assert any(r.reltype.endswith("/image") for r in document.sections[0].header.part.rels.values())


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed: apt-get install pandoc")
def test_pandoc_reads_the_title_every_country_and_the_total(out):
    text = subprocess.run(["pandoc", "-t", "plain", "--wrap=none", str(out / "regional.docx")],
                          capture_output=True, text=True, timeout=300, check=True).stdout
    plan = plan_json(out)
    assert "Illustrative Lake Basin Regional Refugee Response Plan 2026–2027" in text
    for name in ["Chad", "Cameroon", "Niger"]:
        assert name in text, name
    assert len(plan["countries"]) == 3
    assert "{:,}".format(plan["consolidation"]["total"]) in text


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer to convert the Word files to PDF")
def test_libreoffice_converts_every_document_to_pdf(out, tmp_path):
    files = sorted(str(p) for p in out.glob("*.docx"))
    result = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), *files],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    for name in files:
        pdf = tmp_path / (Path(name).stem + ".pdf")
        assert pdf.exists() and pdf.stat().st_size > 10_000, pdf
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "regional.pdf"), "-"], capture_output=True, text=True).stdout
        assert "Illustrative Lake Basin Regional Refugee Response Plan" in text
        assert "{:,}".format(plan_json(out)["consolidation"]["total"]) in text
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(tmp_path / "regional.pdf")], capture_output=True, text=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert 15 <= pages <= 80, pages
