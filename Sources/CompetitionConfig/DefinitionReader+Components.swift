import ExactNumbers
import SkillsScoring
import Yams

/// The names a definition uses for aspect kinds.
enum AspectKindName: String, CaseIterable {
    case measurement, judgement
}

/// The names a definition uses for marking methods.
enum MarkingName: String, CaseIterable {
    case single, panel, aspects, modules
}

extension DefinitionReader {
    static let componentKeys = ["id", "name", "weight", "max", "pass", "marking", "judges", "aggregate",
                                "trim", "tolerance", "criteria", "modules"]

    /// Reads a trade's component list and checks ids and weights; `nil` when unusable.
    func readComponents(_ node: Node?, owner: String) -> [Component]? {
        guard let items = diagnostics.list(node, "components") else { return nil }
        let components = items.compactMap(readComponent)
        let weights = items.compactMap { $0.mapping?["weight"]?.text.flatMap { Rational(decimal: $0) } }
        if weights.count == items.count {
            checkWeights(weights, at: node, what: "component weights of \(owner)")
        }
        guard components.count == items.count else { return nil }
        var ids: [(ComponentID, Node?)] = []
        for (component, item) in zip(components, items) {
            ids.append((component.id, item.mapping?["id"]))
            if case .modules(let modules) = component.marking {
                let moduleNodes = item.mapping?["modules"]?.sequence.map(Array.init) ?? []
                ids += zip(modules, moduleNodes).map { ($0.id, $1.mapping?["id"]) }
            }
        }
        diagnostics.rejectDuplicates(ids, "component id")
        return components
    }

    /// Weights must sum to exactly 100 (percentages) or 1 (fractions).
    func checkWeights(_ weights: [Rational], at node: Node?, what: String) {
        let total = weights.sum()
        if total != 100 && total != 1 {
            diagnostics.error("\(what) sum to \(total); expected 100 (or 1)", at: node)
        }
    }

    private func readComponent(_ node: Node) -> Component? {
        let label = node.mapping?["id"]?.text.map { "component '\($0)'" } ?? "component"
        guard let mapping = MappingReader(node, context: label, keys: Self.componentKeys,
                                          diagnostics: diagnostics)
        else { return nil }
        let id = diagnostics.identifier(mapping.required("id"), "component id")
        let name = diagnostics.string(mapping.optional("name"), "component name")
        let weight = diagnostics.number(mapping.required("weight"), "weight", minimum: 0, exclusive: true)
        let max = diagnostics.number(mapping.optional("max"), "max", minimum: 0, exclusive: true) ?? 100
        let pass = diagnostics.number(mapping.optional("pass"), "pass mark", minimum: 0)
        if let pass, pass > max {
            diagnostics.error("pass mark \(pass) of \(label) is above its max \(max)", at: mapping.optional("pass"))
        }
        let marking = readMarking(mapping, allowModules: true)
        guard let id, let weight, let marking else { return nil }
        return Component(id: ComponentID(id), name: name, weight: weight, max: max, pass: pass, marking: marking)
    }

    /// Reads `marking` and the keys that go with it from a component's or module's mapping.
    private func readMarking(_ mapping: MappingReader, allowModules: Bool) -> Marking? {
        let method = diagnostics.choice(mapping.optional("marking"), "marking", as: MarkingName.self) ?? .single
        let panelKeys = ["judges", "aggregate", "trim", "tolerance"]
        switch method {
        case .single:
            mapping.reject(panelKeys + ["criteria", "modules"], because: "applies only to another marking (this one is single)")
            return .single
        case .panel:
            mapping.reject(["criteria", "modules"], because: "does not apply to marking: panel")
            return readPanel(mapping).map(Marking.panel)
        case .aspects:
            mapping.reject(panelKeys + ["modules"], because: "does not apply to marking: aspects")
            return readCriteria(mapping.required("criteria")).map(Marking.aspects)
        case .modules:
            guard allowModules else {
                diagnostics.error("a module cannot itself be split into modules", at: mapping.optional("marking"))
                return nil
            }
            mapping.reject(panelKeys + ["criteria"], because: "does not apply to marking: modules")
            return readModules(mapping.required("modules")).map(Marking.modules)
        }
    }

    private func readPanel(_ mapping: MappingReader) -> Panel? {
        let judges = diagnostics.integer(mapping.required("judges"), "judges", in: 1...99)
        let aggregateNode = mapping.optional("aggregate")
        var aggregate: PanelAggregate? = .trimmedMean(trim: 1)
        if let aggregateNode, let name = diagnostics.string(aggregateNode, "aggregate") {
            switch name {
            case "mean": aggregate = .mean
            case "median": aggregate = .median
            case "trimmed-mean": aggregate = .trimmedMean(trim: 1)
            case "closest-two": aggregate = .closestTwo
            default:
                diagnostics.error("unknown aggregate '\(name)'; expected one of: \(allowedList(PanelAggregate.names))",
                                  at: aggregateNode)
                aggregate = nil
            }
        }
        if case .trimmedMean = aggregate {
            if let trim = diagnostics.integer(mapping.optional("trim"), "trim", in: 0...49) {
                aggregate = .trimmedMean(trim: trim)
            }
        } else if aggregate != nil {
            mapping.reject(["trim"], because: "applies only to aggregate: trimmed-mean")
        }
        let tolerance = diagnostics.number(mapping.optional("tolerance"), "tolerance", minimum: 0)
        guard let judges, let aggregate else { return nil }
        if judges < aggregate.minimumJudges || (aggregate == .closestTwo && judges != 3) {
            let where_ = mapping.optional("trim") ?? mapping.optional("judges")
            switch aggregate {
            case .trimmedMean(let trim):
                diagnostics.error("a trimmed-mean with trim \(trim) drops \(2 * trim) of \(judges) marks and leaves none; it needs at least \(aggregate.minimumJudges) judges", at: where_)
            case .closestTwo:
                diagnostics.error("closest-two needs exactly 3 judges, not \(judges)", at: mapping.optional("judges"))
            default:
                break
            }
            return nil
        }
        return Panel(judges: judges, aggregate: aggregate, tolerance: tolerance)
    }

    private func readCriteria(_ node: Node?) -> [Criterion]? {
        guard let items = diagnostics.list(node, "criteria") else { return nil }
        var criteria: [Criterion] = []
        var criterionIDs: [(CriterionID, Node?)] = []
        var aspectIDs: [(AspectID, Node?)] = []
        for item in items {
            let label = item.mapping?["id"]?.text.map { "criterion '\($0)'" } ?? "criterion"
            guard let mapping = MappingReader(item, context: label, keys: ["id", "name", "aspects"],
                                              diagnostics: diagnostics)
            else { continue }
            let id = diagnostics.identifier(mapping.required("id"), "criterion id")
            let name = diagnostics.string(mapping.optional("name"), "criterion name")
            let aspectNodes = diagnostics.list(mapping.required("aspects"), "aspects") ?? []
            let aspects = aspectNodes.compactMap(readAspect)
            aspectIDs += zip(aspects, aspectNodes).map { ($0.id, $1.mapping?["id"]) }
            guard let id, aspects.count == aspectNodes.count, !aspects.isEmpty else { continue }
            criterionIDs.append((CriterionID(id), mapping.optional("id")))
            criteria.append(Criterion(id: CriterionID(id), name: name, aspects: aspects))
        }
        diagnostics.rejectDuplicates(criterionIDs, "criterion id")
        diagnostics.rejectDuplicates(aspectIDs, "aspect id")
        return criteria.count == items.count ? criteria : nil
    }

    private func readAspect(_ node: Node) -> Aspect? {
        let label = node.mapping?["id"]?.text.map { "aspect '\($0)'" } ?? "aspect"
        guard let mapping = MappingReader(node, context: label,
                                          keys: ["id", "name", "kind", "max", "judges", "tolerance"],
                                          diagnostics: diagnostics)
        else { return nil }
        let id = diagnostics.identifier(mapping.required("id"), "aspect id")
        let name = diagnostics.string(mapping.optional("name"), "aspect name")
        let kindName = diagnostics.choice(mapping.required("kind"), "aspect kind", as: AspectKindName.self)
        let max = diagnostics.number(mapping.required("max"), "max", minimum: 0, exclusive: true)
        var kind: Aspect.Kind?
        switch kindName {
        case .measurement:
            mapping.reject(["judges", "tolerance"], because: "applies only to judgement aspects")
            kind = .measurement
        case .judgement:
            let judges = diagnostics.integer(mapping.optional("judges"), "judges", in: 1...99) ?? 3
            let tolerance = diagnostics.integer(mapping.optional("tolerance"), "tolerance", in: 0...3) ?? 1
            kind = .judgement(judges: judges, tolerance: tolerance)
        case nil:
            kind = nil
        }
        guard let id, let kind, let max else { return nil }
        return Aspect(id: AspectID(id), name: name, kind: kind, max: max)
    }

    private func readModules(_ node: Node?) -> [Module]? {
        guard let items = diagnostics.list(node, "modules") else { return nil }
        var modules: [Module] = []
        for item in items {
            let label = item.mapping?["id"]?.text.map { "module '\($0)'" } ?? "module"
            let keys = Self.componentKeys.filter { $0 != "pass" && $0 != "modules" }
            guard let mapping = MappingReader(item, context: label, keys: keys, diagnostics: diagnostics)
            else { continue }
            let id = diagnostics.identifier(mapping.required("id"), "module id")
            let name = diagnostics.string(mapping.optional("name"), "module name")
            let weight = diagnostics.number(mapping.required("weight"), "weight", minimum: 0, exclusive: true)
            let max = diagnostics.number(mapping.optional("max"), "max", minimum: 0, exclusive: true) ?? 100
            let marking = readMarking(mapping, allowModules: false)
            guard let id, let weight, let marking else { continue }
            modules.append(Module(id: ComponentID(id), name: name, weight: weight, max: max, marking: marking))
        }
        guard modules.count == items.count else { return nil }
        checkWeights(modules.map(\.weight), at: node, what: "module weights")
        return modules
    }
}
