import BeianKit
import BeianServer
import Foundation
import Testing

/// Every route over real HTTP, with good input and with each kind of bad input the route can get.
@Suite(.serialized) struct RouteTests {
    @Test func healthAndProvincesAndDocument() async throws {
        try await LiveServer.with { server in
            let health = try await server.call("GET", "/healthz")
            #expect(health.status == 200)
            #expect(health.object["status"] as? String == "ok")

            let provinces = try await server.call("GET", "/v1/provinces")
            #expect(provinces.status == 200)
            let policies = provinces.json as? [[String: Any]] ?? []
            #expect(policies.count >= 31)

            let openapi = try await server.call("GET", "/openapi.yaml")
            #expect(openapi.status == 200)
            #expect(openapi.text.hasPrefix("openapi: 3.1.0"))
        }
    }

    @Test func validateReportsDiagnosticsAsTheCLIDoes() async throws {
        try await LiveServer.with { server in
            let good = try await server.call("POST", "/v1/validate", body: try Fixtures.hubei)
            #expect(good.status == 200)
            #expect(good.object["valid"] as? Bool == true)
            #expect(good.object["id"] as? String == "example-hubei-001")

            let broken = try Fixtures.record("hubei-filing.json").replacing(Data("91420100MA4K2X9Y9P".utf8), with: Data("123".utf8))
            let bad = try await server.call("POST", "/v1/validate", body: broken)
            #expect(bad.status == 200)
            #expect(bad.object["valid"] as? Bool == false)
            let paths = (bad.object["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
            #expect(paths.contains("subject.certificate.number"))

            let notJSON = try await server.call("POST", "/v1/validate", body: Data("{\"subject\": ".utf8))
            #expect(notJSON.status == 400)
            #expect(notJSON.header("Content-Type") == "application/problem+json")
            #expect(notJSON.diagnosticCodes == ["json.syntax"])

            // JSON that is no object is no record to report on (found by schemathesis).
            let array = try await server.call("POST", "/v1/validate", body: Data("[null, null]".utf8))
            #expect(array.status == 422)
            #expect(array.diagnosticCodes == ["field.type"])
        }
    }

    @Test func documentComesBackAsAFileWithItsNameAndWarnings() async throws {
        try await LiveServer.with { server in
            let docx = try await server.call("POST", "/v1/documents/deregistration-form?format=docx", body: try Fixtures.hubei)
            #expect(docx.status == 200)
            #expect(docx.header("Content-Type") == DocumentFormat.docx.mediaType)
            #expect(docx.header("Content-Disposition") == #"attachment; filename="hubei-2019012345-deregistration-form.docx""#)
            #expect(docx.body.starts(with: Data("PK".utf8)))
            #expect(docx.header("Beian-Warning-Count") != nil)

            let text = try await server.call("POST", "/v1/documents/deregistration-form?format=text", body: try Fixtures.hubei)
            #expect(text.status == 200)
            #expect(text.text.contains("武汉示例科技有限公司"))
            #expect(text.header("Content-Disposition")?.hasSuffix(#".txt""#) == true)

            // The warnings header decodes back to diagnostics whenever there are any.
            let count = Int(text.header("Beian-Warning-Count") ?? "") ?? -1
            if count > 0 {
                let decoded = text.header("Beian-Warnings")?.removingPercentEncoding.map { Data($0.utf8) } ?? Data()
                let warnings = try JSONDecoder().decode([Diagnostic].self, from: decoded)
                #expect(warnings.count == count)
            }
        }
    }

    @Test func documentRefusesEachKindOfBadInput() async throws {
        try await LiveServer.with { server in
            let unknown = try await server.call("POST", "/v1/documents/tax-return", body: try Fixtures.hubei)
            #expect(unknown.status == 404)
            #expect(unknown.header("Content-Type") == "application/problem+json")

            let format = try await server.call("POST", "/v1/documents/deregistration-form?format=pdfx", body: try Fixtures.hubei)
            #expect(format.status == 400)
            #expect(format.diagnosticCodes == ["query.value"])

            let notJSON = try await server.call("POST", "/v1/documents/deregistration-form", body: Data("not json".utf8))
            #expect(notJSON.status == 400)

            let invalid = try await server.call(
                "POST", "/v1/documents/deregistration-form",
                body: try JSONSerialization.data(withJSONObject: ["subject": ["name": ""]]))
            #expect(invalid.status == 422)
            #expect(invalid.object["type"] as? String == "urn:beian:problem:invalid-filing")
            #expect(!(invalid.object["diagnostics"] as? [Any] ?? []).isEmpty)

            // A Hubei filing has no Shandong mailing package: the engine's refusal is the client's problem.
            let notApplicable = try await server.call("POST", "/v1/documents/shandong-mail", body: try Fixtures.hubei)
            #expect(notApplicable.status == 422)

            let form = try await server.call(
                "POST", "/v1/documents/deregistration-form", body: try Fixtures.hubei,
                contentType: "application/x-www-form-urlencoded")
            #expect(form.status == 415)
            #expect(form.diagnosticCodes == ["http.content-type"])

            let wrongMethod = try await server.call("GET", "/v1/documents/deregistration-form")
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.header("Allow") == "POST")

            let nowhere = try await server.call("GET", "/v2/anything")
            #expect(nowhere.status == 404)
        }
    }

    @Test func bodyOverTheLimitIs413AndTheServerGoesOn() async throws {
        try await LiveServer.with(ServerConfiguration(port: 0, maxBody: 2048)) { server in
            let big = try await server.call("POST", "/v1/validate", body: try Fixtures.hubei + Data(repeating: 0x20, count: 4096))
            #expect(big.status == 413)
            #expect(big.header("Content-Type") == "application/problem+json")
            let after = try await server.call("GET", "/healthz")
            #expect(after.status == 200)
        }
    }

    @Test func hubeiSMSInEachFormatAndItsRefusals() async throws {
        try await LiveServer.with { server in
            let json = try await server.call("POST", "/v1/hubei-sms?format=json", body: try Fixtures.hubei)
            #expect(json.status == 200)
            #expect(json.text.contains("#001#鄂ICP备2019012345号-1#"))

            let csv = try await server.call("POST", "/v1/hubei-sms?format=csv", body: try Fixtures.hubei)
            #expect(csv.status == 200)
            #expect(csv.header("Content-Type")?.hasPrefix("text/csv") == true)

            let format = try await server.call("POST", "/v1/hubei-sms?format=xml", body: try Fixtures.hubei)
            #expect(format.status == 400)

            let noProvider = try await server.call("POST", "/v1/hubei-sms", body: try Fixtures.record("hubei-filing.json"))
            #expect(noProvider.status == 422)

            let beijing = try await server.call("POST", "/v1/hubei-sms", body: try Fixtures.record("guangdong-filing.json", requests: ["provider": "001"]))
            #expect(beijing.status == 422)
        }
    }

    @Test func hubeiSMSCheckOfASentLog() async throws {
        try await LiveServer.with { server in
            let log = try String(contentsOf: Fixtures.examples.appendingPathComponent("hubei-sent.csv"), encoding: .utf8)
            let filing = try JSONSerialization.jsonObject(with: Fixtures.record("hubei-filing.json"))
            let body = try JSONSerialization.data(withJSONObject: ["log": log, "filing": filing])
            let check = try await server.call("POST", "/v1/hubei-sms/check", body: body)
            #expect(check.status == 200)
            #expect(check.object["ok"] is Bool)
            #expect((check.object["rows"] as? [Any])?.count == 2)

            let missing = try await server.call("POST", "/v1/hubei-sms/check", body: Data(#"{"date": "tomorrow"}"#.utf8))
            #expect(missing.status == 422)
            #expect(Set(missing.diagnosticCodes) == ["check.log.missing", "check.date"])

            let notJSON = try await server.call("POST", "/v1/hubei-sms/check", body: Data("sender,destination".utf8))
            #expect(notJSON.status == 400)
        }
    }

    @Test func aTokenIsRequiredWhenSetAndComparedExactly() async throws {
        try await LiveServer.with(ServerConfiguration(port: 0, token: "s3cret-token")) { server in
            let none = try await server.call("GET", "/v1/provinces")
            #expect(none.status == 401)
            #expect(none.header("WWW-Authenticate") == "Bearer")
            let wrong = try await server.call("GET", "/v1/provinces", headers: ["Authorization": "Bearer s3cret-tokem"])
            #expect(wrong.status == 401)
            let longer = try await server.call("GET", "/v1/provinces", headers: ["Authorization": "Bearer s3cret-token2"])
            #expect(longer.status == 401)
            let right = try await server.call("GET", "/v1/provinces", headers: ["Authorization": "Bearer s3cret-token"])
            #expect(right.status == 200)
            let health = try await server.call("GET", "/healthz")
            #expect(health.status == 200)
        }
    }

    @Test func nonLoopbackNeedsATokenOrInsecure() {
        #expect(ServerConfiguration(host: "0.0.0.0").refusal(insecure: false) != nil)
        #expect(ServerConfiguration(host: "0.0.0.0").refusal(insecure: true) == nil)
        #expect(ServerConfiguration(host: "0.0.0.0", token: "t").refusal(insecure: false) == nil)
        #expect(ServerConfiguration(host: "127.0.0.1").refusal(insecure: false) == nil)
        #expect(ServerConfiguration(host: "::1").refusal(insecure: false) == nil)
    }
}

/// Bodies that arrive without a declared length (chunked) or too slowly.
@Suite(.serialized) struct StreamedBodyTests {
    @Test func aChunkedBodyPastTheLimitIs413() async throws {
        try await LiveServer.with(ServerConfiguration(port: 0, maxBody: 2048)) { server in
            let big = try Fixtures.hubei + Data(repeating: 0x20, count: 8192)
            let reply = try await server.call("POST", "/v1/validate", bodyStream: big)
            #expect(reply.status == 413)
            let small = try await server.call("POST", "/v1/validate", bodyStream: try Fixtures.record("person-filing.json"))
            #expect(small.status == 200)
        }
    }
}
