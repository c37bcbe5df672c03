import CompetitionConfig
import CompetitionModel
import CompetitionStore
import Diagnostics
import HummingbirdBcrypt

/// A declared official as `tally officials list` shows it.
public struct OfficialAccount: Sendable, Hashable {
    public var official: Official
    /// When the official's password was set (ISO 8601), `nil` when none is: then the official
    /// cannot sign in to `tally serve`.
    public var passwordSetAt: String?
}

extension CompetitionDesk {
    /// The Bcrypt cost of stored passwords (web spec §2: 10 or more).
    static let bcryptCost: UInt8 = 12

    /// The competition's declared officials, with whether each has a password.
    public func officials() throws -> [OfficialAccount] {
        let set = try database.passwordsSet(competition: competition.id)
        return info.officials.map { OfficialAccount(official: $0, passwordSetAt: set[$0.name]) }
    }

    /// Sets or replaces official `name`'s password, stored only as a Bcrypt hash; the chief
    /// judge's step (audited, without the password or its hash).
    public func setPassword(official name: String, password: String, operator: String) throws {
        guard info.officials.contains(where: { $0.name == name }) else {
            throw InputRejection(info.officials.isEmpty
                ? "the competition declares no officials; add them to the definition's officials: section first"
                : "'\(name)' is not a declared official; expected one of: \(info.officials.map(\.name).joined(separator: ", "))")
        }
        guard password.count >= 8 else { throw InputRejection("a password needs at least 8 characters") }
        try authorize(`operator`, .chiefJudgeDecision, operation: "set the password of \(name)")
        let hash = Bcrypt.hash(password, cost: Self.bcryptCost)
        try change("set the password of \(name)", operator: `operator`) { store in
            try store.setPasswordHash(hash, official: name)
            try store.audit(AuditEntry(operator: `operator`, action: "official.password", competition: competition.id, code: name,
                                       newValue: "password set"))
        }
    }

    /// Whether `password` is official `name`'s (false when no password is set).
    public func verifyPassword(official name: String, password: String) throws -> Bool {
        guard let hash = try database.passwordHash(competition: competition.id, official: name) else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}
