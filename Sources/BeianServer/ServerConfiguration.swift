import BeianKit
import Foundation

/// How `beian serve` runs: where it listens, what it accepts, and the engine it answers with.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback unless the operator says otherwise.
    public var host: String
    /// The port; 0 picks a free one (tests).
    public var port: Int
    /// The largest request body accepted, in bytes.
    public var maxBody: Int
    /// The largest batch body accepted, in bytes; a batch is streamed, so this bounds work, not memory.
    public var maxBatchBody: Int
    /// The bearer token every request must carry, when one is set.
    public var token: String?
    /// Records of a batch in work at once.
    public var jobs: Int?
    /// Seconds a connection may stay silent, mid-body or between requests, before it is closed.
    public var idleTimeoutSeconds = 30

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBody: Int = 1 << 20, maxBatchBody: Int = 1 << 30,
        token: String? = nil, jobs: Int? = nil
    ) {
        self.host = host
        self.port = port
        self.maxBody = maxBody
        self.maxBatchBody = maxBatchBody
        self.token = token
        self.jobs = jobs
    }

    /// Whether `host` is a loopback address, which only this machine can reach.
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        return name == "localhost" || name == "::1" || name == "[::1]" || name.hasPrefix("127.")
    }

    /// Why this configuration must not start, or `nil`: binding beyond loopback without a token
    /// exposes the API to the network, so it needs a token or an explicit `insecure`.
    public func refusal(insecure: Bool) -> String? {
        guard !Self.isLoopback(host), token == nil, !insecure else { return nil }
        return "--host \(host) is reachable from other machines: give --token-file FILE (a bearer token) or, on purpose, --insecure"
    }
}
