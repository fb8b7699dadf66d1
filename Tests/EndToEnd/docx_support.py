"""What the Word documents' end-to-end tests share: the binary, the sample plan, the WordprocessingML
namespace and `compile_docx`, which compiles a plan to Word files and fails with rrp's messages."""
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RRP = os.environ.get("RRP", str(ROOT / ".build" / "debug" / "rrp"))
SAMPLE = ROOT / "Samples" / "lake-basin-rrp"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def compile_docx(out, *arguments, formats="docx", plan=SAMPLE):
    """`rrp compile PLAN --out OUT --format FORMATS ARGUMENTS...`, which must succeed."""
    result = subprocess.run([RRP, "compile", str(plan), "--out", str(out), "--format", formats, *arguments],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return out
