#[derive(Debug)]
struct Token {
    text: &'static str,
    line: u32,
}

fn resolve_error_and_borrowck(t: Token) -> u32 {
    let n = 1;
    n = 2;
    let moved = t;
    println!("{:?}", t);
    let unused_here = 3;
    n + missing_name
}

fn match_error_and_borrowck(flag: Option3) -> u32 {
    let count = 0;
    count += 1;
    match flag {
        Option3::A => 1,
        Option3::B => 2,
    }
}

#[derive(Debug, Clone, Copy)]
enum Option3 {
    A,
    B,
    C,
}

fn unreachable_and_type_error(x: u32) -> u32 {
    return x;
    let y: bool = x;
    let unused_after = 5;
    y
}

fn exhaustive_plus_unused(t: &Token) -> u32 {
    let unused_in_ok_fn = 9;
    let mut never_mutated = t.line;
    match t.line {
        0 => 0,
        n if n > 10 => 10,
    }
}

fn assigned_never_read() -> u32 {
    let mut v = 5;
    v = 6;
    v = 7;
    let w;
    w = 1;
    v
}

fn main() {
    let t = Token { text: "fn", line: 3 };
    println!("{}", exhaustive_plus_unused(&t));
    println!("{}", resolve_error_and_borrowck(t));
    println!("{}", match_error_and_borrowck(Option3::C));
    println!("{}", unreachable_and_type_error(1));
    println!("{}", assigned_never_read());
}
