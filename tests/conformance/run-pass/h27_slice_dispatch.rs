// Command dispatch over byte slices with `..` in the middle and nested enum patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Arg {
    Num(u8),
    Flag(bool),
}

#[derive(Debug, Clone, Copy)]
enum Cmd {
    Set(Arg, Arg),
    Reset,
}

fn parse(bytes: &[u8]) -> Cmd {
    match bytes {
        [b'S', n @ b'0'..=b'9', .., b'!'] => Cmd::Set(Arg::Num(n - b'0'), Arg::Flag(true)),
        [b'S', _, .., last] => Cmd::Set(Arg::Num(*last), Arg::Flag(false)),
        [b'S'] | [] => Cmd::Reset,
        [_, rest @ ..] => Cmd::Set(Arg::Num(rest.len() as u8), Arg::Flag(false)),
    }
}

fn weight(c: &Cmd) -> u32 {
    match c {
        Cmd::Set(Arg::Num(n @ 0..=4), Arg::Flag(true)) => *n as u32,
        Cmd::Set(Arg::Num(n), Arg::Flag(f)) => *n as u32 + *f as u32 * 100,
        Cmd::Set(Arg::Flag(_), _) | Cmd::Set(_, Arg::Num(_)) => 7,
        Cmd::Reset => 0,
    }
}

fn main() {
    let inputs: [&[u8]; 5] = [b"S3xx!", b"S7!", b"Sab", b"S", b"Xyz"];
    for i in inputs {
        let c = parse(i);
        println!("{:?} -> {}", c, weight(&c));
    }
    let arr = [1, 2, 3, 4, 5];
    let [first, middle @ .., last] = arr;
    println!("{} {:?} {}", first, middle, last);
    let [a, b, ..] = arr;
    println!("{}", a + b);
}
