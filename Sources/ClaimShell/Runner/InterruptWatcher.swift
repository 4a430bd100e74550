import Dispatch
import Foundation
import ClaimKit

/// While a command runs, Ctrl-C (SIGINT) interrupts it instead of killing the shell: the running
/// SQLite statement is interrupted (its transaction rolls back) and the command's flag is set.
final class InterruptWatcher {
    private let source: any DispatchSourceSignal

    init(session: Session) {
        signal(SIGINT, SIG_IGN)
        let interruption = session.interruption
        let store = StoreBox()
        self.box = store
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            interruption.set()
            store.current?.interrupt()
        }
        source.resume()
    }

    private let box: StoreBox

    /// Tells the watcher which store to interrupt.
    func watch(_ store: (any ClaimStore)?) { box.current = store }

    deinit { source.cancel() }
}

/// The store a signal handler may interrupt, handed across threads.
private final class StoreBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (any ClaimStore)?
    var current: (any ClaimStore)? {
        get { lock.lock(); defer { lock.unlock() }; return value }
        set { lock.lock(); value = newValue; lock.unlock() }
    }
}
