// Mail room: letters (non-Copy structs) are sorted into bins and handed
// to couriers. Ownership mistakes are the classic trap here.

const BINS: usize = 3;
const BIN_CAP: usize = 4;

#[derive(Debug, Clone, PartialEq)]
struct Address {
    street: &'static str,
    number: u16,
    zone: u8,
}

#[derive(Debug, Clone, PartialEq)]
struct Letter {
    id: u32,
    to: Address,
    weight_g: u16,
    express: bool,
}

#[derive(Debug)]
struct Bin {
    zone: u8,
    letters: [Letter; BIN_CAP],
    used: usize,
}

#[derive(Debug)]
struct Courier {
    name: &'static str,
    route: [u8; 2],
    carried: u32,
    load_g: u32,
}

fn placeholder() -> Letter {
    Letter { id: 0, to: Address { street: "", number: 0, zone: 0 }, weight_g: 0, express: false }
}

impl Bin {
    fn new(zone: u8) -> Bin {
        Bin {
            zone,
            letters: [placeholder(), placeholder(), placeholder(), placeholder()],
            used: 0,
        }
    }

    fn put(&mut self, l: Letter) -> bool {
        if self.used == BIN_CAP {
            return false;
        }
        self.letters[self.used] = l;
        self.used += 1;
        true
    }

    fn weight(&self) -> u32 {
        let mut w = 0;
        for l in &self.letters[..self.used] {
            w += l.weight_g as u32;
        }
        w
    }

    fn express_count(&self) -> usize {
        let mut n = 0;
        for l in self.letters[..self.used].iter() {
            if l.express {
                n += 1;
            }
        }
        n
    }
}

impl Courier {
    fn serves(&self, zone: u8) -> bool {
        self.route[0] == zone || self.route[1] == zone
    }

    fn take(&mut self, bin: &mut Bin) {
        self.carried += bin.used as u32;
        self.load_g += bin.weight();
        bin.used = 0;
    }
}

fn postage(l: &Letter) -> u32 {
    let base = match l.weight_g {
        0..=20 => 60,
        21..=100 => 110,
        101..=500 => 240,
        _ => 500,
    };
    if l.express { base * 2 } else { base }
}

fn sort_into(bins: &mut [Bin; BINS], l: Letter) -> bool {
    for b in bins.iter_mut() {
        if b.zone == l.to.zone {
            return b.put(l);
        }
    }
    false
}

fn main() {
    let mut bins = [Bin::new(1), Bin::new(2), Bin::new(3)];
    let home = Address { street: "Elm St", number: 12, zone: 1 };
    let office = Address { street: "Main Rd", number: 400, zone: 2 };
    let farm = Address { street: "Mill Ln", number: 7, zone: 3 };

    let letters = [
        Letter { id: 1, to: home.clone(), weight_g: 15, express: false },
        Letter { id: 2, to: office.clone(), weight_g: 80, express: true },
        Letter { id: 3, to: farm, weight_g: 300, express: false },
        Letter { id: 4, to: home, weight_g: 20, express: true },
        Letter { id: 5, to: office, weight_g: 900, express: false },
    ];

    let mut revenue = 0;
    let mut rejected = 0;
    for l in letters {
        revenue += postage(&l);
        if !sort_into(&mut bins, l) {
            rejected += 1;
            println!("could not sort letter {}", l.id);
        }
    }
    println!("revenue {} cents, rejected {}", revenue, rejected);

    let mut couriers = [
        Courier { name: "Ada", route: [1, 2], carried: 0, load_g: 0 },
        Courier { name: "Bo", route: [3, 3], carried: 0, load_g: 0 },
    ];
    for b in bins.iter_mut() {
        let express = b.express_count();
        let chosen: usize;
        for (i, c) in couriers.iter().enumerate() {
            if c.serves(b.zone) {
                chosen = i;
            }
        }
        println!("zone {} has {} express letters", b.zone, express);
        couriers[chosen].take(b);
    }
    for c in couriers.iter() {
        println!("{} carries {} letters, {} g", c.name, c.carried, c.load_g);
    }
    let reprint = Letter { id: 99, ..placeholder() };
    println!("{:?}", reprint.to);
}
