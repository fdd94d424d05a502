struct Packet {
    id: u32,
    len: u16,
    flags: u8,
}

fn id_of(p: &Packet) -> u32 {
    let Packet { .., id } = p;
    *id
}

fn main() {
    let p = Packet { id: 9, len: 0, flags: 0 };
    println!("{} {} {}", id_of(&p), p.len, p.flags);
}
