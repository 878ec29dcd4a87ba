/// Placeholder until the Report library lands.
public enum ReportPlaceholder {}
