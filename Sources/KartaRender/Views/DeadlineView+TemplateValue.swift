import KartaTemplates

extension DeadlineView: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 3)
        object.append("text", text)
        object.append("datetime", datetime)
        object.append("hasDatetime", hasDatetime)
        return .object(object)
    }
}
