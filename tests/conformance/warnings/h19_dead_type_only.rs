// lints: dead_code
// Types that appear in signatures and aliases but are never constructed.
struct Config {
    retries: u32,
    verbose: bool,
}

struct Handle(u32);

struct Marker;

type ConfigList<'a> = &'a [Config];

type Pair = (Handle, Handle);

fn total_retries(cfgs: ConfigList) -> u32 {
    let mut sum = 0;
    for c in cfgs {
        sum += c.retries;
    }
    sum
}

fn firsts(pairs: &[Pair]) -> u32 {
    let mut acc = 0;
    for p in pairs {
        acc += (p.0).0;
    }
    acc
}

fn count_markers(ms: &[Marker]) -> usize {
    ms.len()
}

struct Point {
    x: i32,
    y: i32,
}

struct Line {
    start: Point,
    end: Point,
}

fn spans(lines: &[Line]) -> i32 {
    let mut acc = 0;
    for l in lines {
        acc += l.end.x - l.start.x;
    }
    acc
}

mod shapes {
    pub struct Circle {
        pub radius: f64,
    }

    pub fn area(cs: &[Circle]) -> f64 {
        let mut a = 0.0;
        for c in cs {
            a += c.radius * c.radius * 3.14;
        }
        a
    }
}

fn main() {
    println!("{}", total_retries(&[]));
    println!("{}", firsts(&[]));
    println!("{}", count_markers(&[]));
    println!("{}", spans(&[]));
    println!("{}", shapes::area(&[]));
}
