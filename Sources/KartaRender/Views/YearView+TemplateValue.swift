import KartaTemplates

extension YearView.DirectionGroup: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 3)
        object.append("direction", direction.templateValue)
        object.append("count", count)
        object.append("activities", activities.templateValue)
        return .object(object)
    }
}
