import GRDB

/// The database schema as an append-only list of migrations: a released migration is never
/// edited; a change is a new migration at the end.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-competitions") { db in
            // One row per loaded definition; the YAML source is kept verbatim so that the
            // definition in force can always be shown and re-validated.
            try db.create(table: "competition") { table in
                table.primaryKey("id", .text)
                table.column("kind", .text).notNull()
                    .check(sql: "kind IN ('skills', 'bridge-teams')")
                table.column("name", .text).notNull()
                table.column("definition", .text).notNull()
                table.column("loadedAt", .text).notNull()
            }
        }
        return migrator
    }
}
