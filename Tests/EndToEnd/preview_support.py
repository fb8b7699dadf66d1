"""Helpers to drive `rrp preview` from Python: start it on a free port, read its server-sent
events, edit a chapter. Used by test_rrp_preview.py and Scripts/bench-preview.py."""
import os
import re
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RRP = os.environ.get("RRP", str(ROOT / ".build" / "debug" / "rrp"))


class Preview:
    """`rrp preview PLAN --port 0`, started and read line by line (standard error)."""

    def __init__(self, plan, *arguments, rrp=RRP):
        self.process = subprocess.Popen([rrp, "preview", str(plan), "--port", "0", *arguments],
                                        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines = []
        self.ended = False
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        line = self.wait_for_line(lambda l: "preview at " in l or "error" in l, timeout=120)
        match = re.search(r"rrp: preview at (http://127\.0\.0\.1:(\d+)/)", line)
        assert match, f"rrp preview did not start: {self.lines}"
        self.url, self.port = match.group(1), int(match.group(2))

    def _read(self):
        for line in self.process.stderr:
            with self.changed:
                self.lines.append(line.rstrip("\n"))
                self.changed.notify_all()
        with self.changed:
            self.ended = True
            self.changed.notify_all()

    def wait_for_line(self, predicate, timeout=60, after=0):
        """The first line (from index `after`) that satisfies `predicate`."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for line in self.lines[after:]:
                    if predicate(line):
                        return line
                remaining = deadline - time.monotonic()
                assert remaining > 0, f"timed out; rrp preview printed: {self.lines}"
                assert not self.ended, f"rrp preview ended; it printed: {self.lines}"
                self.changed.wait(min(remaining, 0.5))

    def interrupt(self, timeout=10):
        """Sends SIGINT (Ctrl-C) and returns the exit status."""
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=timeout)

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class Events:
    """A client of `/events` on a plain socket: reads the chunked response and collects the
    `data:` of each event."""

    def __init__(self, port, host="127.0.0.1"):
        self.socket = socket.create_connection((host, port), timeout=60)
        self.socket.sendall(f"GET /events HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.raw = b""
        self.text = ""
        self.data = []
        head = self._read_until(b"\r\n\r\n")
        self.headers = head.decode()
        assert self.headers.startswith("HTTP/1.1 200"), self.headers
        assert "text/event-stream" in self.headers and "chunked" in self.headers, self.headers

    def _read_until(self, marker):
        while marker not in self.raw:
            chunk = self.socket.recv(65536)
            assert chunk, "the event stream ended"
            self.raw += chunk
        found, self.raw = self.raw.split(marker, 1)
        return found

    def _read_exactly(self, count):
        while len(self.raw) < count:
            chunk = self.socket.recv(65536)
            assert chunk, "the event stream ended"
            self.raw += chunk
        found, self.raw = self.raw[:count], self.raw[count:]
        return found

    def next(self, timeout=60):
        """The data of the next event (comments and the reconnection delay skipped)."""
        self.socket.settimeout(timeout)
        while True:
            while "\n\n" in self.text:
                block, self.text = self.text.split("\n\n", 1)
                for line in block.split("\n"):
                    if line.startswith("data: "):
                        self.data.append(line[len("data: "):])
                        return self.data[-1]
            size = int(self._read_until(b"\r\n"), 16)
            assert size > 0, "the event stream ended"
            self.text += self._read_exactly(size).decode()
            self._read_exactly(2)

    def close(self):
        self.socket.close()


def edit(path, old, new):
    """Replaces `old` by `new` in the file at `path` as an editor saves it."""
    text = Path(path).read_text(encoding="utf-8")
    assert old in text, f"{path} has no {old!r}"
    Path(path).write_text(text.replace(old, new, 1), encoding="utf-8")


def chromium_path():
    """Debian's chromium (or CHROMIUM=path), or None."""
    import shutil
    if os.environ.get("CHROMIUM"):
        return shutil.which(os.environ["CHROMIUM"])
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """Headless Chromium driven through the DevTools protocol over its websocket
    (PyPI's websocket-client): one page, navigated and evaluated in."""

    def __init__(self, chromium, websocket):
        import json
        import tempfile
        import urllib.request
        self.json = json
        self.profile = tempfile.mkdtemp(prefix="rrp-chromium-")
        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0",
             "--remote-allow-origins=*", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        active = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (active.exists() and active.read_text().strip()):
            assert time.monotonic() < deadline and self.process.poll() is None, "chromium did not start its DevTools server"
            time.sleep(0.05)
        port = int(active.read_text().split("\n")[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        """Sends a command and returns its result (events received meanwhile are kept)."""
        self.next_id += 1
        self.socket.send(self.json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = self.json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                assert "error" not in message, message
                return message["result"]
            self.events.append(message)

    def navigate(self, url, timeout=60):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for_event("Page.loadEventFired", timeout)

    def wait_for_event(self, method, timeout=60):
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == method for e in self.events):
            assert time.monotonic() < deadline, f"no {method}"
            self.socket.settimeout(max(deadline - time.monotonic(), 0.1))
            self.events.append(self.json.loads(self.socket.recv()))
        self.socket.settimeout(60)

    def evaluate(self, expression):
        """The value of `expression` in the page; None while the page is (re)loading."""
        try:
            result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        except AssertionError:
            return None
        return result.get("result", {}).get("value")

    def wait_until(self, expression, timeout=60):
        """Polls `expression` in the page until it is true; returns the time it took."""
        start = time.monotonic()
        while not self.evaluate(expression):
            assert time.monotonic() - start < timeout, f"timed out waiting for {expression}"
            time.sleep(0.05)
        return time.monotonic() - start

    def close(self):
        import shutil
        try:
            self.socket.close()
        finally:
            self.process.kill()
            self.process.wait()
            shutil.rmtree(self.profile, ignore_errors=True)
