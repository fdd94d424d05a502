// Moves that are fine: re-initialisation after a move, moves in exclusive
// branches, Copy types reused, and borrowing instead of moving.

#[derive(Debug)]
struct Parcel {
    id: u32,
    grams: u32,
}

#[derive(Debug, Clone, Copy)]
struct Tag {
    code: u16,
}

fn deliver(p: Parcel) -> u32 {
    println!("delivered {:?}", p);
    p.grams
}

fn weigh(p: &Parcel) -> u32 {
    println!("weighing parcel {}", p.id);
    p.grams
}

fn main() {
    let mut p = Parcel { id: 1, grams: 500 };
    let w = weigh(&p);
    let mut total = deliver(p);
    p = Parcel { id: 2, grams: 750 + w };
    total += deliver(p);

    let q = Parcel { id: 3, grams: 120 };
    if total > 1000 {
        total += deliver(q);
    } else {
        println!("holding {:?}", q);
    }

    let t = Tag { code: 9 };
    let copies = [t, t, t];
    println!("{:?} {}", copies, t.code);

    let mut queue = [Parcel { id: 4, grams: 10 }, Parcel { id: 5, grams: 20 }];
    for slot in queue.iter_mut() {
        slot.grams *= 2;
    }
    for item in queue {
        total += deliver(item);
    }
    println!("total {}", total);
}
