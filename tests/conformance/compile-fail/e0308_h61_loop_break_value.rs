// loop with break value of the wrong type
fn first_multiple(of: u32, above: u32) -> u32 {
    let mut n = above + 1;
    let found: u32 = loop {
        if n % of == 0 {
            break n as u64;
        }
        n += 1;
    };
    found
}

fn main() {
    let r = first_multiple(7, 30);
    let idx = loop {
        if r > 10 {
            break 1;
        }
        break "none";
    };
    println!("{} {}", r, idx);
}
