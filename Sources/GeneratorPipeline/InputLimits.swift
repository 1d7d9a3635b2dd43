import SpecReader

/// Bounds on each spec document specgen reads, so a hostile spec fails with a message instead of
/// exhausting memory or the stack. The CLI's `--max-input-bytes`, `--max-depth` and
/// `--max-alias-expansion` override the defaults (README, "Limits").
public typealias InputLimits = ReaderLimits
