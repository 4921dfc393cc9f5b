import BeianKit
@testable import BeianServer
import Foundation
import Testing

/// The OpenAPI document and the router stay in step: every route the router answers is a path
/// and method of the document, and every path and method of the document is a route.
struct OpenAPIDocumentTests {
    /// `METHOD /path` pairs read from the document's `paths:` block (two-space path keys,
    /// four-space method keys), which is how the hand-written document is laid out.
    static func documentedRoutes(_ yaml: String) -> Set<String> {
        var routes: Set<String> = []
        var inPaths = false
        var path: String?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" ") { inPaths = line == "paths:"; continue }
            guard inPaths else { continue }
            if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") {
                path = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), let path {
                let key = line.dropFirst(4).split(separator: ":").first.map(String.init) ?? ""
                if ["get", "post", "put", "patch", "delete", "head", "options"].contains(key) {
                    routes.insert("\(key.uppercased()) \(path)")
                }
            }
        }
        return routes
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws {
        let router = BeianAPI.router(engine: try BeianEngine(), configuration: ServerConfiguration())
        let served = Set(
            router.routes.map { route in
                let path = route.path.description
                return "\(route.method.rawValue) \(path.hasPrefix("/") ? path : "/" + path)"
            })
        let documented = Self.documentedRoutes(OpenAPIDocument.yaml)
        #expect(documented.count >= 7)
        #expect(served == documented, "served but undocumented: \(served.subtracting(documented)); documented but not served: \(documented.subtracting(served))")
    }

    @Test func theServedDocumentIsTheCommittedFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/BeianServer/OpenAPI/openapi.yaml").standardized
        let committed = try String(contentsOf: file, encoding: .utf8)
        // The raw string literal drops the file's final newline.
        #expect(OpenAPIDocument.yaml + "\n" == committed, "run scripts/embed-openapi after editing openapi.yaml")
    }

    @Test func documentedKindsAreTheEngineKinds() {
        let line = OpenAPIDocument.yaml.split(separator: "\n").first { $0.contains("enum: [deregistration-form") } ?? ""
        let listed = line.split(separator: "[").last?.dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        // Change documents are made from two records (`beian change`), not from one filing.
        let engine = try! BeianEngine()
        let filing = try! Filing(
            jsonData: Data(
                #"{"subject":{"name":"武汉示例科技有限公司","nature":"enterprise","certificate":{"type":"unified-social-credit-code","number":"91420100MA4K2X9Y9P"},"filingNumber":"鄂ICP备2019012345号","owner":{"name":"张三","mobile":"13812345678"}},"websites":[]}"#
                    .utf8))
        let single = DocumentKind.allCases.filter {
            !(engine.reasonNotApplicable($0, to: filing)?.contains("before and after a change") ?? false)
        }
        #expect(Set(listed) == Set(single.map(\.rawValue)))
    }
}
