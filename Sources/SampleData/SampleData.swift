/// Placeholder until the SampleData library lands.
public enum SampleDataPlaceholder {}
