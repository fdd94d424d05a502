// lints: dead_code
// Functions called only from an #[allow(dead_code)] item count as used.
mod legacy {
    #[allow(dead_code)]
    pub fn old_import(line: u32) -> u32 {
        parse_field(line) + checksum(line)
    }

    fn parse_field(line: u32) -> u32 {
        line % 100
    }

    fn checksum(line: u32) -> u32 {
        line / 7
    }

    fn unused_root() -> u32 {
        unused_leaf()
    }

    fn unused_leaf() -> u32 {
        9
    }
}

#[allow(dead_code)]
struct Reserved {
    slot: Slot,
}

struct Slot {
    id: u32,
}

fn main() {
    println!("ready");
}
