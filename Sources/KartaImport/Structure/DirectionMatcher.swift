/// Maps a section title to a direction id by the ordered rules of the domain model (§1.3): the
/// first rule whose pattern occurs in the title wins. Matching is case-insensitive, reads `ё` as
/// `е` and any run of white space as one space, and looks at the title only.
public enum DirectionMatcher {
    public struct Rule: Sendable {
        public var direction: String
        public var pattern: String
    }

    /// Rules 1–11 of domain-model §1.3, in order.
    public static let rules: [Rule] = [
        Rule(direction: "normative-base", pattern: #"нормативно-правов"#),
        Rule(direction: "low-results", pattern: #"низк\w* (образовательн\w* )?результат|неблагоприятн\w* социальн|ШНРО|ШНОР|500\+"#),
        Rule(direction: "talents", pattern: #"талант|одаренн|способност"#),
        Rule(direction: "career-guidance", pattern: #"профориент|профессиональн\w* ориентац|самоопределени"#),
        Rule(direction: "objectivity", pattern: #"объективност"#),
        Rule(direction: "leaders", pattern: #"руководител"#),
        Rule(direction: "teacher-development", pattern: #"повышени\w* квалификаци|дополнительн\w* профессиональн\w* образовани|профессиональн\w* развити\w* педагог"#),
        Rule(direction: "methodical-work", pattern: #"методическ\w* работ"#),
        Rule(direction: "upbringing", pattern: #"воспитани"#),
        Rule(direction: "preschool-quality", pattern: #"дошкольн"#),
        Rule(direction: "training-quality", pattern: #"подготовки обучающихся"#),
    ]

    /// The direction used when a section title matches no rule and there is neither a previous
    /// section nor a matching document title: the catch-all of the results group.
    public static let fallback = "training-quality"

    /// The id of the first rule that matches, or `nil`.
    public static func match(_ title: String) -> String? {
        let text = TextTools.normalized(title)
        guard !text.isEmpty else { return nil }
        for (rule, regex) in zip(rules, compiledRules) {
            guard let regex else { continue }
            if text.contains(regex) { return rule.direction }
        }
        return nil
    }

    /// The rules' patterns compiled once (compiling them on every title was a hot spot of big
    /// imports). Immutable after initialisation; `Regex` is not `Sendable`, hence the annotation.
    nonisolated(unsafe) static let compiledRules: [Regex<AnyRegexOutput>?] = rules.map { try? Regex($0.pattern).ignoresCase() }
}
