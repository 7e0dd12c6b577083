// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way:
// KartaModel ← KartaContent ← KartaMarkdown ← KartaRender ← KartaSite ← karta
// KartaMarkdown ← KartaDiff (the engine) ← KartaDiffRender (HTML, JSON, Markdown; uses KartaSite's writer) ← karta
// KartaSite ← KartaServe (`karta serve`: HTTP through FlyingFox, watching, reloading; the build comes in as a closure) ← karta
let package = Package(
    name: "Karta",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "karta", targets: ["karta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "KartaModel"),
        .target(
            name: "KartaContent",
            dependencies: ["KartaModel", .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(name: "KartaMarkdown", dependencies: ["KartaContent", "CCmark"]),
        .target(
            name: "KartaRender",
            dependencies: ["KartaMarkdown", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "KartaSite", dependencies: ["KartaRender"]),
        // ZIPFoundation opens .docx and .odt containers (read only, with size limits of our own).
        .target(name: "KartaImport", dependencies: ["KartaContent", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "KartaScaffold", dependencies: ["KartaContent"]),
        .target(name: "KartaDiff", dependencies: ["KartaMarkdown", .product(name: "Yams", package: "Yams")]),
        .target(name: "KartaDiffRender", dependencies: ["KartaDiff", "KartaSite"]),
        .target(
            name: "KartaServe",
            dependencies: ["KartaSite", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "karta",
            dependencies: [
                "KartaSite", "KartaImport", "KartaScaffold", "KartaDiffRender", "KartaServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks/run.sh times incremental rebuilds with it; see Benchmarks/README.md.
        .executableTarget(
            name: "karta-bench",
            dependencies: ["KartaSite", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/KartaBench"
        ),
        .testTarget(
            name: "KartaTests",
            dependencies: [
                "KartaSite", "KartaImport", "KartaScaffold", "KartaDiffRender", "KartaServe", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
