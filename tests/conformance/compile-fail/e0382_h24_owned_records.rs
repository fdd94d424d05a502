// Moving non-Copy records through loops, matches, struct and tuple fields.
#[derive(Debug)]
struct Parcel {
    id: u32,
    weight: u32,
}

#[derive(Debug)]
struct Truck {
    cargo: Parcel,
    spare: Parcel,
}

#[derive(Debug)]
enum Event {
    Loaded(Parcel),
    Idle,
}

fn ship(p: Parcel) -> u32 {
    p.weight
}

fn in_loop() -> u32 {
    let p = Parcel { id: 1, weight: 5 };
    let mut total = 0;
    for _ in 0..3 {
        total += ship(p);
    }
    total
}

fn through_match(e: Event) -> u32 {
    let n = match e {
        Event::Loaded(p) => ship(p),
        Event::Idle => 0,
    };
    println!("{:?}", e);
    n
}

fn struct_fields(t: Truck) -> u32 {
    let a = t.cargo;
    let b = t.cargo;
    ship(a) + ship(b) + t.spare.id
}

fn tuple_fields(pair: (Parcel, Parcel)) -> u32 {
    let first = pair.0;
    let w = ship(first);
    w + pair.1.weight + pair.0.id
}

fn whole_after_field(t: Truck) -> Truck {
    let c = t.cargo;
    println!("{:?}", c);
    t
}

fn while_moves(mut left: u32) -> u32 {
    let p = Parcel { id: 2, weight: 1 };
    let mut sum = 0;
    while left > 0 {
        let q = p;
        sum += q.weight;
        left -= 1;
    }
    sum
}

fn main() {
    println!("{} {}", in_loop(), through_match(Event::Idle));
    let t = Truck { cargo: Parcel { id: 1, weight: 1 }, spare: Parcel { id: 2, weight: 2 } };
    println!("{}", struct_fields(t));
    println!("{}", tuple_fields((Parcel { id: 3, weight: 3 }, Parcel { id: 4, weight: 4 })));
    let t2 = Truck { cargo: Parcel { id: 5, weight: 5 }, spare: Parcel { id: 6, weight: 6 } };
    println!("{:?} {}", whole_after_field(t2), while_moves(2));
}
