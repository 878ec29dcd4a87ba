/// Paper size and margins, in points (1 pt = 20 twips; 1 mm ≈ 2.835 pt).
public struct PageLayout: Sendable, Equatable {
    /// Paper width.
    public var width: Double
    /// Paper height.
    public var height: Double
    /// Top margin.
    public var top: Double
    /// Bottom margin.
    public var bottom: Double
    /// Left margin.
    public var left: Double
    /// Right margin.
    public var right: Double

    /// Creates a layout.
    public init(width: Double, height: Double, top: Double, bottom: Double, left: Double, right: Double) {
        self.width = width
        self.height = height
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// Points in `millimetres`.
    public static func points(millimetres: Double) -> Double {
        millimetres * 72 / 25.4
    }

    /// A4 portrait (210 × 297 mm) with margins given in millimetres.
    public static func a4(top: Double, bottom: Double, left: Double, right: Double) -> PageLayout {
        PageLayout(
            width: points(millimetres: 210), height: points(millimetres: 297), top: points(millimetres: top),
            bottom: points(millimetres: bottom), left: points(millimetres: left),
            right: points(millimetres: right))
    }

    /// The width between the margins.
    public var textWidth: Double { width - left - right }
}
