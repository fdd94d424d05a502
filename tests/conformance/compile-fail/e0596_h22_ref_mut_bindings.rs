// A stock ticker that takes `ref mut` bindings out of places that are not mutable.
#[derive(Debug, Clone, Copy)]
struct Quote {
    price: u32,
    volume: u32,
}

fn apply_split(q: Quote, ratio: u32) -> Quote {
    let Quote { ref mut price, volume } = q;
    *price /= ratio;
    Quote { price: *price, volume: volume * ratio }
}

fn bump_pair(pair: (u32, u32)) -> u32 {
    match pair {
        (0, _) => 0,
        (ref low, ref mut high) => {
            *high += 1;
            *low + *high
        }
    }
}

fn tally(mut totals: [u32; 2], q: &Quote) -> [u32; 2] {
    let [ref mut count, ref mut volume] = totals;
    *count += 1;
    *volume += q.volume;
    totals
}

fn main() {
    let q = Quote { price: 120, volume: 10 };
    let split = apply_split(q, 2);
    let t = tally([0, 0], &split);
    let day = (q.price, split.price);
    if let (_, ref mut p) = day {
        *p += 1;
    }
    println!("{:?} {:?} {}", split, t, bump_pair(day));
}
