/// One item of a document's body.
public enum WordBlock: Sendable, Equatable {
    /// A paragraph.
    case paragraph(WordParagraph)
    /// A table.
    case table(WordTable)
    /// A break to a new page.
    case pageBreak
}
