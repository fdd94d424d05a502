// An MSB-first bit reader/writer pair packing variable-width fields into bytes.
struct BitWriter {
    buf: [u8; 32],
    bits: usize,
}

impl BitWriter {
    fn new() -> Self {
        BitWriter { buf: [0; 32], bits: 0 }
    }

    fn write(&mut self, value: u32, width: u32) {
        assert!(width <= 32 && (width == 32 || value >> width == 0), "{} does not fit in {} bits", value, width);
        for i in (0..width).rev() {
            let bit = (value >> i) & 1;
            if bit == 1 {
                self.buf[self.bits / 8] |= 0x80 >> (self.bits % 8);
            }
            self.bits += 1;
        }
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[..(self.bits + 7) / 8]
    }
}

struct BitReader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    fn read(&mut self, width: u32) -> u32 {
        let mut v = 0u32;
        for _ in 0..width {
            let byte = self.data[self.pos / 8];
            let bit = (byte >> (7 - self.pos % 8)) & 1;
            v = (v << 1) | bit as u32;
            self.pos += 1;
        }
        v
    }

    fn read_signed(&mut self, width: u32) -> i32 {
        let raw = self.read(width);
        let shift = 32 - width;
        ((raw << shift) as i32) >> shift
    }

    fn remaining(&self) -> usize {
        self.data.len() * 8 - self.pos
    }
}

#[derive(Debug, PartialEq, Clone, Copy)]
struct Record {
    version: u8,
    flags: u8,
    delta: i16,
    id: u32,
}

const LAYOUT: [(&str, u32); 4] = [("version", 3), ("flags", 5), ("delta", 12), ("id", 20)];

fn main() {
    let recs = [
        Record { version: 5, flags: 0b10101, delta: -300, id: 0xABCDE },
        Record { version: 0, flags: 31, delta: 2047, id: 1 },
        Record { version: 7, flags: 0, delta: -2048, id: 0 },
    ];
    let mut w = BitWriter::new();
    for r in &recs {
        w.write(r.version as u32, LAYOUT[0].1);
        w.write(r.flags as u32, LAYOUT[1].1);
        w.write(r.delta as u32 & 0xFFF, LAYOUT[2].1);
        w.write(r.id, LAYOUT[3].1);
    }
    println!("{} bits in {} bytes", w.bits, w.bytes().len());
    for chunk_start in (0..w.bytes().len()).step_by(8) {
        let end = (chunk_start + 8).min(w.bytes().len());
        println!("{:04x}: {:02x?}", chunk_start, &w.bytes()[chunk_start..end]);
    }
    let mut r = BitReader { data: w.bytes(), pos: 0 };
    for expected in recs {
        let got = Record {
            version: r.read(LAYOUT[0].1) as u8,
            flags: r.read(LAYOUT[1].1) as u8,
            delta: r.read_signed(LAYOUT[2].1) as i16,
            id: r.read(LAYOUT[3].1),
        };
        assert_eq!(got, expected);
        println!("{:?}", got);
    }
    println!("padding bits left: {}", r.remaining());
    for (name, width) in LAYOUT {
        print!("{}:{} ", name, width);
    }
    println!();
}
