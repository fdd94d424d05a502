// returning a float from a function that promises an integer
fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 {
        return 0;
    }
    let p = part as f64 / whole as f64 * 100.0;
    return p;
}

fn main() {
    println!("{}%", percent(3, 4));
}
