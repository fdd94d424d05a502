// A parcel sorter that matches on parcels after handing them off: rustc
// reports a moved scrutinee at the pattern's tests and bindings, keeping one
// error per move.
#[derive(Debug)]
struct Label {
    zone: u8,
}

#[derive(Debug)]
struct Parcel {
    label: Label,
    backup: Label,
    weight: u32,
}

#[derive(Debug)]
enum Slot {
    Full(Label),
    Empty,
}

fn ship(_p: Parcel) {}
fn park(_s: Slot) {}

fn sort(kind: u8) -> u32 {
    let a = Parcel { label: Label { zone: 1 }, backup: Label { zone: 2 }, weight: 3 };
    ship(a);
    match a {
        Parcel { weight: 0, .. } => {}
        Parcel { label, .. } => println!("{:?}", label),
    }

    let b = Parcel { label: Label { zone: 1 }, backup: Label { zone: 2 }, weight: 3 };
    ship(b);
    match b {
        Parcel { weight: 1, .. } => {}
        other => println!("{:?}", other),
    }

    let c = Slot::Full(Label { zone: 4 });
    park(c);
    match c {
        Slot::Empty => {}
        _ => {}
    }

    let d = Parcel { label: Label { zone: 1 }, backup: Label { zone: 2 }, weight: 3 };
    ship(d);
    let Parcel { weight: 5, .. } = d else { return 0 };

    let e = Parcel { label: Label { zone: 1 }, backup: Label { zone: 2 }, weight: 3 };
    ship(e);
    let Parcel { backup, .. } = e;
    println!("{:?}", backup);

    let f = Parcel { label: Label { zone: 1 }, backup: Label { zone: 2 }, weight: 3 };
    ship(f);
    if let Parcel { weight: 2, ref label, .. } = f {
        println!("{:?}", label);
    }

    let g = Parcel { label: Label { zone: 1 }, backup: Label { zone: 2 }, weight: 3 };
    ship(g);
    let seen = &g.label;
    println!("{:?}", seen);
    let taken = g.label;
    println!("{:?}", taken);

    let h = Parcel { label: Label { zone: 1 }, backup: Label { zone: 2 }, weight: 3 };
    ship(h);
    match h {
        _ => {}
    }

    let i = Slot::Full(Label { zone: 9 });
    park(i);
    match i {
        Slot::Full(inner) => println!("{:?}", inner),
        Slot::Empty => {}
    }

    let j = Parcel { label: Label { zone: 1 }, backup: Label { zone: 2 }, weight: 3 };
    ship(j);
    println!("{:?}", j.label);
    println!("{:?}", j.backup);
    let _k = j;
    kind as u32
}

fn main() {
    println!("{}", sort(1));
}
