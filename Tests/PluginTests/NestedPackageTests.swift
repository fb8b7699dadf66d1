import Testing

/// Every test that runs a nested `swift build` or `swift package` lives below this suite, so
/// they run one at a time: they share one scratch path, and SwiftPM locks it.
@Suite(.serialized) enum NestedPackageTests {}
