import ExactNumbers
import Foundation

/// Identifiers met again and again in a large input (the component column of a million
/// marks), remembered by their UTF-8 bytes so that each becomes a string once. Holds a few
/// dozen at most: a column of ever-new names is simply not remembered beyond that.
public struct RememberedNames<ID> {
    @usableFromInline var seen: [(bytes: [UInt8], id: ID)] = []
    @usableFromInline static var capacity: Int { 64 }

    public init() {}

    /// The identifier written `bytes`, made by `make` the first time.
    @inlinable
    public mutating func id(for bytes: UnsafeBufferPointer<UInt8>, make: (String) -> ID) -> ID {
        if let known = seen.first(where: { Self.same($0.bytes, bytes) }) { return known.id }
        let id = make(String(decoding: bytes, as: UTF8.self))
        if seen.count < Self.capacity { seen.append((Array(bytes), id)) }
        return id
    }

    /// Whether the two hold the same bytes, compared a word at a time (`memcmp`), not one by one.
    @inlinable
    static func same(_ known: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard known.count == bytes.count else { return false }
        guard let base = bytes.baseAddress, !known.isEmpty else { return true }
        return known.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, known.count) == 0 }
    }
}

/// Decimal values met again and again (marks repeat: a million marks hold a few thousand
/// distinct values), remembered with their stored text when written in eight bytes or fewer,
/// keyed by those bytes packed into an integer (text holds no NUL bytes, so the packing is
/// unambiguous).
public struct RememberedDecimals {
    @usableFromInline var values: [UInt64: (value: Rational, text: String)] = [:]
    @usableFromInline static var capacity: Int { 1 << 14 }

    public init() {}

    /// The value written `bytes` and its shortest exact text (`86.5` for `86.50`); `nil` when
    /// the bytes are not a plain decimal numeral.
    @inlinable
    public mutating func value(for bytes: UnsafeBufferPointer<UInt8>) -> (value: Rational, text: String)? {
        var key: UInt64 = 0
        if bytes.count <= 8 {
            for (shift, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * UInt64(shift)) }
            if let known = values[key] { return known }
        }
        guard let value = Rational(decimalUTF8: bytes) else { return nil }
        let known = (value: value, text: value.exactDescription)
        if bytes.count <= 8 && values.count < Self.capacity { values[key] = known }
        return known
    }
}
