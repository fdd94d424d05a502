// Comparisons between references and values.
fn count_above(xs: &[u32], limit: u32) -> usize {
    let mut n = 0;
    for x in xs {
        if x > limit {
            n += 1;
        }
    }
    n
}

fn contains(xs: &[char], c: &char) -> bool {
    for x in xs.iter() {
        if x == c {
            return true;
        }
        if *x == c {
            return true;
        }
    }
    false
}

fn main() {
    let xs = [3, 8, 12];
    let lim = 5;
    let r = &lim;
    let a = r < 10;
    let b = &r == &&5;
    let c = r == &5;
    let d = xs[0] == r;
    println!("{} {} {} {} {} {}", count_above(&xs, 5), contains(&['a'], &'a'), a, b, c, d);
}
