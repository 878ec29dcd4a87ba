/// Placeholder until the Indicators library lands.
public enum IndicatorsPlaceholder {}
