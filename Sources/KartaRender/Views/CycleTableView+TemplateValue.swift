import KartaTemplates

extension CycleTableView.Cell: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 3)
        object.append("text", text)
        object.append("isGap", isGap)
        object.append("label", label)
        return .object(object)
    }
}

extension CycleTableView.Row: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 4)
        object.append("heading", heading.templateValue)
        object.append("cells", cells.templateValue)
        object.append("summary", summary)
        object.append("isComplete", isComplete)
        return .object(object)
    }
}
