// & patterns on values that are not references
fn main() {
    let scores = [88, 92, 75];
    let mut best = 0;
    for &s in scores {
        if s > best {
            best = s;
        }
    }
    let pair = (1u8, 2u8);
    let (&a, b) = pair;
    println!("{} {} {}", best, a, b);
}
