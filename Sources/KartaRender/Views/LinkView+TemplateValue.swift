import KartaTemplates

extension LinkView: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 3)
        object.append("label", label)
        object.append("url", url)
        object.append("note", note)
        return .object(object)
    }
}
