// A player is moved into another binding and then a method is called on the old name;
// also a struct moved out of by a field pattern is used whole.
#[derive(Debug)]
struct Player {
    name: &'static str,
    score: u32,
    inventory: Bag,
}

#[derive(Debug)]
struct Bag {
    slots: [u8; 4],
}

impl Player {
    fn summary(&self) -> u32 {
        self.score + self.inventory.slots.len() as u32
    }
}

fn main() {
    let p = Player { name: "zed", score: 40, inventory: Bag { slots: [0; 4] } };
    let winner = p;
    println!("{} {}", winner.name, p.summary());

    let q = Player { name: "amy", score: 12, inventory: Bag { slots: [1; 4] } };
    let bag = q.inventory;
    println!("{:?} {:?}", bag, q);
}
