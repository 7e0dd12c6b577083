/// A plain string: «ВПР», «План-график».
extension ScheduleReference: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
