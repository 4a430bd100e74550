import Foundation

/// Turns what the user named into article files: a file, every article in a folder, or the
/// files a pattern ("archive/*.txt") matches.
enum ArticlePaths {
    static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xhtml"]

    static func expand(_ arguments: [String]) throws -> [String] {
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
}
