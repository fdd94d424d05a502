// A badge is moved into one struct literal and then handed to a second one; the
// engineer's address is moved out of its field and the whole engineer is used again.
#[derive(Debug)]
struct Badge {
    id: u32,
    zones: [u8; 3],
}

#[derive(Debug)]
struct Address {
    street: &'static str,
    number: u16,
}

#[derive(Debug)]
struct Engineer {
    name: &'static str,
    home: Address,
    level: u8,
}

#[derive(Debug)]
struct Assignment {
    badge: Badge,
    site: &'static str,
}

fn ship_to(address: Address) -> u16 {
    println!("shipping to {}", address.street);
    address.number
}

fn main() {
    let badge = Badge { id: 7, zones: [1, 2, 4] };
    let north = Assignment { badge, site: "north" };
    let south = Assignment { badge: badge, site: "south" };
    println!("{:?} {:?}", north, south);

    let eng = Engineer { name: "Ada", home: Address { street: "Mill Rd", number: 12 }, level: 3 };
    let door = ship_to(eng.home);
    println!("door {} for {} (level {})", door, eng.name, eng.level);
    let copy_level = eng.level;
    println!("{:?} {}", eng, copy_level);
}
