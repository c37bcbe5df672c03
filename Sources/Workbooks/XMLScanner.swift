import Foundation

/// What an `XMLScanner` reports, element by element.
protocol XMLEventHandler: AnyObject {
    /// An element opens (a self-closing one also ends at once). Names lose their namespace
    /// prefix (`x:c` is `c`).
    func start(_ name: String, attributes: [String: String])
    func end(_ name: String)
    /// Character data, entities decoded.
    func text(_ text: String)
}

/// A small XML scanner for the parts of a workbook: elements, attributes, text, the five named
/// entities and character references, CDATA; comments, processing instructions and the
/// declaration skipped. Not a validating parser (decision 0011: Foundation's `XMLParser`
/// would link libxml2 and ICU into the shipped binary).
enum XMLScanner {
    /// Scans `data`; false when it is not well-formed enough to read (an unclosed tag, a
    /// closing tag that does not match).
    static func scan(_ data: Data, into handler: XMLEventHandler) -> Bool {
        let bytes = [UInt8](data)
        var index = 0
        var open: [String] = []
        var text: [UInt8] = []

        func flushText() {
            guard !text.isEmpty else { return }
            handler.text(decode(text))
            text.removeAll(keepingCapacity: true)
        }
        func find(_ pattern: [UInt8], from start: Int) -> Int? {
            guard pattern.count <= bytes.count else { return nil }
            var position = start
            while position + pattern.count <= bytes.count {
                if bytes[position] == pattern[0] && Array(bytes[position..<position + pattern.count]) == pattern { return position }
                position += 1
            }
            return nil
        }

        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                text.append(byte)
                index += 1
                continue
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), from: index + 4) else { return false }
                index = end + 3
                continue
            }
            if bytes[index...].starts(with: Array("<![CDATA[".utf8)) {
                guard let end = find(Array("]]>".utf8), from: index + 9) else { return false }
                flushText()
                handler.text(String(decoding: bytes[(index + 9)..<end], as: UTF8.self))
                index = end + 3
                continue
            }
            if index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "?") || bytes[index + 1] == UInt8(ascii: "!")) {
                guard let end = find([UInt8(ascii: ">")], from: index) else { return false }
                index = end + 1
                continue
            }
            flushText()
            // A tag: find its end outside quoted attribute values.
            var position = index + 1
            var quote: UInt8?
            while position < bytes.count {
                let current = bytes[position]
                if let open = quote {
                    if current == open { quote = nil }
                } else if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                    quote = current
                } else if current == UInt8(ascii: ">") {
                    break
                }
                position += 1
            }
            guard position < bytes.count else { return false }
            let tag = Array(bytes[(index + 1)..<position])
            index = position + 1
            if tag.first == UInt8(ascii: "/") {
                let name = localName(String(decoding: tag.dropFirst(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
                guard open.popLast() == name else { return false }
                handler.end(name)
                continue
            }
            let selfClosing = tag.last == UInt8(ascii: "/")
            let (name, attributes) = parseTag(selfClosing ? Array(tag.dropLast()) : tag)
            handler.start(name, attributes: attributes)
            if selfClosing { handler.end(name) } else { open.append(name) }
        }
        flushText()
        return open.isEmpty
    }

    /// The element name and attributes of a start tag's inside.
    private static func parseTag(_ tag: [UInt8]) -> (String, [String: String]) {
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while index < tag.count && !isSpace(tag[index]) { index += 1 }
        let name = localName(String(decoding: tag[0..<index], as: UTF8.self))
        var attributes: [String: String] = [:]
        while index < tag.count {
            while index < tag.count && isSpace(tag[index]) { index += 1 }
            let nameStart = index
            while index < tag.count && tag[index] != UInt8(ascii: "=") && !isSpace(tag[index]) { index += 1 }
            let attribute = String(decoding: tag[nameStart..<index], as: UTF8.self)
            while index < tag.count && (isSpace(tag[index]) || tag[index] == UInt8(ascii: "=")) { index += 1 }
            guard index < tag.count, tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'") else { break }
            let quote = tag[index]
            index += 1
            let valueStart = index
            while index < tag.count && tag[index] != quote { index += 1 }
            if !attribute.isEmpty { attributes[attribute] = decode(Array(tag[valueStart..<min(index, tag.count)])) }
            index += 1
        }
        return (name, attributes)
    }

    /// `x:c` → `c`; `r:id` and `xml:space` are attributes and keep theirs.
    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// Text with its entities and character references replaced.
    static func decode(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            switch entity {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") || entity.hasPrefix("#X") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) } else { result += "&\(entity);" }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
