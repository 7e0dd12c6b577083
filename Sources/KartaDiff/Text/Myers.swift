/// Myers' O(ND) difference of two sequences of interned keys (E. Myers, «An O(ND) Difference
/// Algorithm and Its Variations», 1986), greedy forward search with backtracking.
///
/// The shared prefix and suffix are taken off first, so texts with a small edit cost little. Past
/// `limit` differences the search stops and the rest is reported as deleted and inserted: still a
/// correct script, only not the shortest (as diff-match-patch does on its timeout).
enum Myers {
    enum Operation: Sendable, Hashable {
        case equal, delete, insert
    }

    /// A run of one operation: `old` and `new` are the ranges it covers (one of them empty unless equal).
    struct Run: Sendable, Hashable {
        var operation: Operation
        var old: Range<Int>
        var new: Range<Int>
    }

    static func diff(_ a: [Int], _ b: [Int], limit: Int = 4000) -> [Run] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        var operations: [Operation] = Array(repeating: .equal, count: prefix)
        operations += middle(middleA, middleB, limit: limit)
        operations += Array(repeating: .equal, count: suffix)
        return runs(operations)
    }

    /// The edit script of two sequences with nothing in common at either end.
    private static func middle(_ a: [Int], _ b: [Int], limit: Int) -> [Operation] {
        let n = a.count
        let m = b.count
        if n == 0 { return Array(repeating: .insert, count: m) }
        if m == 0 { return Array(repeating: .delete, count: n) }
        let maximum = min(n + m, limit)
        var v = [Int](repeating: 0, count: 2 * (n + m) + 3)
        let offset = n + m + 1
        // trace[d] is v over k = -d...d before round d.
        var trace: [[Int]] = []
        for d in 0...maximum {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m { return backtrack(trace, n: n, m: m) }
            }
        }
        // Too many differences: everything that is left is replaced.
        return Array(repeating: .delete, count: n) + Array(repeating: .insert, count: m)
    }

    private static func backtrack(_ trace: [[Int]], n: Int, m: Int) -> [Operation] {
        var operations: [Operation] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            if d == 0 {
                while x > 0, y > 0 {
                    operations.append(.equal)
                    x -= 1
                    y -= 1
                }
                break
            }
            let snapshot = trace[d]
            func value(_ k: Int) -> Int { snapshot[k + d] }
            let k = x - y
            let previousK = (k == -d || (k != d && value(k - 1) < value(k + 1))) ? k + 1 : k - 1
            let previousX = value(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                operations.append(.equal)
                x -= 1
                y -= 1
            }
            operations.append(x == previousX ? .insert : .delete)
            x = previousX
            y = previousY
        }
        return operations.reversed()
    }

    private static func runs(_ operations: [Operation]) -> [Run] {
        var runs: [Run] = []
        var oldIndex = 0
        var newIndex = 0
        for operation in operations {
            let oldStep = operation == .insert ? 0 : 1
            let newStep = operation == .delete ? 0 : 1
            if let last = runs.last, last.operation == operation {
                runs[runs.count - 1].old = last.old.lowerBound..<(last.old.upperBound + oldStep)
                runs[runs.count - 1].new = last.new.lowerBound..<(last.new.upperBound + newStep)
            } else {
                runs.append(Run(operation: operation, old: oldIndex..<(oldIndex + oldStep), new: newIndex..<(newIndex + newStep)))
            }
            oldIndex += oldStep
            newIndex += newStep
        }
        return runs
    }
}

/// Gives every distinct key a small integer, so sequences compare by `Int`.
struct Interner {
    private var ids: [String: Int] = [:]

    mutating func id(_ key: String) -> Int {
        if let id = ids[key] { return id }
        let id = ids.count
        ids[key] = id
        return id
    }

    mutating func ids(_ keys: [String]) -> [Int] { keys.map { id($0) } }
}
