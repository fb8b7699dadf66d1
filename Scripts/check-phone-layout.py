#!/usr/bin/env python3
"""Measures compiled HTML documents in headless Chromium at phone width.

    Scripts/check-phone-layout.py [--width 390] [--min-chart-font 9] FILE.html...

For each document it loads the page in a frame of the given width (headless Chromium does not
make a window narrower than 500 px) inside a page with a small measuring script (the documents
themselves have no script), and reads back:

- the page's scroll width against the viewport width: wider means the reader has to scroll the
  whole page sideways (a wide table must scroll inside its own box instead);
- the smallest chart text as drawn, in CSS pixels (an SVG scaled down to the screen shrinks its
  text with it).

Prints one line per document and exits 1 when a page scrolls sideways or a chart's text is
smaller than --min-chart-font; 2 when Chromium is missing or fails. Needs `chromium` (Debian
package) or CHROMIUM=path.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html import escape as html_escape

MEASURE = """
<script>
window.addEventListener('load', function () {
  var frame = document.getElementById('page');
  var doc = frame.contentDocument, root = doc.documentElement;
  var smallest = null;
  doc.querySelectorAll('svg.chart').forEach(function (svg) {
    var box = svg.viewBox.baseVal;
    if (!box || !box.width) return;
    var scale = svg.getBoundingClientRect().width / box.width;
    svg.querySelectorAll('text').forEach(function (t) {
      var size = parseFloat(t.getAttribute('font-size') || svg.getAttribute('font-size') || '12') * scale;
      if (smallest === null || size < smallest) smallest = size;
    });
  });
  var wide = [];
  doc.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > root.clientWidth + 1 && wide.length < 5 && !e.closest('.table-wrap, figure.chart')) {
      wide.push(e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className : '') + ' ' + Math.round(r.right));
    }
  });
  var out = document.createElement('pre');
  out.id = 'rrp-measure';
  out.textContent = JSON.stringify({scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, chartFont: smallest, wide: wide});
  document.body.appendChild(out);
});
</script>
"""



def chromium():
    for name in [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def measure(browser, path, width):
    with open(path, encoding="utf-8") as f:
        html = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "measure.html")
        with open(copy, "w", encoding="utf-8") as f:
            # srcdoc: the frame shares the measuring page's origin, so the script can read it.
            f.write(f'<!DOCTYPE html><html><body style="margin:0"><iframe id="page" style="width:{width}px;height:900px;border:0" '
                    f'srcdoc="{html_escape(html)}"></iframe>{MEASURE}</body></html>')
        result = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--window-size=800,1000", "--virtual-time-budget=5000", "--user-data-dir=" + os.path.join(tmp, "profile"),
             "--dump-dom", "file://" + copy],
            capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="rrp-measure">(.*?)</pre>', result.stdout, re.S)
    if not found:
        raise RuntimeError(f"{path}: chromium gave no measurement (status {result.returncode}): {result.stderr[-500:]}")
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--min-chart-font", type=float, default=9.0)
    args = parser.parse_args()
    browser = chromium()
    if not browser:
        print("chromium not found (apt-get install chromium, or set CHROMIUM)", file=sys.stderr)
        return 2
    failed = False
    for path in args.files:
        try:
            m = measure(browser, path, args.width)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            print(error, file=sys.stderr)
            return 2
        scrolls = m["scrollWidth"] > m["clientWidth"]
        small = m["chartFont"] is not None and m["chartFont"] < args.min_chart_font
        failed = failed or scrolls or small
        font = "no charts" if m["chartFont"] is None else f"smallest chart text {m['chartFont']:.1f}px"
        verdict = "FAIL" if scrolls or small else "ok"
        print(f"{verdict} {os.path.basename(path)}: page {m['scrollWidth']}px wide in a {m['clientWidth']}px viewport, {font}"
              + (f"; too wide: {', '.join(m['wide'])}" if scrolls else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
