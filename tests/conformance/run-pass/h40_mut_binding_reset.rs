// `mut` on a binding under a default binding mode binds by value (edition 2021).
#[derive(Debug, Clone, Copy)]
struct Range {
    lo: i32,
    hi: i32,
}

fn widen(r: &Range) -> Range {
    let Range { mut lo, mut hi } = r;
    lo -= 1;
    hi += 1;
    Range { lo, hi }
}

fn total_span(ranges: &[Range]) -> i32 {
    let mut sum = 0;
    for Range { lo, mut hi } in ranges {
        if hi < *lo {
            hi = *lo;
        }
        sum += hi - lo;
    }
    sum
}

fn step(pair: &(u32, u32)) -> u32 {
    match pair {
        (mut count, limit) => {
            while count < *limit {
                count += 2;
            }
            count
        }
    }
}

fn main() {
    let r = Range { lo: 3, hi: 7 };
    println!("{:?}", widen(&r));
    println!("{}", total_span(&[r, Range { lo: 5, hi: 2 }, Range { lo: -1, hi: 1 }]));
    println!("{}", step(&(1, 10)));
}
