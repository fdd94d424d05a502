// Re-exporting the variants of a crate-visible enum with `pub use`.
pub mod logging {
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub(crate) enum Severity {
        Debug,
        Info,
        Warn,
        Error,
    }

    pub use self::Severity::Error;
    pub use self::Severity::Warn;

    pub fn should_print(s: Severity, min: Severity) -> bool {
        s >= min
    }
}

use logging::Severity;

fn main() {
    let levels = [Severity::Debug, Severity::Info, logging::Warn, logging::Error];
    for l in levels {
        if logging::should_print(l, Severity::Info) {
            println!("{:?}", l);
        }
    }
}
