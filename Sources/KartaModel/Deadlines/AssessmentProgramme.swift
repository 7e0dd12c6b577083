/// The national assessment programmes whose official schedules roadmaps defer to
/// («в соответствии с графиком проведения НИКО»). Raw values are the abbreviations as printed.
public enum AssessmentProgramme: String, Sendable, Hashable, CaseIterable, Encodable {
    /// Национальные исследования качества образования.
    case niko = "НИКО"
    /// Международные сопоставительные исследования (PISA, TIMSS, PIRLS …).
    case msi = "МСИ"
    /// Всероссийские проверочные работы.
    case vpr = "ВПР"
    /// Государственная итоговая аттестация (ОГЭ, ЕГЭ, ГВЭ).
    case gia = "ГИА"
    /// Всероссийская олимпиада школьников; the seeds also write «ВОШ».
    case vsosh = "ВсОШ"
}
