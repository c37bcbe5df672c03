internal import GRDB

extension TallyDatabase {
    /// Every row of every table as text, in a fixed order: two databases with the same
    /// content give the same dump. Used to prove that a refused command wrote nothing.
    public func dump() throws(StoreError) -> String {
        try read("dump the database") { db in
            var lines: [String] = []
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            for table in tables {
                lines.append("[\(table)]")
                let quoted = table.quotedDatabaseIdentifier
                let columns = try db.columns(in: table).map(\.name)
                let order = columns.map { $0.quotedDatabaseIdentifier }.joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(quoted) ORDER BY \(order)") {
                    lines.append(columns.map { (row[$0] as DatabaseValue).description }.joined(separator: " | "))
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}

extension TallyDatabase {
    /// Runs raw SQL outside tally's rules, to simulate damage in tests of `verify`: package
    /// access, so only this package's tests can call it. Never
    /// called by tally itself.
    package func tamperForTesting(sql: String) throws {
        try pool.write { try $0.execute(sql: sql) }
    }
}
