// Log entries matched by reference: mixing `ref` and by-value bindings across alternatives.
#[derive(Debug)]
enum Entry {
    Info(u32),
    Warn(u32),
    Error { code: u32, fatal: bool },
}

fn code_of(e: Entry) -> u32 {
    match e {
        Entry::Info(ref c) | Entry::Warn(c) => *c,
        Entry::Error { code, .. } => code,
    }
}

fn bump(e: &mut Entry) {
    match e {
        Entry::Info(n) | Entry::Warn(n) => *n += 1,
        Entry::Error { ref mut code, fatal } => {
            if !*fatal {
                *code += 1;
            }
        }
    }
}

fn severity(e: &Entry) -> u8 {
    match *e {
        Entry::Info(_) => 0,
        Entry::Warn(ref mut n) => {
            *n = 0;
            1
        }
        Entry::Error { fatal: true, .. } => 3,
        Entry::Error { .. } => 2,
    }
}

fn main() {
    let mut e = Entry::Warn(4);
    bump(&mut e);
    println!("{} {}", severity(&e), code_of(e));
}
