internal import GRDB

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
        migrator.registerMigration("v2-skills", migrate: createSkillsTables)
        migrator.registerMigration("v3-bridge", migrate: createBridgeTables)
        migrator.registerMigration("v4-import-lines") { db in
            // The import a mark came with and its line: the audit rows of an import are
            // written from them in one statement, and a duplicate names the line it repeats.
            try db.alter(table: "mark") { table in
                table.add(column: "batch", .integer)
                table.add(column: "line", .integer)
            }
        }
        migrator.registerMigration("v5-compact-import-audit", migrate: compactImportAudit)
        migrator.registerMigration("v6-official-passwords") { db in
            // An official's password for signing in to `tally serve`, as a Bcrypt hash only.
            try db.create(table: "officialPassword") { table in
                table.column("competitionId", .text).notNull().references("competition", onDelete: .cascade)
                table.column("name", .text).notNull()
                table.column("hash", .text).notNull().check(sql: "hash LIKE '$2%'")
                table.column("setAt", .text).notNull()
                table.primaryKey(["competitionId", "name"])
            }
        }
        migrator.registerMigration("v7-web-sessions") { db in
            // A signed-in official's session of `tally serve`: only a hash of its token is kept.
            try db.create(table: "webSession") { table in
                table.primaryKey("tokenHash", .text)
                table.column("competitionId", .text).notNull().references("competition", onDelete: .cascade)
                table.column("official", .text).notNull()
                table.column("csrf", .text).notNull()
                table.column("expiresAt", .text).notNull()
            }
        }
        return migrator
    }

    /// An import of marks is audited by one `marks.import` row of `audit` (who, when, which
    /// file) and one narrow `importedMark` row per mark (the line, the entrant, the slot and the
    /// value as entered) instead of a full audit row each. The `auditTrail` view reads both as
    /// one trail, each imported mark a `mark.enter` entry with the import's time, operator and
    /// `file:line`. The rows keep the entrant's id, so an entrant's trade and code may not
    /// change once registered, nor a mark's slot (a correction changes only its value).
    ///
    /// `mark` becomes a table keyed by its slot (`WITHOUT ROWID`): the slot was already unique,
    /// and one B-tree instead of a table, its unique index and an autoincrement counter halves
    /// what SQLite writes for each mark. A mark remembers the import and line it came with.
    private static func compactImportAudit(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE newMark (
                entrantId INTEGER NOT NULL REFERENCES entrant(id) ON DELETE CASCADE,
                component TEXT NOT NULL,
                judge INTEGER NOT NULL DEFAULT 0 CHECK (judge >= 0),
                aspect TEXT NOT NULL DEFAULT '',
                value TEXT NOT NULL,
                importId INTEGER,
                line INTEGER,
                PRIMARY KEY (entrantId, component, judge, aspect)
            ) WITHOUT ROWID;
            INSERT INTO newMark (entrantId, component, judge, aspect, value)
                SELECT entrantId, component, judge, aspect, value FROM mark;
            DROP TABLE mark;
            ALTER TABLE newMark RENAME TO mark;
            """)
        // No foreign keys: each row is written with its mark, whose entrant SQLite checks, in
        // the import's transaction, right after the import's audit row; `verify` replays them.
        try db.create(table: "importedMark") { table in
            table.column("importId", .integer).notNull()
            table.column("line", .integer).notNull()
            table.column("entrantId", .integer).notNull()
            table.column("component", .text).notNull()
            table.column("judge", .integer).notNull()
            table.column("aspect", .text).notNull()
            table.column("value", .text).notNull()
        }
        try db.execute(sql: """
            CREATE TRIGGER imported_mark_is_append_only_update BEFORE UPDATE ON importedMark
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER imported_mark_is_append_only_delete BEFORE DELETE ON importedMark
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER entrant_identity_is_fixed BEFORE UPDATE OF competitionId, tradeId, code ON entrant
            BEGIN SELECT RAISE(ABORT, 'an entrant''s trade and code are fixed once registered'); END;
            CREATE TRIGGER mark_slot_is_fixed BEFORE UPDATE OF entrantId, component, judge, aspect, importId, line ON mark
            BEGIN SELECT RAISE(ABORT, 'a mark''s slot and origin are fixed; only its value is corrected'); END;

            CREATE VIEW auditTrail AS
            SELECT id, 0 AS line, at, operator, action, competitionId, tradeId, code, component, judge, aspect,
                   oldValue, newValue, reason, source
            FROM audit
            UNION ALL
            SELECT a.id, i.line, a.at, a.operator, 'mark.enter', a.competitionId, e.tradeId, e.code, i.component,
                   NULLIF(i.judge, 0), NULLIF(i.aspect, ''), NULL, i.value, NULL, a.source || ':' || i.line
            FROM importedMark i JOIN audit a ON a.id = i.importId JOIN entrant e ON e.id = i.entrantId;
            """)
    }

    /// Trades, entrants, marks, times, deductions, draws, locks, reveals, confirmations,
    /// rulings and the audit trail of the skills side.
    private static func createSkillsTables(_ db: Database) throws {
        try db.create(table: "trade") { table in
            table.column("competitionId", .text).notNull().references("competition", onDelete: .cascade)
            table.column("id", .text).notNull()
            table.column("name", .text).notNull()
            table.column("position", .integer).notNull()
            table.column("lockedAt", .text)
            table.column("revealedAt", .text)
            table.primaryKey(["competitionId", "id"])
        }
        try db.create(table: "organisation") { table in
            table.column("competitionId", .text).notNull().references("competition", onDelete: .cascade)
            table.column("name", .text).notNull()
            table.primaryKey(["competitionId", "name"])
        }
        try db.create(table: "entrant") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("competitionId", .text).notNull()
            table.column("tradeId", .text).notNull()
            table.column("code", .text).notNull()
            table.column("name", .text).notNull()
            table.column("organisation", .text)
            table.column("station", .text)
            table.column("idNumber", .text)
            table.column("status", .text).notNull().defaults(to: "registered")
                .check(sql: "status IN ('registered', 'competed', 'absent', 'withdrawn', 'disqualified')")
            table.column("statusReason", .text)
            table.uniqueKey(["competitionId", "tradeId", "code"])
            table.foreignKey(["competitionId", "tradeId"], references: "trade", onDelete: .cascade)
            table.foreignKey(["competitionId", "organisation"], references: "organisation")
        }
        try db.create(table: "draw") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("competitionId", .text).notNull()
            table.column("tradeId", .text).notNull()
            table.column("kind", .text).notNull().check(sql: "kind IN ('codes', 'stations')")
            table.column("seed", .text).notNull()
            table.column("drawnAt", .text).notNull()
            table.foreignKey(["competitionId", "tradeId"], references: "trade", onDelete: .cascade)
        }
        // judge 0 and aspect '' stand for "none", so that the uniqueness of a mark per
        // entrant × component × judge × aspect is enforced by SQLite itself.
        try db.create(table: "mark") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("entrantId", .integer).notNull().references("entrant", onDelete: .cascade)
            table.column("component", .text).notNull()
            table.column("judge", .integer).notNull().defaults(to: 0).check(sql: "judge >= 0")
            table.column("aspect", .text).notNull().defaults(to: "")
            table.column("value", .text).notNull()
            table.uniqueKey(["entrantId", "component", "judge", "aspect"])
        }
        try db.create(table: "time") { table in
            table.column("entrantId", .integer).notNull().references("entrant", onDelete: .cascade)
            table.column("component", .text).notNull()
            table.column("seconds", .integer).notNull().check(sql: "seconds >= 0")
            table.primaryKey(["entrantId", "component"])
        }
        try db.create(table: "deduction") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("entrantId", .integer).notNull().references("entrant", onDelete: .cascade)
            table.column("component", .text).notNull()
            table.column("points", .text).notNull()
            table.column("reason", .text).notNull().check(sql: "length(reason) > 0")
        }
        try db.create(table: "confirmation") { table in
            table.column("entrantId", .integer).notNull().references("entrant", onDelete: .cascade)
            table.column("component", .text).notNull()
            table.column("aspect", .text).notNull().defaults(to: "")
            table.column("reason", .text).notNull().check(sql: "length(reason) > 0")
            table.primaryKey(["entrantId", "component", "aspect"])
        }
        try db.create(table: "ruling") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("competitionId", .text).notNull()
            table.column("tradeId", .text).notNull()
            table.column("codes", .text).notNull()
            table.column("reason", .text).notNull().check(sql: "length(reason) > 0")
            table.foreignKey(["competitionId", "tradeId"], references: "trade", onDelete: .cascade)
        }
        try db.create(table: "audit") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("at", .text).notNull()
            table.column("operator", .text).notNull()
            table.column("action", .text).notNull()
            table.column("competitionId", .text).notNull()
            table.column("tradeId", .text)
            table.column("code", .text)
            table.column("component", .text)
            table.column("judge", .integer)
            table.column("aspect", .text)
            table.column("oldValue", .text)
            table.column("newValue", .text)
            table.column("reason", .text)
            table.column("source", .text)
        }
        try db.create(index: "audit_by_trade", on: "audit", columns: ["competitionId", "tradeId"])
        // The audit trail is append-only.
        try db.execute(sql: """
            CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """)
    }

    /// Teams, players, rounds with their stored pairings, board results, deals, forfeits and
    /// VP penalties of the bridge side.
    private static func createBridgeTables(_ db: Database) throws {
        try db.create(table: "team") { table in
            table.column("competitionId", .text).notNull().references("competition", onDelete: .cascade)
            table.column("number", .integer).notNull().check(sql: "number >= 1")
            table.column("name", .text).notNull()
            table.column("organisation", .text)
            table.column("withdrawnAfterRound", .integer)
            table.column("withdrawalReason", .text)
            table.primaryKey(["competitionId", "number"])
        }
        try db.create(table: "player") { table in
            table.column("competitionId", .text).notNull()
            table.column("teamNumber", .integer).notNull()
            table.column("position", .integer).notNull()
            table.column("name", .text).notNull()
            table.primaryKey(["competitionId", "teamNumber", "position"])
            table.foreignKey(["competitionId", "teamNumber"], references: "team", onDelete: .cascade)
        }
        try db.create(table: "bridgeRound") { table in
            table.column("competitionId", .text).notNull().references("competition", onDelete: .cascade)
            table.column("number", .integer).notNull().check(sql: "number >= 1")
            table.column("bye", .integer)
            table.column("seed", .text)
            table.column("pairedOnRound", .integer).notNull()
            table.column("pairedAt", .text).notNull()
            table.primaryKey(["competitionId", "number"])
        }
        try db.create(table: "bridgeMatch") { table in
            table.column("competitionId", .text).notNull()
            table.column("round", .integer).notNull()
            table.column("tableNumber", .integer).notNull()
            table.column("home", .integer).notNull()
            table.column("away", .integer).notNull().check(sql: "away <> home")
            table.primaryKey(["competitionId", "round", "tableNumber"])
            table.foreignKey(["competitionId", "round"], references: "bridgeRound", onDelete: .cascade)
            table.foreignKey(["competitionId", "home"], references: "team", columns: ["competitionId", "number"])
            table.foreignKey(["competitionId", "away"], references: "team", columns: ["competitionId", "number"])
        }
        // team/seat identify a robot-form table, tableNumber/room a teams-of-four one; the
        // unused pair holds 0 and '' so that SQLite enforces one result per table.
        try db.create(table: "boardResult") { table in
            table.column("competitionId", .text).notNull()
            table.column("round", .integer).notNull()
            table.column("board", .integer).notNull().check(sql: "board >= 1")
            table.column("team", .integer).notNull().defaults(to: 0)
            table.column("seat", .text).notNull().defaults(to: "").check(sql: "seat IN ('', 'NS', 'EW')")
            table.column("tableNumber", .integer).notNull().defaults(to: 0)
            table.column("room", .text).notNull().defaults(to: "").check(sql: "room IN ('', 'open', 'closed')")
            table.column("contract", .text)
            table.column("declarer", .text)
            table.column("tricks", .integer).check(sql: "tricks BETWEEN 0 AND 13")
            table.column("northSouthScore", .integer)
            table.column("adjusted", .text).check(sql: "adjusted IN ('A+', 'A', 'A-')")
            table.check(sql: "(northSouthScore IS NULL) <> (adjusted IS NULL)")
            table.uniqueKey(["competitionId", "round", "board", "team", "seat", "tableNumber", "room"])
            table.foreignKey(["competitionId", "round"], references: "bridgeRound", onDelete: .cascade)
        }
        try db.create(table: "deal") { table in
            table.column("competitionId", .text).notNull().references("competition", onDelete: .cascade)
            table.column("board", .integer).notNull()
            table.column("deal", .text).notNull()
            table.primaryKey(["competitionId", "board"])
        }
        try db.create(table: "forfeit") { table in
            table.column("competitionId", .text).notNull()
            table.column("round", .integer).notNull()
            table.column("team", .integer).notNull()
            table.column("reason", .text).notNull().check(sql: "length(reason) > 0")
            table.primaryKey(["competitionId", "round", "team"])
            table.foreignKey(["competitionId", "round"], references: "bridgeRound", onDelete: .cascade)
        }
        try db.create(table: "penalty") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("competitionId", .text).notNull()
            table.column("team", .integer).notNull()
            table.column("round", .integer).notNull()
            table.column("hundredths", .integer).notNull().check(sql: "hundredths > 0")
            table.column("reason", .text).notNull().check(sql: "length(reason) > 0")
            table.foreignKey(["competitionId", "team"], references: "team", columns: ["competitionId", "number"])
        }
    }
}
