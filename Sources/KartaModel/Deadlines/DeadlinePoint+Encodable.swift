/// A full date is written as ISO `YYYY-MM-DD` (as §3.3 writes `from`/`to` of day ranges); anything less precise
/// as an object with the parts that are known (`{"month": 10, "year": 2022}`).
extension DeadlinePoint: Encodable {
    private enum CodingKeys: String, CodingKey { case year, month, day, quarter }

    public func encode(to encoder: any Encoder) throws {
        if let date {
            var container = encoder.singleValueContainer()
            try container.encode(date.description)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(year, forKey: .year)
        try container.encodeIfPresent(month, forKey: .month)
        try container.encodeIfPresent(day, forKey: .day)
        try container.encodeIfPresent(quarter, forKey: .quarter)
    }
}
