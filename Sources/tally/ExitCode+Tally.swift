import ArgumentParser
import Diagnostics
import Foundation

/// The exit codes of `tally` (cli spec, "Exit codes and errors").
enum TallyExitCode: Int32 {
    case success = 0
    /// A definition, CSV, PBN, mark out of range, unknown entrant.
    case invalidInput = 1
    /// Locked trade, round not paired, no legal pairing, reveal before lock.
    case refused = 2
    /// Database unreadable, busy past the timeout, disk full.
    case storageFailure = 3
    /// The argument parser's usage error (EX_USAGE).
    case usage = 64
}

/// A command that failed in a way a person must read: the lines go to stderr as they are,
/// and the process exits with `exitCode`.
struct CommandFailure: Error {
    var exitCode: TallyExitCode
    var lines: [String]

    init(_ exitCode: TallyExitCode, lines: [String]) {
        self.exitCode = exitCode
        self.lines = lines
    }

    /// A failure with one `error: …` line.
    init(_ exitCode: TallyExitCode, message: String) {
        self.init(exitCode, lines: [Diagnostic(message).description])
    }

    /// The one place where the libraries' errors become exit codes and messages;
    /// `nil` for errors the argument parser reports itself.
    init?(_ error: Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let diagnosed as DiagnosedError:
            let code: TallyExitCode = switch diagnosed.kind {
            case .invalidInput: .invalidInput
            case .refused: .refused
            case .storageFailure: .storageFailure
            }
            var lines = diagnosed.lines
            if diagnosed.kind == .refused, let unnamed = OperatorOption.unnamed,
               lines.first?.contains("is not a declared official") == true {
                lines.insert(Diagnostic(severity: .note, message: unnamed).description, at: 1)
            }
            self.init(code, lines: lines)
        case let diagnostic as Diagnostic:
            self.init(.invalidInput, lines: [diagnostic.description])
        default:
            return nil
        }
    }

    func report() {
        let text = lines.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
