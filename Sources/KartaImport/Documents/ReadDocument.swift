/// A word-processing document as its reader saw it: paragraphs and tables in the order printed.
/// The `.docx` and `.odt` readers produce it; `ReadDocument+ExportLines` turns it into the lines a
/// text export would have, so the rest of the importer (tables, title block, rows) is shared.
struct ReadDocument: Equatable {
    var blocks: [Block] = []

    enum Block: Equatable {
        case paragraph(ReadParagraph)
        case table(ReadTable)
    }
}

/// One paragraph: its text with line breaks as `\n`, and whether all of its printed text is bold.
struct ReadParagraph: Equatable {
    var text: String
    var isBold = false
}

struct ReadTable: Equatable {
    var rows: [ReadRow] = []
}

struct ReadRow: Equatable {
    var cells: [ReadCell] = []
}

/// A table cell. A cell merged across columns is followed by empty cells (`spannedColumns` in all),
/// a cell continuing a vertical merge is empty: the grid keeps the header's width.
struct ReadCell: Equatable {
    var paragraphs: [ReadParagraph] = []
    var spannedColumns = 1
    /// A `vMerge` continuation (Word) or a covered cell (OpenDocument): printed in the cell above.
    var isCovered = false
}
