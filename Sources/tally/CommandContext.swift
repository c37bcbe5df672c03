import ArgumentParser
import CSVReading
import Workbooks
import CompetitionService
import Foundation
import Reports
import SkillsScoring

/// Who is writing: `--operator`, else `$TALLY_OPERATOR`, else `$USER`, else `operator`.
struct OperatorOption: ParsableArguments {
    @Option(help: ArgumentHelp("Who enters or changes the data (recorded in the audit trail).", valueName: "name"))
    var `operator`: String?

    var name: String {
        let environment = ProcessInfo.processInfo.environment
        if let name = `operator` ?? environment["TALLY_OPERATOR"] { return name }
        if let user = environment["USER"] {
            Self.unnamed = "no --operator was given and TALLY_OPERATOR is not set, so the name '\(user)' came from $USER; "
                + "name the official with --operator NAME or TALLY_OPERATOR"
            return user
        }
        Self.unnamed = "no --operator was given and neither TALLY_OPERATOR nor USER is set, so the name 'operator' is a "
            + "placeholder; name the official with --operator NAME or TALLY_OPERATOR"
        return "operator"
    }

    /// Where the operator's name came from when nobody named one (set once a command asks for
    /// the name): added to a refusal of an undeclared official, which would otherwise name
    /// someone nobody typed.
    nonisolated(unsafe) static var unnamed: String?
}

/// `--format`, `--output` and `--encoding` of every listing.
struct ListingOptions: ParsableArguments {
    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The CSV's encoding: utf8 (with a byte-order mark, for Excel) or gb18030 (older spreadsheet programs on Chinese Windows).",
                               valueName: "encoding"))
    var encoding: CSVEncoding = .utf8

    func validate() throws {
        if encoding != .utf8 && format != .csv { throw ValidationError("--encoding goes with --format csv") }
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx writes a file: give --output FILE.xlsx") }
    }

    /// Writes a listing: JSON in its own schema, everything else rendered from the document.
    func emit(document: () -> ReportDocument, json: () -> JSONValue) throws {
        try destination.emit(document: document, json: json)
    }

    var destination: OutputDestination { OutputDestination(format: format, output: output, encoding: encoding) }
}

/// The encodings a CSV listing can be written in.
enum CSVEncoding: String, ExpressibleByArgument, CaseIterable {
    case utf8, gb18030
}

/// Where and how a command's output goes.
struct OutputDestination {
    var format: OutputFormat = .table
    var output: String?
    var encoding: CSVEncoding = .utf8

    /// Writes a listing: JSON in its own schema, a workbook with a sheet per section,
    /// everything else rendered from the document.
    func emit(document: () -> ReportDocument, json: () -> JSONValue) throws {
        switch format {
        case .json: try write(json().pretty() + "\n")
        case .xlsx: try writeWorkbook(document())
        default: try write(format.render(document())!)
        }
    }

    /// Writes `document` as an Excel workbook to the output file (required).
    func writeWorkbook(_ document: ReportDocument) throws {
        guard let output else { throw CommandFailure(.invalidInput, message: "--format xlsx writes a file: give --output FILE.xlsx") }
        do {
            try XLSXWriter.write(Worksheet.sheets(of: document), to: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure(.invalidInput, message: "cannot write \(output): \(error.localizedDescription)")
        }
    }

    /// Writes text to the output file (whole, or not at all) or standard output.
    func write(_ text: String) throws {
        try stream { write in try write(Array(text.utf8)) }
    }

    /// Writes the UTF-8 text that `body` hands over piece by piece, without holding it all: to
    /// standard output as it comes, or to a file beside the output that replaces it once
    /// `body` has finished (so the output appears whole or not at all).
    func stream(_ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        guard encoding == .utf8 else {
            try Self(format: format, output: output).stream { write in
                try withoutActuallyEscaping(write) { write in try body(try Self.gb18030(write)) }
            }
            return
        }
        guard let output else {
            let buffer = WriteBuffer { try FileHandle.standardOutput.write(contentsOf: $0) }   // no copy into a Data
            try body(buffer.write)
            try buffer.flush()
            return
        }
        let partial = output + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let file = FileHandle(forWritingAtPath: partial) else {
            throw CommandFailure(.invalidInput, message: "cannot write \(output): cannot create \(partial)")
        }
        do {
            let buffer = WriteBuffer { try file.write(contentsOf: $0) }
            try body(buffer.write)
            try buffer.flush()
            try file.close()
            guard rename(partial, output) == 0 else {   // atomic: the old output until now, the new one after
                throw CommandFailure(.invalidInput, message: "cannot write \(output): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? file.close()
            try? FileManager.default.removeItem(atPath: partial)
            if error is CommandFailure { throw error }
            throw CommandFailure(.invalidInput, message: "cannot write \(output): \(error.localizedDescription)")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension OutputDestination {
    /// A writer that takes UTF-8 and hands `write` GB18030, without the byte-order mark (which
    /// older programs would show as text).
    static func gb18030(_ write: @escaping ([UInt8]) throws -> Void) throws -> ([UInt8]) throws -> Void {
        guard let converter = TextConverter(from: .utf8, to: .gb18030) else {
            throw CommandFailure(.invalidInput, message: "GB18030 is not available from this system's C library; use --encoding utf8")
        }
        var first = true
        return { bytes in
            var bytes = bytes[...]
            if first {
                first = false
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            }
            let converted = bytes.withUnsafeBufferPointer { converter.convert($0, isLast: false) }
            guard let converted else { throw CommandFailure(.invalidInput, message: "the listing could not be written as GB18030") }
            try write(converted)
        }
    }
}

extension GlobalOptions {
    /// Opens the database as a service; the audit clock is fixed by `$TALLY_FIXED_TIME` when
    /// set (for reproducible transcripts and tests). Only `createIfMissing` (loading a
    /// definition) creates a missing database.
    func service(createIfMissing: Bool = false) throws -> CompetitionService {
        var clock: (@Sendable () -> String)?
        if let fixed = ProcessInfo.processInfo.environment["TALLY_FIXED_TIME"] {
            clock = { fixed }
        }
        return try CompetitionService(databasePath: databasePath, clock: clock, createIfMissing: createIfMissing)
    }

    /// The desk of the competition (`--competition`, or the only one).
    func desk() throws -> CompetitionDesk {
        try service().desk(competition)
    }
}

/// Reads `--trade` into a trade id.
struct TradeOption: ParsableArguments {
    @Option(help: ArgumentHelp("The trade (its id in the definition, e.g. electrician).", valueName: "trade"))
    var trade: String

    var id: TradeID { TradeID(trade) }
}
