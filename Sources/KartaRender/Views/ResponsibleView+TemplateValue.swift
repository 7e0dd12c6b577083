import KartaTemplates

extension ResponsibleView.YearGroup: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 5)
        object.append("anchor", anchor)
        object.append("title", title)
        object.append("count", count)
        object.append("activities", activities.templateValue)
        object.append("entities", entities.templateValue)
        return .object(object)
    }
}
