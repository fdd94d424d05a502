// Places where a block-like expression at statement start needs parentheses or a `let`,
// because the parser ends the statement after the block.
fn pick(flag: bool) -> i32 {
    // Parenthesised so that `- 1` is not a new statement.
    (if flag { 10 } else { 20 }) - 1
}

fn method_on_match(x: Option<u8>) -> String {
    // A method call directly after a block-like statement is fine: `.` continues the expression.
    match x {
        Some(n) => n,
        None => 0,
    }
    .to_string()
}

fn indexing() -> i32 {
    let v = [1, 2, 3];
    let picked = { v }[1];
    picked
}

fn binary_after_block(a: i32) -> i32 {
    let total = { a } + 1;
    let other = (unsafe { a }) * 2;
    let neg = -{ a };
    total + other + neg
}

fn call_after_block() -> i32 {
    let f = |x: i32| x + 1;
    let via_block = ({ f })(1);
    let via_match = (match 1 { _ => f })(2);
    via_block + via_match
}

fn ref_after_block(v: &[i32]) -> usize {
    let r = &{ v.len() };
    let t = (&{ v }).len();
    *r + t
}

fn struct_in_condition(p: Point) -> bool {
    if p == (Point { x: 0, y: 0 }) {
        return true;
    }
    match (Point { x: 1, y: 1 }) {
        Point { x, .. } if x == p.x => true,
        _ => false,
    }
}

#[derive(PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn range_in_for() -> i32 {
    let mut s = 0;
    for i in (0..{ 3 }) {
        s += i;
    }
    for p in [Point { x: 1, y: 2 }] {
        s += p.x + p.y;
    }
    while s < (Point { x: 20, y: 0 }).x {
        s += 5;
    }
    s
}

fn cast_after_block() -> u8 {
    let x = (if true { 300 } else { 0 }) as u8;
    x
}

fn main() {
    println!("{} {} {} {}", pick(true), method_on_match(Some(4)), indexing(), binary_after_block(2));
    println!("{} {} {}", call_after_block(), ref_after_block(&[1]), struct_in_condition(Point { x: 0, y: 0 }));
    println!("{} {}", range_in_for(), cast_after_block());
}
