// lints: unused_imports
// A log record type; the trait imports double as derive-macro imports.
use std::cmp::Ordering;
use std::fmt::Debug;
use std::hash::Hash;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Level {
    Trace,
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone, Copy)]
struct Record {
    level: Level,
    code: u16,
}

fn worst(rs: &[Record]) -> Level {
    let mut w = Level::Trace;
    for r in rs {
        if r.level > w {
            w = r.level;
        }
    }
    w
}

fn main() {
    let rs = [
        Record { level: Level::Info, code: 10 },
        Record { level: Level::Warn, code: 22 },
        Record { level: Level::Info, code: 31 },
    ];
    let w = worst(&rs);
    println!("{:?} {}", w, rs.len());
    for r in rs.iter() {
        if r.level == Level::Error {
            println!("error {}", r.code);
        }
    }
}
