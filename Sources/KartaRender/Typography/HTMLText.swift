/// Text made safe between tags and inside a double-quoted attribute: `&`, `"`, `<` and `>` escaped.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// As the templates escape `{{value}}`: the single quote too.
    public static func escapeAll(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "'" { escaped += "&#39;" } else { escaped += escape(String(character)) }
        }
        return escaped
    }
}
