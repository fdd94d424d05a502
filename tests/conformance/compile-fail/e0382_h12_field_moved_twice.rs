// A courier route: the same non-Copy field is moved out twice.
#[derive(Debug)]
struct Address {
    street: &'static str,
    number: u32,
}

impl Address {
    fn into_label(self) -> u32 {
        println!("{} {}", self.street, self.number);
        self.number
    }

    fn is_even_side(&self) -> bool {
        self.number % 2 == 0
    }
}

struct Stop {
    address: Address,
    parcels: u32,
}

fn deliver(a: Address, parcels: u32) -> u32 {
    println!("{} parcels to {}", parcels, a.street);
    parcels
}

fn main() {
    let first = Stop { address: Address { street: "Elm", number: 4 }, parcels: 2 };
    let done = deliver(first.address, first.parcels);
    let again = deliver(first.address, 1);
    println!("{} {}", done, again);
    let second = Stop { address: Address { street: "Oak", number: 7 }, parcels: 1 };
    let label = second.address.into_label();
    if second.address.is_even_side() {
        println!("even side, label {}", label);
    }
}
