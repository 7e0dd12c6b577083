import KartaTemplates

extension TimelineView.Cell: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 9)
        object.append("x", x)
        object.append("y", y)
        object.append("width", width)
        object.append("height", height)
        object.append("fill", fill)
        object.append("count", count)
        object.append("textX", textX)
        object.append("textY", textY)
        object.append("textFill", textFill)
        return .object(object)
    }
}

extension TimelineView.Row: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 4)
        object.append("label", label)
        object.append("labelY", labelY)
        object.append("cells", cells.templateValue)
        object.append("values", values.templateValue)
        return .object(object)
    }
}
