import BeianKit
import Foundation
import Hummingbird

/// The language a request wants its diagnostics in, from `Accept-Language`: Chinese when the
/// most preferred tag the server knows starts with `zh`, English otherwise. The page asks for
/// Chinese; an API client that says nothing gets the English the CLI prints by default.
enum RequestLanguage {
    static func of(_ request: Request) -> Language {
        guard let header = request.headers[.acceptLanguage] else { return .english }
        var best: (language: Language, weight: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = parts.first else { continue }
            let language: Language
            if tag.hasPrefix("zh") {
                language = .chinese
            } else if tag.hasPrefix("en") {
                language = .english
            } else {
                continue
            }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            // The first of equal weights wins, as the header lists tags most preferred first.
            if weight > 0, weight > (best?.weight ?? 0) { best = (language, weight) }
        }
        return best?.language ?? .english
    }
}

extension Array where Element == Diagnostic {
    /// These diagnostics told in the request's language.
    func told(for request: Request) -> [Diagnostic] {
        localized(in: RequestLanguage.of(request))
    }
}
