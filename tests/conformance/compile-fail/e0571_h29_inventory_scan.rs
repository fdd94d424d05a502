// An inventory scanner that tries to break out of while-let and labelled while loops with values.
#[derive(Debug, Clone, Copy)]
struct Bin {
    sku: u32,
    qty: u16,
}

const BINS: [Bin; 4] = [
    Bin { sku: 100, qty: 5 },
    Bin { sku: 101, qty: 0 },
    Bin { sku: 102, qty: 12 },
    Bin { sku: 103, qty: 0 },
];

fn first_empty(bins: &[Bin]) -> u32 {
    let mut rest = bins;
    let found = while let [head, tail @ ..] = rest {
        if head.qty == 0 {
            break head.sku;
        }
        rest = tail;
    };
    found
}

fn total_until(limit: u32) -> u32 {
    let mut i = 0;
    let mut sum = 0u32;
    'scan: while i < BINS.len() {
        sum += BINS[i].qty as u32;
        if sum > limit {
            break 'scan sum;
        }
        i += 1;
    }
    sum
}

fn restock_target(bins: &[Bin]) -> u16 {
    let target = loop {
        let mut best = 0;
        for b in bins {
            best = best.max(b.qty);
        }
        break best * 2;
    };
    target
}

fn main() {
    println!("{} {} {}", first_empty(&BINS), total_until(10), restock_target(&BINS));
}
