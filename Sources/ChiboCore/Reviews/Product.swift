/// The product itself.
public enum Product {
    /// The version recorded in every review.csv, so that two reviews made by different
    /// releases can be told apart. Raise it with every release that changes an output.
    public static let version = "0.10.0"
}
