import KartaTemplates

extension ActivityRowView: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 13)
        object.append("label", label)
        object.append("number", number)
        object.append("url", url)
        object.append("textHTML", textHTML)
        object.append("deadline", deadline)
        object.append("months", months)
        object.append("stage", stage)
        object.append("level", level)
        object.append("levelNote", levelNote)
        object.append("parties", parties.templateValue)
        object.append("entity", entity.templateValue)
        object.append("document", document)
        object.append("direction", direction.templateValue)
        return .object(object)
    }
}
