import Dispatch
import Foundation

/// While a command runs, Ctrl-C (SIGINT) interrupts it instead of killing the shell: the
/// session's interruption flag is set and the running SQLite statement is interrupted (its
/// transaction rolls back). While a line is being edited, Ctrl-C is a key handled by the editor.
///
/// SIGTERM and SIGHUP (a closed terminal) end the run, but never in the middle of a command: the
/// command is interrupted and rolls back, and the store is closed before the process exits, so its
/// write-ahead log is folded into the store file.
final class InterruptWatcher {
    private let sources: [any DispatchSourceSignal]

    init(session: Session) {
        signal(SIGINT, SIG_IGN)
        let interruption = session.interruption
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler { interruption.set() }
        var sources = [interrupt]
        for number in [SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { session.end(signal: number) }
            sources.append(source)
        }
        sources.forEach { $0.resume() }
        self.sources = sources
    }

    deinit { sources.forEach { $0.cancel() } }
}
