// Destructuring a borrowed order with `let`: whole-struct patterns on `*o`.
#[derive(Debug)]
struct Address {
    zip: u32,
    floor: u8,
}

#[derive(Debug)]
struct Order {
    id: u64,
    qty: u16,
    ship_to: Address,
}

fn label(o: &Order) -> u32 {
    let Order { id, qty, .. } = *o;
    (id as u32) * 100 + qty as u32
}

fn zip_of(o: &Order) -> u32 {
    let Order { ship_to: Address { zip, .. }, .. } = *o;
    zip
}

fn address_of(o: &Order) -> Address {
    let Order { ship_to, .. } = *o;
    ship_to
}

fn split(o: &mut Order) -> (u64, Address) {
    let Order { id, ship_to: addr, qty: _ } = *o;
    o.qty = 0;
    (id, addr)
}

fn floor_of(o: &Order) -> u8 {
    let Order { ship_to: ref a, .. } = *o;
    a.floor
}

fn main() {
    let mut o = Order { id: 77, qty: 3, ship_to: Address { zip: 10115, floor: 4 } };
    println!("{} {} {}", label(&o), zip_of(&o), floor_of(&o));
    let a = address_of(&o);
    let s = split(&mut o);
    println!("{:?} {:?}", a, s);
}
