/// A party committee's report (báo cáo) laid out as Hướng dẫn 36-HD/VPTW sets out the
/// form of party documents: the issuing body and the number top left, the party's name
/// top right with the place and date (left blank for the signer) under it, the title,
/// the body, the signature block with the recipients, then the appendix.
public struct PartyReport: Sendable, Equatable {
    /// One item of a section.
    public enum Block: Sendable, Equatable {
        /// A body paragraph.
        case paragraph(String)
        /// A side remark in italics (how to read a table, what is missing).
        case note(String)
        /// A heading inside a section.
        case subheading(String)
        /// A table.
        case table(ReportTable)
    }

    /// A numbered part of the report (`I. DỮ LIỆU TIẾP NHẬN`) and its content.
    public struct Section: Sendable, Equatable {
        /// The heading, numbering included; empty for the opening lines before section I.
        public var heading: String
        /// The content in order.
        public var blocks: [Block]

        /// Creates a section.
        public init(heading: String, blocks: [Block]) {
            self.heading = heading
            self.blocks = blocks
        }
    }

    /// The superior body, first line top left (`ĐẢNG BỘ TỈNH …`).
    public var superiorBody: String
    /// The issuing body, second line top left, bold (`TỈNH ỦY`).
    public var issuingBody: String
    /// The number line, its number left blank (`Số      -BC/TU`).
    public var numberLine: String
    /// Place and date, left blank for the signer (`…, ngày … tháng … năm …`).
    public var placeAndDate: String
    /// The kind of document (`BÁO CÁO`).
    public var title: String
    /// The summary of the subject under the title, one or more lines.
    public var subtitle: [String]
    /// The body.
    public var sections: [Section]
    /// Who signs on behalf of whom (`T/M BAN THƯỜNG VỤ`).
    public var signingAuthority: String
    /// The signer's office under it (`BÍ THƯ`), or empty.
    public var signerTitle: String
    /// The recipients, listed under `Nơi nhận:`.
    public var recipients: [String]
    /// The appendix title (`PHỤ LỤC`) and its sections; no appendix when empty.
    public var appendixTitle: String
    /// The appendix's subtitle lines.
    public var appendixSubtitle: [String]
    /// The appendix's sections.
    public var appendix: [Section]

    /// Creates a report.
    public init(
        superiorBody: String, issuingBody: String, numberLine: String, placeAndDate: String, title: String,
        subtitle: [String], sections: [Section], signingAuthority: String, signerTitle: String,
        recipients: [String], appendixTitle: String = "", appendixSubtitle: [String] = [],
        appendix: [Section] = []
    ) {
        self.superiorBody = superiorBody
        self.issuingBody = issuingBody
        self.numberLine = numberLine
        self.placeAndDate = placeAndDate
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.signingAuthority = signingAuthority
        self.signerTitle = signerTitle
        self.recipients = recipients
        self.appendixTitle = appendixTitle
        self.appendixSubtitle = appendixSubtitle
        self.appendix = appendix
    }
}
