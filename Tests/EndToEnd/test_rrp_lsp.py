"""End-to-end tests of `rrp lsp` driven by a real LSP client (pytest-lsp) over stdio.

Run: python3 -m pytest Tests/EndToEnd (RRP names the binary; .build/debug/rrp by default).
The sample plan is copied to a temporary folder: the server reads it, never writes it.
"""
import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = Path(__file__).resolve().parents[2]
RRP = os.environ.get("RRP", str(ROOT / ".build" / "debug" / "rrp"))
CHAPTER = "CMR/education.md"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[RRP, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def plan(tmp_path):
    folder = tmp_path / "plan"
    shutil.copytree(ROOT / "Samples" / "lake-basin-rrp", folder)
    return folder


async def wait_until(predicate, timeout=60.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


def position_of(text, needle, plus=0):
    for i, line in enumerate(text.split("\n")):
        if needle in line:
            return types.Position(line=i, character=len(line[: line.index(needle)].encode("utf-16-le")) // 2 + plus)
    raise AssertionError(needle)


def apply(text, edit):
    lines = text.split("\n")
    start = sum(len(l) + 1 for l in lines[: edit.range.start.line]) + edit.range.start.character
    end = sum(len(l) + 1 for l in lines[: edit.range.end.line]) + edit.range.end.character
    return text[:start] + edit.new_text + text[end:]


async def test_diagnostics_code_action_hover_completion_definition(client: LanguageClient, plan: Path):
    path = plan / CHAPTER
    uri = path.as_uri()
    original = path.read_text(encoding="utf-8")
    text = original.replace("  UNICEF:", "  UNICEFF:")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))

    def undeclared():
        return [d for d in client.diagnostics.get(uri, []) if d.code == "partner.undeclared"]

    await wait_until(lambda: len(undeclared()) == 1)
    at = position_of(text, "UNICEFF")
    diagnostic = undeclared()[0]
    assert diagnostic.range == types.Range(start=at, end=types.Position(line=at.line, character=at.character + 7))
    assert diagnostic.severity == types.DiagnosticSeverity.Error

    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))
    action = next(a for a in actions if a.title == "Replace with 'UNICEF'")
    fixed = apply(text, action.edit.changes[uri][0])
    assert "  UNICEF:" in fixed and "UNICEFF" not in fixed
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)]))
    await wait_until(lambda: not undeclared())

    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(fixed, "UNICEF", 1)))
    assert "United Nations Children's Fund" in hover.contents.value

    completion = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(fixed, "country: ", 9)))
    items = completion if isinstance(completion, list) else completion.items
    assert any(i.label == "CMR" and i.detail == "Cameroon" for i in items)

    definition = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(fixed, "UNICEF", 1)))
    target = definition[0] if isinstance(definition, list) else definition
    assert target.uri == (plan / "plan.md").as_uri()
    plan_text = (plan / "plan.md").read_text(encoding="utf-8")
    assert target.range.start == position_of(plan_text, "  UNICEF:", 2)

    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(fixed, "UNICEF", 1),
        context=types.ReferenceContext(include_declaration=False)))
    assert any(r.uri == uri for r in references) and len(references) > 3

    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert "Situation analysis" in [s.name for s in symbols]
    assert fixed == original
    assert path.read_text(encoding="utf-8") == original  # the server wrote nothing


async def test_cross_chapter_finding_follows_an_edit_of_the_plan_file(client: LanguageClient, plan: Path):
    plan_uri = (plan / "plan.md").as_uri()
    chapter_uri = (plan / CHAPTER).as_uri()
    text = (plan / "plan.md").read_text(encoding="utf-8")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=plan_uri, language_id="markdown", version=1, text=text)))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=plan_uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text.replace("  UNICEF:\n", "  UNICEF-X:\n"))]))
    await wait_until(lambda: any(d.code == "partner.undeclared" for d in client.diagnostics.get(chapter_uri, [])))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=plan_uri, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    await wait_until(lambda: not any(d.code == "partner.undeclared" for d in client.diagnostics.get(chapter_uri, [])))


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_messages(data: bytes):
    messages = []
    while data:
        header, _, rest = data.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        data = rest[length:]
    return messages


def test_malformed_input_gets_errors_and_the_server_exits_cleanly():
    stdin = (b"Content-Lenght: 3\r\n\r\n" + frame(b"{\"a\xff\": 1}") + frame(b"{nope")
             + frame(b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}')
             + frame(b'{"jsonrpc":"2.0","id":2,"method":"shutdown"}') + frame(b'{"jsonrpc":"2.0","method":"exit"}'))
    result = subprocess.run([RRP, "lsp"], input=stdin, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    messages = read_messages(result.stdout)
    assert [m.get("error", {}).get("code") for m in messages[:3]] == [-32700, -32700, -32700]
    assert messages[3]["id"] == 1 and "capabilities" in messages[3]["result"]
    assert messages[4] == {"id": 2, "jsonrpc": "2.0", "result": None}
