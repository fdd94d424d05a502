// lints: unreachable_patterns
// Arms shadowed by earlier unguarded arms, next to guarded arms that are fine.
#[derive(Debug, Clone, Copy)]
enum Key {
    Char(char),
    Arrow(i8, i8),
    Enter,
    Escape,
}

fn action(k: Key, insert_mode: bool) -> &'static str {
    match k {
        Key::Char(c) if insert_mode && c.is_alphanumeric() => "type",
        Key::Char('q') if !insert_mode => "quit",
        Key::Char(_) => "ignore",
        Key::Char('i') => "insert",
        Key::Arrow(0, 0) => "stay",
        Key::Arrow(dx, _) if dx != 0 => "horizontal",
        Key::Arrow(..) => "vertical",
        Key::Arrow(1, 0) => "right",
        Key::Enter | Key::Escape => "confirm",
        Key::Escape => "cancel",
    }
}

fn level(n: u32) -> u8 {
    let mut attempts = 0;
    loop {
        attempts += 1;
        let v = match (n, attempts) {
            (0, _) => 0,
            (_, 3..) => break 9,
            (1..=10, _) => 1,
            (5, 1) => 5,
            (_, _) => continue,
        };
        return v;
    }
}

fn main() {
    let keys = [Key::Char('a'), Key::Char('q'), Key::Arrow(1, 0), Key::Arrow(0, 0), Key::Enter, Key::Escape];
    for k in keys {
        println!("{:?}: {} / {}", k, action(k, true), action(k, false));
    }
    println!("{} {} {}", level(0), level(7), level(50));
}
