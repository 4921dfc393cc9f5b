import Foundation

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

    private let templates: [String: MustacheTemplate]
    private let sources: [String: String]
    private let files: [String: String]
    /// The first unusable partial each template reaches (missing, outside the folder, or
    /// including itself), if any.
    private var partialProblems: [String: TemplateError] = [:]
    /// The limits renders are held to.
    public let limits: TemplateLimits
    /// Each template's name (its path under the template folder, without `.mustache`) and origin.
    public let origins: [String: Origin]
    /// Whether renders may use stand-ins for values: no template holds their characters.
    let allowsStandIns: Bool
    /// Per template, the characters of its own text and of the partials it includes.
    private var ownCharacters: [String: TemplateCharacters] = [:]

    /// The bundled templates.
    public static func bundled() throws(TemplateError) -> TemplateLibrary {
        try TemplateLibrary(overrides: nil)
    }

    /// The bundled templates, with every `.mustache` file of `directory` replacing the bundled
    /// template of the same relative path (or adding a new one).
    ///
    /// Nothing outside `directory` is read: a file or folder that is a link leading out of it is
    /// refused, and partials name templates of the library, never files.
    public init(overrides directory: URL?, limits: TemplateLimits = .init()) throws(TemplateError) {
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
            for (path, text) in try Self.readFolder(directory, limits: limits) {
                if path.hasSuffix("." + Self.templateExtension) {
                    let name = String(path.dropLast(Self.templateExtension.count + 1))
                    sources[name] = text
                    origins[name] = .file(path)
                } else {
                    files[path] = text
                }
            }
        }
        var templates: [String: MustacheTemplate] = [:]
        for name in sources.keys.sorted() {
            let label = origins[name].map { $0 == .bundled ? "bundled:\(name).\(Self.templateExtension)" : $0.description } ?? name
            do {
                templates[name] = try MustacheParser.parse(sources[name]!)
            } catch {
                throw TemplateError(file: label, line: error.line, column: error.column, message: "cannot parse the template: \(error.message)")
            }
        }
        self.templates = templates
        self.sources = sources
        self.origins = origins
        self.files = files
        self.limits = limits
        allowsStandIns = !sources.values.contains(where: MarkupPlaceholder.containsSentinel)
        // Found once here rather than on every render: the sources do not change.
        var partialProblems: [String: TemplateError] = [:]
        for name in sources.keys {
            if let problem = self.partialProblem(reachableFrom: name) { partialProblems[name] = problem }
        }
        self.partialProblems = partialProblems
        var ownCharacters: [String: TemplateCharacters] = [:]
        for name in sources.keys where partialProblems[name] == nil {
            ownCharacters[name] = TemplateCharacters(sources: self.reachableTemplates(from: name).compactMap { sources[$0] })
        }
        self.ownCharacters = ownCharacters
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
    /// a document) or includes itself; and stops, with an error, a render that exceeds
    /// ``limits`` (more output or more section repeats than allowed), so a section nested in
    /// itself fails at once instead of exhausting memory.
    public func render(_ name: String, _ context: [String: Any]) throws(TemplateError) -> String {
        try rendering(name) { renderer, template throws(MustacheRenderer.Failure) in
            try renderer.render(template, context: context)
        }
    }

    /// Renders a template like ``render(_:_:)``, with a stand-in (``MarkupPlaceholder``) in place
    /// of each escaped value in element content, and those values; `nil` when this render, or this
    /// library, cannot use stand-ins. The markup comes as UTF-8 bytes, the form the shape cache keys on.
    func renderWithStandIns(_ name: String, _ context: [String: Any]) throws(TemplateError) -> (markup: [UInt8], values: [String])? {
        guard allowsStandIns else { return nil }
        return try rendering(name) { renderer, template throws(MustacheRenderer.Failure) in
            do throws(MustacheRenderer.Failure) {
                return try renderer.renderWithStandIns(template, context: context)
            } catch {
                if case .standInsUnusable = error { return nil }
                throw error
            }
        }
    }

    /// Runs `body` with a renderer and the template `name`, after refusing a template that
    /// reaches an unusable partial, and turns a stopped render into a ``TemplateError``.
    private func rendering<Result>(
        _ name: String, _ body: (inout MustacheRenderer, MustacheTemplate) throws(MustacheRenderer.Failure) -> Result
    ) throws(TemplateError) -> Result {
        if let problem = partialProblems[name] { throw problem }
        guard let template = templates[name] else {
            throw TemplateError(file: name + "." + Self.templateExtension, message: "no template of this name exists")
        }
        var renderer = MustacheRenderer(templates: templates, limits: limits)
        do {
            return try body(&renderer, template)
        } catch {
            throw failure(error, rendering: name)
        }
    }

    /// The error for a render that stopped.
    private func failure(_ error: MustacheRenderer.Failure, rendering name: String) -> TemplateError {
        switch error {
        case .outputLimit(let limit):
            TemplateError(
                file: label(of: name),
                message:
                    "rendering stopped at \(Self.megabytes(limit)) of output, the limit (TemplateLimits.renderedBytes): a section over a list is probably nested inside a section over the same list, such as {{#websites}} within {{#websites}}"
            )
        case .repeatLimit(let limit):
            TemplateError(
                file: label(of: name),
                message:
                    "rendering stopped after \(Self.count(limit)) section repeats, the limit (TemplateLimits.sectionRepeats): a section over a list is probably nested inside a section over the same list, such as {{#websites}} within {{#websites}}"
            )
        case .depthLimit(let limit):
            TemplateError(file: label(of: name), message: "sections and partials nest more than \(limit) deep: a partial probably includes itself")
        case .standInsUnusable:
            TemplateError(file: label(of: name), message: "a value holds the private-use characters U+E000 or U+E001")
        }
    }

    private static func count(_ value: Int) -> String {
        var digits = Array(String(value))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes < 1 << 20 ? "\(count((bytes + 1023) >> 10)) KB" : "\(count((bytes + (1 << 20) - 1) >> 20)) MB"
    }

    /// Where a template's errors are reported: its file in the user's folder, or `bundled:…`.
    func label(of name: String) -> String {
        switch origins[name] {
        case .file(let path)?: path
        case .bundled?, nil: "bundled:\(name).\(Self.templateExtension)"
        }
    }

    /// The characters a template's own text can put on a page, with those of its partials;
    /// `nil` for an unknown template.
    func characters(of name: String) -> TemplateCharacters? { ownCharacters[name] }

    /// A template and every template it includes, at any depth, each once.
    private func reachableTemplates(from name: String) -> [String] {
        var seen: [String] = []
        var pending = [name]
        while let next = pending.popLast() {
            guard !seen.contains(next) else { continue }
            seen.append(next)
            pending += partialReferences(in: next).map(\.name)
        }
        return seen
    }

    /// The partials a template includes (`{{> name}}`), with their 1-based line and column.
    func partialReferences(in name: String) -> [MustachePartialReference] {
        templates[name]?.partials ?? []
    }

    /// Why a partial name cannot name a template of this library's folder, if it cannot.
    static func outsideName(_ name: String) -> String? {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.hasPrefix("/") || name.contains("\\") || name.contains("\u{0}") || name.contains(":")
            || components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty })
        {
            return "the partial '\(name)' names a file outside the template folder: a partial is named by its path inside the folder, without .mustache (e.g. deregistration/_form-table)"
        }
        return nil
    }

    /// The first `{{> name}}` in a template that names no template, or a place outside the folder.
    func missingPartial(in name: String) -> TemplateError? {
        for reference in partialReferences(in: name) {
            if let outside = Self.outsideName(reference.name) {
                return TemplateError(file: label(of: name), line: reference.line, column: reference.column, message: outside)
            }
            if sources[reference.name] == nil {
                return TemplateError(
                    file: label(of: name), line: reference.line, column: reference.column,
                    message: "the partial '\(reference.name)' does not exist")
            }
        }
        return nil
    }

    /// The first unusable partial in a template or in the partials it includes, at any depth:
    /// a missing one, or one that includes a template it is included from (Mustache would
    /// recurse until the stack overflows).
    func partialProblem(reachableFrom name: String) -> TemplateError? {
        var finished: Set<String> = []
        func visit(_ template: String, path: [String]) -> TemplateError? {
            if finished.contains(template) { return nil }
            if let missing = missingPartial(in: template) { return missing }
            for reference in partialReferences(in: template) {
                if reference.name == template {
                    return TemplateError(
                        file: label(of: template), line: reference.line, column: reference.column,
                        message: "the template includes itself as a partial: rendering would never end")
                }
                if let start = path.firstIndex(of: reference.name) {
                    let cycle = (path[start...] + [template, reference.name]).joined(separator: " → ")
                    return TemplateError(
                        file: label(of: template), line: reference.line, column: reference.column,
                        message: "the partial '\(reference.name)' includes itself (\(cycle)): rendering would never end")
                }
                if let problem = visit(reference.name, path: path + [template]) { return problem }
            }
            finished.insert(template)
            return nil
        }
        return visit(name, path: [])
    }

    /// Reads the templates and data files of a folder (path relative to it, text), refusing
    /// anything that resolves outside it: a link to a file or folder out of it, at any depth.
    /// Only regular files are read (a named pipe would block), each up to `limits.fileBytes`.
    private static func readFolder(_ directory: URL, limits: TemplateLimits) throws(TemplateError) -> [(String, String)] {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(file: directory.path, message: "the template folder does not exist")
        }
        var found: [(String, String)] = []
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isSymbolicLinkKey]) else { return [] }
        for case let url as URL in walker {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let isTemplate = url.pathExtension == templateExtension || dataExtensions.contains(url.pathExtension)
            let isLink = (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink == true
            guard isTemplate || isLink else { continue }
            let resolved = url.resolvingSymlinksInPath().standardizedFileURL
            var linkIsFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: resolved.path, isDirectory: &linkIsFolder)
            if isLink, !resolved.path.hasPrefix(root.path + "/") {
                if linkIsFolder.boolValue {
                    throw TemplateError(file: relative, message: "the folder is a link to a folder outside the template folder; copy its files in instead")
                }
                guard isTemplate else { continue }
                throw TemplateError(file: relative, message: "the template is a link to a file outside the template folder; copy the file in instead")
            }
            if isLink, linkIsFolder.boolValue {
                throw TemplateError(file: relative, message: "the folder is a link, and links to folders are not followed; move the folder here instead")
            }
            guard isTemplate else { continue }
            guard exists else { throw TemplateError(file: relative, message: "the file is a link to nothing") }
            let text = try readFile(resolved, named: relative, limit: limits.fileBytes)
            found.append((relative, text))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// A regular file's text, read without following a link in its last component (it was
    /// resolved and checked just before) and without blocking on a named pipe or device.
    private static func readFile(_ url: URL, named relative: String, limit: Int) throws(TemplateError) -> String {
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw TemplateError(file: relative, message: "cannot read the file") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw TemplateError(file: relative, message: "cannot read the file") }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw TemplateError(file: relative, message: "the template is not a regular file (a pipe, device or folder); save it as a file")
        }
        guard status.st_size <= limit else {
            throw TemplateError(file: relative, message: "the file has \(status.st_size) bytes, more than the limit of \(limit) (TemplateLimits.fileBytes)")
        }
        var data = Data(count: Int(status.st_size) + 1)
        var total = 0
        while total < data.count {
            let count = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count < 0 { throw TemplateError(file: relative, message: "cannot read the file") }
            if count == 0 { break }
            total += count
        }
        guard total <= limit else {
            throw TemplateError(file: relative, message: "the file has more than \(limit) bytes, the limit (TemplateLimits.fileBytes)")
        }
        data.count = total
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: relative, message: "the template is not UTF-8 text; save it as UTF-8")
        }
        return text
    }
}
