#[derive(Debug)]
struct Record {
    key: [u8; 3],
    weight: u32,
}

#[derive(Debug)]
enum Batch {
    Single(Record),
    Double(Record, Record),
    Empty,
}

fn heaviest(batches: [Batch; 2]) -> u32 {
    let mut best = 0;
    for _pass in 0..2 {
        match batches {
            [Batch::Single(r), _] => best = best.max(r.weight),
            [Batch::Double(a, _), _] => best = best.max(a.weight),
            _ => {}
        }
    }
    best
}

fn split(b: Batch) -> u32 {
    let first = match b {
        Batch::Double(a, _) => a,
        _ => return 0,
    };
    println!("{:?}", b);
    first.weight
}

fn main() {
    let r1 = Record { key: *b"abc", weight: 4 };
    let r2 = Record { key: *b"def", weight: 9 };
    println!("{}", split(Batch::Double(r1, r2)));
    println!("{}", heaviest([Batch::Empty, Batch::Empty]));
}
