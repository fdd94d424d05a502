// Driver crate layout with re-exports through `pub use` and `pub(crate) use`.
mod hw {
    pub(crate) mod regs {
        pub const CTRL: u32 = 0x00;
        pub const STATUS: u32 = 0x04;
        const RESERVED: u32 = 0x08;

        pub fn offset_of(index: u32) -> u32 {
            index * 4 + RESERVED
        }
    }

    mod timing {
        pub const SETTLE_US: u32 = 150;
    }

    pub use self::regs::CTRL;
    pub(crate) use self::regs::STATUS;
    use self::timing::SETTLE_US;

    pub fn settle() -> u32 {
        SETTLE_US * 2
    }
}

mod driver {
    use crate::hw;

    pub fn init() -> u32 {
        let ctrl = hw::CTRL;
        let status = hw::STATUS;
        let wait = hw::timing::SETTLE_US;
        ctrl + status + wait + hw::regs::offset_of(2)
    }

    pub fn reserved() -> u32 {
        hw::regs::RESERVED
    }
}

fn main() {
    println!("{}", driver::init());
    println!("{}", driver::reserved());
    println!("{}", hw::SETTLE_US + hw::settle());
}
