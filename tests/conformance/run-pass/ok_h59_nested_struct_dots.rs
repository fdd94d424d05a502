#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    File,
    Dir,
    Link,
}

#[derive(Debug, Clone, Copy)]
struct Meta {
    kind: Kind,
    size: u64,
    hidden: bool,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    id: u32,
    meta: Meta,
}

fn describe(e: &Entry) -> &'static str {
    match e {
        Entry { meta: Meta { hidden: true, .. }, .. } => "hidden",
        Entry { meta: Meta { kind: Kind::Dir, .. }, .. } => "dir",
        Entry { meta: Meta { kind: Kind::Link, .. }, .. } => "link",
        Entry { meta: Meta { kind: Kind::File, size: 0, .. }, .. } => "empty file",
        Entry { meta: Meta { kind: Kind::File, size: 1..=1023, .. }, .. } => "small file",
        Entry { meta: Meta { kind: Kind::File, .. }, id } => {
            if *id == 0 { "root file" } else { "big file" }
        }
    }
}

fn main() {
    let entries = [
        Entry { id: 1, meta: Meta { kind: Kind::File, size: 0, hidden: false } },
        Entry { id: 2, meta: Meta { kind: Kind::Dir, size: 4096, hidden: false } },
        Entry { id: 0, meta: Meta { kind: Kind::File, size: 99999, hidden: false } },
        Entry { id: 3, meta: Meta { kind: Kind::Link, size: 10, hidden: true } },
    ];
    for e in entries.iter() {
        println!("{} {}", e.id, describe(e));
    }
}
