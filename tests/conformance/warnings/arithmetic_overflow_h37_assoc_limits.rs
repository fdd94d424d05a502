// lints: arithmetic_overflow unconditional_panic
// regen: build
// Limits of a packet format, kept as associated consts; none of the bad ones is used.
const HEADER: usize = 4;
const CHANNELS: u32 = 0;

struct Packet {
    bytes: [u8; 8],
}

impl Packet {
    const MAX_PAYLOAD: u8 = 250 + 10;
    const PER_CHANNEL: u32 = 4096 / CHANNELS;
    const FLAGS: u16 = 1 << 16;
    const LAST: usize = HEADER - 5;
    const CHECKSUM_SEED: i8 = -128 - 1;
    const HEADER_LEN: usize = HEADER;
    const SPARE: u32 = 7 % CHANNELS;

    fn header(&self) -> [u8; 4] {
        [self.bytes[0], self.bytes[1], self.bytes[2], self.bytes[3]]
    }

    fn payload_len(&self) -> usize {
        self.bytes.len() - Self::HEADER_LEN
    }
}

#[allow(arithmetic_overflow)]
impl Packet {
    const WRAPPED: u8 = 255 + 255;
}

struct Frame;

impl Frame {
    #[allow(unconditional_panic)]
    const SILENT: u32 = 1 / CHANNELS;
    const LOUD: u32 = 2 / CHANNELS;
}

fn main() {
    let p = Packet { bytes: [1, 2, 3, 4, 5, 6, 7, 8] };
    println!("{:?} {}", p.header(), p.payload_len());
}
