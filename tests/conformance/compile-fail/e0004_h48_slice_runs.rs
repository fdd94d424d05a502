// Run-length check over a slice: the match forgets the empty slice.
fn longest_run(xs: &[i32]) -> usize {
    match xs {
        [first, rest @ ..] => {
            let mut best = 1;
            let mut cur = 1;
            let mut prev = *first;
            for &x in rest {
                if x == prev {
                    cur += 1;
                    best = best.max(cur);
                } else {
                    cur = 1;
                }
                prev = x;
            }
            best
        }
    }
}

fn describe(xs: &[i32]) -> &'static str {
    match xs {
        [] => "nothing",
        [_] => "one",
        [a, b] if a == b => "pair",
    }
}

fn main() {
    let data = [1, 1, 2, 2, 2, 3, 1, 1];
    println!("longest run: {}", longest_run(&data));
    println!("{}", describe(&data[..2]));
}
