// Nested items inside function bodies.
fn process(values: &[i32]) -> i32 {
    const FACTOR: i32 = 3;

    struct Acc {
        total: i32,
        seen: u32,
    }

    fn weight(v: i32) -> i32 {
        v * FACTOR
    }

    let mut acc = Acc { total: 0, seen: 0 };
    for v in values {
        acc.total += weight(*v);
        acc.seen += 1;
    }
    acc.total
}

fn other() -> i32 {
    let a = Acc { total: 1, seen: 0 };
    weight(a.total) + FACTOR
}

fn main() {
    println!("{}", process(&[1, 2, 3]));
    println!("{}", other());
}
