import Foundation
import Testing
import CompetitionService

/// The ordered parallel map behind the all-trades standings.
@Suite("In order on every core")
struct InOrderTests {
    @Test("results arrive in index order whatever order the work finishes in", arguments: [1, 3, 16])
    func ordered(ahead: Int) throws {
        var seen: [Int] = []
        try inOrder(0..<200, ahead: ahead, produce: { index in
            if index % 7 == 0 { usleep(200) }
            return index * index
        }, consume: { seen.append($0) })
        #expect(seen == (0..<200).map { $0 * $0 })
    }

    struct Failure: Error, Equatable { var index: Int }

    @Test("the first failure in order is rethrown, after the results before it were consumed")
    func failure() {
        var seen: [Int] = []
        #expect(throws: Failure(index: 40)) {
            try inOrder(0..<1_000, ahead: 4, produce: { index in
                if index == 40 || index == 41 { throw Failure(index: index) }
                return index
            }, consume: { seen.append($0) })
        }
        #expect(seen == Array(0..<40))
    }

    @Test("no work gives no results")
    func empty() throws {
        try inOrder(0..<0, ahead: 4, produce: { $0 }, consume: { _ in Issue.record("nothing to consume") })
    }
}
