import Foundation

/// The programs people open generated files with, run over many files at once: python-docx and
/// LibreOffice for DOCX, an XML parser for HTML. Built on ``ExternalTool``, so a missing program
/// is a failure, never a skip. (The CLI tests link this file too.)
enum DocumentConsumers {
    /// What python-docx read from one file.
    struct WordContents: Decodable {
        var paragraphs: Int
        var tables: Int
        /// The text of every body paragraph and every table cell, one per line.
        var text: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Opens every file with python-docx, keyed by file name.
    static func readWithPythonDocx(_ files: [URL]) throws -> [String: WordContents] {
        let script = """
            import docx, json, sys
            out = {}
            for path in sys.argv[1:]:
                d = docx.Document(path)
                lines = [p.text for p in d.paragraphs]
                for t in d.tables:
                    for r in t.rows:
                        for c in r.cells:
                            lines.append(c.text)
                out[path.rsplit("/", 1)[-1]] = {"paragraphs": len(d.paragraphs), "tables": len(d.tables), "text": "\\n".join(lines)}
            print(json.dumps(out, ensure_ascii=False))
            """
        let result = try ExternalTool.run("python3", ["-c", script] + files.map(\.path))
        guard result.status == 0 else { throw Failure(description: "python-docx failed: \(result.output)") }
        do {
            return try JSONDecoder().decode([String: WordContents].self, from: lastLine(result.output))
        } catch {
            throw Failure(description: "python-docx printed something unexpected: \(result.output)")
        }
    }

    /// Converts every file to PDF with one headless LibreOffice run (it starts slowly) in a
    /// private profile, and returns each PDF's page count keyed by the DOCX file's name. A file
    /// that produced no PDF is missing from the result.
    static func convertToPDF(_ files: [URL]) throws -> [String: Int] {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let profile = directory.appendingPathComponent("profile").absoluteString
        let output = directory.appendingPathComponent("pdf")
        let result = try ExternalTool.run(
            "soffice",
            [
                "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf", "--outdir", output.path,
            ] + files.map(\.path))
        guard result.status == 0 else { throw Failure(description: "soffice failed: \(result.output)") }
        var pages: [String: Int] = [:]
        for file in files {
            let pdf = output.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
            guard let data = FileManager.default.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else { continue }
            let info = try ExternalTool.run("pdfinfo", [pdf.path])
            guard info.status == 0 else { throw Failure(description: "pdfinfo failed on \(pdf.lastPathComponent): \(info.output)") }
            let line = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            pages[file.lastPathComponent] = line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        }
        return pages
    }

    /// Parses every file as XML with python's minidom; returns the parser's complaint per file
    /// that failed, so an empty result means every file is well-formed.
    static func xmlProblems(_ files: [URL]) throws -> [String: String] {
        let script = """
            import json, sys, xml.dom.minidom
            problems = {}
            for path in sys.argv[1:]:
                try:
                    xml.dom.minidom.parse(path)
                except Exception as error:
                    problems[path.rsplit("/", 1)[-1]] = str(error)
            print(json.dumps(problems, ensure_ascii=False))
            """
        let result = try ExternalTool.run("python3", ["-c", script] + files.map(\.path))
        guard result.status == 0 else { throw Failure(description: "python3 failed: \(result.output)") }
        return try JSONDecoder().decode([String: String].self, from: lastLine(result.output))
    }

    /// The last line a script printed (its JSON), past any warnings python wrote to stderr.
    private static func lastLine(_ output: String) -> Data {
        Data((output.split(separator: "\n").last.map(String.init) ?? "").utf8)
    }
}
