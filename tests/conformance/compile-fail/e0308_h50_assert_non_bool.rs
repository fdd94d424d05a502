fn count_even(xs: &[i32]) -> usize {
    let mut n = 0;
    for x in xs {
        if x % 2 == 0 {
            n += 1;
        }
    }
    n
}

fn main() {
    let xs = [2, 4, 5, 8];
    let n = count_even(&xs);
    assert!(n);
    println!("{} even numbers", n);
}
