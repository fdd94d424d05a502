// A process table ported from C: status codes were ints with -1 for
// "still running", but here they are unsigned.
#[derive(Debug, Clone, Copy)]
struct Proc {
    pid: u32,
    status: u8,
}

fn describe(status: u8) -> &'static str {
    match status {
        0 => "ok",
        -1 => "running",
        1..=127 => "failed",
        _ => "signalled",
    }
}

fn last_failure(table: &[Proc]) -> u32 {
    let mut found = -1;
    for p in table {
        if p.status != 0 {
            found = p.pid;
        }
    }
    found
}

fn main() {
    let table = [Proc { pid: 10, status: 0 }, Proc { pid: 11, status: 3 }];
    for p in table {
        println!("{} {}", p.pid, describe(p.status));
    }
    println!("{}", last_failure(&table));
}
