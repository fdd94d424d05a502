// Searching a sorted price table with `loop` and `break value`; the break
// values disagree in type.

const PRICES: [u32; 8] = [120, 250, 399, 480, 510, 799, 1200, 1999];

fn first_at_least(limit: u32) -> usize {
    let mut i = 0;
    let found = loop {
        if i == PRICES.len() {
            break -1;
        }
        if PRICES[i] >= limit {
            break i;
        }
        i += 1;
    };
    found
}

fn count_below(limit: u32) -> u32 {
    let mut i = 0usize;
    loop {
        if i >= PRICES.len() || PRICES[i] >= limit {
            break i;
        }
        i += 1;
    }
}

fn has_price(p: u32) -> bool {
    let mut lo = 0;
    let mut hi = PRICES.len();
    loop {
        if lo >= hi {
            break false;
        }
        let mid = (lo + hi) / 2;
        if PRICES[mid] == p {
            break;
        } else if PRICES[mid] < p {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
}

fn main() {
    println!("{}", first_at_least(500));
    println!("{}", count_below(500));
    println!("{}", has_price(799));
}
