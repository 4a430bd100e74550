import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

extension PostgresQueryResult {
    /// The rows, their cells decoded to the values SQLite would hold (booleans as 0 and 1), so that
    /// a row reads the same from either engine.
    var storeRows: [StoreRow] {
        guard let columns = rows.first?.map(\.columnName) else { return [] }
        return rows.map { StoreRow(columns: columns, values: $0.map(Self.decode)) }
    }

    private static func decode(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return (try? cell.decode(Int64.self)).map { .int($0) } ?? .null
        case .float4, .float8: return (try? cell.decode(Double.self)).map { .double($0) } ?? .null
        case .bool: return (try? cell.decode(Bool.self)).map { .int($0 ? 1 : 0) } ?? .null
        case .numeric:
            guard let text = try? cell.decode(String.self) else { return .null }
            return Int64(text).map { .int($0) } ?? Double(text).map { .double($0) } ?? .text(text)
        case .void: return .null
        default: return (try? cell.decode(String.self)).map { .text($0) } ?? .null
        }
    }
}

/// One connection to the server, used from synchronous code: every query is sent on the
/// connection's own event loop and the calling thread waits for its result (never an event-loop
/// thread). One connection per process; reconnects after the server drops it. It is the engine's
/// ``StoreSession`` inside a transaction.
final class PostgresLink: StoreSession, @unchecked Sendable {
    let url: PostgresURL
    private let group: MultiThreadedEventLoopGroup
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private let logger = Logger(label: "claimcheck.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    private var nextID = 1

    init(url: PostgresURL) {
        self.url = url
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    deinit {
        if let open = connection {
            let closing: EventLoopFuture<Void> = open.close()
            try? closing.wait()
        }
        try? group.syncShutdownGracefully()
    }

    /// Connects now (if not connected), so that a bad URL, an unreachable server or a refused
    /// password are reported when the store is opened.
    func connect() throws {
        _ = try current()
    }

    private func current() throws -> PostgresConnection {
        lock.lock()
        defer { lock.unlock() }
        if let connection, !connection.isClosed { return connection }
        // As libpq's prefer/require: encrypt, without checking the server's certificate.
        var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
        tlsConfiguration.certificateVerification = .none
        do {
            let context = try NIOSSLContext(configuration: tlsConfiguration)
            let tls: PostgresConnection.Configuration.TLS = url.tls == .disable ? .disable : url.tls == .require ? .require(context) : .prefer(context)
            let configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                                 password: url.password(), database: url.database, tls: tls)
            nextID += 1
            let conn = try PostgresConnection.connect(on: group.next(), configuration: configuration, id: nextID, logger: logger).wait()
            connection = conn
            return conn
        } catch {
            throw StoreError("cannot open store \(url.display): \(PostgresLink.describe(error))")
        }
    }

    /// Statements that open a transaction, held back and sent with its first statement (one round
    /// trip fewer a transaction).
    private var opening: [(String, [any SQLBindable])] = []

    /// Opens a transaction with `statements`, sent with the next one.
    func begin(_ statements: [(String, [any SQLBindable])]) {
        lock.withLock { opening = statements }
    }

    /// Ends a transaction that failed: ROLLBACK, unless nothing of it was sent yet.
    func rollback() {
        if lock.withLock({ () -> Bool in defer { opening = [] }; return !opening.isEmpty }) { return }
        _ = try? execute("ROLLBACK")
    }

    // MARK: StoreSession: the shared statements' `?` placeholders become `$1`, `$2`, ... (``NumberedPlaceholders``)

    var dialect: SQLDialect { .postgres }

    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [StoreRow] {
        try rows(batch: [(sql, arguments)])[0]
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Int {
        try send([(sql, arguments)])[0].metadata.rows ?? 0
    }

    /// The whole answer, then read row by row (postgres-nio answers a query whole).
    func cursor(_ sql: String) throws -> any RowCursor {
        LoadedRowCursor(try rows(sql), columns: [])
    }

    /// Sends the statements one after the other without waiting for each answer (one round trip
    /// for all), then waits for them in order and returns their rows; the first failure is thrown.
    func rows(batch: [(sql: String, arguments: [any SQLBindable])]) throws -> [[StoreRow]] {
        try send(batch.map { ($0.sql, $0.arguments) }).map(\.storeRows)
    }

    /// The statements (after a transaction's held-back opening), their placeholders numbered, in one
    /// round trip; their answers in order.
    private func send(_ statements: [(String, [any SQLBindable])]) throws -> [PostgresQueryResult] {
        let conn = try current()
        let all = lock.withLock { () -> [(String, [any SQLBindable])] in defer { opening = [] }; return opening + statements }
        let futures = all.map { conn.query(PostgresQuery(unsafeSQL: NumberedPlaceholders.sql($0.0), binds: Self.bindings($0.1)), logger: logger) }
        var failure: (any Error)?
        var results: [PostgresQueryResult] = []
        for future in futures {
            do { results.append(try Self.answer(future, conn)) } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
        return Array(results.suffix(statements.count))
    }

    private static func bindings(_ binds: [any SQLBindable]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind.sqlValue {
            case .null: bindings.appendNull()
            case .int(let i): bindings.append(i)
            case .double(let d): bindings.append(d)
            case .text(let s): bindings.append(s)
            case .blob(let b): bindings.append(NIOCore.ByteBuffer(bytes: b))
            }
        }
        return bindings
    }

    /// Waits for a statement's answer or for the connection to close, whichever comes first: a statement
    /// queued on a connection the server is ending may never be answered (seen under load when the
    /// server terminated the session). The close fails it as a lost connection, which is retried.
    private static func answer<T: Sendable>(_ future: EventLoopFuture<T>, _ conn: PostgresConnection) throws -> T {
        let promise = future.eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        conn.closeFuture.whenComplete { _ in promise.fail(ChannelError.ioOnClosedChannel) }  // no-op once answered
        return try promise.futureResult.wait()
    }

    /// Closes the connection; a running statement fails and its transaction is rolled back by the server.
    func close() {
        lock.lock()
        let open = connection
        connection = nil
        opening = []
        lock.unlock()
        if let open {
            // The connection must outlive its closing (postgres-nio asserts it is closed before deinit).
            let closing: EventLoopFuture<Void> = open.close()
            closing.whenComplete { _ in withExtendedLifetime(open) {} }
        }
    }

    // MARK: Errors

    /// The SQLSTATE of a server error, if it is one.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// A lost connection, as tests simulate it.
    struct SimulatedConnectionLoss: Error {}

    /// True when the connection was lost (the server went away or the network failed).
    static func isConnectionLoss(_ error: any Error) -> Bool {
        if error is SimulatedConnectionLoss { return true }
        if let psql = error as? PSQLError {
            switch psql.code {
            case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown: return true
            case .server:
                // admin_shutdown, crash_shutdown, cannot_connect_now
                return ["57P01", "57P02", "57P03"].contains(psql.serverInfo?[.sqlState] ?? "")
            default: return false
            }
        }
        return error is ChannelError || error is IOError
    }

    /// Serialization failures and deadlocks: the whole transaction can be run again.
    static func isRetryable(_ error: any Error) -> Bool {
        ["40001", "40P01"].contains(sqlState(error) ?? "")
    }

    /// A one-line message for the user.
    static func describe(_ error: any Error) -> String {
        if let store = error as? StoreError { return store.message }
        if let psql = error as? PSQLError {
            if let info = psql.serverInfo {
                let state = info[.sqlState] ?? ""
                let message = info[.message] ?? "server error"
                switch state {
                case "28P01", "28000": return "authentication failed (\(message)); set $PGPASSWORD or add the password to ~/.pgpass"
                case "3D000": return "\(message) (create it first, e.g. createdb)"
                default:
                    var text = message
                    if let detail = info[.detail] { text += " (\(detail))" }
                    return state.isEmpty ? text : "\(text) [\(state)]"
                }
            }
            switch psql.code {
            case .connectionError:
                let why = psql.underlying.map { "\($0)" } ?? "connection failed"
                if why.contains("Connection refused") { return "connection refused (is the server running and listening there?)" }
                if why.localizedCaseInsensitiveContains("timeout") || why.contains("timed out") { return "connection timed out" }
                if why.contains("resolve") || why.contains("NXDOMAIN") || why.contains("getaddrinfo") { return "unknown host" }
                return "cannot connect: \(why.replacingOccurrences(of: "\n", with: " "))"
            case .authMechanismRequiresPassword:
                return "the server asks for a password: set $PGPASSWORD or add it to ~/.pgpass"
            case .sslUnsupported:
                return "the server does not support TLS (use ?sslmode=disable or prefer)"
            case .serverClosedConnection, .uncleanShutdown:
                return "the server closed the connection"
            case .clientClosedConnection:
                return "the connection was closed (interrupted)"
            default:
                return "\(psql.code)" + (psql.underlying.map { ": \($0)" } ?? "")
            }
        }
        return "\(error)"
    }
}
