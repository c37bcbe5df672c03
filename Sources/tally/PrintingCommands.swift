import ArgumentParser
import CompetitionService
import Foundation
import Printing
import SkillsScoring

/// Writes printed pages as HTML, or as PDF through a headless Chromium, by the output's extension.
struct PrintedOutput {
    var path: String

    func validate() throws {
        let lowered = path.lowercased()
        guard lowered.hasSuffix(".html") || lowered.hasSuffix(".pdf") else {
            throw ValidationError("--output must end in .html or .pdf")
        }
    }

    func write(_ html: String) throws {
        do {
            if path.lowercased().hasSuffix(".pdf") {
                try PDFPrinter.print(html: html, to: path)
            } else {
                try OutputDestination(output: path).write(html)
            }
        } catch let problem as CertificateProblem {
            throw CommandFailure(.invalidInput, message: problem.description)
        }
    }
}

/// `tally certificates`.
struct CertificatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificates",
        abstract: "Award certificates (奖状): one A4 landscape page per award winner, or per title with --titles; bridge prize teams with their players.",
        discussion: """
            The page is a Mustache template: the default (Chinese) is printed by --show-template; \
            write your own from it and pass --template FILE. Values: name, organisation, trade, honour, \
            competition, organiser, date, players (a list), hasPlayers. PDF needs a headless Chromium \
            (Debian's chromium, or $TALLY_CHROMIUM); HTML prints from any browser.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this trade.") var trade: String?
    @Flag(help: "One page per title granted (万盛工匠, 优秀技能人才) instead of per award.") var titles = false
    @Option(help: ArgumentHelp("A Mustache template for each page.", valueName: "file")) var template: String?
    @Option(help: ArgumentHelp("FILE.html or FILE.pdf.", valueName: "file")) var output: String?
    @Flag(help: "Print the default page template and stop.") var showTemplate = false

    func validate() throws {
        if showTemplate { return }
        guard let output else { throw ValidationError("give --output FILE.html or FILE.pdf") }
        try PrintedOutput(path: output).validate()
    }

    func run() throws {
        if showTemplate {
            print(CertificateBook.defaultTemplate)
            return
        }
        let text: String
        if let template {
            guard let data = FileManager.default.contents(atPath: template) else {
                throw CommandFailure(.invalidInput, message: "\(template): cannot open the template")
            }
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = CertificateBook.defaultTemplate
        }
        let desk = try global.desk()
        let certificates: [Certificate]
        do {
            switch try desk.awards(trade: trade.map { TradeID($0) }) {
            case .skills(let awards): certificates = try Certificate.skills(awards, titles: titles)
            case .bridge(let event, let standings):
                if titles { throw ValidationError("--titles applies to a skills competition") }
                certificates = Certificate.bridge(event, standings: standings)
            }
        } catch let problem as CertificateProblem {
            throw CommandFailure(.refused, message: problem.description)
        }
        guard !certificates.isEmpty else { throw CommandFailure(.refused, message: "no award has been won yet: no certificate to print") }
        let book: CertificateBook
        do { book = try CertificateBook(title: desk.info.name, certificates: certificates, template: text) } catch {
            throw CommandFailure(.invalidInput, message: "\(template ?? "template"): \(error.description)")
        }
        try PrintedOutput(path: output!).write(book.html())
        print("\(output!): \(certificates.count) certificate\(certificates.count == 1 ? "" : "s")")
    }
}

/// `tally sheets`.
struct SheetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheets",
        abstract: "Blank judges' score sheets (评分表) of a trade: a page per panel seat, codes in draw order, signatures.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var trade: TradeOption
    @Option(help: "Only this seat, J1 … JN.") var judge: String?
    @Option(help: ArgumentHelp("FILE.html or FILE.pdf.", valueName: "file")) var output: String

    func validate() throws { try PrintedOutput(path: output).validate() }

    func run() throws {
        let desk = try global.desk()
        let (definition, codes) = try desk.markableCodes(trade: trade.id)
        let sheets = ScoreSheets(info: desk.info, trade: definition, codes: codes)
        var seat: Int?
        if let judge {
            do { seat = try JudgeSeat.parse(judge) } catch { throw CommandFailure(.invalidInput, message: error.message) }
        }
        let html: String
        do { html = try sheets.html(seat: seat) } catch { throw CommandFailure(.invalidInput, message: error.description) }
        try PrintedOutput(path: output).write(html)
        let pages = seat == nil ? sheets.seats.count : 1
        print("\(output): \(pages) score sheet\(pages == 1 ? "" : "s") of \(codes.count) codes")
    }
}
