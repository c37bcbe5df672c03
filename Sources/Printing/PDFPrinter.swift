import Foundation

/// Prints an HTML page set to PDF with a headless Chromium (formats spec §4): the one found by
/// `$TALLY_CHROMIUM`, else `chromium`, `chromium-browser`, `google-chrome` on the PATH.
public enum PDFPrinter {
    /// The Chromium to print with, or `nil`.
    public static func chromium(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["TALLY_CHROMIUM"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in path where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// How long Chromium may take to print one document, in seconds: `$TALLY_PRINT_SECONDS`,
    /// else five minutes (a book of a few hundred certificates takes well under one).
    public static func timeLimit(environment: [String: String] = ProcessInfo.processInfo.environment) -> TimeInterval {
        environment["TALLY_PRINT_SECONDS"].flatMap(TimeInterval.init).flatMap { $0 > 0 ? $0 : nil } ?? 300
    }

    /// Writes `html` as the PDF `output` (replacing it once printed).
    /// - Throws: `CertificateProblem` naming the package to install (and the HTML alternative)
    ///   when no Chromium is found, or what Chromium said when it fails.
    public static func print(html: String, to output: String) throws(CertificateProblem) {
        guard let chromium = chromium() else {
            throw CertificateProblem("a PDF is printed by a headless Chromium, and none is installed: install Debian's chromium "
                                     + "(apt-get install chromium) or set TALLY_CHROMIUM, or write the pages as "
                                     + "\((output as NSString).deletingPathExtension).html and print them from a browser")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("pages.html")
        let pdf = folder.appendingPathComponent("pages.pdf")
        let said = folder.appendingPathComponent("chromium.log")
        let process = Process()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                                 "--print-to-pdf=\(pdf.path)", page.absoluteString]
            process.standardOutput = FileHandle.nullDevice
            _ = FileManager.default.createFile(atPath: said.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: said)
            try process.run()
        } catch {
            throw CertificateProblem("cannot print with \(chromium): \(error)")
        }
        // A Chromium that never finishes is stopped: the command fails with a reason instead
        // of hanging.
        let timeLimit = timeLimit()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            usleep(500_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw CertificateProblem("\(chromium) did not finish printing within \(Int(timeLimit)) seconds")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let text = (try? String(contentsOf: said, encoding: .utf8)) ?? ""
            let last = text.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)"
            throw CertificateProblem("\(chromium) could not print the PDF: \(last)")
        }
        do {
            if FileManager.default.fileExists(atPath: output) { try FileManager.default.removeItem(atPath: output) }
            try FileManager.default.moveItem(at: pdf, to: URL(fileURLWithPath: output))
        } catch {
            throw CertificateProblem("cannot write \(output): \(error)")
        }
    }
}
