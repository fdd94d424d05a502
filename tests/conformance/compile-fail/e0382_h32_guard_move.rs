#[derive(Debug)]
struct Ticket {
    seat: u16,
    holder: Holder,
}

#[derive(Debug)]
struct Holder {
    age: u8,
}

fn verify(h: Holder) -> bool {
    h.age >= 18
}

fn main() {
    let t = Ticket { seat: 12, holder: Holder { age: 30 } };
    let zone = match t.seat {
        0..=9 => "front",
        s if s < 50 && verify(t.holder) => "middle-adult",
        50..=99 => "back",
        _ => {
            println!("{:?}", t.holder);
            "standing"
        }
    };
    println!("{}", zone);
}
