/// `count` and the noun in the number it takes: `counted(1, "mark")` is "1 mark",
/// `counted(12, "mark")` "12 marks", `counted(2, "entry", plural: "entries")` "2 entries".
public func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
}
