// Statement termination details: stray semicolons after items and blocks, bare `return;`,
// diverging expressions in statement position, and expression statements that need `;`.
#![allow(redundant_semicolons, unreachable_code, clippy::needless_return)]

struct Empty;

fn early(flag: bool) {
    if flag {
        return;
    };
    println!("not returned");
}

fn value(flag: bool) -> i32 {
    if flag {
        return 1;
    }
    return 2;
}

fn loops() -> u32 {
    let mut n = 0;
    loop {
        n += 1;
        if n > 3 {
            break;
        };
    };
    while n < 10 {
        n += 2;
        continue;
    }
    for _ in 0..2 {};
    n
}

fn blocks() -> i32 {
    let x = { 1 };
    { x + 1 };
    unsafe { x + 2 };
    let y = match x { 1 => 10, _ => 0 };
    match y { 10 => (), _ => () };
    if y > 0 { 5 } else { 6 };
    x + y
}

fn diverge(v: Option<i32>) -> i32 {
    let Some(n) = v else { return -1; };
    let m = match n {
        0 => return 0,
        1 => panic!("one"),
        k => k,
    };
    m
}

fn main() {
    early(false);
    ;
    let _ = Empty;
    println!("{} {} {} {} {}", value(true), value(false), loops(), blocks(), diverge(Some(5)));
    let unit = {};
    let unit2 = { ; };
    let unit3 = { 5; };
    println!("{:?} {:?} {:?}", unit, unit2, unit3);
}
