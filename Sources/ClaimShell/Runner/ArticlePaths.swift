import Foundation

/// Turns what the user named into article files: a file, every article in a folder, or the
/// files a pattern ("archive/*.txt") matches.
enum ArticlePaths {
    static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xhtml"]

    /// A folder's articles stay inside it: a symbolic link in the folder that leads out of it is
    /// refused (naming it) unless `followLinks`.
    static func expand(_ arguments: [String], followLinks: Bool = false) throws -> [String] {
        var out: [String] = []
        for argument in arguments {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDir) {
                if isDir.boolValue {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
                    let base = argument.hasSuffix("/") ? argument : argument + "/"
                    let articles = names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }
                        .sorted().map { base + $0 }
                    if articles.isEmpty { throw ShellError("\(argument): no articles (.txt, .md, .html) in this folder") }
                    if !followLinks { try refuseLinksOut(of: argument, articles) }
                    out += articles
                } else {
                    out.append(argument)
                }
            } else if argument.contains(where: { "*?[".contains($0) }) {
                var result = glob_t()
                defer { globfree(&result) }
                guard glob(argument, 0, nil, &result) == 0 else { throw ShellError("\(argument): no files match") }
                for i in 0..<Int(result.gl_pathc) {
                    if let p = result.gl_pathv[i] { out.append(String(cString: p)) }
                }
            } else {
                out.append(argument)  // reading it will name the problem
            }
        }
        return out
    }

    /// The path with every symbolic link followed; nil when it leads nowhere.
    private static func resolved(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    private static func refuseLinksOut(of folder: String, _ paths: [String]) throws {
        guard let root = resolved(folder) else { return }
        for path in paths {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { continue }
            let target = resolved(path)
            if let target, target.hasPrefix(root + "/") { continue }
            throw ShellError("\(path) is a symbolic link to \(target ?? "a missing file"), outside \(folder): nothing was loaded "
                             + "(give --follow-links to load what links point to)")
        }
    }
}
