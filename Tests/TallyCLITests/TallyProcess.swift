import Foundation

/// Runs the built `tally` binary and captures what it prints.
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

        func finish() -> Result {
            let outputData = output.fileHandleForReading.readDataToEndOfFile()
            let errorData = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus,
                          standardOutput: String(decoding: outputData, as: UTF8.self),
                          standardError: String(decoding: errorData, as: UTF8.self))
        }
    }

    /// Whether `python3` can import `module` (an independent reader some tests run).
    static func pythonHas(_ module: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(module)"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Runs another program (an independent reader of tally's files) and waits for it.
    static func runTool(_ path: String, _ arguments: [String], in directory: URL = repository) throws -> Result {
        try start(arguments, in: directory, executable: URL(fileURLWithPath: path)).finish()
    }

    /// Starts `tally arguments…` (or another `executable`) without waiting for it.
    static func start(_ arguments: [String], in directory: URL = repository,
                      environment: [String: String?] = [:], executable: URL = executable, input: String? = nil) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
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
