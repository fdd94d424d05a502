// User profile editing with struct update syntax; the base keeps a non-Copy field.
#[derive(Debug, Clone, PartialEq)]
struct Address {
    street: [u8; 8],
    zip: u32,
}

#[derive(Debug, Clone, PartialEq)]
struct Profile {
    id: u32,
    age: u8,
    home: Address,
    work: Address,
}

fn relocate(p: Profile, zip: u32) -> Profile {
    let home = Address { zip, ..p.home };
    let moved = Profile { home, ..p };
    println!("old home {:?}", p.home);
    moved
}

fn birthday(p: Profile) -> Profile {
    let older = Profile { age: p.age + 1, ..p };
    println!("{} -> {}", p.age, older.age);
    older
}

fn swap_places(p: Profile) -> Profile {
    let home = p.work;
    let work = p.home;
    let swapped = Profile { home, work, ..p };
    println!("{}", p.work.zip);
    swapped
}

fn main() {
    let a = Address { street: *b"MAIN ST ", zip: 10001 };
    let p = Profile { id: 1, age: 30, home: a.clone(), work: a };
    let p = relocate(p, 94110);
    let p = birthday(p);
    let q = swap_places(p.clone());
    println!("{} {}", q == p, q.id);
    let r = Profile { id: 2, age: 5, ..q.home };
    println!("{:?}", r);
}
