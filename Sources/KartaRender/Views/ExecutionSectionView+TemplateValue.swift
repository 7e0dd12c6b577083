import KartaTemplates

extension ExecutionSectionView.Activity: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 9)
        object.append("number", number)
        object.append("url", url)
        object.append("textHTML", textHTML)
        object.append("deadline", deadline)
        object.append("parties", parties.templateValue)
        object.append("status", status)
        object.append("statusKey", statusKey)
        object.append("isOverdue", isOverdue)
        object.append("resultHTML", resultHTML)
        return .object(object)
    }
}
