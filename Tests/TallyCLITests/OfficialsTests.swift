import CompetitionService
import Foundation
import Testing

/// `tally officials list` and `tally officials password NAME --password-stdin` (cli.md, web
/// spec §2): passwords stored only as Bcrypt hashes, set by the chief judge, audited without
/// the password.
@Suite("Officials and their passwords", .serialized)
struct OfficialsTests {
    @Test("a password is stored as a Bcrypt hash only, verifies, and is the chief judge's to set")
    func passwords() throws {
        let workspace = try ReliabilityTests().prepared(entrants: 1)
        defer { workspace.remove() }
        let list = try workspace.tally("officials", "list", "--format", "json").standardOutput
        #expect(list.contains("\"name\": \"评委1\"") && list.contains("\"password\": false") && list.contains("\"seats\": [\n"), "\(list)")

        let password = "correct horse battery"
        let set = try TallyProcess.run(["officials", "password", "评委1", "--password-stdin", "--operator", "裁判长"], in: workspace.folder,
                                       environment: ["TALLY_DB": workspace.database], input: password + "\n")
        #expect(set.status == 0 && set.standardOutput == "评委1: password set\n", "\(set.standardError)")
        let dump = try workspace.dump()
        #expect(!dump.contains(password))
        #expect(dump.contains("$2b$12$"))
        let desk = try CompetitionService(databasePath: workspace.database).desk(nil)
        #expect(try desk.verifyPassword(official: "评委1", password: password))
        #expect(try !desk.verifyPassword(official: "评委1", password: "wrong password"))
        #expect(try !desk.verifyPassword(official: "评委2", password: password))      // none set: cannot sign in
        #expect(try workspace.tally("officials", "list", "--format", "json").standardOutput.contains("\"password\": true"))
        let audit = try workspace.tally("audit", "--format", "json").standardOutput
        #expect(audit.contains("\"official.password\"") && !audit.contains(password) && !audit.contains("$2b$"))

        // Refused: a judge setting a password, an undeclared name, a short password, no --password-stdin.
        let judge = try TallyProcess.run(["officials", "password", "评委2", "--password-stdin", "--operator", "评委1"], in: workspace.folder,
                                         environment: ["TALLY_DB": workspace.database], input: password + "\n")
        #expect(judge.status == 2)
        let unknown = try TallyProcess.run(["officials", "password", "无名", "--password-stdin", "--operator", "裁判长"], in: workspace.folder,
                                           environment: ["TALLY_DB": workspace.database], input: password + "\n")
        #expect(unknown.status == 1 && unknown.standardError.contains("not a declared official"))
        let short = try TallyProcess.run(["officials", "password", "评委2", "--password-stdin", "--operator", "裁判长"], in: workspace.folder,
                                         environment: ["TALLY_DB": workspace.database], input: "short\n")
        #expect(short.status == 1 && short.standardError.contains("at least 8 characters"))
        try workspace.tally("officials", "password", "评委2", expect: 64)
    }
}
