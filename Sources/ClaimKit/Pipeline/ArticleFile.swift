import Foundation

/// Reads an article file and runs extraction on it: the one path from a file on disk to
/// claims, shared by `extract` (no store) and `load` (stores the result).
public enum ArticleFile {
    public struct Overrides: Sendable {
        public var published: CivilDate?
        public var url: String?
        public var outlet: String?
        public var format: SourceFormat?

        public init(published: CivilDate? = nil, url: String? = nil, outlet: String? = nil, format: SourceFormat? = nil) {
            self.published = published
            self.url = url
            self.outlet = outlet
            self.format = format
        }
    }

    /// Reads the bytes of `path`, refusing folders, missing files and files over `maxBytes`.
    public static func bytes(at path: String, maxBytes: Int) throws -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw InputError("\(path): no such file")
        }
        if isDir.boolValue { throw InputError("\(path): is a folder, not an article") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maxBytes {
            throw InputError("\(path): file is \(size) bytes, over the limit of \(maxBytes) (raise it with --max-size)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("\(path): cannot read the file (permission denied?)")
        }
        return [UInt8](data)
    }

    /// Decodes, reads and extracts the article at `path`.
    public static func extract(path: String, overrides: Overrides = Overrides(), maxBytes: Int = 20 * 1024 * 1024) throws
        -> Extraction {
        try read(path: path, overrides: overrides, maxBytes: maxBytes).extraction
    }

    /// Reads standard input to its end ("extract -"), refusing more than `maxBytes`.
    public static func standardInputBytes(maxBytes: Int) throws -> [UInt8] {
        var raw: [UInt8] = []
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            raw.append(contentsOf: chunk)
            if raw.count > maxBytes {
                throw InputError("standard input: over the limit of \(maxBytes) bytes (raise it with --max-size)")
            }
        }
        return raw
    }

    /// Extracts the article at `path`, with the SHA-256 of the file's bytes (to notice later changes).
    public static func read(path: String, overrides: Overrides = Overrides(), maxBytes: Int = 20 * 1024 * 1024) throws
        -> (extraction: Extraction, fileSHA256: String) {
        try read(bytes: bytes(at: path, maxBytes: maxBytes), name: path, format: overrides.format ?? SourceFormat.guess(path: path),
                 overrides: overrides, maxBytes: maxBytes)
    }

    /// Extracts the article of `raw` bytes, called `name` in messages, read as `format`.
    public static func read(bytes raw: [UInt8], name path: String, format: SourceFormat, overrides: Overrides = Overrides(),
                            maxBytes: Int = 20 * 1024 * 1024) throws -> (extraction: Extraction, fileSHA256: String) {
        let text: String
        var charsetWarning: String?
        var charset: String?
        do {
            if format == .html {
                let decoded = try HTMLCharset.decode(raw, maxBytes: maxBytes)
                text = decoded.text
                charset = decoded.charset
                charsetWarning = decoded.warning
            } else {
                text = try SourceDecoder.decode(raw, maxBytes: maxBytes)
                charset = "utf-8"
            }
        } catch {
            throw InputError("\(path): \(error)")
        }
        let source = SourceReader.read(text, format: format)
        if format == .html, source.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            let words = source.bodyWords ?? 0
            throw InputError("no article text found in \(path) (the body held \(words) word\(words == 1 ? "" : "s") of text)")
        }
        var extraction = extract(source: source, overrides: overrides)
        extraction.charset = charset
        extraction.warnings = (charsetWarning.map { [$0] } ?? []) + source.warnings
        return (extraction, SHA256Hex.of(bytes: raw))
    }

    /// Extracts from text already decoded.
    public static func extract(text: String, format: SourceFormat, overrides: Overrides = Overrides()) -> Extraction {
        extract(source: SourceReader.read(text, format: format), overrides: overrides)
    }

    /// Extracts from text already read.
    public static func extract(source: SourceText, overrides: Overrides = Overrides()) -> Extraction {
        var extraction = Extractor(published: overrides.published ?? source.metadata.published).extract(source)
        if let url = overrides.url { extraction.metadata.url = url }
        if let outlet = overrides.outlet { extraction.metadata.outlet = outlet }
        if let published = overrides.published { extraction.metadata.published = published }
        return extraction
    }
}
