// A team forbids naming-style violations, then someone tries to opt out.
#![forbid(non_snake_case)]

mod protocol {
    pub struct Header {
        pub version: u8,
        pub length: u16,
    }

    #[allow(non_snake_case)]
    pub fn parseHeader(raw: u32) -> Header {
        Header { version: (raw >> 24) as u8, length: (raw & 0xffff) as u16 }
    }
}

fn main() {
    let h = protocol::parseHeader(0x0100_0020);
    println!("v{} len {}", h.version, h.length);
}
