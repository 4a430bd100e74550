import Foundation

extension PostgresStore {
    package func schemaDifference() throws -> String? {
        do {
            return try PostgresSchemaAudit.difference(link)
        } catch {
            throw StoreError("store \(location): cannot check the schema: \(PostgresLink.describe(error))")
        }
    }
}
