/// `quit` / `exit` leaves the shell (or stops a batch).
struct QuitCommand: ShellCommand {
    let name = "quit"
    let aliases = ["exit", ".quit", "\\q"]
    let summary = "leave the shell"
    let usage = "quit"

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        session.quitRequested = true
    }
}
