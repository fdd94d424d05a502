// A warehouse model whose slot type is misspelled; bodies touching it have other mistakes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Zone {
    Cold,
    Dry,
    Hazard,
}

struct Slot {
    zone: Zone,
    code: SlotCod,
    filled: bool,
}

fn zone_fee(s: &Slot) -> u32 {
    let label = s.code;
    match s.zone {
        Zone::Cold => 30,
        Zone::Dry => 10,
    }
}

fn fill(s: &Slot) {
    let marker = s.code;
    let count = 0;
    count = 1;
    s.filled = true;
}

fn first_free(slots: &[Slot]) -> usize {
    let idx: usize;
    for (i, s) in slots.iter().enumerate() {
        if !s.filled && s.code != 0 {
            return i;
        }
    }
    idx
}

fn main() {
    let s = Slot { zone: Zone::Hazard, code: 4, filled: false };
    fill(&s);
    println!("{} {}", zone_fee(&s), first_free(&[s]));
}
