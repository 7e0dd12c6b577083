import KartaTemplates

extension PartyView: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 5)
        object.append("text", text)
        object.append("full", full)
        object.append("isAbbreviation", isAbbreviation)
        object.append("glossaryURL", glossaryURL)
        object.append("separator", separator)
        return .object(object)
    }
}
