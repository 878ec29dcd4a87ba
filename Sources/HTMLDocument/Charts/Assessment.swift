/// How a value stands against its threshold, as a chart or grid shows it: by colour and,
/// for readers in greyscale or with colour blindness, by a symbol and a pattern too.
public enum Assessment: Sendable, Hashable, CaseIterable {
    /// The threshold is met.
    case met
    /// The threshold is not met.
    case notMet
    /// There is no threshold to meet.
    case notAssessed
    /// There is a threshold but no value to judge (missing data, an unfinished period).
    case unavailable

    /// The symbol shown with the colour: `✓`, `✗`, `–`, `·`.
    public var symbol: String {
        switch self {
        case .met: "✓"
        case .notMet: "✗"
        case .notAssessed: "–"
        case .unavailable: "·"
        }
    }

    /// The style-sheet class of a grid cell or bar in this state.
    public var className: String {
        switch self {
        case .met: "met"
        case .notMet: "not-met"
        case .notAssessed: "not-assessed"
        case .unavailable: "unavailable"
        }
    }
}

/// The words the page uses for each `Assessment`, in the reader's language.
public struct AssessmentWords: Sendable {
    /// The word for `.met`.
    public var met: String
    /// The word for `.notMet`.
    public var notMet: String
    /// The word for `.notAssessed`.
    public var notAssessed: String
    /// The word for `.unavailable`.
    public var unavailable: String

    /// Creates the words.
    public init(met: String, notMet: String, notAssessed: String, unavailable: String) {
        self.met = met
        self.notMet = notMet
        self.notAssessed = notAssessed
        self.unavailable = unavailable
    }

    /// The word for `assessment`.
    public func word(for assessment: Assessment) -> String {
        switch assessment {
        case .met: met
        case .notMet: notMet
        case .notAssessed: notAssessed
        case .unavailable: unavailable
        }
    }
}
