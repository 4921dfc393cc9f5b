import Foundation

/// A rendered output, ready to save or to send: its bytes, its media type and the file name
/// beian suggests for it. Every document and message format comes out as one.
///
/// ```swift
/// let file = try engine.deregistrationForm(for: filing).file(as: .docx)
/// response.headers["Content-Type"] = file.mediaType
/// try file.data.write(to: folder.appendingPathComponent(file.fileName))
/// ```
public struct RenderedFile: Sendable, Hashable {
    /// The file's bytes.
    public var data: Data
    /// Its media type, as HTTP's `Content-Type` names it (`text/csv; charset=utf-8`).
    public var mediaType: String
    /// A safe file name: ASCII letters, digits, dashes and one extension.
    public var fileName: String

    /// Creates a rendered file.
    public init(data: Data, mediaType: String, fileName: String) {
        self.data = data
        self.mediaType = mediaType
        self.fileName = fileName
    }

    /// The bytes read as UTF-8 text (for the text formats).
    public var string: String { String(decoding: data, as: UTF8.self) }
}
