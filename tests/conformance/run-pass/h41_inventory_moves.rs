// A packing pipeline where non-Copy parcels are moved through stages and consumed at the end.
#[derive(Debug, PartialEq)]
struct Parcel {
    id: u32,
    weight_g: u32,
    fragile: bool,
    stamps: [u8; 4],
    stamp_count: usize,
}

#[derive(Debug)]
enum Route {
    Ground(Parcel),
    Air { parcel: Parcel, priority: u8 },
    Rejected { id: u32, reason: &'static str },
}

#[derive(Default, Debug)]
struct Ledger {
    shipped: u32,
    rejected: u32,
    grams: u64,
}

fn stamp(mut p: Parcel, code: u8) -> Parcel {
    if p.stamp_count < p.stamps.len() {
        p.stamps[p.stamp_count] = code;
        p.stamp_count += 1;
    }
    p
}

fn route(p: Parcel) -> Route {
    match p.weight_g {
        0 => Route::Rejected { id: p.id, reason: "empty" },
        w if w > 30_000 => Route::Rejected { id: p.id, reason: "too heavy" },
        w if w < 2_000 && !p.fragile => Route::Air { priority: (3 - w / 1000) as u8, parcel: p },
        _ => Route::Ground(p),
    }
}

fn ship(r: Route, ledger: &mut Ledger) {
    let p = match r {
        Route::Rejected { id, reason } => {
            println!("parcel {:>3} rejected: {}", id, reason);
            ledger.rejected += 1;
            return;
        }
        Route::Air { parcel, priority } => {
            println!("parcel {:>3} by air, priority {}", parcel.id, priority);
            stamp(parcel, b'A')
        }
        Route::Ground(parcel) => {
            let parcel = if parcel.fragile { stamp(parcel, b'F') } else { parcel };
            println!("parcel {:>3} by ground", parcel.id);
            parcel
        }
    };
    ledger.shipped += 1;
    ledger.grams += p.weight_g as u64;
    print!("    stamps:");
    for &s in &p.stamps[..p.stamp_count] {
        print!(" {}", s as char);
    }
    println!();
}

fn main() {
    let mut ledger = Ledger::default();
    let specs: [(u32, bool); 6] = [(1_200, false), (45_000, true), (0, false), (8_000, true), (1_900, true), (500, false)];
    let mut next_id = 100;
    for (w, fragile) in specs {
        let mut p = Parcel { id: next_id, weight_g: w, fragile, stamps: [0; 4], stamp_count: 0 };
        next_id += 1;
        p = stamp(p, b'S');
        if w % 1000 == 0 {
            p = stamp(p, b'R');
        }
        let r = route(p);
        ship(r, &mut ledger);
    }
    let last = Parcel { id: 999, weight_g: 10, fragile: false, stamps: [b'X'; 4], stamp_count: 4 };
    let again = stamp(last, b'Z');
    assert_eq!(again.stamps, [b'X'; 4]);
    ship(Route::Ground(again), &mut ledger);
    println!("{:?}", ledger);
}
