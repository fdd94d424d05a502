// `rest @ ..` inside an array pattern binds a smaller array, not a slice.
fn checksum3(bytes: [u8; 3]) -> u8 {
    bytes[0] ^ bytes[1] ^ bytes[2]
}

fn middle_sum(m: &[u8; 2]) -> u32 {
    m[0] as u32 + m[1] as u32
}

fn parse(frame: [u8; 4]) -> (u8, u8) {
    let [kind, payload @ ..] = frame;
    (kind, checksum3(payload))
}

fn inner(frame: &[u8; 4]) -> u32 {
    let [_, mid @ .., _] = frame;
    middle_sum(mid)
}

fn main() {
    let frame = [7u8, 1, 2, 3];
    let (k, c) = parse(frame);
    println!("kind={} check={}", k, c);
    println!("inner={}", inner(&frame));
    match frame {
        [first, rest @ ..] => {
            let copy: [u8; 3] = rest;
            println!("{} {:?}", first, copy);
        }
    }
}
