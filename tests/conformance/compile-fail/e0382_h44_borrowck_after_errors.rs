// Moves and uninitialised reads in bodies next to type errors.
#[derive(Debug)]
struct Packet {
    id: u32,
    payload: [u8; 4],
}

fn consume(p: Packet) -> u32 {
    p.id
}

fn resend(p: Packet) {
    let first = consume(p);
    let again = consume(p);
    println!("{} {}", first, again);
}

fn tally() -> i32 {
    let total: i32;
    if false {
        total = 1;
    }
    total
}

fn bad_sum(p: &Packet) -> u8 {
    let mut s = 0u8;
    for b in p.payload {
        s += b;
    }
    let out: u32 = s;
    s
}

fn main() {
    let p = Packet { id: 7, payload: [1, 2, 3, 4] };
    resend(p);
    println!("{}", tally());
    let q = Packet { id: 8, payload: [0; 4] };
    println!("{}", bad_sum(&q));
    let x = 5;
    x = 6;
    println!("{}", x);
}
