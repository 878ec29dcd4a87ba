/// A paragraph: runs of text with an alignment, a style and spacing.
public struct WordParagraph: Sendable, Equatable {
    /// Horizontal alignment.
    public enum Alignment: String, Sendable {
        /// Flush left.
        case left
        /// Centred.
        case center
        /// Flush right.
        case right
        /// Justified on both margins.
        case justified = "both"
    }

    /// The paragraph style, defined in the document's styles part.
    public enum Style: String, Sendable {
        /// Body text.
        case normal = "Normal"
        /// The document title.
        case title = "Title"
        /// A section heading (outline level 1).
        case heading1 = "Heading1"
        /// A subsection heading (outline level 2).
        case heading2 = "Heading2"
    }

    /// The runs in order.
    public var runs: [WordRun]
    /// The alignment.
    public var alignment: Alignment
    /// The style.
    public var style: Style
    /// Space above, in points; nil for the style's.
    public var spaceBefore: Double?
    /// Space below, in points; nil for the style's.
    public var spaceAfter: Double?
    /// Indent of the first line, in points (body text of party documents: 1–1.27 cm).
    public var firstLineIndent: Double
    /// Whether the paragraph stays on the page of the next one.
    public var keepsWithNext: Bool

    /// Creates a paragraph.
    public init(
        _ runs: [WordRun], alignment: Alignment = .left, style: Style = .normal, spaceBefore: Double? = nil,
        spaceAfter: Double? = nil, firstLineIndent: Double = 0, keepsWithNext: Bool = false
    ) {
        self.runs = runs
        self.alignment = alignment
        self.style = style
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.firstLineIndent = firstLineIndent
        self.keepsWithNext = keepsWithNext
    }

    /// A paragraph of one run.
    public init(
        _ text: String, isBold: Bool = false, isItalic: Bool = false, fontSize: Double? = nil,
        alignment: Alignment = .left, style: Style = .normal
    ) {
        self.init(
            [WordRun(text, isBold: isBold, isItalic: isItalic, fontSize: fontSize)], alignment: alignment,
            style: style)
    }
}
