#[derive(Debug)]
struct Name {
    first: &'static str,
}

#[derive(Debug)]
struct User {
    name: Name,
    age: u8,
    admin: bool,
}

fn promote(u: User) -> User {
    User { admin: true, ..u }
}

fn main() {
    let base = User { name: Name { first: "ann" }, age: 30, admin: false };
    let u2 = User { age: 31, ..base };
    println!("{:?}", base.name);
    println!("{}", base.age);
    let u3 = promote(u2);
    let u4 = promote(u2);
    let n = u3.name;
    println!("{:?} {:?}", u3, u4);
    let flag = true;
    flag = false;
    let mut unused = flag;
}
