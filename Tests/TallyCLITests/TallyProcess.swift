import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `tally` binary and captures what it prints. Every wait has a deadline: a
/// program that hangs is killed and fails its test instead of holding up the whole run.
struct TallyProcess {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `tally` executable next to the test bundle in the build products folder.
    static var executable: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = products.appendingPathComponent("tally")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        // macOS: the runner sits inside the .xctest bundle.
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tally")
    }

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `tally arguments…` in `directory` (the repository by default), with extra
    /// environment variables (`nil` removes one).
    static func run(_ arguments: [String], in directory: URL = repository,
                    environment: [String: String?] = [:], input: String? = nil) throws -> Result {
        let process = try start(arguments, in: directory, environment: environment, input: input)
        return process.finish()
    }

    /// A started `tally` process whose output is being collected.
    struct Running {
        let process: Process
        let output: Pipe
        let error: Pipe

        /// Reads both outputs to their end and waits for the exit, for at most `timeout`
        /// seconds; past it the process is killed and its standard error says so.
        func finish(timeout: TimeInterval = 900) -> Result {
            let deadline = Date().addingTimeInterval(timeout)
            let (outputData, errorData) = TallyProcess.drain(output.fileHandleForReading, error.fileHandleForReading, until: deadline)
            let exited = TallyProcess.waitForExit(process, until: deadline)
            let note = exited ? "" : "\n[killed: still running after \(Int(timeout)) s]"
            return Result(status: exited ? process.terminationStatus : -1,
                          standardOutput: String(decoding: outputData, as: UTF8.self),
                          standardError: String(decoding: errorData, as: UTF8.self) + note)
        }

        /// The first line the process prints on standard output (without its line end), waiting
        /// at most `timeout` seconds; `""` when none came.
        func firstLine(timeout: TimeInterval) -> String {
            let deadline = Date().addingTimeInterval(timeout)
            let handle = output.fileHandleForReading.fileDescriptor
            var text = Data()
            var byte: UInt8 = 0
            while Date() < deadline, TallyProcess.readable(handle, until: deadline) {
                guard read(handle, &byte, 1) == 1 else { break }
                if byte == UInt8(ascii: "\n") { break }
                text.append(byte)
            }
            return String(decoding: text, as: UTF8.self)
        }

        /// Sends SIGTERM and waits up to `timeout` seconds for the exit; whether it came
        /// (SIGKILL follows when it did not).
        func stop(timeout: TimeInterval = 30) -> Bool {
            process.terminate()
            return TallyProcess.waitForExit(process, until: Date().addingTimeInterval(timeout))
        }
    }

    /// Waits until `process` exits or `deadline` passes (then kills it); whether it exited.
    static func waitForExit(_ process: Process, until deadline: Date) -> Bool {
        while process.isRunning && Date() < deadline { usleep(10_000) }
        guard process.isRunning else { process.waitUntilExit(); return true }
        kill(process.processIdentifier, SIGKILL)
        return false
    }

    /// Whether `descriptor` has something to read (or has ended) before `deadline`.
    static func readable(_ descriptor: Int32, until deadline: Date) -> Bool {
        var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while Date() < deadline {
            let milliseconds = Int32(max(1, min(1_000, deadline.timeIntervalSinceNow * 1_000)))
            if poll(&watched, 1, milliseconds) > 0 { return true }
        }
        return false
    }

    /// Everything two pipes carry until both end or `deadline` passes, read side by side so
    /// that neither fills while the other is awaited.
    static func drain(_ first: FileHandle, _ second: FileHandle, until deadline: Date) -> (Data, Data) {
        var watched = [pollfd(fd: first.fileDescriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: second.fileDescriptor, events: Int16(POLLIN), revents: 0)]
        var collected = [Data(), Data()]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while watched.contains(where: { $0.fd >= 0 }) && Date() < deadline {
            let milliseconds = Int32(max(1, min(1_000, deadline.timeIntervalSinceNow * 1_000)))
            guard poll(&watched, 2, milliseconds) > 0 else { continue }
            for index in 0..<2 where watched[index].fd >= 0 && watched[index].revents != 0 {
                let count = read(watched[index].fd, &buffer, buffer.count)
                if count > 0 { collected[index].append(contentsOf: buffer[0..<count]) } else { watched[index].fd = -1 }
            }
        }
        return (collected[0], collected[1])
    }

    /// Whether `python3` can import `module` (an independent reader some tests run).
    static func pythonHas(_ module: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(module)"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        return waitForExit(process, until: Date().addingTimeInterval(60)) && process.terminationStatus == 0
    }

    /// Runs another program (an independent reader of tally's files) and waits for it.
    static func runTool(_ path: String, _ arguments: [String], in directory: URL = repository) throws -> Result {
        try start(arguments, in: directory, executable: URL(fileURLWithPath: path)).finish()
    }

    /// Starts `tally arguments…` (or another `executable`) without waiting for it. A program
    /// that runs long and writes much to standard error (a server's request log) writes it to
    /// the file `errorLog`: a pipe nobody reads fills at 64 KiB and stops the program mid-write.
    static func start(_ arguments: [String], in directory: URL = repository,
                      environment: [String: String?] = [:], executable: URL = executable, input: String? = nil,
                      errorLog: URL? = nil) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        if let errorLog {
            _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errorLog)
            try error.fileHandleForWriting.close()      // `finish` then finds it ended at once
        } else {
            process.standardError = error
        }
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        return Running(process: process, output: output, error: error)
    }
}
