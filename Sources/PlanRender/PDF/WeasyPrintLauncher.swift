import Foundation

/// What `rrp` runs WeasyPrint through when its executable is a Python script (as Debian's and
/// pip's `weasyprint` are): a small Python launcher, written beside the document in the engine's
/// private folder, that repairs two quadratic loops of WeasyPrint 57's PDF/UA writer before it
/// runs the executable as it is. Measured on the 40-country synthetic plan (docs/outputs.md,
/// "Speed"), the regional PDF's tagging walked the whole HTML tree once per page (2,800 pages of
/// 140,000 elements each) and listed every page's reference for each tagged element: the regional
/// document did not finish in 33 minutes; with the launcher it does in minutes. The repairs give
/// the same PDF bytes (checked by the PDF tests), and each applies only when WeasyPrint has the
/// code it replaces.
enum WeasyPrintLauncher {
    /// The launcher's file name in the engine's folder.
    static let fileName = "rrp-weasyprint.py"

    /// The command that runs `executable` with `arguments`: through the launcher, with the
    /// script's own interpreter, when `executable` is a Python script (its first line is
    /// `#!/usr/bin/python3`, `#!/usr/bin/env python3`...); else the executable itself.
    static func command(executable: String, arguments: [String], folder: String) -> (executable: String, arguments: [String]) {
        guard let interpreter = pythonInterpreter(of: executable) else { return (executable, arguments) }
        return (interpreter[0], Array(interpreter.dropFirst()) + [folder + "/" + fileName, executable] + arguments)
    }

    /// The interpreter command of a Python script's `#!` line, or `nil`.
    static func pythonInterpreter(of executable: String) -> [String]? {
        guard let handle = FileHandle(forReadingAtPath: executable) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 256)) ?? Data()
        guard head.starts(with: Array("#!".utf8)) else { return nil }
        let line = String(decoding: head.dropFirst(2).prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let program = words.last, words.count <= 2, words.first?.hasPrefix("/") == true,
              program.split(separator: "/").last?.hasPrefix("python") == true
        else { return nil }
        return words
    }

    /// The launcher's Python source.
    static let script = #"""
"""Runs WeasyPrint (the executable named first) with its other arguments, after two repairs of
WeasyPrint 57's PDF/UA writer that make a long document's tagging linear instead of quadratic in
its pages (written by rrp beside the document; see docs/outputs.md, "Speed"):

1. the structure tree walk (``Document.build_element_structure``), which WeasyPrint repeats over
   the whole HTML tree for every page, is made once per document: every later page gets the same
   element-to-parent entries, with the previous page's structure elements removed, as a fresh
   walk would give;
2. ``pydyf.PDF.page_references``, which builds the list of every page's reference each time one
   page's reference is asked for, is kept until a page is added.

Both give the same PDF bytes as WeasyPrint alone. Each is applied only when WeasyPrint and pydyf
have the code it replaces; otherwise WeasyPrint runs as it is.
"""
import runpy
import sys


class _Entry(dict):
    """An element's entry of the structure map; records when a page gives it a structure element."""
    __slots__ = ()
    touched = []

    def __setitem__(self, key, value):
        if key == 'element':
            _Entry.touched.append(self)
        dict.__setitem__(self, key, value)


def _patch_structure_walk():
    from weasyprint.document import Document
    walk = getattr(Document, 'build_element_structure', None)
    if walk is None or walk.__code__.co_argcount != 3:
        return

    def build_element_structure(self, structure, etree_element=None):
        if etree_element is not None:
            return walk(self, structure, etree_element)
        entries = self.__dict__.get('_rrp_structure')
        if entries is None:
            root = self._html.etree_element
            entries = {root: _Entry(parent=None)}
            pending = [root]
            while pending:
                element = pending.pop()
                for child in element:
                    entries[child] = _Entry(parent=element)
                    pending.append(child)
            self.__dict__['_rrp_structure'] = entries
        for entry in _Entry.touched:
            dict.pop(entry, 'element', None)
        _Entry.touched.clear()
        structure.update(entries)

    Document.build_element_structure = build_element_structure


def _patch_page_references():
    import pydyf
    references = getattr(pydyf.PDF, 'page_references', None)
    if not isinstance(references, property):
        return

    def page_references(self):
        kids = self.pages['Kids']
        kept = self.__dict__.get('_rrp_page_references')
        if kept is None or kept[0] != len(kids):
            kept = (len(kids), references.fget(self))
            self.__dict__['_rrp_page_references'] = kept
        return kept[1]

    pydyf.PDF.page_references = property(page_references)


def main():
    engine = sys.argv[1]
    sys.argv = [engine] + sys.argv[2:]
    for patch in (_patch_structure_walk, _patch_page_references):
        try:
            patch()
        except Exception:  # a WeasyPrint without the code replaced runs as it is
            pass
    runpy.run_path(engine, run_name='__main__')


main()
"""#
}
