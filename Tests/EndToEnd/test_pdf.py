"""End-to-end tests of `rrp compile --format pdf`: the sample plan printed by the real WeasyPrint,
read back with pypdf as a reader would see it (pages, bookmarks, contents page numbers, running
header, paper, fonts, tags, charts), and the engine's error paths with the real `rrp`.

Run: python3 -m pytest Tests/EndToEnd (RRP names the binary; .build/debug/rrp by default).
Needs pypdf (`python3 -m pip install pypdf`) and WeasyPrint (`apt install weasyprint`); each test
that needs one says "skipped" with the reason when it is missing.
"""
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf", reason="pypdf is not installed (python3 -m pip install pypdf)")

ROOT = Path(__file__).resolve().parents[2]
RRP = os.environ.get("RRP", str(ROOT / ".build" / "debug" / "rrp"))
SAMPLE = ROOT / "Samples" / "lake-basin-rrp"
ENGINE = os.environ.get("RRP_WEASYPRINT") or shutil.which("weasyprint")
needs_engine = pytest.mark.skipif(ENGINE is None, reason="WeasyPrint is not installed (apt install weasyprint)")

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
LEADER = re.compile(r"^(.*?)\s*\.{3,}\s*(\d+)\s*$")


def compile_plan(out, *options, env=None):
    return subprocess.run([RRP, "compile", str(SAMPLE), "--out", str(out), *options],
                          capture_output=True, text=True, env=env, timeout=900)


def squash(text):
    return " ".join(text.split())


class Headings(HTMLParser):
    """The document's h2 and h3 headings (those outside the cover), the contents entries, the chart texts,
    and the running header of its @page rule."""

    def __init__(self):
        super().__init__()
        self.headings, self.toc, self.chart_texts = [], [], []
        self.stack, self.capture, self.style = [], None, ""
        # The contents entries' targets, and the heading each anchor opens with.
        self.toc_targets, self.heading_at, self.pending_ids = [], {}, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.stack.append((tag, attrs.get("class", "")))
        in_cover = any(t == "header" and "cover" in c for t, c in self.stack)
        in_toc = any(t == "nav" and "toc" in c for t, c in self.stack)
        if attrs.get("id"):
            self.pending_ids.append(attrs["id"])
        if tag in ("h2", "h3") and not in_cover:
            self.capture = [tag, ""]
        elif tag == "a" and in_toc:
            self.capture = ["toc", ""]
            self.toc_targets.append(attrs.get("href", "").lstrip("#"))
        elif tag == "text" and any(t == "svg" for t, _ in self.stack):
            self.capture = ["svg", ""]
        elif tag == "style":
            self.capture = ["style", ""]

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass
        if self.capture and tag in ("h2", "h3", "a", "text", "style") and \
                {"h2": "h2", "h3": "h3", "a": "toc", "text": "svg", "style": "style"}[tag] == self.capture[0]:
            kind, text = self.capture
            self.capture = None
            if kind in ("h2", "h3"):
                self.headings.append((1 if kind == "h2" else 2, squash(text)))
                for anchor in self.pending_ids:
                    self.heading_at[anchor] = squash(text)
                self.pending_ids = []
            elif kind == "toc":
                self.toc.append(squash(text))
            elif kind == "svg":
                if squash(text):
                    self.chart_texts.append(squash(text))
            else:
                self.style += text

    def handle_data(self, data):
        if self.capture:
            self.capture[1] += data

    @property
    def running_header(self):
        return re.search(r'@top-left \{ content: "(.*?)";', self.style).group(1)


def read_html(path):
    parser = Headings()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def outline(reader):
    flat = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                flat.append((level, squash(item.title), reader.get_destination_page_number(item)))
    walk(reader.outline, 1)
    return flat


def page_texts(reader):
    return [page.extract_text() or "" for page in reader.pages]


def fonts_of(resources, seen):
    """Every font dictionary used by a page or the forms (drawings) it paints."""
    resources = resources.get_object() if resources is not None else {}
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        if id(font) not in seen:
            seen.add(id(font))
            yield font
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from fonts_of(xobject.get("/Resources"), seen)


def is_embedded(font):
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    if font.get("/Subtype") == "/Type3":
        return True  # drawn with PDF operators: nothing to embed
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


@pytest.fixture(scope="module")
def a4(tmp_path_factory):
    if ENGINE is None:
        pytest.skip("WeasyPrint is not installed (apt install weasyprint)")
    out = tmp_path_factory.mktemp("a4")
    result = compile_plan(out, "--format", "html,pdf")
    assert result.returncode == 0, result.stderr
    return out


@needs_engine
def test_every_document_has_a_pdf_beside_its_html(a4):
    htmls = sorted(p.stem for p in a4.glob("*.html"))
    pdfs = sorted(p.stem for p in a4.glob("*.pdf"))
    assert pdfs == htmls and "regional" in pdfs and len(pdfs) == 4
    assert not list(a4.glob(".*.rrp-*")), "temporaries left in the output folder"
    manifest = (a4 / ".rrp-outputs.json").read_text()
    for name in pdfs:
        assert f'"name" : "{name}.pdf"' in manifest


@needs_engine
def test_page_counts_are_plausible_and_pages_are_a4(a4):
    for path in sorted(a4.glob("*.pdf")):
        reader = pypdf.PdfReader(path)
        pages = len(reader.pages)
        assert (20 <= pages <= 120) if path.stem == "regional" else (5 <= pages <= 40), (path.name, pages)
        sizes = [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]
        # Every page A4: portrait, or landscape for the wide partner grids of the annexes only.
        annexes = next(page for level, title, page in outline(reader) if level == 1 and title in ("Annexes", "Annexe", "Anexos"))
        landscape = [number for number, size in enumerate(sizes) if size[0] > size[1]]
        for number, size in enumerate(sizes):
            assert sorted(size) == pytest.approx(sorted(A4), abs=0.5), (path.name, number + 1, size)
        assert all(number > annexes for number in landscape), (path.name, landscape, annexes)
        if path.stem == "regional":
            assert landscape, "the partner grids of the annexes are on landscape pages"


@needs_engine
def test_bookmarks_are_the_headings(a4):
    for path in sorted(a4.glob("*.pdf")):
        html = read_html(path.with_suffix(".html"))
        marks = outline(pypdf.PdfReader(path))
        assert [(level, title) for level, title, _ in marks] == html.headings, path.name
        assert len(marks) > 10
        # Each bookmark opens the page that holds its heading.
        texts = page_texts(pypdf.PdfReader(path))
        for _, title, page in marks:
            assert title in squash(texts[page]), (path.name, title, page + 1)


def contents_entries(texts, titles):
    """The (title, page number) of every contents line with a leader. An entry too long for its
    column (long contents are printed in two) wraps: the lines before its leader line that
    complete a known title are joined to it."""
    entries = []
    for text in texts:
        before = []
        for line in text.splitlines():
            if m := LEADER.match(line.strip()):
                title = squash(m.group(1))
                for back in (1, 2):
                    joined = squash(" ".join(before[-back:] + [title]))
                    if title not in titles and joined in titles:
                        title = joined
                entries.append((title, int(m.group(2))))
                before = []
            else:
                before.append(line.strip())
    return entries


@needs_engine
def test_the_contents_page_numbers_point_at_the_headings(a4):
    for path in sorted(a4.glob("*.pdf")):
        html = read_html(path.with_suffix(".html"))
        texts = page_texts(pypdf.PdfReader(path))
        entries = contents_entries(texts, set(html.toc))
        assert [title for title, _ in entries] == html.toc, path.name
        last = 0
        for (title, number), target in zip(entries, html.toc_targets):
            assert 1 < number <= len(texts), (path.name, title, number)
            heading = html.heading_at[target]  # an entry's title, or its chapter's heading ("Overview": "Chad")
            lines = [squash(line) for line in texts[number - 1].splitlines()]
            assert heading in lines, f"{path.name}: contents says '{title}' is on page {number}, which does not show '{heading}'"
            assert number >= last, f"{path.name}: '{title}' on page {number} comes before page {last}"
            last = number


@needs_engine
def test_every_page_but_the_cover_has_the_running_header(a4):
    for path in sorted(a4.glob("*.pdf")):
        header = read_html(path.with_suffix(".html")).running_header
        assert len(header) > 20, header
        texts = page_texts(pypdf.PdfReader(path))
        assert header not in texts[0], "the cover has no running header"
        for number, text in enumerate(texts[1:], start=2):
            assert header in text, f"{path.name} page {number} lacks the running header"
            assert re.search(rf"\b{number} / {len(texts)}\b", text), f"{path.name} page {number} lacks its number"
    # The header's right part names the part the page is in: each country's first page.
    regional = pypdf.PdfReader(a4 / "regional.pdf")
    texts = page_texts(regional)
    header = read_html(a4 / "regional.html").running_header
    assert header.startswith("DRAFT · Illustrative Lake Basin") and header.endswith("Illustrative data"), header
    for level, title, page in outline(regional):
        if level == 1 and title in ("Chad", "Cameroon", "Niger"):
            assert f"{header} {title}" in squash(texts[page]), title


@needs_engine
def test_fonts_are_embedded_and_the_pdf_is_tagged(a4):
    for path in sorted(a4.glob("*.pdf")):
        reader = pypdf.PdfReader(path)
        seen, fonts = set(), []
        for page in reader.pages:
            fonts += list(fonts_of(page.get("/Resources"), seen))
        assert fonts, path.name
        missing = [str(font.get("/BaseFont")) for font in fonts if not is_embedded(font)]
        assert not missing, f"{path.name}: fonts not embedded: {missing}"
        root = reader.trailer["/Root"]
        assert bool(root["/MarkInfo"]["/Marked"]), f"{path.name} is not tagged"
        assert "/StructTreeRoot" in root
    regional = pypdf.PdfReader(a4 / "regional.pdf")
    assert regional.trailer["/Root"]["/Lang"] == "en"
    assert regional.metadata.title.startswith("Illustrative Lake Basin Regional Refugee Response Plan")


@needs_engine
def test_the_charts_are_drawn(a4):
    html = read_html(a4 / "regional.html")
    text = squash(" ".join(page_texts(pypdf.PdfReader(a4 / "regional.pdf"))))
    assert len(html.chart_texts) > 20
    missing = [label for label in html.chart_texts if label not in text]
    assert not missing, f"chart labels not in the PDF: {missing[:5]}"


@needs_engine
def test_letter_paper_on_request_and_the_same_bytes_twice(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        result = compile_plan(out, "--format", "pdf", "--paper", "letter", "--country", "NER")
        assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in first.iterdir() if not p.name.startswith(".")) == ["country-NER.pdf"]
    reader = pypdf.PdfReader(first / "country-NER.pdf")
    for page in reader.pages:
        assert sorted((float(page.mediabox.width), float(page.mediabox.height))) == pytest.approx(sorted(LETTER), abs=0.5)
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == pytest.approx(LETTER, abs=0.5)
    assert (first / "country-NER.pdf").read_bytes() == (second / "country-NER.pdf").read_bytes()


def test_a_missing_engine_names_what_to_install(tmp_path):
    env = dict(os.environ, RRP_WEASYPRINT=str(tmp_path / "no-weasyprint"))
    result = compile_plan(tmp_path / "out", "--format", "pdf", env=env)
    assert result.returncode == 1
    assert "--format pdf needs WeasyPrint" in result.stderr
    assert "apt install weasyprint" in result.stderr and "pip install weasyprint" in result.stderr
    assert not (tmp_path / "out").exists()


def test_other_formats_never_look_for_the_engine(tmp_path):
    env = dict(os.environ, PATH=str(tmp_path / "empty"), RRP_WEASYPRINT=str(tmp_path / "no-weasyprint"))
    result = compile_plan(tmp_path / "out", "--format", "html,md,json,csv", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "regional.html").exists() and not list((tmp_path / "out").glob("*.pdf"))


def test_a_failing_engine_is_reported_and_nothing_is_written(tmp_path):
    engine = tmp_path / "weasyprint"
    engine.write_text("#!/bin/sh\necho 'Traceback (most recent call last):' >&2\n"
                      "echo 'OSError: the fake engine cannot print' >&2\nexit 2\n")
    engine.chmod(0o755)
    result = compile_plan(tmp_path / "out", "--format", "html,pdf", "--pdf-engine", str(engine))
    assert result.returncode == 1
    assert "the PDF engine failed on" in result.stderr and "OSError: the fake engine cannot print" in result.stderr
    assert "exit status 2" in result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == [".rrp-outputs.lock"]


@pytest.mark.parametrize("delay", [0.0, 0.5])
def test_an_interrupted_compile_stops_its_engines(tmp_path, delay):
    """Ctrl-C (SIGINT) on `rrp` also stops the engines it started (each runs in a process group of
    its own, so the terminal's signal does not reach them) and removes their temporary folders,
    also when it lands while other documents' engines are still being started (delay 0)."""
    import signal
    import time
    log = tmp_path / "engine.log"
    engine = tmp_path / "weasyprint"
    engine.write_text(f"#!/bin/sh\necho \"$$ $(pwd)\" >> '{log}'\nexec sleep 60\n")
    engine.chmod(0o755)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    rrp = subprocess.Popen([RRP, "compile", str(SAMPLE), "--out", str(tmp_path / "out"), "--format", "pdf",
                            "--pdf-engine", str(engine)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           env=dict(os.environ, TMPDIR=str(temporary)))
    deadline = time.time() + 120
    while not (log.exists() and log.read_text().strip()):
        assert time.time() < deadline and rrp.poll() is None, "the engine never started"
        time.sleep(0.01)
    time.sleep(delay)
    rrp.send_signal(signal.SIGINT)
    assert rrp.wait(timeout=30) == -signal.SIGINT
    engines = [line.split(" ", 1) for line in log.read_text().splitlines()]

    def running(pid):
        try:
            return "sleep" in Path(f"/proc/{pid}/cmdline").read_text()
        except OSError:
            return False

    # Stopped engines may take a moment to be reaped on a loaded machine: wait up to 15 s.
    settle = time.time() + 15
    while any(running(pid) for pid, _ in engines) and time.time() < settle:
        time.sleep(0.2)
    for pid, folder in engines:
        assert not running(pid), f"engine {pid} still runs"
        assert not Path(folder).exists(), f"{folder} was left behind"
    assert not list(temporary.iterdir()), "a temporary folder was left behind"
    assert not list((tmp_path / "out").glob("*.pdf"))


@needs_engine
def test_the_launcher_gives_the_same_bytes_as_weasyprint_alone(tmp_path):
    """A Python WeasyPrint runs through rrp's launcher (rrp-weasyprint.py, which makes WeasyPrint
    57's PDF/UA tagging linear in the pages): the PDF is byte for byte what WeasyPrint alone
    writes, and on WeasyPrint 57 both repairs are in place."""
    capture = tmp_path / "capture"
    capture.mkdir()
    engine = tmp_path / "capture-engine"
    engine.write_text(f"#!/bin/sh\ncat > '{capture}/document.html'\ncp print.css rrp-weasyprint.py '{capture}/'\n"
                      "for last; do :; done\nprintf '%%PDF-1.7 fake' > \"$last\"\n")
    engine.chmod(0o755)
    result = compile_plan(tmp_path / "out", "--format", "pdf", "--country", "NER", "--pdf-engine", str(engine))
    assert result.returncode == 0, result.stderr
    launcher = capture / "rrp-weasyprint.py"
    assert launcher.exists(), "rrp writes its launcher beside the document"
    interpreter = Path(ENGINE).read_text(errors="replace").splitlines()[0][2:].split()
    if not Path(interpreter[-1]).name.startswith("python") and not interpreter[-1].startswith("python"):
        pytest.skip(f"{ENGINE} is not a Python script: rrp runs it as it is")
    arguments = ["-q", "--pdf-variant", "pdf/ua-1", "--encoding", "utf-8", "--base-url", "", "-s", str(capture / "print.css"), "-"]
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    html = (capture / "document.html").read_bytes()
    alone = subprocess.run([ENGINE, *arguments, str(tmp_path / "alone.pdf")], input=html, env=env, capture_output=True, timeout=600)
    through = subprocess.run([*interpreter, str(launcher), ENGINE, *arguments, str(tmp_path / "through.pdf")], input=html, env=env,
                             capture_output=True, timeout=600)
    assert alone.returncode == 0 and through.returncode == 0, (alone.stderr[-500:], through.stderr[-500:])
    assert (tmp_path / "alone.pdf").read_bytes() == (tmp_path / "through.pdf").read_bytes()
    # Which repairs the installed WeasyPrint gets: both on version 57.
    probe = tmp_path / "probe"
    probe.write_text("import pydyf, weasyprint\nfrom weasyprint.document import Document\n"
                     "print(weasyprint.__version__, Document.build_element_structure.__code__.co_filename.endswith('rrp-weasyprint.py'),"
                     " pydyf.PDF.page_references.fget.__code__.co_filename.endswith('rrp-weasyprint.py'))\n")
    version, walk, references = subprocess.run([*interpreter, str(launcher), str(probe)], capture_output=True, text=True,
                                               timeout=60).stdout.split()
    if version.startswith("57."):
        assert (walk, references) == ("True", "True"), version
