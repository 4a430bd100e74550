import GRDB

extension SQLiteStore {
    package func schemaDifference() throws -> String? {
        try readDatabase { db in try SchemaAudit.difference(db) }
    }
}
