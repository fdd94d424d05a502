// `for x in arr` yields values, so `*x` has nothing to dereference.
fn main() {
    let weights = [2u32, 3, 5];
    let mut total = 0;
    for w in weights {
        total += *w;
    }
    let mut heavy = 0;
    for w in &weights {
        if *w > 2 {
            heavy += 1;
        }
    }
    println!("{total} {heavy}");
}
