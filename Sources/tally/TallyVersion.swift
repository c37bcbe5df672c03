import Foundation

/// What `tally --version` prints: the release, and the commit the binary was built from when
/// it can be known — the Git checkout the executable sits in (`.build/…` of a clone), read
/// from `.git` without running Git.
enum TallyVersion {
    /// The release (semantic versioning).
    static let release = "0.9.0"

    static var description: String {
        guard let commit = commit(near: URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()) else {
            return "tally \(release)"
        }
        return "tally \(release) (commit \(commit.prefix(12)))"
    }

    /// The commit checked out in the nearest folder above `executable` that holds `.git`.
    static func commit(near executable: URL) -> String? {
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let git = folder.appendingPathComponent(".git")
            if let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8) {
                return resolve(head.trimmingCharacters(in: .whitespacesAndNewlines), in: git)
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// A `HEAD` (a commit, or `ref: refs/heads/main`) as a commit hash.
    private static func resolve(_ head: String, in git: URL) -> String? {
        guard head.hasPrefix("ref: ") else { return head.count == 40 ? head : nil }
        let ref = String(head.dropFirst("ref: ".count))
        if let loose = try? String(contentsOf: git.appendingPathComponent(ref), encoding: .utf8) {
            return loose.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // A packed ref: "<hash> refs/heads/main".
        let packed = (try? String(contentsOf: git.appendingPathComponent("packed-refs"), encoding: .utf8)) ?? ""
        return packed.split(separator: "\n").first { $0.hasSuffix(" " + ref) }.map { String($0.prefix(40)) }
    }
}
