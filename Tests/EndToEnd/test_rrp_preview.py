"""End-to-end tests of `rrp preview`: the served page in headless Chromium (DevTools protocol),
the server-sent events with a plain socket client, and the command's start and stop.

Run: python3 -m pytest Tests/EndToEnd (RRP names the binary; .build/debug/rrp by default).
The sample plan is copied to a temporary folder and edited there.
"""
import http.client
import shutil
import socket
import subprocess

import pytest

from preview_support import ROOT, RRP, Browser, Events, Preview, chromium_path, edit

CHAPTER = "CMR/education.md"
SENTENCE = "Schools in Minawao and surrounding villages are overcrowded"
ADDED = "A sentence the preview test added"


@pytest.fixture
def plan(tmp_path):
    folder = tmp_path / "plan"
    shutil.copytree(ROOT / "Samples" / "lake-basin-rrp", folder)
    return folder


@pytest.fixture
def preview(plan):
    server = Preview(plan)
    yield server
    server.close()


@pytest.fixture
def browser():
    chromium = chromium_path()
    if chromium is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium): the browser test is skipped")
    websocket = pytest.importorskip("websocket", reason="websocket-client (PyPI) is not installed: the browser test is skipped")
    client = Browser(chromium, websocket)
    yield client
    client.close()


def body_has(text):
    return f"document.body && document.body.innerText.includes({text!r})"


def test_the_open_page_follows_every_change(plan, preview, browser):
    browser.navigate(preview.url)
    assert browser.evaluate("document.title") == "Illustrative Lake Basin Regional Refugee Response Plan 2026–2027"
    assert browser.evaluate(body_has(SENTENCE))
    events = Events(preview.port)
    first = events.next()
    browser.evaluate("window.rrpUnchanged = true")

    # A change: the event arrives, the page reloads by itself and shows the new text.
    edit(plan / CHAPTER, SENTENCE, f"{ADDED}. {SENTENCE}")
    second = events.next()
    assert second != first
    browser.wait_until(body_has(ADDED))
    assert browser.evaluate("window.rrpUnchanged") is None, "the page was not reloaded"

    # A mistake: the page shows the diagnostics instead of the document.
    edit(plan / CHAPTER, "  UNICEF:", "  UNICEFF:")
    assert events.next() not in (first, second)
    browser.wait_until(body_has("The plan has errors"))
    line = (plan / CHAPTER).read_text(encoding="utf-8").split("\n").index("  UNICEFF:") + 1
    # The save is written in place, as many editors do: a build may see the file half written
    # and show that state's errors first; the page follows until it shows the saved file's.
    browser.wait_until(body_has(f"{plan / CHAPTER}:{line}:3:"))
    assert browser.evaluate(body_has("Partner 'UNICEFF' is used but not declared; did you mean 'UNICEF'?"))
    assert browser.evaluate(body_has("[partner.undeclared]"))
    assert browser.evaluate("document.querySelector('mark').textContent") == "UNICEFF"
    assert not browser.evaluate(body_has(SENTENCE))
    preview.wait_for_line(lambda l: l.startswith("rrp: the plan has ") and "the page shows" in l)

    # Fixed: the document is back, with the earlier change.
    edit(plan / CHAPTER, "  UNICEFF:", "  UNICEF:")
    assert events.next() == second
    browser.wait_until(body_has(ADDED))
    assert not browser.evaluate(body_has("The plan has errors"))
    events.close()

    # Ctrl-C stops it cleanly.
    assert preview.interrupt() == 0
    preview.wait_for_line(lambda l: l == "rrp: preview stopped")


def test_documents_by_name_and_only_for_this_machine(preview):
    def get(path, host=None, method="GET"):
        connection = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=60)
        connection.request(method, path, headers={"Host": host or f"127.0.0.1:{preview.port}"})
        response = connection.getresponse()
        return response.status, response.read().decode()

    status, page = get("/country-TCD.html")
    assert status == 200 and "– Tchad</title>" in page and "new EventSource" in page
    status, page = get("/country-XYZ.html")
    assert status == 404 and '<a href="/country-NER.html">' in page
    assert get("/", host=f"rebinding.example:{preview.port}")[0] == 403
    assert get("/", method="POST")[0] == 405
    assert get("/", method="HEAD") == (200, "")
    # Listening on loopback only: another address of this machine refuses the connection.
    for address in other_addresses():
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((address, preview.port), timeout=5)


def other_addresses():
    """The IPv4 addresses of this machine that are not loopback (`hostname -I`, Debian)."""
    try:
        listed = subprocess.run(["hostname", "-I"], capture_output=True, text=True, timeout=10).stdout.split()
    except OSError:
        return []
    return [a for a in listed if "." in a and not a.startswith("127.")]


def test_a_port_in_use_is_a_clear_error(plan):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([RRP, "preview", str(plan), "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == (f"rrp: error: cannot listen on 127.0.0.1:{port}: the port is in use (another rrp preview?); "
                             "choose another with --port\n")
