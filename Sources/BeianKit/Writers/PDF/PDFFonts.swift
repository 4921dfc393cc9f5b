import Foundation

/// The faces the PDF writer sets documents in, found once and shared by every document.
///
/// Noto Serif CJK SC stands in for 宋体 (and for 仿宋, which Debian has no free face for), its
/// bold for bold text, and Noto Sans CJK SC Bold for 黑体 titles and headings: Debian's
/// `fonts-noto-cjk`, with the Simplified Chinese glyph forms of the SC face of each collection.
///
/// ```swift
/// let fonts = try PDFFonts(folder: "/opt/fonts")   // or PDFFonts() for the system's
/// let pdf = try engine.deregistrationForm(for: filing).pdf(fonts: fonts)
/// ```
public final class PDFFonts: Sendable {
    /// A face the layout asks for.
    enum Role: Int, CaseIterable {
        case serif, serifBold, sans, sansBold
    }

    private let faces: [PDFFontFace]
    /// Subsets already made, by face and glyph set: a form's title, headings and label cells
    /// use the same glyphs on every record, so their subsets are made once.
    let subsets = PDFSubsetCache()
    /// The body face's subsets of templates' characters, with their fonts' objects.
    let templateSubsets = PDFTemplateSubsets()

    /// What each role needs: the family, and the file names fonts-noto-cjk (and the per-language
    /// OTFs Google distributes) use.
    private static let wanted: [(family: String, files: [String])] = [
        ("Noto Serif CJK SC", ["NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular.otf", "NotoSerifSC-Regular.otf"]),
        ("Noto Serif CJK SC", ["NotoSerifCJK-Bold.ttc", "NotoSerifCJKsc-Bold.otf", "NotoSerifSC-Bold.otf"]),
        ("Noto Sans CJK SC", ["NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf"]),
        ("Noto Sans CJK SC", ["NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf", "NotoSansSC-Bold.otf"]),
    ]

    /// The folders searched when none is given: where Debian and users install fonts.
    public static let systemFolders = [
        "/usr/share/fonts", "/usr/local/share/fonts",
        NSHomeDirectory() + "/.local/share/fonts", NSHomeDirectory() + "/.fonts",
    ]

    /// Finds the faces in `folder` (searched with its subfolders), or in the system's font
    /// folders when `folder` is `nil`. Throws, naming the package to install, when one is missing.
    /// `forBatch` prepares the body face for many documents: about two seconds once, then each
    /// document's subset of it is several times faster.
    public init(folder: String? = nil, forBatch: Bool = false) throws(PDFFontError) {
        let folders = folder.map { [$0] } ?? PDFFonts.systemFolders
        let files = PDFFonts.fontFiles(in: folders)
        var faces: [PDFFontFace] = []
        for (index, (family, names)) in PDFFonts.wanted.enumerated() {
            let prepared = forBatch && index == Role.serif.rawValue
            guard let face = PDFFonts.face(family: family, fileNames: names, files: files, prepared: prepared) else {
                throw PDFFontError(family: family, fileNames: names, folders: folders)
            }
            faces.append(face)
        }
        self.faces = faces
    }

    /// The system's fonts, looked for once per process and shared by every engine.
    public static let system: Result<PDFFonts, PDFFontError> = Result { () throws(PDFFontError) in try PDFFonts() }

    func face(_ role: Role) -> PDFFontFace { faces[role.rawValue] }

    /// Every font file under `folders`, by file name; the first found of a name wins, folders
    /// walked in sorted order so the choice never depends on the file system's order.
    private static func fontFiles(in folders: [String]) -> [String: String] {
        var found: [String: String] = [:]
        let manager = FileManager.default
        for folder in folders {
            guard let paths = try? manager.subpathsOfDirectory(atPath: folder) else { continue }
            for path in paths.sorted() {
                let name = (path as NSString).lastPathComponent
                if found[name] == nil, name.hasSuffix(".ttc") || name.hasSuffix(".otf") {
                    found[name] = folder + "/" + path
                }
            }
        }
        return found
    }

    /// The face of `family` in the first of `fileNames` that holds it: in a collection, the face
    /// whose family name matches, so the SC forms are used and never the JP ones.
    private static func face(family: String, fileNames: [String], files: [String: String], prepared: Bool) -> PDFFontFace? {
        for name in fileNames {
            guard let path = files[name] else { continue }
            for index in 0..<PDFFontFace.faceCount(path: path)
            where PDFFontFace.familyName(path: path, index: index) == family {
                if let face = PDFFontFace(path: path, index: index, prepared: prepared) { return face }
            }
        }
        return nil
    }
}

/// A face the PDF writer needs is not installed.
public struct PDFFontError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The family looked for.
    public var family: String
    /// The file names looked for.
    public var fileNames: [String]
    /// The folders searched.
    public var folders: [String]

    public var description: String {
        "the PDF writer needs the font \(family) (\(fileNames.joined(separator: " or "))), not found in "
            + folders.joined(separator: ", ")
            + "; install it with `apt-get install fonts-noto-cjk`, or name the folder holding it with --font-dir"
    }
}
