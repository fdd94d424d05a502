// Log filtering where variant names are used as bare bindings inside nested patterns.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Severity {
    Trace,
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    sev: Severity,
    code: u16,
}

fn keep(e: &Entry, min: Severity) -> bool {
    e.sev >= min
}

fn tag(e: Entry) -> char {
    match e {
        Entry { sev: Severity::Error, .. } => 'E',
        Entry { sev: Warn, code } if code > 100 => 'W',
        Entry { sev: Severity::Info, .. } => 'I',
        _ => '.',
    }
}

fn weight(s: Severity) -> u32 {
    match s {
        Severity::Trace => 0,
        x @ Info => x as u32,
    }
}

fn main() {
    let log = [
        Entry { sev: Severity::Info, code: 1 },
        Entry { sev: Severity::Warn, code: 120 },
        Entry { sev: Severity::Error, code: 7 },
        Entry { sev: Severity::Trace, code: 0 },
    ];
    let mut kept = 0;
    for e in &log {
        if keep(e, Severity::Warn) {
            kept += 1;
        }
        print!("{}", tag(*e));
    }
    println!(" {} {}", kept, weight(Severity::Error));
    let total: u32 = kept + weight;
    println!("{}", total);
}
