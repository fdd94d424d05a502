// Taking values apart by value where it is allowed: `self` receivers,
// owned arrays, tuples, and fresh values returned from functions.
#[derive(Debug)]
struct Parcel {
    weight: u32,
    dest: Dest,
}

#[derive(Debug)]
struct Dest {
    zone: u8,
    code: u32,
}

impl Parcel {
    fn into_dest(self) -> Dest {
        self.dest
    }

    fn split(self) -> (u32, Dest) {
        let Parcel { weight, dest } = self;
        (weight, dest)
    }

    fn relabel(mut self, zone: u8) -> Parcel {
        self.dest = Dest { zone, code: self.dest.code };
        self
    }
}

fn make(i: u32) -> Parcel {
    Parcel { weight: i * 3, dest: Dest { zone: (i % 4) as u8, code: 1000 + i } }
}

fn heaviest(ps: [Parcel; 3]) -> Parcel {
    let [a, b, c] = ps;
    let ab = if a.weight >= b.weight { a } else { b };
    if ab.weight >= c.weight { ab } else { c }
}

fn main() {
    let p = make(5).relabel(9);
    let (w, d) = p.split();
    println!("{} {:?}", w, d);
    let pair = (make(1), make(2));
    let first_dest = pair.0.into_dest();
    let second = pair.1;
    println!("{:?} {:?}", first_dest, second);
    let mut zone_total = 0;
    for p in [make(7), make(8), make(9)] {
        let dest = p.dest;
        zone_total += dest.zone as u32;
    }
    println!("zones {}", zone_total);
    let top = heaviest([make(4), make(11), make(6)]);
    println!("{:?}", top.into_dest());
    let mut slot = make(3);
    let old_dest = slot.dest;
    slot.dest = Dest { zone: 0, code: old_dest.code + 1 };
    println!("{:?} {:?}", old_dest, slot);
}
