// Deferred initialisation where one initialiser is erroneous.
fn pick(flag: bool) -> i32 {
    let v: i32;
    if flag {
        v = lookup(3);
    }
    v + 1
}

fn pick2(flag: bool) -> i32 {
    let v: i32;
    if flag {
        v = 7;
    }
    v * 2
}

fn pick3(n: u8) -> u8 {
    let out: u8;
    match n {
        0 => out = 1,
        1 => out = "one",
        _ => {}
    }
    out
}

fn main() {
    println!("{} {} {}", pick(true), pick2(false), pick3(2));
}
