import Foundation

/// A store's schema audit (``SchemaComparison`` against the schema its migrations create), run once
/// per open store, before its first write: read-only commands never pay for it, and a store whose
/// schema was changed behind claimcheck's back (a planted trigger) is never written through.
package final class SchemaGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var found: String??

    /// The store's schema problem (nil when there is none), found by `audit` on the first call.
    func problem(_ audit: () throws -> String?) throws -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let found { return found }
        let problem = try audit()
        found = .some(problem)
        return problem
    }

    /// Refuses a write to the store at `location` when `audit` finds its schema changed.
    func checkWritable(_ location: String, audit: () throws -> String?) throws {
        if let problem = try problem(audit) {
            throw StoreError("store \(location): \(problem); refusing to change it (`log verify` reports it)")
        }
    }
}
