// lints: unused_variables
// Config parsing with let-else, ref bindings, @ patterns and underscore names.
#[derive(Debug, Clone, Copy)]
enum Value {
    Int(i64),
    Flag(bool),
    Pair(i64, i64),
    Missing,
}

struct Entry {
    key: &'static str,
    value: Value,
    line: u32,
}

fn as_int(e: &Entry) -> i64 {
    let Value::Int(n) = e.value else {
        return 0;
    };
    let Entry { key, line, .. } = e;
    n
}

fn pair_span(e: &Entry) -> i64 {
    let Value::Pair(lo, hi) = e.value else {
        let fallback = -1;
        return 0;
    };
    hi - 0
}

fn inspect(e: &Entry) -> u32 {
    match e.value {
        Value::Flag(on @ true) => 1,
        Value::Flag(_off) => 2,
        Value::Int(ref n) if e.line > 0 => 3,
        Value::Int(ref mut_n) => 4,
        v @ Value::Pair(..) => 5,
        Value::Missing => 6,
    }
}

fn tally(entries: &[Entry]) -> u32 {
    let mut total = 0;
    for (i, Entry { key: _, value, line: _line }) in entries.iter().enumerate() {
        total += 1;
    }
    total
}

fn main() {
    let entries = [
        Entry { key: "port", value: Value::Int(8080), line: 1 },
        Entry { key: "debug", value: Value::Flag(true), line: 2 },
        Entry { key: "range", value: Value::Pair(3, 9), line: 3 },
        Entry { key: "name", value: Value::Missing, line: 4 },
    ];
    println!("{}", as_int(&entries[0]));
    println!("{}", pair_span(&entries[2]));
    for e in &entries {
        println!("{} {}", e.key, inspect(e));
    }
    println!("{}", tally(&entries));
    let ref mut scratch = 0;
    let (ref head, _tail) = (1, 2);
}
