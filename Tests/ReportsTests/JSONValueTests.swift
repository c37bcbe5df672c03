import Reports
import Testing

@Suite("Ordered JSON")
struct JSONValueTests {
    @Test("keys keep their order and numbers their exact text")
    func compact() {
        let value = JSONValue.object([
            ("contract", .string("4HX")), ("tricks", .integer(10)), ("vp", .number("15.23")),
            ("name", .null), ("ok", .bool(true)), ("list", .array([.integer(1), .integer(-2)])),
        ])
        #expect(value.compact() == #"{"contract":"4HX","tricks":10,"vp":15.23,"name":null,"ok":true,"list":[1,-2]}"#)
    }

    @Test("strings are escaped and Chinese text is kept as it is")
    func escaping() {
        #expect(JSONValue.string("中铁一局 \"A\"\n\\\u{01}").compact() == #""中铁一局 \"A\"\n\\\u0001""#)
        #expect(JSONValue.string("\r\t\u{1F}\u{7F}é").compact() == "\"\\r\\t\\u001f\u{7F}é\"")
    }

    @Test("pretty output indents by two spaces")
    func pretty() {
        let value = JSONValue.object([("a", .array([.integer(1)])), ("b", .object([]))])
        #expect(value.pretty() == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}")
        #expect(value.pretty(level: 1) == "{\n    \"a\": [\n      1\n    ],\n    \"b\": {}\n  }")
        #expect(JSONValue.array([]).pretty() == "[]")
    }

    @Test("a document described to a sink gives the same tree and the same text", arguments: [
        JSONValue.object([("a", .array([.integer(1), .object([("b", .null), ("c", .array([]))])])), ("d", .object([])),
                          ("e", .object([("f", .number("1.50")), ("g", .string("x\"y"))]))]),
        .array([.object([("k", .bool(false))]), .array([.string("中")])]),
        .string("alone"),
    ])
    func sinks(value: JSONValue) {
        var builder = JSONTreeBuilder()
        builder.value(value)
        #expect(builder.value.compact() == value.compact())
        var writer = JSONTextWriter(pretty: true, level: 1)
        writer.value(value)
        #expect(writer.text == value.pretty(level: 1))
        var compact = JSONTextWriter(pretty: false)
        compact.value(builder.value)
        #expect(compact.text == value.compact())
    }
}
