import KartaModel

/// The stem table of domain model §2.2, one fragment per line so it can be compared with the document.
///
/// Departures from the literal table, each needed to reproduce the documented results:
/// * `(\S+ )` is written possessive `(\S++ )`: a word is never split before its space, so nothing changes
///   but the backtracking.
/// * «электронн* (цифров*) паспорт*» matches the seeds' literal parentheses («электронного (цифрового) паспорта»).
/// * In `контрольн…[ -]+измерительн` the rest of the word stops at the hyphen, or «контрольно-» would swallow it.
/// * Measure words must start a word (`\b`), so «разработка» is not «работа» and «изменения» is not «смен».
/// * The head noun «работ(а с …)» is the literal «работа с»: «методической работы с педагогами» (§2.4 #24)
///   stays with the stage its stem names.
extension StageClassifier {
    static let stems: [StageStem] = [
        // effectiveness — must beat analysis at the same start, which the longer match does.
        StageStem(.effectiveness, #"(анализW|оценкW) эффективностW (принятW )?(мер|решениW|управленческW)"#),

        // decisions
        StageStem(.decisions, #"управленческW (решениW|мерW)"#),
        StageStem(.decisions, #"административнW мер"#),
        StageStem(.decisions, #"юридически значимW последстви"#),
        StageStem(.decisions, #"коррекциW управленческ"#),

        // recommendations
        StageStem(.recommendations, #"адреснW (практическW |методическW )?рекомендаци"#),
        StageStem(.recommendations, #"рекомендациW (\S++ ){0,6}(по (результатам|итогам)|на основе|в соответствии с итогами)"#),
        StageStem(.recommendations, #"(обобщеннW|практическW) рекомендаци"#),
        StageStem(.recommendations, #"рекомендациW в адрес"#),

        // analysis
        StageStem(.analysis, #"\bанализW"#),
        StageStem(.analysis, #"аналитическW (отчет|справк|материал|работ)"#),
        StageStem(.analysis, #"\bдокладW"#),
        StageStem(.analysis, #"интерпретаци"#),
        StageStem(.analysis, #"выявлениW (школ|оо|образовательнW организаци)"#),

        // monitoring
        StageStem(.monitoring, #"мониторингW"#),
        StageStem(.monitoring, #"\bсборW (и анализW )?(информаци|данн)"#),
        StageStem(.monitoring, #"диагностикW"#),
        StageStem(.monitoring, #"анкетированиW"#),
        StageStem(.monitoring, #"\bопросW"#),
        StageStem(.monitoring, #"исследованиW"#),
        StageStem(.monitoring, #"экспертизW"#),
        StageStem(.monitoring, #"самообследовани"#),
        StageStem(.monitoring, #"проверочнW работ"#),
        StageStem(.monitoring, #"итоговW аттестаци"#),
        StageStem(.monitoring, #"оценочнW процедур"#),
        StageStem(.monitoring, #"процедурW (по )?(независимой )?оценк"#),
        StageStem(.monitoring, #"независимW оценк"#),
        StageStem(.monitoring, #"оценкW (предметн|профессиональн)W компетенц"#),

        // methods
        StageStem(.methods, #"методW сбора"#),
        StageStem(.methods, #"методикW"#),
        StageStem(.methods, #"инструментари"#),
        StageStem(.methods, #"механизмW оценк"#),
        StageStem(.methods, #"программW мониторинга"#),
        StageStem(.methods, #"перечнW (информационнW источник|оценочн)"#),
        StageStem(.methods, #"регламентW"#),
        StageStem(.methods, #"банкW (контрольн|ким|валидн)"#),
        StageStem(.methods, #"контрольн[а-яёa-z]{0,50}+[ -]++измерительн"#),
        StageStem(.methods, #"автоматизированнW систем"#),
        StageStem(.methods, #"электроннW \(?цифровW\)? паспорт"#),
        StageStem(.methods, #"базW данных"#),
        StageStem(.methods, #"информационно-аналитическW обеспечени"#),
        StageStem(.methods, #"информационнW основ"#),

        // indicators
        StageStem(.indicators, #"показателW"#),
        StageStem(.indicators, #"критериW"#),
        StageStem(.indicators, #"индикаторW"#),

        // goals — no seed row has one; the stem only fires at the head of the text.
        StageStem(.goals, #"^(\S++ ){0,2}(определениW|обоснованиW|постановкW|формулированиW) (\S++ )?цел"#),

        // framework — also wins outright when it starts within the first 40 characters.
        StageStem(.framework, #"(утверждW|разработкW|изданиW|подготовкW|составлениW|определW|планированиW) (\S++ ){0,3}[«"]?(положениW|дорожнW карт|концепци|порядо?кW|планW|комплексW мер|комплекснW план|программW развития|пакетW нормативн|указW|приказW|распоряжениW|моделW|перечнW (значимW )?мероприяти)"#),
        StageStem(.framework, #"^(указ|приказ|распоряжени)"#),
        StageStem(.framework, #"^(\S++ ){0,3}(положениW о|дорожнW карт)"#),
        StageStem(.framework, #"разграничениW полномочий"#),
        StageStem(.framework, #"^созданиW (\S++ ){0,3}(служб|совет|групп)"#),
        StageStem(.framework, #"^планированиW работ"#),

        // measure head nouns
        StageStem(.measureHead, #"\bобучени"#),
        StageStem(.measureHead, #"\bобеспечени"#),
        StageStem(.measureHead, #"\bпрограмм"#),
        StageStem(.measureHead, #"\bмероприяти"#),
        StageStem(.measureHead, #"\bсеминар"#),
        StageStem(.measureHead, #"\bконкурс"#),
        StageStem(.measureHead, #"\bконференци"#),
        StageStem(.measureHead, #"\bсовещани"#),
        StageStem(.measureHead, #"\bзаседани"#),
        StageStem(.measureHead, #"\bвебинар"#),
        StageStem(.measureHead, #"\bвстреч"#),
        StageStem(.measureHead, #"\bстажиров"#),
        StageStem(.measureHead, #"\bконсультаци"#),
        StageStem(.measureHead, #"\bпоощрени"#),
        StageStem(.measureHead, #"\bсопровождени"#),
        StageStem(.measureHead, #"\bповышени"#),
        StageStem(.measureHead, #"\bметодическW рекомендаци"#),
        StageStem(.measureHead, #"\bработа со?\b"#),
        StageStem(.measureHead, #"\bтрудоустройств"#),

        // other measure words — only name the reason when nothing above matched
        StageStem(.measureOther, #"\bкруглW стол"#),
        StageStem(.measureOther, #"\bнеделW профессиональн"#),
        StageStem(.measureOther, #"\bсмен"#),
        StageStem(.measureOther, #"\bподдержк"#),
        StageStem(.measureOther, #"\bвзаимодейств"#),
        StageStem(.measureOther, #"\bсотрудничеств"#),
        StageStem(.measureOther, #"\bучасти"#),
        StageStem(.measureOther, #"\bорганизаци"#),
        StageStem(.measureOther, #"\bпроведени"#),
        StageStem(.measureOther, #"\bреализаци"#),
        StageStem(.measureOther, #"\bвнедрени"#),
        StageStem(.measureOther, #"\bформировани"#),
        StageStem(.measureOther, #"\bсоздани"#),
        StageStem(.measureOther, #"\bразвити"#),
        StageStem(.measureOther, #"\bрасширени"#),
        StageStem(.measureOther, #"\bвключени"#),
        StageStem(.measureOther, #"\bпринятиW мер"#),
    ]

    /// Final tie-break between stages whose stems start at the same place with the same length: table order.
    static let tablePriority: [CycleStage] = [
        .effectiveness, .decisions, .recommendations, .analysis, .monitoring, .methods, .indicators, .goals, .framework,
    ]
}
