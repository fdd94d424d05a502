// Labelled blocks nested in loops: `break 'blk` leaves the block, not the loop.
#[derive(Debug, Clone, Copy)]
enum Packet {
    Data(u8, u16),
    Ack(u16),
    Ping,
    Close,
}

fn process(stream: &[Packet]) -> (u32, u32, u32) {
    let mut data_bytes = 0u32;
    let mut acks = 0u32;
    let mut ignored = 0u32;
    let mut idx = 0;
    'conn: while idx < stream.len() {
        let p = stream[idx];
        idx += 1;
        'handle: {
            let Packet::Data(chan, len) = p else {
                match p {
                    Packet::Ack(seq) => acks += seq as u32,
                    Packet::Close => break 'conn,
                    _ => {}
                }
                break 'handle;
            };
            if chan > 3 {
                ignored += 1;
                break 'handle;
            }
            if len == 0 {
                continue 'conn;
            }
            data_bytes += len as u32;
        }
        if idx % 4 == 0 {
            println!("  checkpoint after {idx} packets");
        }
    }
    (data_bytes, acks, ignored)
}

fn main() {
    let stream = [
        Packet::Data(1, 100),
        Packet::Ack(1),
        Packet::Data(9, 50),
        Packet::Ping,
        Packet::Data(2, 0),
        Packet::Data(0, 12),
        Packet::Close,
        Packet::Data(1, 999),
    ];
    let (d, a, i) = process(&stream);
    println!("data={d} acks={a} ignored={i}");
    let (d2, _, _) = process(&stream[..3]);
    println!("partial data={d2}");
}
