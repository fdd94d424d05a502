#[derive(Debug)]
struct Packet {
    id: u32,
    payload: [u8; 4],
}

fn consume(p: Packet) -> u32 {
    p.id + p.payload[0] as u32
}

fn main() {
    let p = Packet { id: 7, payload: [1, 2, 3, 4] };
    let mut total = 0;
    let mut i = 0;
    while i < 3 {
        if i == 2 {
            total += consume(p);
        }
        i += 1;
    }
    println!("{}", total);
    let q = Packet { id: 1, payload: [0; 4] };
    'outer: loop {
        for k in 0..4 {
            if k == 3 {
                let _moved = q;
                break 'outer;
            }
        }
    }
    println!("{:?}", q);
}
