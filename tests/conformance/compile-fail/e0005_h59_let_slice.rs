fn total(xs: &[u32]) -> u32 {
    let [first, rest @ ..] = xs;
    let mut t = *first;
    for r in rest {
        t += r;
    }
    t
}

fn main() {
    let v = [4, 5, 6];
    println!("{}", total(&v));
}
