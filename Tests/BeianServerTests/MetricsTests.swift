import BeianKit
import BeianServer
import Foundation
import Testing

/// `GET /metrics`: routes called over real HTTP move the series the Prometheus text reports.
@Suite(.serialized) struct MetricsTests {
    /// One sample of the exposition text: the series name, its labels and its value.
    struct Sample {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    /// Reads the text exposition format: `name{label="value",…} number` lines, comments skipped.
    static func samples(_ text: String) -> [Sample] {
        text.split(separator: "\n").compactMap { line -> Sample? in
            guard !line.hasPrefix("#"), let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { return nil }
            let series = line[..<space]
            guard let brace = series.firstIndex(of: "{") else { return Sample(name: String(series), labels: [:], value: value) }
            var labels: [String: String] = [:]
            for pair in series[series.index(after: brace)..<series.index(before: series.endIndex)].split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                labels[String(parts[0])] = String(parts[1].dropFirst().dropLast())
            }
            return Sample(name: String(series[..<brace]), labels: labels, value: value)
        }
    }

    /// The value of the one series with this name and at least these labels; 0 when absent.
    static func value(_ samples: [Sample], _ name: String, _ labels: [String: String] = [:]) -> Double {
        samples.filter { sample in sample.name == name && labels.allSatisfy { sample.labels[$0.key] == $0.value } }.map(\.value).reduce(0, +)
    }

    /// Requests timed, leaving out the calls to `/metrics` itself.
    static func timedOutsideMetrics(_ samples: [Sample]) -> Double {
        samples.filter { $0.name == "beian_http_request_duration_seconds_count" && $0.labels["route"] != "/metrics" }.map(\.value).reduce(0, +)
    }

    @Test func callsMoveTheCountsOfRequestsDocumentsAndBatchRecords() async throws {
        try await LiveServer.with { server in
            for _ in 0..<3 { _ = try await server.call("GET", "/healthz") }
            let docx = try await server.call("POST", "/v1/documents/deregistration-form?format=docx", body: try Fixtures.hubei)
            #expect(docx.status == 200)
            let text = try await server.call("POST", "/v1/documents/deregistration-form?format=text", body: try Fixtures.hubei)
            #expect(text.status == 200)
            let notJSON = try await server.call("POST", "/v1/documents/deregistration-form", body: Data("{".utf8))
            #expect(notJSON.status == 400)
            let missing = try await server.call("GET", "/no/such/route")
            #expect(missing.status == 404)
            var batchBody = try Data(contentsOf: Fixtures.examples.appendingPathComponent("filings.jsonl"))
            batchBody += Data("not json\n".utf8)
            let batch = try await server.call(
                "POST", "/v1/batch?documents=deregistration-form&format=text", body: batchBody, contentType: "application/x-ndjson")
            #expect(batch.status == 200)
            let archive = try BatchRouteTests.readArchive(batch.body)

            // A request is counted once its last byte is written, which can be a moment after
            // the client has read it: ask again until the eight requests above are all in.
            var reply = try await server.call("GET", "/metrics")
            for _ in 0..<40 where Self.timedOutsideMetrics(Self.samples(reply.text)) < 8 {
                try await Task.sleep(for: .milliseconds(50))
                reply = try await server.call("GET", "/metrics")
            }
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
            let samples = Self.samples(reply.text)
            let requests = "beian_http_requests_total"
            #expect(Self.value(samples, requests, ["route": "/healthz", "method": "GET", "status": "200"]) == 3)
            #expect(Self.value(samples, requests, ["route": "/v1/documents/{kind}", "method": "POST", "status": "200"]) == 2)
            #expect(Self.value(samples, requests, ["route": "/v1/documents/{kind}", "status": "400"]) == 1)
            #expect(Self.value(samples, requests, ["route": "unmatched", "status": "404"]) == 1)
            #expect(Self.value(samples, requests, ["route": "/v1/batch", "status": "200"]) == 1)

            let documents = "beian_documents_total"
            #expect(Self.value(samples, documents, ["kind": "deregistration-form", "format": "docx"]) == 1)
            // One text form from the single route, one per record the batch made a file for.
            let batchFiles = archive.names.filter { $0.hasSuffix(".txt") }.count
            #expect(batchFiles > 0)
            #expect(Self.value(samples, documents, ["kind": "deregistration-form", "format": "text"]) == Double(1 + batchFiles))
            #expect(Self.value(samples, "beian_batch_records_total", ["outcome": "ok"]) == Double(archive.manifest.count))
            #expect(Self.value(samples, "beian_batch_records_total", ["outcome": "failed"]) == Double(archive.errors.count))
            #expect(archive.errors.count >= 1)

            // Every request so far has been timed, and only this one is in flight.
            #expect(Self.timedOutsideMetrics(samples) == 3 + 3 + 1 + 1)
            #expect(Self.value(samples, "beian_http_requests_in_flight") == 1)
        }
    }

    @Test func aClientGoneMidBodyIsItsRequestsFaultNotA500() async throws {
        try await LiveServer.with { server in
            // Declares 100 bytes, sends 6, and hangs up.
            let script = """
                import socket, sys
                s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
                s.sendall(b"POST /v1/validate HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\nContent-Length: 100\\r\\n\\r\\n{\\"a\\":")
                s.close()
                """
            let (status, _) = try await ServeProcess.run("/usr/bin/python3", ["-c", script, String(server.base.port ?? 0)])
            #expect(status == 0)
            var samples: [Sample] = []
            for _ in 0..<40 {
                samples = Self.samples(try await server.call("GET", "/metrics").text)
                if Self.value(samples, "beian_http_requests_total", ["route": "/v1/validate"]) > 0 { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(Self.value(samples, "beian_http_requests_total", ["route": "/v1/validate", "status": "400"]) == 1)
            #expect(Self.value(samples, "beian_http_requests_total", ["status": "500"]) == 0)
        }
    }

    @Test func metricsNeedTheTokenLikeEveryRouteButHealth() async throws {
        try await LiveServer.with(ServerConfiguration(port: 0, token: "metrics-token")) { server in
            let refused = try await server.call("GET", "/metrics")
            #expect(refused.status == 401)
            let allowed = try await server.call("GET", "/metrics", headers: ["Authorization": "Bearer metrics-token"])
            #expect(allowed.status == 200)
            #expect(allowed.text.contains("beian_http_requests_total"))
        }
    }
}
