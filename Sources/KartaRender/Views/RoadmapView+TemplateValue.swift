import KartaTemplates

extension RoadmapView.RowView: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 3)
        object.append("anchor", anchor)
        object.append("isSubitem", isSubitem)
        object.append("cells", cells.templateValue)
        return .object(object)
    }
}

extension RoadmapView.CellView: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 10)
        object.append("key", key)
        object.append("label", label)
        object.append("isRowHeader", isRowHeader)
        object.append("html", html)
        object.append("text", text)
        object.append("datetime", datetime)
        object.append("hasDatetime", hasDatetime)
        object.append("parties", parties.templateValue)
        object.append("meta", meta)
        object.append("hasMeta", hasMeta)
        return .object(object)
    }
}
