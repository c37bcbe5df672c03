import Foundation
import Hummingbird
import Mustache
import Reports

/// The pages' Mustache templates and static files, shipped as the target's resources
/// (`Resources/templates`, `Resources/static`) and read once.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    /// Static files by name: their bytes and content type.
    let files: [String: (bytes: [UInt8], type: String)]

    static let shared = PageRenderer()

    private init() {
        // The folder as copied (`Bundle.resourceURL` would already point into a folder named Resources).
        let root = Bundle.module.bundleURL.appendingPathComponent("Resources")
        var library = MustacheLibrary()
        let templates = root.appendingPathComponent("templates")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? [] where name.hasSuffix(".mustache") {
            guard let text = try? String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8) else { continue }
            do { try library.register(text, named: String(name.dropLast(".mustache".count))) } catch {
                preconditionFailure("template \(name) is not valid Mustache: \(error)")
            }
        }
        self.library = library
        var files: [String: (bytes: [UInt8], type: String)] = [:]
        let statics = root.appendingPathComponent("static")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: statics.path)) ?? [] {
            guard let data = FileManager.default.contents(atPath: statics.appendingPathComponent(name).path) else { continue }
            let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : name.hasSuffix(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream"
            files[name] = ([UInt8](data), type)
        }
        self.files = files
    }

    /// The page `template` rendered with `model`, as an HTML response.
    func response(_ template: String, _ model: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(model, withTemplate: template) ?? "template \(template) is missing"
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                         body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A report's sections as the `report` partial shows them. On the projector (`paging`),
    /// the first rows stay in large type and the rest are numbered in pages that the script
    /// shows in turn (without the script every row shows).
    static func report(_ document: ReportDocument, paging: BoardPaging? = nil) -> [String: Any] {
        ["title": document.title,
         "sections": document.sections.map { section -> [String: Any] in
             // Paged only when the rows do not fit on one page.
             let pages = paging.flatMap { section.rows.count > $0.top + $0.rows ? $0 : nil }
             return ["heading": section.heading.map { [$0] } ?? [],
                     "columns": section.columns.map { ["title": $0.heading, "numeric": $0.isNumeric] },
                     "paged": pages.map { [$0.seconds] } ?? [],
                     "rows": section.rows.enumerated().map { index, row -> [String: Any] in
                         var entry: [String: Any] = ["top": index < (paging?.top ?? 0),
                                                     "cells": zip(row, section.columns).map { cell, column in
                                                         ["text": cell.text, "numeric": column.isNumeric]
                                                     }]
                         if let pages, index >= pages.top { entry["page"] = [(index - pages.top) / pages.rows + 1] }
                         return entry
                     },
                     "notes": section.notes]
         }]
    }
}
