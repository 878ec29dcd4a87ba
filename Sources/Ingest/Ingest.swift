/// Placeholder until the Ingest library lands.
public enum IngestPlaceholder {}
