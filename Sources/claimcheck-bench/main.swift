import ClaimBench
import ClaimKit
import Foundation

// Benchmark helpers (scripts/bench.sh runs them):
//   claimcheck-bench extract DIR [--rounds N] [--published YYYY-MM-DD] [--repeat N]
//     extraction throughput on a folder of articles: reads every file first, then times extraction
//     alone on one core, several rounds, and prints the median. `--repeat N` extracts the folder's
//     articles N times a round, in memory (a small set of real articles measured like a large corpus).
//     `--html` reads the files as saved web pages, the way a folder load does (file, charset, HTML
//     reader, extraction, SHA-256; the next files on the other cores), timed together (pages/s).
//     `--workers N` reads on N threads (default: one per core).
//   claimcheck-bench generate-store PATH --claims N [--seed S]
//     writes a seeded synthetic archive (N claims, 2N evidence, N verdicts) through the real schema
//     and journal, so that `log verify` passes on it.
//   claimcheck-bench match --checks N [--queries Q] [--tsv PATH]
//     the claim matcher on N synthetic prior checks: index build and one text's ranking (MatchBench).

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("claimcheck-bench: \(message)\n".utf8))
    exit(2)
}

let args = Array(CommandLine.arguments.dropFirst())
if args.first == "match" {
    MatchBench.run(Array(args.dropFirst()))
    exit(0)
}
if args.count >= 2, args[0] == "generate-store" {
    var spec = ArchiveSpec(claims: 1000, seed: 7)
    var j = 2
    while j < args.count {
        switch args[j] {
        case "--claims": spec.claims = Int(args[j + 1]) ?? spec.claims; j += 2
        case "--seed": spec.seed = UInt64(args[j + 1]) ?? spec.seed; j += 2
        default: fail("unknown argument \(args[j])")
        }
    }
    do {
        guard let store = try StoreLocation.open(args[1], create: true) else { fail("cannot create \(args[1])") }
        let start = DispatchTime.now().uptimeNanoseconds
        var last = 0
        try store.generateArchive(spec) { n in
            if n - last >= 100_000 || n == spec.claims {
                last = n
                FileHandle.standardError.write(Data("generate-store: \(n) claims\n".utf8))
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "generate-store: %d claims, seed %llu, in %.1f s", spec.claims, spec.seed, seconds))
    } catch {
        fail("\(error)")
    }
    exit(0)
}
guard args.count >= 2, args[0] == "extract" else {
    fail("usage: claimcheck-bench extract DIR [--rounds N] [--published DATE] [--repeat N] [--html [--workers N]] | generate-store PATH --claims N [--seed S]")
}
let dir = args[1]
var rounds = 3
var repeats = 1
var published = CivilDate(iso: "2025-04-17")
var html = false
var workers = ProcessInfo.processInfo.activeProcessorCount
var i = 2
while i < args.count {
    switch args[i] {
    case "--rounds": rounds = Int(args[i + 1]) ?? rounds; i += 2
    case "--published": published = CivilDate(iso: args[i + 1]); i += 2
    case "--repeat": repeats = max(1, Int(args[i + 1]) ?? 1); i += 2
    case "--html": html = true; i += 1
    case "--workers": workers = max(1, Int(args[i + 1]) ?? workers); i += 2
    default: fail("unknown argument \(args[i])")
    }
}
guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { fail("cannot list \(dir)") }
let files = names.sorted().filter { !$0.hasPrefix(".") }.map { dir + "/" + $0 }
if html {
    // The path of a folder load without the store: each file read from disk, its charset decoded,
    // the article read and extracted, its SHA-256 taken (ArticleFile.read), the next files on the
    // other cores (ArticleReadAhead), results taken in order.
    guard !files.isEmpty else { fail("no pages in \(dir)") }
    let format = ArticleFile.Overrides(published: published, format: .html)
    var bytes = 0
    for path in files { bytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
    var times: [Double] = []
    var claims = 0, failed = 0
    for _ in 0..<rounds {
        claims = 0
        failed = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let readAhead = ArticleReadAhead(paths: files, overrides: format, workers: workers)
        for k in files.indices {
            switch readAhead.take(k) {
            case .success(let read): claims += read.extraction.claims.count
            case .failure: failed += 1
            }
        }
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    times.sort()
    let median = times[times.count / 2]
    print(String(format: "extract html: %d pages, %.1f MB, %d claims, %d refused or empty; %d threads; median of %d rounds %.2f s: %.0f pages/s (min %.2f s, max %.2f s)",
                 files.count, Double(bytes) / 1_048_576, claims, failed, workers,
                 rounds, median, Double(files.count) / median, times.first!, times.last!))
    exit(0)
}
var texts: [String] = []
var bytes = 0
for path in files {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    bytes += data.count
    texts.append(String(decoding: data, as: UTF8.self))
}
guard !texts.isEmpty else { fail("no articles in \(dir)") }
texts = Array([[String]](repeating: texts, count: repeats).joined())
bytes *= repeats

let extractor = Extractor(published: published)
var times: [Double] = []
var claims = 0
for _ in 0..<rounds {
    claims = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for text in texts {
        claims += extractor.extract(SourceReader.read(text, format: .plain)).claims.count
    }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
times.sort()
let median = times[times.count / 2]
let mb = Double(bytes) / 1_048_576
print(String(format: "extract: %d articles, %.1f MB, %d claims; median of %d rounds %.2f s: %.1f MB/s, %.0f articles/s (min %.2f s, max %.2f s)",
             texts.count, mb, claims, rounds, median, mb / median, Double(texts.count) / median, times.first!, times.last!))
