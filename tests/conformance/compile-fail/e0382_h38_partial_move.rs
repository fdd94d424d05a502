// Struct update syntax and match bindings that move non-Copy fields.
#[derive(Debug)]
struct Address {
    street: &'static str,
    number: u32,
}

#[derive(Debug)]
struct User {
    active: bool,
    home: Address,
    sign_in_count: u64,
}

#[derive(Debug)]
enum Parcel {
    Letter(Address),
    Box { to: Address, kg: u32 },
}

fn main() {
    let user1 = User {
        active: true,
        home: Address { street: "Main", number: 1 },
        sign_in_count: 1,
    };
    let user2 = User { active: false, ..user1 };
    println!("{} {}", user1.active, user1.sign_in_count);
    println!("{:?}", user1);
    println!("{:?}", user2);

    let p = Parcel::Letter(Address { street: "Elm", number: 9 });
    match p {
        Parcel::Letter(addr) => println!("letter to {:?}", addr),
        Parcel::Box { kg, .. } => println!("box {kg}"),
    }
    println!("{:?}", p);
}
