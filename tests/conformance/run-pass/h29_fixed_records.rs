// A parser of fixed-size 8-byte sensor records: slice patterns, let-else, shadowing,
// u8/char/integer casts, saturating and wrapping arithmetic, statics and consts.
const RECORD: usize = 8;
static STREAM: [u8; 32] = [
    b'T', 0x01, 0x00, 0xFA, b'O', b'K', 0x00, 0x42, // temp 25.0
    b'H', 0x02, 0x01, 0x2C, b'O', b'K', 0x00, 0x7F, // humidity 30.0
    b'T', 0x03, 0xFF, 0x9C, b'L', b'O', 0x01, 0x00, // temp -10.0, low battery
    b'?', 0x04, 0x00, 0x00, b'E', b'R', 0x00, 0x00, // unknown kind
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Temp,
    Humidity,
    Unknown(char),
}

#[derive(Debug, Clone, Copy)]
struct Record {
    kind: Kind,
    id: u8,
    tenths: i16,
    status: [char; 2],
    flags: u16,
}

fn parse(bytes: &[u8]) -> Record {
    let [k, id, hi, lo, s0, s1, f0, f1] = bytes else {
        panic!("record must be {} bytes", RECORD);
    };
    let kind = match *k {
        b'T' => Kind::Temp,
        b'H' => Kind::Humidity,
        other => Kind::Unknown(other as char),
    };
    let raw = (*hi as u16) << 8 | *lo as u16;
    let tenths = raw as i16;
    let flags = (*f0 as u16) << 8 | *f1 as u16;
    Record { kind, id: *id, tenths, status: [*s0 as char, *s1 as char], flags }
}

fn main() {
    let mut offset = 0;
    let mut sum: i32 = 0;
    let mut hash: u8 = 0;
    while offset + RECORD <= STREAM.len() {
        let rec = parse(&STREAM[offset..offset + RECORD]);
        let value = rec.tenths as f32 / 10.0;
        let value = if rec.kind == Kind::Humidity { value.clamp(0.0, 100.0) } else { value };
        let [a, b] = rec.status;
        let healthy = a == 'O' && b.to_ascii_lowercase() == 'k';
        println!(
            "#{:<2} {:<12} {:>6.1} {}{} {:>5} flags={:#06x} ones={}",
            rec.id,
            match rec.kind {
                Kind::Temp => "temperature",
                Kind::Humidity => "humidity",
                Kind::Unknown(_) => "unknown",
            },
            value,
            a,
            b,
            healthy,
            rec.flags,
            rec.flags.count_ones()
        );
        if let Kind::Unknown(c) = rec.kind {
            println!("   unknown kind {:?} = {}", c, c as u32);
        }
        sum = sum.saturating_add(rec.tenths as i32);
        for &byte in &STREAM[offset..offset + RECORD] {
            hash = hash.wrapping_mul(17) ^ byte;
        }
        offset += RECORD;
    }
    println!("sum {} hash {:02X} records {}", sum, hash, STREAM.len() / RECORD);
    println!("{}", i16::MIN.saturating_sub(1).wrapping_sub(1));
}
