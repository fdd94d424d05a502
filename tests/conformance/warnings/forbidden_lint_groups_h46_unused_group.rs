// lints: forbidden_lint_groups
// The `unused` group is forbidden crate-wide; individual members are re-allowed below.
#![forbid(unused)]

struct Packet {
    seq: u32,
    payload: [u8; 4],
}

#[allow(unused_variables)]
fn parse(raw: &[u8; 5]) -> Packet {
    let header = raw[0];
    Packet { seq: raw[0] as u32, payload: [raw[1], raw[2], raw[3], raw[4]] }
}

#[allow(dead_code)]
fn retired() {}

fn checksum(p: &Packet) -> u32 {
    let mut sum = p.seq;
    for b in p.payload {
        sum += b as u32;
    }
    sum
}

fn main() {
    let p = parse(&[1, 2, 3, 4, 5]);
    println!("{}", checksum(&p));
}
