import ArgumentParser
import Dispatch
import Foundation
import TallyWeb

/// `tally serve`: the web server over the same database (web spec §1).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the competitions to browsers and programs (the JSON API of docs/web.md).",
        discussion: "Binds to 127.0.0.1 unless --host says otherwise (--host 0.0.0.0 for a venue network). SIGTERM or SIGINT stops it.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port (0: a free one).") var port = 8080
    @Flag(help: "Mark the session cookie Secure (behind a TLS reverse proxy).") var secureCookies = false
    @Option(help: ArgumentHelp("A reverse proxy's address whose X-Forwarded-For names the client in the audit trail (repeat for each).",
                               valueName: "ADDRESS"))
    var trustedProxy: [String] = []

    func run() throws {
        let server = WebServer(service: try global.service(), secureCookies: secureCookies, trustedProxies: Set(trustedProxy))
        let database = global.databasePath
        let host = host
        let port = port
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Task {
            do {
                try await server.run(host: host, port: port) { actual in
                    // One line, written at once (stdout may be a pipe a script waits on).
                    FileHandle.standardOutput.write(Data("serving \(database) on http://\(host):\(actual)\n".utf8))
                }
            } catch {
                failure = error
            }
            finished.signal()
        }
        finished.wait()
        if let failure { throw CommandFailure(.storageFailure, message: "the server stopped: \(failure)") }
    }
}
