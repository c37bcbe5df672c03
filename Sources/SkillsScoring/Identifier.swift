/// A typed identifier: a string that names one kind of thing and cannot be mixed up with
/// identifiers of another kind (a `TradeID` is not a `ComponentID`).
public struct Identifier<Kind>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Marker types for the identifiers of the skills side.
public enum IdentifierKind {
    public enum Trade {}
    public enum Component {}
    public enum Criterion {}
    public enum Aspect {}
    public enum AwardLevel {}
    public enum Title {}
}

/// Identifies a trade (竞赛项目) within a competition, e.g. `electrician`.
public typealias TradeID = Identifier<IdentifierKind.Trade>
/// Identifies a component (or a module of one) within a trade, e.g. `practical`.
public typealias ComponentID = Identifier<IdentifierKind.Component>
/// Identifies a criterion of a marking scheme, e.g. `A`.
public typealias CriterionID = Identifier<IdentifierKind.Criterion>
/// Identifies an aspect of a marking scheme, e.g. `A2`.
public typealias AspectID = Identifier<IdentifierKind.Aspect>
/// Identifies an award level, e.g. `first`.
public typealias AwardLevelID = Identifier<IdentifierKind.AwardLevel>
/// Identifies a cross-trade title, e.g. `craftsman`.
public typealias TitleID = Identifier<IdentifierKind.Title>
