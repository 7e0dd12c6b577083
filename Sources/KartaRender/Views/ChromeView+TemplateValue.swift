import KartaTemplates

extension ChromeView.Link: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 3)
        object.append("label", label)
        object.append("url", url)
        object.append("isCurrent", isCurrent)
        return .object(object)
    }
}

extension ChromeView: TemplateValueConvertible {
    public var templateValue: TemplateValue {
        var object = TemplateObject(capacity: 14)
        object.append("pageTitle", pageTitle)
        object.append("siteTitle", siteTitle)
        object.append("description", description)
        object.append("canonicalURL", canonicalURL)
        object.append("baseHref", baseHref)
        object.append("stylesheet", stylesheet)
        object.append("accessibilityScript", accessibilityScript)
        object.append("searchURL", searchURL)
        object.append("homeURL", homeURL)
        object.append("nav", nav.templateValue)
        object.append("breadcrumbs", breadcrumbs.templateValue)
        if let owner { object.append("owner", TemplateEncoder.value(of: owner)) }
        object.append("credit", credit)
        return .object(object)
    }
}
