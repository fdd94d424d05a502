// Logic gates with unary operators on types that do not support them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low,
    High,
}

fn to_bool(l: Level) -> bool {
    l == Level::High
}

fn nand(a: Level, b: Level) -> Level {
    if !(to_bool(a) && to_bool(b)) { Level::High } else { Level::Low }
}

fn main() {
    let a = Level::High;
    let b = Level::Low;
    println!("{:?}", nand(a, b));
    let inverted = !a;
    let label = "on";
    let neg = -label;
    println!("{:?} {}", inverted, neg);
}
