// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = []

let package = Package(
    name: "claimcheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimcheck", targets: ["claimcheck"]),
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .library(name: "ClaimShell", targets: ["ClaimShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CGumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]
        ),
        // The sentence encoder's bfloat16 matrix product, attention and layer norm (AVX-512 BF16,
        // chosen at run time; ClaimKit falls back to float32 elsewhere).
        .target(name: "CEncoderKernels"),
        .target(
            name: "ClaimKit",
            dependencies: [
                // Google's HTML5 parser, for the HTML article reader.
                "CGumbo",
                "CEncoderKernels",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The raw SQLite API, for `log verify`'s streaming pass.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ClaimShell",
            dependencies: ["ClaimKit", "CLibEdit"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "claimcheck",
            dependencies: [
                "ClaimShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Benchmark code, outside the product: the synthetic archive generator.
        .target(
            name: "ClaimBench",
            dependencies: ["ClaimKit"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "claimcheck-bench",
            dependencies: ["ClaimKit", "ClaimBench"],
            swiftSettings: strict
        ),
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit", "ClaimBench", "CEncoderKernels"], swiftSettings: strict),
        .testTarget(name: "ClaimShellTests", dependencies: ["ClaimShell"], swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["claimcheck"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
