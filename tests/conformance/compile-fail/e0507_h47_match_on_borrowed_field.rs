// Matching on fields of &self by value binds non-Copy payloads by move.
#[derive(Debug)]
struct Payload {
    bytes: [u8; 4],
}

#[derive(Debug)]
enum Slot {
    Empty,
    Full(Payload),
    Reserved { owner: u32, data: Payload },
}

#[derive(Debug)]
struct Table {
    slots: [Slot; 3],
    current: Slot,
}

impl Table {
    fn first_byte(&self) -> u8 {
        match self.current {
            Slot::Full(p) => p.bytes[0],
            Slot::Reserved { owner, .. } => owner as u8,
            Slot::Empty => 0,
        }
    }

    fn owner_of(&self, i: usize) -> u32 {
        match &self.slots[i] {
            Slot::Reserved { owner, .. } => *owner,
            _ => 0,
        }
    }

    fn take_data(&self, i: usize) -> Payload {
        if let Slot::Reserved { data, .. } = self.slots[i] {
            return data;
        }
        Payload { bytes: [0; 4] }
    }

    fn peek(&self) -> &Payload {
        match self.current {
            Slot::Full(ref p) => p,
            _ => &Payload { bytes: [9; 4] },
        }
    }
}

fn main() {
    let t = Table {
        slots: [Slot::Empty, Slot::Full(Payload { bytes: [1; 4] }), Slot::Reserved { owner: 7, data: Payload { bytes: [2; 4] } }],
        current: Slot::Full(Payload { bytes: [3, 4, 5, 6] }),
    };
    println!("{} {} {:?} {:?}", t.first_byte(), t.owner_of(2), t.take_data(2), t.peek());
}
