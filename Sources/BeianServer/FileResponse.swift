import BeianKit
import Foundation
import HTTPTypes
import Hummingbird

/// A rendered file as a response: its media type, its file name in `Content-Disposition`, and
/// the warnings and notes of making it in the `Beian-Warnings` header.
///
/// Warnings travel in a header so that the body stays the file itself, usable as is. The header
/// is the diagnostics' JSON array, percent-encoded (RFC 3986) because it holds Chinese text and
/// header values are ASCII; `Beian-Warning-Count` gives their number.
enum FileResponse {
    static let warningsHeader = HTTPField.Name("Beian-Warnings")!
    static let warningCountHeader = HTTPField.Name("Beian-Warning-Count")!

    static func make(_ file: RenderedFile, warnings: [Diagnostic], attachment: Bool = true) -> Response {
        var headers: HTTPFields = [.contentType: file.mediaType]
        // File names are ASCII letters, digits, dashes and dots by construction: no quoting issue.
        headers[.contentDisposition] = "\(attachment ? "attachment" : "inline"); filename=\"\(file.fileName)\""
        headers[warningCountHeader] = String(warnings.count)
        if !warnings.isEmpty {
            headers[warningsHeader] = encode(warnings)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(data: file.data)))
    }

    /// The diagnostics as percent-encoded JSON: `decodeURIComponent` or `urllib.parse.unquote`
    /// then a JSON parser read them back.
    static func encode(_ warnings: [Diagnostic]) -> String {
        let json = String(decoding: JSONBody.encode(warnings), as: UTF8.self)
        var unreserved = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        unreserved.insert(charactersIn: "-._~")
        return json.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
