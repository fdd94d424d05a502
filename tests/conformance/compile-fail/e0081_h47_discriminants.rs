// Explicit discriminants: duplicates, overflow, casts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Ok = 200,
    Created = 201,
    Accepted,
    NoContent = 202,
    NotFound = 404,
}

#[derive(Debug, Clone, Copy)]
enum Small {
    A = -1,
    B,
    C = 5,
}

const BASE: isize = 100;

#[derive(Debug, Clone, Copy)]
enum Derived {
    First = BASE,
    Second = BASE + 10,
    Third,
}

fn main() {
    let s = Status::NotFound;
    println!("{} {}", s as u16, Status::Accepted as i32);
    println!("{} {}", Small::A as u8, Small::B as i8);
    println!("{}", Derived::Third as i64);
    let f = Status::Ok as f64;
    let c = Small::C as char;
    let b = Small::C as bool;
    println!("{} {} {} {:?} {:?}", f, c, b, Derived::First, Derived::Second);
}
