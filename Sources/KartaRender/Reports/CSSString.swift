/// A CSS string literal for `content:` in a `<style>` element, where HTML escapes do not apply:
/// quotes, backslashes, line breaks and `<` (which could close the element) become CSS escapes.
enum CSSString {
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\22 "
            case "\\": result += "\\5c "
            case "<": result += "\\3c "
            case ">": result += "\\3e "
            case "&": result += "\\26 "
            case "\n", "\r", "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
