// Remaining pattern forms: wildcard, rest in tuples and tuple structs, struct patterns with renames,
// literal patterns (strings, negative numbers, bools, chars), paths, parenthesized patterns, macros.
#[derive(Debug, Clone, Copy)]
struct Vec3(f32, f32, f32);

#[derive(Debug)]
struct Config {
    name: &'static str,
    port: u16,
    secure: bool,
}

#[derive(Debug, PartialEq, Eq)]
enum Mode {
    Fast,
    Slow,
}

const DEFAULT_PORT: u16 = 8080;

macro_rules! any_of {
    ($($p:pat_param)|+) => { $($p)|+ };
}

fn check(c: &Config) -> &'static str {
    match c {
        Config { name: "admin", .. } => "admin",
        Config { port: DEFAULT_PORT, secure: true, .. } => "default secure",
        Config { port: 0, name: n, secure: _ } if n.is_empty() => "blank",
        Config { port: p @ 1..=1023, .. } if *p != 80 => "privileged",
        &Config { secure: false, port, name: _ } => if port == 80 { "http" } else { "insecure" },
        _ => "ok",
    }
}

fn first_last(t: (i32, i32, i32, i32)) -> (i32, i32) {
    let (first, .., last) = t;
    let (.., _third, _) = t;
    let (_, ..) = t;
    (first, last)
}

fn main() {
    let v = Vec3(1.0, 2.0, 3.0);
    let Vec3(x, ..) = v;
    let Vec3(.., z) = v;
    let Vec3 { 0: a, 2: c, .. } = v;
    let cfg = Config { name: "web", port: 80, secure: false };
    println!("{} {x} {z} {a} {c}", check(&cfg));
    println!("{:?}", first_last((1, 2, 3, 4)));
    let mode = Mode::Fast;
    let speed = match mode {
        Mode::Fast => 10,
        self::Mode::Slow => 1,
    };
    let n = -5;
    let sign = match n {
        -1 => "minus one",
        (0) => "zero",
        (((_))) if n < 0 => "negative",
        _ => "positive",
    };
    let text = match "yes" {
        "yes" | "y" => true,
        "no" | "n" => false,
        _ => false,
    };
    let flag = match (true, 'c') {
        (true, 'a' | 'b') => 1,
        (false, _) => 2,
        (_, any_of!('c' | 'd')) => 3,
        _ => 4,
    };
    let unit = match () {
        () => "unit",
    };
    println!("{speed} {sign} {text} {flag} {unit}");
    let ((p, q), [r, s]) = ((1, 2), [3, 4]);
    let (Some(_) | None) = Some(3);
    println!("{}", p + q + r + s);
}
