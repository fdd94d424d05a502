#[derive(Debug, Clone, Copy, PartialEq)]
struct Marker;

#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    High,
}

use Level::High;

const LIMIT: u32 = 64;
static GREETING: &str = "hi";

fn main() {
    println!("{LIMIT} {GREETING} {Marker:?} {High:?}");
    let größe = 1.85;
    println!("{größe:.1}");
    let x = 5;
    {
        let x = "shadow";
        println!("{x}");
    }
    println!("{x}");
    println!("{x}", x = x + 1);
    println!("{0} {x}", x);
    println!("{:?}", Level::Low);
    println!("{:}|{0:}|", 1);
}
