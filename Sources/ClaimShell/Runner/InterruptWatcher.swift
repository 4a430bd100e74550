import Dispatch
import Foundation

/// While a command runs, Ctrl-C (SIGINT) interrupts it instead of killing the shell: the
/// session's interruption flag is set and the running SQLite statement is interrupted (its
/// transaction rolls back). While a line is being edited, Ctrl-C is a key handled by the editor.
final class InterruptWatcher {
    private let source: any DispatchSourceSignal

    init(session: Session) {
        signal(SIGINT, SIG_IGN)
        let interruption = session.interruption
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { interruption.set() }
        source.resume()
    }

    deinit { source.cancel() }
}
