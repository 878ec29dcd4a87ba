/// How the raw text of a column is read and written in normalized form.
enum ColumnType: Sendable, Equatable {
    /// An identifier: trimmed, NFC; an empty required id is `id.empty`.
    case id
    /// Free text: NFC, trimmed.
    case text
    /// A name: free text with internal whitespace collapsed to single spaces.
    case name
    /// A calendar day, written ISO `yyyy-mm-dd`.
    case date
    /// A flag, written `true`/`false`; empty is false.
    case boolean
    /// One value of an enumerated domain, written as its canonical code.
    case enumeration(EnumDomain)
    /// A list of party roles split on `;` or `,`.
    case roles
    /// A four-digit year.
    case year
    /// A decimal number, written with `.` and no trailing zeros.
    case number
}
