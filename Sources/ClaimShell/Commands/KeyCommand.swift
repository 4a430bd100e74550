import ClaimKit

/// `key init` makes the checker's Ed25519 signing key (outside every store); `key` shows its public
/// half. `log anchor` signs journal heads with it.
struct KeyCommand: ShellCommand {
    let name = "key"
    let summary = "make or show your signing key for journal anchors"
    let usage = "key [init]"
    let details = """
        The key lives in your config folder ($CLAIMCHECK_CONFIG, else ~/.config/claimcheck,
        file signing-key, mode 0600), never in a store. `log anchor` signs the journal's head with
        it and appends the signed head to a file outside the store; `log verify` then notices a
        journal cut short or recomputed, which a hash chain alone cannot. Someone who can write the
        store but does not have your key cannot forge an anchor. `key init` never replaces a key.

        Examples:
          key init
          key
        """
    var positionalCompletion: [CompletionKind] { [.values(["init"])] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let path = SigningKey.defaultPath
        switch args.positionals.first?.lowercased() {
        case "init":
            let key = try SigningKey.create(at: path)
            session.console.line("signing key written to \(path) (keep it private)\npublic key \(key.publicKey)")
        case nil:
            let key = try SigningKey.load(from: path)
            try emit(record: "public key \(key.publicKey)\nkey file   \(path)",
                     json: .object([("public_key", .string(key.publicKey)), ("path", .string(path))]), args, session)
        case let other?:
            throw ShellError("unknown key action \(other) (expected init)", usage: usage)
        }
    }
}
