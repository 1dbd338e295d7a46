/// Optimal assignment (Hungarian method, O(n³)) for pairing leftover list items by similarity.
///
/// Greedy first-match pairs an item with the first similar one it meets and can starve a better
/// pair further down; an optimal assignment maximises the total similarity of all pairs at once.
/// It only ever sees the items left over after id and exact-text matching, which are few.
enum Hungarian {
    /// For a rows × columns matrix of costs, the column assigned to each row (nil when the
    /// matrix has more rows than columns and the row is left out), minimising the total cost.
    static func assign(_ cost: [[Double]]) -> [Int?] {
        let rows = cost.count
        guard rows > 0, let columns = cost.first?.count, columns > 0 else {
            return [Int?](repeating: nil, count: rows)
        }
        let n = max(rows, columns)
        // Square matrix, 1-based as in the classical formulation; padding costs nothing.
        var a = [[Double]](repeating: [Double](repeating: 0, count: n + 1), count: n + 1)
        for i in 0..<rows { for j in 0..<columns { a[i + 1][j + 1] = cost[i][j] } }
        var u = [Double](repeating: 0, count: n + 1)
        var v = [Double](repeating: 0, count: n + 1)
        var p = [Int](repeating: 0, count: n + 1)     // p[j]: row matched to column j
        var way = [Int](repeating: 0, count: n + 1)
        for i in 1...n {
            p[0] = i
            var j0 = 0
            var minv = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Double.infinity
                var j1 = 0
                for j in 1...n where !used[j] {
                    let cur = a[i0][j] - u[i0] - v[j]
                    if cur < minv[j] { minv[j] = cur; way[j] = j0 }
                    if minv[j] < delta { delta = minv[j]; j1 = j }
                }
                for j in 0...n {
                    if used[j] { u[p[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var result = [Int?](repeating: nil, count: rows)
        for j in 1...n where p[j] >= 1 && p[j] <= rows && j <= columns {
            result[p[j] - 1] = j - 1
        }
        return result
    }
}
