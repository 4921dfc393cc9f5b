import Foundation
import Mustache

/// The templates documents and messages are rendered from: the bundled set, optionally
/// overridden file by file by a user's template folder.
///
/// Templates are parsed once, when the library is made; rendering is thread-safe.
public struct TemplateLibrary: Sendable {
    /// Where a template came from.
    public enum Origin: Sendable, Hashable, CustomStringConvertible {
        /// Compiled into BeianKit from the package's `Templates/` folder.
        case bundled
        /// Read from a file of the user's template folder.
        case file(String)

        public var description: String {
            switch self {
            case .bundled: "bundled"
            case .file(let path): path
            }
        }
    }

    /// The file extension of Mustache templates.
    public static let templateExtension = "mustache"

    /// File extensions of data files (policy tables, addresses) a template folder may override.
    public static let dataExtensions: Set<String> = ["json"]

    private let library: MustacheLibrary
    private let sources: [String: String]
    private let files: [String: String]
    /// The templates each template includes, as its tags name them.
    private var references: [String: [PartialReference]] = [:]
    /// The first broken inclusion each template reaches (a missing partial, a dynamic one, a
    /// cycle), if any.
    private var inclusionProblems: [String: TemplateError] = [:]
    /// Each template's name (its path under the template folder, without `.mustache`) and origin.
    public let origins: [String: Origin]

    /// The bundled templates.
    public static func bundled() throws(TemplateError) -> TemplateLibrary {
        try TemplateLibrary(overrides: nil)
    }

    /// The bundled templates, with every `.mustache` file of `directory` replacing the bundled
    /// template of the same relative path (or adding a new one).
    public init(overrides directory: URL?) throws(TemplateError) {
        var sources: [String: String] = [:]
        var origins: [String: Origin] = [:]
        var files: [String: String] = [:]
        for file in BundledTemplates.files {
            guard let data = Data(base64Encoded: file.base64), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: "bundled:" + file.path, message: "the bundled file is not UTF-8")
            }
            if file.path.hasSuffix("." + Self.templateExtension) {
                let name = String(file.path.dropLast(Self.templateExtension.count + 1))
                sources[name] = text
                origins[name] = .bundled
            } else {
                files[file.path] = text
            }
        }
        if let directory {
            for (path, text) in try Self.readFolder(directory) {
                if path.hasSuffix("." + Self.templateExtension) {
                    let name = String(path.dropLast(Self.templateExtension.count + 1))
                    sources[name] = text
                    origins[name] = .file(path)
                } else {
                    files[path] = text
                }
            }
        }
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            let label = origins[name].map { $0 == .bundled ? "bundled:\(name).\(Self.templateExtension)" : $0.description } ?? name
            do {
                try library.register(sources[name]!, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: label, line: error.context.lineNumber, column: error.context.columnNumber,
                                    message: "cannot parse the template: \(Self.explain(error.error))")
            } catch {
                throw TemplateError(file: label, message: "cannot parse the template: \(error)")
            }
        }
        self.library = library
        self.sources = sources
        self.origins = origins
        self.files = files
        // Found once here rather than on every render: the sources do not change.
        self.references = sources.mapValues(PartialReferences.scan)
        var inclusionProblems: [String: TemplateError] = [:]
        for name in sources.keys {
            if let problem = self.inclusionProblem(reachableFrom: name) { inclusionProblems[name] = problem }
        }
        self.inclusionProblems = inclusionProblems
    }

    /// A data file (such as `data/provinces.json`) or the schema, by its path under the template
    /// folder: the user's copy when their folder has one, else the bundled one.
    public func file(_ path: String) -> String? { files[path] }

    /// The names of all templates, sorted.
    public var names: [String] { sources.keys.sorted() }

    /// The source text of a template.
    public func source(of name: String) -> String? { sources[name] }

    /// Renders a template with a context of dictionaries, arrays and strings.
    ///
    /// Throws when the template, or a partial it includes at any depth, names a partial that
    /// does not exist (Mustache would print nothing in its place, silently leaving out part of
    /// a document), names it from the data (`{{>*key}}`), or includes itself again (Mustache
    /// would recurse until the stack overflows).
    public func render(_ name: String, _ context: [String: Any]) throws(TemplateError) -> String {
        if let problem = inclusionProblems[name] { throw problem }
        guard let output = library.render(context, withTemplate: name) else {
            throw TemplateError(file: name + "." + Self.templateExtension, message: "no template of this name exists")
        }
        return output
    }

    /// Where a template's errors are reported: its file in the user's folder, or `bundled:…`.
    func label(of name: String) -> String {
        switch origins[name] {
        case .file(let path)?: path
        case .bundled?, nil: "bundled:\(name).\(Self.templateExtension)"
        }
    }

    /// The templates a template includes (`{{> name}}`, `{{< name}}`), with their 1-based line
    /// and column.
    func partialReferences(in name: String) -> [PartialReference] {
        references[name] ?? sources[name].map(PartialReferences.scan) ?? []
    }

    /// What is wrong with the inclusions of one template: the first tag that names no template
    /// or names it from the data, else the first that leads back to the template itself.
    func inclusionProblem(in name: String) -> TemplateError? {
        let references = partialReferences(in: name)
        for reference in references {
            if reference.dynamic {
                return TemplateError(file: label(of: name), line: reference.line, column: reference.column,
                                     message: "the partial '*\(reference.name)' is named by the data; name the template itself")
            }
            if sources[reference.name] == nil {
                return TemplateError(file: label(of: name), line: reference.line, column: reference.column,
                                     message: "the partial '\(reference.name)' does not exist")
            }
        }
        for reference in references {
            if let path = path(from: reference.name, to: name) {
                let cycle = ([name] + path).joined(separator: " → ")
                return TemplateError(file: label(of: name), line: reference.line, column: reference.column,
                                     message: "the partial '\(reference.name)' includes this template again (\(cycle)); it would never finish")
            }
        }
        return nil
    }

    /// The templates from `start` to `target` through inclusions, both ends included, if any.
    private func path(from start: String, to target: String) -> [String]? {
        var previous: [String: String] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            if current == target {
                var path = [current]
                while let step = previous[path[0]], step != path[0] { path.insert(step, at: 0) }
                return path
            }
            for reference in partialReferences(in: current) where !reference.dynamic && previous[reference.name] == nil {
                previous[reference.name] = current
                queue.append(reference.name)
            }
        }
        return nil
    }

    /// The first broken inclusion in a template or in the templates it includes, at any depth.
    func inclusionProblem(reachableFrom name: String) -> TemplateError? {
        var seen: Set<String> = []
        var pending = [name]
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            if let problem = inclusionProblem(in: next) { return problem }
            pending.append(contentsOf: partialReferences(in: next).map(\.name).reversed())
        }
        return nil
    }

    /// Reads the templates and data files of a folder (path relative to it, text), refusing
    /// anything that resolves outside it.
    private static func readFolder(_ directory: URL) throws(TemplateError) -> [(String, String)] {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(file: directory.path, message: "the template folder does not exist")
        }
        var found: [(String, String)] = []
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        for case let url as URL in walker where url.pathExtension == templateExtension || dataExtensions.contains(url.pathExtension) {
            let resolved = url.resolvingSymlinksInPath().standardizedFileURL
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            guard resolved.path.hasPrefix(root.path + "/") else {
                throw TemplateError(file: relative, message: "the template is a link to a file outside the template folder; copy the file in instead")
            }
            guard let data = readFile(resolved) else {
                throw TemplateError(file: relative, message: "cannot read the file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: relative, message: "the template is not UTF-8 text; save it as UTF-8")
            }
            found.append((relative, text))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// A file's bytes, or `nil` when it cannot be read.
    ///
    /// Not `Data(contentsOf:)`: on Linux (swift-foundation in Swift 6.3) it leaks a 4 KiB buffer
    /// for every empty file it reads, and a server reloading a user's template folder would leak
    /// on each load.
    private static func readFile(_ url: URL) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        do { return try handle.readToEnd() ?? Data() } catch { return nil }
    }

    private static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#…}} or {{^…}} is never closed"
        case .invalidSetDelimiter: return "the set-delimiter tag {{=… …=}} is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only block definitions may stand inside a {{<parent}} section"
        case .textInsideInheritSection: return "only block definitions may stand inside a {{<parent}} section"
        case .invalidConfigVariableSyntax: return "a pragma {{% … }} is malformed"
        case .unrecognisedConfigVariable: return "the pragma {{% … }} is unknown"
        }
    }
}
