/// Colour and emphasis, on a terminal only and never with `NO_COLOR` or `--no-color`.
public struct Style: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    private func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    /// Every code ``wrap`` writes: the only escape sequences output keeps (``TerminalText``).
    static let codes: Set<String> = ["0", "1", "2", "31;1", "36", "32", "31", "33"]

    public func header(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func error(_ s: String) -> String { wrap(s, "31;1") }
    public func id(_ s: String) -> String { wrap(s, "36") }
    public func good(_ s: String) -> String { wrap(s, "32") }
    public func bad(_ s: String) -> String { wrap(s, "31") }
    public func warn(_ s: String) -> String { wrap(s, "33") }
}
