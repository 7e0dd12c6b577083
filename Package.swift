// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way:
// KartaModel ← KartaContent ← KartaMarkdown ← KartaRender ← KartaSite ← karta
// KartaTemplates (Mustache, no dependencies) ← KartaRender; KartaTheme (the built-in theme's bytes) ← KartaRender
// KartaMarkdown ← KartaDiff (the engine) ← KartaDiffRender (HTML, JSON, Markdown; uses KartaSite's writer) ← karta
// KartaSite ← KartaServe (`karta serve`: its own bounded HTTP/1.1 over FlyingSocks' sockets, watching, reloading; the build comes in as a closure) ← karta
let package = Package(
    name: "Karta",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "karta", targets: ["karta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        // glibc's mallopt, for the CLI's memory policy (Sources/karta/MemoryPolicy.swift).
        .systemLibrary(name: "CMalloc"),
        // statfs, which tells the content scan whether inotify sees every change (Sources/KartaContent/Cache/FolderWatch.swift).
        .systemLibrary(name: "CStatfs"),
        .target(name: "KartaModel"),
        .target(
            name: "KartaContent",
            dependencies: ["KartaModel", "CStatfs", .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(name: "KartaMarkdown", dependencies: ["KartaContent", "CCmark"]),
        // Mustache templates compiled once into render plans; views reach them through `Encodable`.
        .target(name: "KartaTemplates"),
        // The default templates and assets as bytes in the binary (Scripts/embed-theme.py writes them from Templates/).
        .target(name: "KartaTheme"),
        .target(name: "KartaRender", dependencies: ["KartaMarkdown", "KartaTemplates", "KartaTheme"]),
        .target(name: "KartaOutput", dependencies: ["KartaContent"]),
        .target(name: "KartaSite", dependencies: ["KartaRender", "KartaOutput"]),
        // ZIPFoundation opens .docx and .odt containers (read only, with size limits of our own).
        .target(name: "KartaImport", dependencies: ["KartaContent", "KartaOutput", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "KartaScaffold", dependencies: ["KartaContent", "KartaOutput"]),
        .target(name: "KartaDiff", dependencies: ["KartaMarkdown", .product(name: "Yams", package: "Yams")]),
        .target(name: "KartaDiffRender", dependencies: ["KartaDiff", "KartaSite"]),
        .target(
            name: "KartaServe",
            dependencies: ["KartaSite", .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "karta",
            dependencies: [
                "KartaSite", "KartaImport", "KartaScaffold", "KartaDiffRender", "KartaServe", "KartaTheme", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks/run.sh times incremental rebuilds with it; see Benchmarks/README.md.
        .executableTarget(
            name: "karta-bench",
            dependencies: ["KartaSite", "KartaServe", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/KartaBench"
        ),
        .testTarget(
            name: "KartaTests",
            dependencies: [
                "KartaSite", "KartaImport", "KartaScaffold", "KartaDiffRender", "KartaServe", "KartaTemplates", "KartaTheme", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Release builds of Karta's own code let one module's generic code (SharedMemo, parallelMap, TemplateList) be
// specialised in the modules that use it; without it every call went through the runtime's generic metadata.
// They also leave out the run-time exclusivity checks (debug builds and the tests keep them): with their
// thread-local lookups they were 3.4 % of a municipality build's samples.
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? [])
        + [.unsafeFlags(["-cross-module-optimization", "-enforce-exclusivity=unchecked"], .when(configuration: .release))]
}
