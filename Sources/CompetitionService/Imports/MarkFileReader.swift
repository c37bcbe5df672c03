import CSVReading
import CompetitionConfig
import CompetitionStore
import Diagnostics
import SkillsScoring

/// The reading half of a marks import: reads the file, resolves and checks every row, and
/// hands the marks to store to the writing half (`CompetitionDesk.importMarks`) in batches through a `Handoff`, collecting
/// the rows' problems as it goes. It runs on a thread of its own, so that reading and
/// checking a million rows costs no time beside SQLite's writing them.
///
/// `@unchecked Sendable`: handed whole to the reading thread; its results are read only after
/// `read(into:)` has returned and the reading thread has signalled so.
final class MarkFileReader: @unchecked Sendable {
    /// A checked mark on its way to the store.
    struct Pending: Sendable {
        var entrant: EntrantKey
        var code: String
        var slot: MarkSlot
        /// The value as stored.
        var text: String
        var line: Int
    }

    static let batchSize = 1_024

    private let reader: CSVReader
    private let lookup: EntrantLookup
    private let officials: [Official]
    private let operatorName: String
    /// Data rows read.
    private(set) var rows = 0
    private(set) var errors: DiagnosticCollector
    /// Rows of trades that are locked, by trade.
    private(set) var lockedRows: [TradeID: Int] = [:]
    /// Rows the operator may not enter, as `file:line: reason`.
    private(set) var refusals: [String] = []
    /// What stopped the reading other than a problem of the file's text (an empty file).
    private(set) var failure: (any Error)?

    init(_ reader: CSVReader, lookup: EntrantLookup, officials: [Official], operator name: String) {
        self.reader = reader
        self.lookup = lookup
        self.officials = officials
        operatorName = name
        errors = DiagnosticCollector(file: reader.file)
    }

    /// Reads the whole file, handing its good marks over; closes `handoff` when done, and
    /// stops early when the taker cancels.
    func read(into handoff: Handoff<[Pending]>) {
        defer { handoff.close() }
        do {
            try readRows(into: handoff)
        } catch let error as CSVError {
            errors.add(error.line, error.message)
        } catch {
            failure = error
        }
    }

    private func readRows(into handoff: Handoff<[Pending]>) throws {
        let file = reader.file
        guard let headerRecord = try reader.next() else { throw InputRejection("\(file): the file is empty") }
        let header = try CSVHeader(headerRecord, file: file, required: ["trade", "code", "component", "mark"],
                                   optional: ["judge", "aspect"])
        var decoder = MarkRowDecoder(lookup, columns: EntrantLookup.Columns(header))
        var record = CSVRawRecord()
        var batch: [Pending] = []
        batch.reserveCapacity(Self.batchSize)
        while try reader.next(into: &record) {
            rows += 1
            do {
                try header.checkWidth(of: record, file: file)
                let mark = try decoder.decode(record)
                if mark.entrant.locked {
                    lockedRows[mark.trade.id, default: 0] += 1
                    continue
                }
                if let refusal = officials.refusal(of: operatorName, for: .enterMark(trade: mark.trade.id.rawValue,
                                                                                      seat: mark.slot.judge)) {
                    refusals.append("\(file):\(record.line): \(refusal)")
                    continue
                }
                try mark.trade.rules.check(mark.slot, value: mark.value)
                batch.append(Pending(entrant: mark.entrant.key, code: mark.code, slot: mark.slot, text: mark.text, line: record.line))
                if batch.count == Self.batchSize {
                    guard handoff.put(batch) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            } catch let problem as MarkProblem {
                errors.add(record.line, problem.message)
            } catch let problem as Diagnostic {
                errors.add(problem.located(file: file, line: record.line))
            }
        }
        if !batch.isEmpty { _ = handoff.put(batch) }
    }
}
