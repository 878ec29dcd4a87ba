/// A stretch of text with one character format.
public struct WordRun: Sendable, Equatable {
    /// The text; line feeds become line breaks and tabs become tab characters.
    public var text: String
    /// Bold.
    public var isBold: Bool
    /// Italic.
    public var isItalic: Bool
    /// Underlined with a single line.
    public var isUnderlined: Bool
    /// The size in points; nil for the document's size.
    public var fontSize: Double?

    /// Creates a run.
    public init(
        _ text: String, isBold: Bool = false, isItalic: Bool = false, isUnderlined: Bool = false,
        fontSize: Double? = nil
    ) {
        self.text = text
        self.isBold = isBold
        self.isItalic = isItalic
        self.isUnderlined = isUnderlined
        self.fontSize = fontSize
    }
}
