// Two classic ciphers over fixed byte buffers: atbash and rail fence.
const BUF: usize = 64;

struct Text {
    bytes: [u8; BUF],
    len: usize,
}

impl Text {
    fn from(src: &[u8]) -> Text {
        let mut t = Text { bytes: [0; BUF], len: 0 };
        for &b in src {
            if b.is_ascii_alphanumeric() {
                t.bytes[t.len] = b.to_ascii_lowercase();
                t.len += 1;
            }
        }
        t
    }

    fn show(&self, label: &str) {
        print!("{:>8}: ", label);
        for i in 0..self.len {
            if i > 0 && i % 5 == 0 {
                print!(" ");
            }
            print!("{}", self.bytes[i] as char);
        }
        println!();
    }
}

fn atbash(t: &Text) -> Text {
    let mut out = Text { bytes: [0; BUF], len: t.len };
    for i in 0..t.len {
        let c = t.bytes[i];
        out.bytes[i] = match c {
            b'a'..=b'z' => b'z' - (c - b'a'),
            _ => c,
        };
    }
    out
}

fn rail_pattern(len: usize, rails: usize, order: &mut [usize; BUF]) {
    let mut n = 0;
    for rail in 0..rails {
        let mut row = 0usize;
        let mut down = true;
        for i in 0..len {
            if row == rail {
                order[n] = i;
                n += 1;
            }
            if rails > 1 {
                if down && row == rails - 1 {
                    down = false;
                } else if !down && row == 0 {
                    down = true;
                }
                if down { row += 1 } else { row -= 1 }
            }
        }
    }
}

fn rail_encode(t: &Text, rails: usize) -> Text {
    let mut order = [0usize; BUF];
    rail_pattern(t.len, rails, &mut order);
    let mut out = Text { bytes: [0; BUF], len: t.len };
    for (k, &src) in order[..t.len].iter().enumerate() {
        out.bytes[k] = t.bytes[src];
    }
    out
}

fn rail_decode(t: &Text, rails: usize) -> Text {
    let mut order = [0usize; BUF];
    rail_pattern(t.len, rails, &mut order);
    let mut out = Text { bytes: [0; BUF], len: t.len };
    for k in 0..t.len {
        out.bytes[order[k]] = t.bytes[k];
    }
    out
}

fn same(a: &Text, b: &Text) -> bool {
    if a.len != b.len {
        return false;
    }
    for i in 0..a.len {
        if a.bytes[i] != b.bytes[i] {
            return false;
        }
    }
    true
}

fn main() {
    let plain = Text::from(b"We are discovered, flee at once! 1234");
    plain.show("plain");
    let a = atbash(&plain);
    a.show("atbash");
    let back = atbash(&a);
    println!("atbash round trip: {}", same(&plain, &back));
    for rails in 1..=4 {
        let enc = rail_encode(&plain, rails);
        let dec = rail_decode(&enc, rails);
        enc.show("rails");
        assert!(same(&dec, &plain), "rail {} failed", rails);
    }
    let mut checksum: u32 = 0;
    for &b in &a.bytes[..a.len] {
        checksum = checksum.rotate_left(5) ^ b as u32;
    }
    println!("checksum {:08x}", checksum);
}
