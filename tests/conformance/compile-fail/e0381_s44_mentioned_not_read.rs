// `let _ = x;` and a wildcard match only mention a place: rustc reads
// nothing of it. A borrow, a field or an element read does need a value.
struct Reading {
    celsius: i32,
    station: u8,
}

fn sample(flag: bool) -> i32 {
    let first: i32;
    let _ = first;
    match first {
        _ => {}
    }
    if let _ = first {}
    let pair: (i32, i32);
    let _ = pair.0;
    let last: Reading;
    let temps: [i32; 3];
    let total = temps[1] + 2;
    let r = &last.celsius;
    if flag {
        return *r;
    }
    let station = last.station;
    total + station as i32
}

fn main() {
    println!("{}", sample(true));
}
