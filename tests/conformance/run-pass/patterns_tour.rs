// Pattern forms: ref, ref mut, @ bindings, ranges, nested enums, slices, references.
#[derive(Debug)]
enum Packet {
    Ping { seq: u16 },
    Data { seq: u16, payload: [u8; 4] },
    Close(u8),
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        small @ 1..=9 if small % 2 == 0 => "small even",
        1..=9 => "small odd",
        _ => "large",
    }
}

fn main() {
    let packets = [
        Packet::Ping { seq: 1 },
        Packet::Data { seq: 2, payload: [1, 2, 3, 4] },
        Packet::Data { seq: 3, payload: [9, 0, 0, 7] },
        Packet::Close(0),
        Packet::Close(42),
    ];
    for p in &packets {
        match p {
            Packet::Ping { seq } => println!("ping #{}", seq),
            Packet::Data { seq, payload: [first, .., last] } if first > last => println!("data #{} descending", seq),
            Packet::Data { payload: [a, b, ..], .. } => println!("data starting {} {}", a, b),
            Packet::Close(code @ 1..=255) => println!("close with error {}", code),
            Packet::Close(_) => println!("clean close"),
        }
    }
    for n in [-5, 0, 4, 7, 100] {
        println!("{} is {}", n, classify(n));
    }
    let mut pair = (Tally(3), 4);
    let (ref mut a, ref b) = pair;
    a.0 += *b;
    println!("pair now {:?}", pair);
    let &(x, y) = &(1.5, 2.5);
    let [head, mid @ .., tail] = [10, 20, 30, 40, 50];
    println!("{} {} {} {:?} {}", x, y, head, mid, tail);
}

#[derive(Debug)]
struct Tally(i32);
