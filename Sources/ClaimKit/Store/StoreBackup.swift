import Foundation

/// `backup PATH`: a consistent copy of a whole store in a new SQLite file, checked before it is
/// given its name. The copy is written beside the target under a temporary name, its journal is
/// verified on its own, and only then is it renamed into place, so a failed or interrupted backup
/// leaves nothing at PATH.
public enum StoreBackup {
    /// What a finished backup holds.
    public struct Result: Sendable {
        public let path: String
        public let bytes: Int64
        public let journal: JournalVerification
    }

    /// Copies `store` to `path`. An existing file at `path` is refused unless `replace` is true, and
    /// even then only a regular file that is itself an SQLite database is replaced.
    public static func run(_ store: any ClaimStore, to path: String, replace: Bool) throws -> Result {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { throw StoreError("\(path) is a folder; give a file name for the backup") }
            guard replace else { throw StoreError("\(path) already exists; give another name, or --force to replace it") }
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                throw StoreError("\(path) is not a regular file; refusing to replace it")
            }
            guard StoreLocation.isStoreFileOrEmpty(path) == true else {
                throw StoreError("\(path) is not an SQLite database; refusing to replace it")
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).backup-\(getpid())"
        func removeTemporary() { StoreLocation.removeFile(temporary) }
        removeTemporary()
        do {
            try store.backup(to: temporary)
            guard let copy = try StoreLocation.openFile(temporary, create: false) else {
                throw StoreError("the backup was not written")
            }
            let check = try copy.verifyJournal()
            try copy.close()
            if let failure = check.failure { throw StoreError("the backup does not verify: \(failure)") }
            guard rename(temporary, path) == 0 else {
                throw StoreError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            let size = (try? fm.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
            return Result(path: path, bytes: size, journal: check)
        } catch {
            removeTemporary()
            throw error
        }
    }
}

extension ClaimStore {
    /// Any engine: the whole store through its JSON export into a new SQLite file (the export reads
    /// one consistent snapshot).
    public func backup(to path: String) throws {
        guard let copy = try StoreLocation.openFile(path, create: true) else { throw StoreError("cannot create \(path)") }
        defer { try? copy.close() }
        var json = ""
        try exportJSON { json += $0 }
        _ = try copy.importJSON(Data(json.utf8))
    }
}
