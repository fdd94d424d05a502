#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4(pub [u8; 4]);

impl Ipv4 {
    pub const LOCALHOST: Ipv4 = Ipv4([127, 0, 0, 1]);

    pub fn in_subnet(self, net: Ipv4, bits: u32) -> bool {
        let a = self.bits();
        let b = net.bits();
        let mask = if bits == 0 { 0 } else { u32::MAX << (32 - bits) };
        a & mask == b & mask
    }

    fn bits(self) -> u32 {
        let mut v = 0;
        for octet in self.0 {
            v = (v << 8) | octet as u32;
        }
        v
    }
}

pub fn parse_octet(s: &[u8]) -> u8 {
    let mut v: u32 = 0;
    for &c in s {
        v = v * 10 + (c - b'0') as u32;
    }
    v as u8
}
