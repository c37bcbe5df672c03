import Reports
import Testing

@Suite("Text tables aligned by display width")
struct TextTableTests {
    @Test("a Chinese character is two columns wide", arguments: [
        ("张林阳", 6), ("A07", 3), ("中铁一局 Team", 13), ("（一）", 6), ("", 0), ("é", 1),
        ("e\u{301}", 1), (" ~!", 3), ("a\tb", 3), ("电工 A-01", 9),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("columns line up under mixed Chinese and Latin text")
    func aligns() {
        let table = TextTable(
            columns: [.init("名次", .right), .init("参赛号"), .init("姓名"), .init("总成绩", .right)],
            rows: [["1", "A07", "张林阳", "86.13"], ["2", "A12", "Li Na", "84.50"]])
        let expected = """
            名次  参赛号  姓名    总成绩
            ----  ------  ------  ------
               1  A07     张林阳   86.13
               2  A12     Li Na    84.50

            """
        #expect(table.render() == expected)
    }
}
