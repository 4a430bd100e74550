import CLibEdit
import Foundation

/// Line editing through libedit's native API: emacs keys, history kept in a file, Tab completion,
/// and Ctrl-C that abandons the line without leaving the shell.
final class LineEditor {
    private let el: OpaquePointer
    private let hist: OpaquePointer
    /// Nil when the history file cannot be kept (not a regular file, or far too big to be one).
    private let historyPath: String?
    /// Why history is not kept, to say once when the shell starts.
    let historyProblem: String?
    private var promptText: UnsafeMutablePointer<CChar>
    private let complete: (String) -> (partial: String, candidates: [String])
    /// Set by Ctrl-C while editing; the caller drops what it had gathered.
    private(set) var interrupted = false

    init(historyPath: String, complete: @escaping (String) -> (partial: String, candidates: [String])) {
        // Only a regular file (or none yet) is read and written: a FIFO or a device such as
        // /dev/zero named by $CLAIMCHECK_HISTORY would block or never end.
        var info = stat()
        if stat(historyPath, &info) != 0 {
            self.historyPath = historyPath
            historyProblem = nil
        } else if info.st_mode & S_IFMT != S_IFREG {
            self.historyPath = nil
            historyProblem = "\(historyPath) is not a regular file: history is not kept this session"
        } else if info.st_size > 64 << 20 {
            self.historyPath = nil
            historyProblem = "\(historyPath) is over 64 MiB, too big for a history file: history is not kept this session"
        } else {
            self.historyPath = historyPath
            historyProblem = nil
        }
        self.complete = complete
        el = cc_el_init("claimcheck")
        hist = cc_history_init()
        promptText = strdup("claimcheck> ")
        cc_history_setsize(hist, 1000)
        cc_history_setunique(hist, 1)
        if let path = self.historyPath { cc_history_load(hist, path) }
        cc_el_set_hist(el, hist)
        cc_el_set_editor(el, "emacs")
        cc_el_set_signal(el, 1)
        cc_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        cc_el_set_prompt(el) { el in
            guard let el, let data = cc_el_get_clientdata(el) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptText
        }
        // Ctrl-C is a key while editing, not a signal.
        cc_el_setty(el, "-d", "-isig")
        cc_el_addfn(el, "cc-interrupt", "abandon the line") { el, _ in
            guard let el, let data = cc_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().abandonLine()
        }
        cc_el_bind(el, "^C", "cc-interrupt")
        cc_el_addfn(el, "cc-complete", "complete the word") { el, _ in
            guard let el, let data = cc_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().completeWord()
        }
        cc_el_bind(el, "^I", "cc-complete")
        cc_el_source_default(el)  // ~/.editrc, as libedit programs do
    }

    deinit {
        el_end(el)
        history_end(hist)
        free(promptText)
    }

    /// Reads a line; nil at end of input (Ctrl-D on an empty line).
    func readLine(prompt: String) -> String? {
        free(promptText)
        promptText = strdup(prompt)
        interrupted = false
        var count: Int32 = 0
        guard let raw = el_gets(el, &count) else {
            // libedit reports an abandoned empty line as end of input; it is not.
            return interrupted ? "" : nil
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return line
    }

    /// Adds a line to the history and saves the file, so history survives a crash.
    func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        cc_history_enter(hist, line)
        if let historyPath { cc_history_save(hist, historyPath) }
    }

    private func abandonLine() -> UInt8 {
        interrupted = true
        let info = el_line(el)!.pointee
        let after = info.lastchar - info.cursor
        if after > 0 { el_cursor(el, Int32(after)) }
        let length = info.lastchar - info.buffer
        if length > 0 { el_deletestr(el, Int32(length)) }
        fputs("^C\n", cc_stdout())
        return UInt8(CC_NEWLINE)
        // The caller sees `interrupted` and drops the line and anything continued before it.
    }

    private func completeWord() -> UInt8 {
        let info = el_line(el)!.pointee
        let length = info.cursor - info.buffer
        let bytes = UnsafeRawBufferPointer(start: info.buffer, count: length)
        let before = String(decoding: bytes, as: UTF8.self)
        let (partial, candidates) = complete(before)
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            let word = candidates[0]
            var insert = String(word.dropFirst(partial.count))
            if !word.hasSuffix("/") { insert += " " }
            if !insert.isEmpty { el_insertstr(el, insert) }
            return UInt8(CC_REFRESH)
        }
        let common = Completer.commonPrefix(candidates)
        if common.count > partial.count {
            el_insertstr(el, String(common.dropFirst(partial.count)))
            return UInt8(CC_REFRESH)
        }
        // Nothing more to add: list the choices under the line, then redraw it.
        let width = (candidates.map(\.count).max() ?? 0) + 2
        let perLine = max(1, 80 / width)
        var out = "\n"
        for (i, c) in candidates.prefix(200).enumerated() {
            out += c.padding(toLength: width, withPad: " ", startingAt: 0)
            if (i + 1) % perLine == 0 { out += "\n" }
        }
        if !out.hasSuffix("\n") { out += "\n" }
        if candidates.count > 200 { out += "… \(candidates.count - 200) more\n" }
        fputs(out, cc_stdout())
        return UInt8(CC_REDISPLAY)
    }
}
