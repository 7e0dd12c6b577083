/// `[2020, 2022]`, as §3.3 writes the `years` of an annual deadline; `year_range` writes `from`/`to` itself.
extension YearSpan: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(from)
        try container.encode(to)
    }
}
