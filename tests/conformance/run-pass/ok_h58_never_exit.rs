fn die(msg: &str, code: i32) -> ! {
    eprintln!("fatal: {}", msg);
    std::process::exit(code)
}

fn parse_digit(c: char) -> u32 {
    if c.is_ascii_digit() {
        c as u32 - '0' as u32
    } else {
        die("not a digit", 2)
    }
}

fn check(n: u32) -> u32 {
    match n {
        0..=5 => n,
        _ => die("too big", 3),
    }
}

fn main() {
    let total = parse_digit('4') + check(parse_digit('1'));
    println!("{}", total);
    let x: i32 = if total > 100 { die("overflow", 1) } else { total as i32 };
    println!("{}", x);
}
