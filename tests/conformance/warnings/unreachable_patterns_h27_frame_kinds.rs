// lints: unreachable_patterns unused_variables dead_code
// Frame classifier: arms that can never match after earlier ones.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Data,
    Ctrl,
    Ping,
}

fn classify(frame: &[u8]) -> u8 {
    match frame {
        [] => 0,
        [_] => 1,
        [first, ..] if *first == 0 => 2,
        [_, ..] => 3,
        [a, b] => a + b,
    }
}

fn size_class(len: usize) -> &'static str {
    match len {
        0 => "empty",
        1..=64 => "small",
        n @ 65..=1500 => "normal",
        1000..=1200 => "odd",
        _ => "jumbo",
    }
}

fn kind_code(k: &Kind) -> u8 {
    match k {
        &Kind::Data => 1,
        Kind::Ctrl | Kind::Ping => 2,
        Kind::Data => 3,
    }
}

fn pair(p: (bool, u8)) -> u8 {
    match p {
        (true, _) => 1,
        (false, 0..=127) => 2,
        (false, 128..=255) => 3,
        (false, x) => x,
    }
}

fn main() {
    println!("{} {} {} {}", classify(&[1, 2]), size_class(700), kind_code(&Kind::Ping), pair((false, 9)));
}
