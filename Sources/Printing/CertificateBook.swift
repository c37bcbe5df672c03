import Markup
import Mustache

/// A printable set of certificates: one A4 landscape page each, every page rendered from one
/// Mustache template (the organiser's, or `CertificateBook.defaultTemplate`) inside a
/// self-contained HTML document; values are HTML-escaped by the template (`{{name}}`).
public struct CertificateBook: Sendable {
    public var title: String
    public var certificates: [Certificate]
    public var template: MustacheTemplate

    /// - Throws: `CertificateProblem` when `template` is not valid Mustache.
    public init(title: String, certificates: [Certificate], template text: String = CertificateBook.defaultTemplate) throws(CertificateProblem) {
        self.title = title
        self.certificates = certificates
        do { template = try MustacheTemplate(string: text) } catch {
            throw CertificateProblem("the certificate template is not valid Mustache: \(error)")
        }
    }

    /// The HTML document: a page per certificate.
    public func html() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(Markup.escape(title))</title>
            <style>
            @page { size: A4 landscape; margin: 0; }
            html, body { margin: 0; padding: 0; }
            body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "SimSun", serif; color: #222; }
            .page { width: 297mm; height: 210mm; box-sizing: border-box; padding: 18mm 24mm; position: relative;
                    page-break-after: always; break-after: page; overflow: hidden; }
            .page:last-child { page-break-after: auto; break-after: auto; }
            .frame { position: absolute; inset: 8mm; border: 3mm double #b8860b; }
            .heading { text-align: center; font-size: 34pt; letter-spacing: 0.5em; color: #b22222; margin-top: 14mm; }
            .body { font-size: 20pt; line-height: 2.1; margin: 14mm 10mm 0; text-indent: 2em; }
            .name { font-size: 24pt; font-weight: bold; border-bottom: 1px solid #222; padding: 0 0.4em; }
            .honour { font-size: 26pt; font-weight: bold; color: #b22222; }
            .players { font-size: 16pt; margin: 4mm 10mm 0; }
            .footer { position: absolute; right: 34mm; bottom: 30mm; text-align: center; font-size: 16pt; line-height: 1.8; }
            .seal { position: absolute; right: 46mm; bottom: 26mm; width: 42mm; height: 42mm; border: 1px dashed #bbb;
                    border-radius: 50%; color: #bbb; font-size: 10pt; display: flex; align-items: center; justify-content: center; }
            </style>
            </head>
            <body>

            """
        for certificate in certificates {
            html += "<section class=\"page\">\n" + template.render(certificate.templateValues) + "\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// The default page (Chinese): 荣誉证书, the honoured and the honour, the competition, a
    /// place for the seal above the organiser and the date.
    public static let defaultTemplate = """
        <div class="frame"></div>
        <div class="heading">荣誉证书</div>
        <div class="body">
        <span class="name">{{name}}</span>{{#organisation}}（{{organisation}}）{{/organisation}}：<br>
        在{{competition}}{{#trade}}{{trade}}项目{{/trade}}中荣获
        <span class="honour">{{honour}}</span>，特发此证，以资鼓励。
        </div>
        {{#hasPlayers}}<div class="players">队员：{{#players}}{{.}} {{/players}}</div>{{/hasPlayers}}
        <div class="seal">（盖章处）</div>
        <div class="footer">{{organiser}}<br>{{date}}</div>
        """
}
