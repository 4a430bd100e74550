/// A progress bar on stderr for long commands, shown only when stderr is a terminal.
final class Progress {
    private let total: Int
    private let console: Console
    private let enabled: Bool
    private var lastDrawn = -1

    init(total: Int, console: Console) {
        self.total = total
        self.console = console
        enabled = console.errorIsTerminal && total > 1
    }

    func update(_ done: Int, _ label: String) {
        guard enabled else { return }
        let percent = total == 0 ? 100 : done * 100 / total
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = width * done / max(total, 1)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let name = label.count > 30 ? "…" + label.suffix(29) : label
        console.errorInline("\r\(bar) \(percent)% \(done)/\(total) \(name)\u{1B}[K")
    }

    func finish() {
        guard enabled else { return }
        console.errorInline("\r\u{1B}[K")
    }
}

import ClaimKit
