/// A maximum matching of a general graph by Edmonds' blossom algorithm, O(V³).
///
/// Used to explain a Swiss round that cannot be paired: the vertices it leaves unmatched
/// are teams that cannot all be placed.
struct MaximumMatching {
    /// `mate[v]`: the vertex matched with v, or −1.
    private(set) var mate: [Int]

    init(vertexCount n: Int, adjacent: (Int, Int) -> Bool) {
        mate = [Int](repeating: -1, count: n)
        let neighbours = (0..<n).map { u in (0..<n).filter { $0 != u && adjacent(u, $0) } }
        for root in 0..<n where mate[root] == -1 {
            augment(from: root, neighbours: neighbours)
        }
    }

    var unmatchedVertices: [Int] { mate.indices.filter { mate[$0] == -1 } }

    private mutating func augment(from root: Int, neighbours: [[Int]]) {
        let n = mate.count
        var parent = [Int](repeating: -1, count: n)
        var base = Array(0..<n)
        var used = [Bool](repeating: false, count: n)
        var queue = [root]
        used[root] = true
        var head = 0

        func lowestCommonAncestor(_ a: Int, _ b: Int) -> Int {
            var seen = [Bool](repeating: false, count: n)
            var a = a, b = b
            while true {
                a = base[a]
                seen[a] = true
                if mate[a] == -1 { break }
                a = parent[mate[a]]
            }
            while true {
                b = base[b]
                if seen[b] { return b }
                b = parent[mate[b]]
            }
        }

        func markPath(_ v: Int, _ b: Int, _ child: Int, _ blossom: inout [Bool]) {
            var v = v, child = child
            while base[v] != b {
                blossom[base[v]] = true
                blossom[base[mate[v]]] = true
                parent[v] = child
                child = mate[v]
                v = parent[mate[v]]
            }
        }

        while head < queue.count {
            let v = queue[head]
            head += 1
            for u in neighbours[v] {
                if base[v] == base[u] || mate[v] == u { continue }
                if u == root || (mate[u] != -1 && parent[mate[u]] != -1) {
                    let current = lowestCommonAncestor(v, u)
                    var blossom = [Bool](repeating: false, count: n)
                    markPath(v, current, u, &blossom)
                    markPath(u, current, v, &blossom)
                    for i in 0..<n where blossom[base[i]] {
                        base[i] = current
                        if !used[i] {
                            used[i] = true
                            queue.append(i)
                        }
                    }
                } else if parent[u] == -1 {
                    parent[u] = v
                    if mate[u] == -1 {
                        var w = u
                        while w != -1 {
                            let previous = parent[w]
                            let next = mate[previous]
                            mate[w] = previous
                            mate[previous] = w
                            w = next
                        }
                        return
                    }
                    used[mate[u]] = true
                    queue.append(mate[u])
                }
            }
        }
    }
}
