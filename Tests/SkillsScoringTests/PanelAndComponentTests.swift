import ExactNumbers
import SkillsScoring
import Testing

@Suite("Judge panels and components")
struct PanelAndComponentTests {
    @Test("panel aggregates", arguments: [
        (PanelAggregate.mean, ["80", "85", "90"], "85"),
        (.mean, ["80", "81", "81"], "242/3"),
        (.median, ["70", "90", "80"], "80"),
        (.median, ["70", "90", "80", "75"], "77.5"),
        (.trimmedMean(trim: 1), ["60", "88", "86", "90", "99"], "88"),
        (.trimmedMean(trim: 1), ["85", "86", "86", "87", "88"], "259/3"),
        (.trimmedMean(trim: 2), ["1", "2", "3", "4", "100"], "3"),
        (.trimmedMean(trim: 0), ["80", "90"], "85"),
        (.closestTwo, ["80", "84", "90"], "82"),
        (.closestTwo, ["80", "86", "88"], "87"),
        (.closestTwo, ["80", "85", "90"], "85"),
    ])
    func aggregates(aggregate: PanelAggregate, marks: [String], expected: String) {
        let value = aggregate.combine(marks.map(r))
        let expectedValue = expected.contains("/")
            ? Rational(Int(expected.split(separator: "/")[0])!, Int(expected.split(separator: "/")[1])!)
            : r(expected)
        #expect(value == expectedValue)
    }

    @Test("a judgement aspect is max × Σ / (3 × judges); the component scales to its max")
    func aspects() {
        let component = Component(id: "practical", weight: 70, marking: .aspects([
            Criterion(id: "A", aspects: [
                Aspect(id: "A1", kind: .measurement, max: 5),
                Aspect(id: "A2", kind: .judgement(judges: 3, tolerance: 1), max: 6),
            ]),
        ]))
        let marks = [
            Mark(component: "practical", aspect: "A1", value: 5),
            Mark(component: "practical", judge: 1, aspect: "A2", value: 2),
            Mark(component: "practical", judge: 2, aspect: "A2", value: 3),
            Mark(component: "practical", judge: 3, aspect: "A2", value: 2),
        ]
        let score = component.score(marks: marks)
        // A2 = 6 × 7 / 9 = 14/3; raw = 5 + 14/3 = 29/3 of 11; scaled to 100: 2900/33.
        #expect(score.value == Rational(2900, 33))
        #expect(score.isComplete)
        let partial = component.score(marks: Array(marks.dropLast()))
        #expect(!partial.isComplete)
    }

    @Test("weighted modules combine to the component's scale")
    func modules() {
        let component = Component(id: "practical", weight: 70, marking: .modules([
            Module(id: "knife", weight: 30, marking: .single),
            Module(id: "hot", weight: 70, max: 50, marking: .single),
        ]))
        let score = component.score(marks: [Mark(component: "knife", value: 80), Mark(component: "hot", value: 45)])
        #expect(score.value == r("87"))               // 0.3 × 80 + 0.7 × 90
        #expect(score.modules["hot"]?.value == 45)
    }

    @Test("deductions come off the component, with their reasons, and stop at zero")
    func deductions() {
        let component = Component(id: "theory", weight: 100, marking: .single)
        let marks = [Mark(component: "theory", value: 80)]
        #expect(component.score(marks: marks, deductions: [Deduction(component: "theory", points: 5, reason: "安全违规")])
            .value == 75)
        #expect(component.score(marks: marks, deductions: [Deduction(component: "theory", points: 90, reason: "x")])
            .value == 0)
    }

    @Test("a panel with one mark missing is incomplete and the total provisional, not zero")
    func missingMark() {
        let result = score([entrant("A01", theory: 80, practical: [80, 80, nil, 80, 80])])
        let entry = result.entry("A01")
        #expect(!entry.isComplete)
        #expect(result.isProvisional)
        #expect(entry.publishedTotal == 80)            // provisional from the four marks in
        #expect(entry.components["practical"]?.isComplete == false)
    }

    @Test("an entrant with no mark at all has no total")
    func noMarks() {
        let result = score([EntrantRecord(code: "A01", status: .competed)])
        #expect(result.entry("A01").total == nil)
        #expect(result.isProvisional)
    }

    @Test("totals are exact and published half-up once: 86.125 → 86.13")
    func publishing() {
        // theory 86.125 × 0.3 + practical 86.125 × 0.7 = 86.125.
        let result = score([entrant("A01", total: r("86.125"))])
        #expect(result.entry("A01").total == r("86.125"))
        #expect(result.entry("A01").publishedTotal == r("86.13"))
        #expect(result.entry("A01").publishedTotal!.formatted(places: 2) == "86.13")
    }

    @Test("percent weights and fraction weights give the same total")
    func fractionWeights() {
        var rules = defaultRules()
        rules.components[0].weight = r("0.3")
        rules.components[1].weight = r("0.7")
        let marks = entrant("A01", theory: r("77.5"), practical: [90, 91, 92, 93, 94])
        #expect(score([marks], rules: rules).entry("A01").total == score([marks]).entry("A01").total)
        #expect(score([marks]).entry("A01").total == r("87.65"))
    }

    @Test("a spread above the tolerance is a discrepancy reported with the judges' marks")
    func discrepancy() {
        let result = score([entrant("A01", theory: 80, practical: [70, 80, 81, 82, 85]),
                            entrant("A02", theory: 80, practical: [75, 80, 81, 82, 85])])
        #expect(result.discrepancies.count == 1)
        let found = result.discrepancies[0]
        #expect(found.code == "A01")
        #expect(found.component == "practical")
        #expect(found.spread == 15)
        #expect(found.marks == [1: 70, 2: 80, 3: 81, 4: 82, 5: 85])
    }
}
