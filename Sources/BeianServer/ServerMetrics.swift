import Foundation
import Prometheus

/// The server's Prometheus series, in a registry this server owns: no process-wide metrics
/// bootstrap, so two servers in one process (as in the tests) count apart.
///
/// Labels are bounded: the route is the router's path template (`/v1/documents/{kind}`), never
/// the request's own path, and an unmatched path is `unmatched`, so a client cannot grow the
/// registry by inventing URLs.
struct ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    /// Requests being answered, their bodies still streaming included.
    let inFlight: Gauge

    /// Upper bounds of the duration histogram: single documents take milliseconds, a batch
    /// may stream for minutes.
    static let durationBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(10), .seconds(60),
        .seconds(300),
    ]

    init() {
        inFlight = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "beian", metricName: "http_requests_in_flight", unitName: "", helpText: "Requests being answered now."))
    }

    /// One answered request: its count by route, method and status, and its duration.
    func request(route: String, method: String, status: Int, duration: Duration) {
        let labels = [("route", route), ("method", method), ("status", String(status))]
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "beian", metricName: "http_requests", unitName: "total", helpText: "Requests answered, by route, method and status."),
            labels: labels
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "beian", metricName: "http_request_duration", unitName: "seconds",
                helpText: "Time from a request's arrival to the last byte of its response."),
            labels: [("route", route), ("method", method)], buckets: Self.durationBuckets
        ).record(duration)
    }

    /// One file made, by a document route or inside a batch.
    func documentMade(kind: String, format: String) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "beian", metricName: "documents", unitName: "total", helpText: "Files made, by document kind and format."),
            labels: [("kind", kind), ("format", format)]
        ).increment()
    }

    /// One batch record done: `ok` when its files went into the archive, `failed` when it went
    /// to `errors.jsonl`.
    func batchRecord(failed: Bool) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "beian", metricName: "batch_records", unitName: "total", helpText: "Batch records done, by outcome."),
            labels: [("outcome", failed ? "failed" : "ok")]
        ).increment()
    }

    /// The exposition text (format 0.0.4).
    func text() -> String { registry.emitToString() }
}
